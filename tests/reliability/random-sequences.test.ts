import { answersOf } from '../../src/flow/answers-of.js';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { initialIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { RUNS } from '../support/answer-arbitraries.js';
import { answerCurrent, lengthFor, sequenceStep } from '../support/event-sequences.js';

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function checkRandomSequences(q: QuestionnaireInput, seed: number): number {
  const machine = createIntakeMachine(q);
  let completed = 0;
  fc.assert(
    fc.property(fc.array(sequenceStep(q), { minLength: lengthFor(q), maxLength: 2 * lengthFor(q) }), (events) => {
      const actor = createActor(machine).start();
      let snap = initialIntakeSnapshot(machine);
      for (const generated of events) {
        // A pick answers a visible item of the section on screen, so sequences get deep into the flow.
        const raw = 'pick' in generated ? answerCurrent(q, actor.getSnapshot(), generated.pick, generated.choice) : generated;
        const event = raw as IntakeEvent;
        const before = actor.getSnapshot().context;
        actor.send(event);
        snap = stepIntake(machine, snap, event);
        const after = actor.getSnapshot();

        // Plain checks, not expect(): this loop runs hundreds of thousands of times in CI.
        // The pure step helper and the actor agree, state for state.
        check(JSON.stringify(snap.value) === JSON.stringify(after.value), 'pure step and actor reached different states');
        check(JSON.stringify(snap.context) === JSON.stringify(after.context), 'pure step and actor hold different contexts');

        // What would be summarized holds only valid answers to visible items.
        const resolved = resolveAnswers(q, answersOf(after.context));
        check(resolved.issues.length === 0, `stored answers have issues: ${resolved.issues.map((i) => i.code).join(',')}`);
        check(resolved.hidden.length === 0, `answers to hidden items kept: ${resolved.hidden.join(',')}`);

        // Nothing is lost: every earlier answer is still there unless this event
        // replaced it, cleared it, or hid it (then it is listed in `dropped`).
        for (const [id, value] of before.answerEntries) {
          if (raw.type === 'ANSWER' && raw.itemId === id) continue;
          if (after.context.dropped.includes(id)) {
            check(!resolved.evaluation.visible(id), `dropped ${id} though it is visible`);
            continue;
          }
          check(JSON.stringify(answersOf(after.context)[id]) === JSON.stringify(value), `answer to ${id} lost`);
        }
        // A rejected event changes no answer.
        if (after.context.issues.length > 0 && after.status !== 'done') {
          check(after.context.answerEntries === before.answerEntries, 'a rejected event changed the answers');
        }
        // An accepted answer is kept.
        const accepted = before.safety.pending.length === 0 && after.context.issues.length === 0;
        if (raw.type === 'ANSWER' && accepted && raw.value !== null && typeof raw.itemId === 'string') {
          check(JSON.stringify(answersOf(after.context)[raw.itemId]) === JSON.stringify(raw.value), `accepted answer to ${raw.itemId} not kept`);
        }
        if (after.status === 'done') {
          check(after.output?.questionnaire.id === q.id, 'completed without a summary');
          completed++;
          break;
        }
      }
    }),
    { seed, numRuns: RUNS },
  );
  return completed;
}

describe('random event sequences (fast-check, seeded)', () => {
  it('on the flow fixture never throw, never keep hidden answers, never lose a valid one', () => {
    expect(checkRandomSequences(flowFixture, 20261122)).toBeGreaterThan(0);
  });
});

describe('random event sequences on the bundled questionnaires', () => {
  it('briefScreen', () => {
    expect(checkRandomSequences(briefScreen, 7)).toBeGreaterThan(0);
  });
  it('substanceUseIntake', () => {
    expect(checkRandomSequences(substanceUseIntake, 11)).toBeGreaterThan(0);
  });
});
