import { createIntakeMachine, type IntakeEvent, initialIntakeSnapshot, type Questionnaire, stepIntake } from 'intake-screening';
import { briefScreen } from 'intake-screening/questionnaires';

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

const answer = (itemId: string, value: unknown): IntakeEvent => ({ type: 'ANSWER', itemId, value });

/**
 * The events of a whole brief screen, ending in SUBMIT. With `acute`, the person answers yes to ASQ
 * question 1 and to the acuity question (an interrupt-tier trigger: the flow shows the crisis panel, and
 * the person acknowledges it).
 */
export function briefScreenEvents(options: { acute?: boolean } = {}): IntakeEvent[] {
  const acute = options.acute === true;
  return [
    { type: 'NEXT' },
    answer('taps.tobacco.frequency', 'never'),
    answer('taps.alcohol.frequency', 'daily'),
    answer('taps.drugs.frequency', 'weekly'),
    answer('taps.rx.frequency', 'never'),
    { type: 'NEXT' },
    answer('phq9.q1', 2),
    answer('phq9.q2', 1),
    { type: 'NEXT' },
    answer('gad7.q1', 1),
    answer('gad7.q2', 1),
    { type: 'NEXT' },
    answer('asq.q1', acute ? 1 : 0),
    answer('asq.q2', 0),
    answer('asq.q3', 0),
    answer('asq.q4', 0),
    ...(acute ? [answer('asq.q5', 'yes'), { type: 'ACKNOWLEDGE' } as const] : []),
    { type: 'NEXT' },
    answer('living.home-support', true),
    answer('living.transport', false),
    answer('cooccurring.told', ['depression']),
    answer('cooccurring.concerns', ['none']),
    { type: 'NEXT' },
    { type: 'SUBMIT' },
  ];
}

/** The answers a finished brief screen holds (what the page submits). */
export function briefScreenAnswers(options: { acute?: boolean } = {}): Record<string, unknown> {
  const d = device();
  for (const e of briefScreenEvents(options)) d.send(e);
  return { ...d.context.answers };
}
