import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { initialIntakeSnapshot, type IntakeSnapshot, resumeIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { RUNS } from '../support/answer-arbitraries.js';
import { answerCurrent, lengthFor, sequenceStep } from '../support/event-sequences.js';

/**
 * A snapshot the flow wrote restores to itself: persisting, restoring and
 * persisting again gives the same JSON. A host that stores what restore gives
 * back (the clinic intake service does, after checking a device's snapshot)
 * must store what the device sent, or a retried step looks half-written.
 * Restore derives the safety state from the answers (issue 16, case 5), so
 * this holds only when that derivation agrees with what the flow recorded at
 * answer time, evidence included.
 */

const json = (machine: ReturnType<typeof createIntakeMachine>, snap: IntakeSnapshot): unknown => JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snap)));
/**
 * The persisted state without `context.issues` and `context.dropped`: those report the last event (a refused
 * answer, answers a change hid) and restore reports its own.
 */
const state = (persisted: unknown): unknown => {
  const p = persisted as { context: Record<string, unknown> };
  const { issues: _issues, dropped: _dropped, ...context } = p.context;
  return { ...p, context };
};

function roundTrips(q: Questionnaire, runs: number): number {
  const machine = createIntakeMachine(q);
  let withFlags = 0;
  fc.assert(
    fc.property(fc.array(sequenceStep(q), { minLength: lengthFor(q), maxLength: 2 * lengthFor(q) }), (steps) => {
      let snap = initialIntakeSnapshot(machine);
      for (const generated of steps) {
        const event = 'pick' in generated ? answerCurrent(q, snap, generated.pick, generated.choice) : (generated as IntakeEvent);
        snap = stepIntake(machine, snap, event);
        const persisted = json(machine, snap);
        const restored = resumeIntakeSnapshot(machine, persisted);
        expect(restored.context.issues).toEqual([]);
        expect(state(json(machine, restored))).toEqual(state(persisted));
      }
      if (snap.context.safety.fired.length > 0) withFlags++;
    }),
    // A failure is reported unshrunk: shrinking runs of the full intake can outlast CI.
    { numRuns: runs, endOnFailure: true },
  );
  return withFlags;
}

describe('a snapshot the flow wrote restores to the same snapshot', () => {
  it.each([
    ['the flow fixture', flowFixture, RUNS / 10],
    ['the brief screen', briefScreen, RUNS / 10],
    // Its runs are long (hundreds of events, each persisted and restored): fewer of them.
    ['the full intake', substanceUseIntake, RUNS / 40],
  ] as const)('on %s, after every event of random runs', (_, q, runs) => {
    // The property is only worth something if runs record triggers.
    expect(roundTrips(q as Questionnaire, Math.max(5, Math.round(runs)))).toBeGreaterThan(0);
  });

  // The brief screen up to its ASQ section, as a person answers it (the clinic service's traffic does the same).
  const answer = (itemId: string, value: unknown): IntakeEvent => ({ type: 'ANSWER', itemId, value }) as IntakeEvent;
  const NEXT: IntakeEvent = { type: 'NEXT' };
  const toAsq: IntakeEvent[] = [
    NEXT,
    answer('about.age', 58),
    answer('auditc.sex', 'male'),
    NEXT,
    answer('taps.tobacco.frequency', 'never'),
    answer('taps.alcohol.frequency-male', 'daily'),
    answer('taps.drugs.frequency', 'weekly'),
    answer('taps.rx.frequency', 'never'),
    NEXT,
    answer('withdrawal.screen', ['no']),
    NEXT,
    answer('phq9.q1', 2),
    answer('phq9.q2', 1),
    NEXT,
    answer('gad7.q1', 1),
    answer('gad7.q2', 1),
    NEXT,
  ];
  const machine = createIntakeMachine(briefScreen as Questionnaire);
  const walk = (...events: IntakeEvent[]) => events.reduce((snap, e) => stepIntake(machine, snap, e), initialIntakeSnapshot(machine));

  it('keeps the evidence a flag was raised on, not the items answered after it', () => {
    const raised = walk(...toAsq, answer('asq.q1', 1));
    expect(raised.context.issues).toEqual([]);
    expect(raised.context.safety.fired.find((f) => f.id === 'asq.positive')?.evidence).toEqual(['asq.q1']);
    const later = walk(...toAsq, answer('asq.q1', 1), answer('asq.q2', 0), answer('asq.q3', 0));
    const restored = resumeIntakeSnapshot(machine, json(machine, later));
    expect(restored.context.safety.fired.find((f) => f.id === 'asq.positive')?.evidence).toEqual(['asq.q1']);
    expect(json(machine, restored)).toEqual(json(machine, later));
  });

  it('derives the evidence again when the stored one names items the trigger does not read', () => {
    const later = walk(...toAsq, answer('asq.q1', 1), answer('asq.q2', 0));
    for (const forged of [['phq9.q1', '__proto__'], [], 'asq.q1', ['asq.q1', 'asq.q1']]) {
      const persisted = json(machine, later) as { context: { safety: { fired: { id: string; evidence: unknown }[] } } };
      for (const f of persisted.context.safety.fired) f.evidence = forged;
      const flag = resumeIntakeSnapshot(machine, persisted).context.safety.fired.find((f) => f.id === 'asq.positive');
      // Derived from the answers: the trigger's items that have one.
      expect(flag?.evidence).toEqual(['asq.q1', 'asq.q2']);
    }
  });
});
