import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../src/definition/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { initialIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { eventArbitrary, RUNS } from '../support/answer-arbitraries.js';

export function checkRandomSequences(q: QuestionnaireInput, seed: number): void {
  const machine = createIntakeMachine(q);
  fc.assert(
    fc.property(fc.array(eventArbitrary(q), { maxLength: 60 }), (events) => {
      const actor = createActor(machine).start();
      let snap = initialIntakeSnapshot(machine);
      for (const raw of events) {
        const event = raw as IntakeEvent;
        const before = actor.getSnapshot().context;
        actor.send(event);
        snap = stepIntake(machine, snap, event);
        const after = actor.getSnapshot();

        // The pure step helper and the actor agree, state for state.
        expect(snap.value).toEqual(after.value);
        expect(snap.context).toEqual(after.context);

        // What would be summarized holds only valid answers to visible items.
        const resolved = resolveAnswers(q, after.context.answers);
        expect(resolved.issues).toEqual([]);
        expect(resolved.hidden).toEqual([]);

        // Nothing is lost: every earlier answer is still there unless this event
        // replaced it, cleared it, or hid it (then it is listed in `dropped`).
        for (const [id, value] of Object.entries(before.answers)) {
          if (raw.type === 'ANSWER' && raw.itemId === id) continue;
          if (after.context.dropped.includes(id)) {
            expect(resolved.evaluation.visible(id)).toBe(false);
            continue;
          }
          expect(after.context.answers[id]).toEqual(value);
        }
        // A rejected event changes no answer.
        if (after.context.issues.length > 0 && after.status !== 'done') {
          expect(after.context.answers).toBe(before.answers);
        }
        // An accepted answer is kept.
        const accepted = before.safety.pending.length === 0 && after.context.issues.length === 0;
        if (raw.type === 'ANSWER' && accepted && raw.value !== null && typeof raw.itemId === 'string') {
          expect(after.context.answers[raw.itemId]).toEqual(raw.value);
        }
        if (after.status === 'done') {
          expect(after.output?.questionnaire.id).toBe(q.id);
          break;
        }
      }
    }),
    { seed, numRuns: RUNS },
  );
}

describe('random event sequences (fast-check, seeded)', () => {
  it('on the flow fixture never throw, never keep hidden answers, never lose a valid one', () => {
    checkRandomSequences(flowFixture, 20261122);
  });
});
