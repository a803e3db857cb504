import { answersOf } from 'intake-screening';
import { createIntakeMachine, type IntakeEvent, initialIntakeSnapshot, type Questionnaire, stepIntake } from 'intake-screening';
import { briefScreen } from 'intake-screening/questionnaires';
import { briefScreenEvents } from '../../scripts/traffic.mjs';

/**
 * A person's device running the flow itself, as the intake page does: each event gives the persisted
 * snapshot the page would send to the service.
 */
export function device(q: Questionnaire = briefScreen) {
  const machine = createIntakeMachine(q);
  let snapshot = initialIntakeSnapshot(machine);
  return {
    send(event: IntakeEvent): unknown {
      snapshot = stepIntake(machine, snapshot, event);
      return JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot))) as unknown;
    },
    get context() {
      return snapshot.context;
    },
    get status() {
      return snapshot.status;
    },
  };
}

export { briefScreenEvents };

/** The answers a finished brief screen holds (what the page submits). */
export function briefScreenAnswers(options: { acute?: boolean } = {}): Record<string, unknown> {
  const d = device();
  for (const e of briefScreenEvents(options)) d.send(e);
  return { ...answersOf(d.context) };
}
