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
import { describeIntake } from '../../src/flow/intake-view.js';
import { eventArbitrary, RUNS } from '../support/answer-arbitraries.js';
import { representatives } from '../support/section-paths.js';

/** Long enough that some runs reach the end: one to two events per item. */
const lengthFor = (q: QuestionnaireInput) => Math.max(80, q.sections.reduce((n, s) => n + s.items.length, 0));

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const currentItemPick = fc.record({ pick: fc.nat(), choice: fc.nat() });

/** Any event, weighted toward progress (answers on screen, NEXT, ACKNOWLEDGE, SUBMIT) so runs reach the end. */
const sequenceStep = (q: QuestionnaireInput) =>
  fc.oneof(
    { arbitrary: eventArbitrary(q), weight: 3 },
    { arbitrary: currentItemPick, weight: 6 },
    { arbitrary: fc.constantFrom({ type: 'NEXT' }, { type: 'NEXT' }, { type: 'ACKNOWLEDGE' }, { type: 'SUBMIT' }), weight: 3 },
  );

function answerCurrent(q: QuestionnaireInput, snapshot: Parameters<typeof describeIntake>[1], pick: number, choice: number) {
  const shown = describeIntake(q, snapshot).items.filter((i) => i.kind !== 'display');
  // Mostly fill what is still empty, as a person does; sometimes change an earlier answer.
  const empty = shown.filter((i) => snapshot.context.answers[i.id] === undefined);
  const items = empty.length > 0 && pick % 4 !== 0 ? empty : shown;
  const item = items[pick % Math.max(1, items.length)];
  if (!item) return { type: 'NEXT' };
  const values = representatives(item);
  return { type: 'ANSWER', itemId: item.id, value: values[choice % values.length] };
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
        const resolved = resolveAnswers(q, after.context.answers);
        check(resolved.issues.length === 0, `stored answers have issues: ${resolved.issues.map((i) => i.code).join(',')}`);
        check(resolved.hidden.length === 0, `answers to hidden items kept: ${resolved.hidden.join(',')}`);

        // Nothing is lost: every earlier answer is still there unless this event
        // replaced it, cleared it, or hid it (then it is listed in `dropped`).
        for (const [id, value] of Object.entries(before.answers)) {
          if (raw.type === 'ANSWER' && raw.itemId === id) continue;
          if (after.context.dropped.includes(id)) {
            check(!resolved.evaluation.visible(id), `dropped ${id} though it is visible`);
            continue;
          }
          check(JSON.stringify(after.context.answers[id]) === JSON.stringify(value), `answer to ${id} lost`);
        }
        // A rejected event changes no answer.
        if (after.context.issues.length > 0 && after.status !== 'done') {
          check(after.context.answers === before.answers, 'a rejected event changed the answers');
        }
        // An accepted answer is kept.
        const accepted = before.safety.pending.length === 0 && after.context.issues.length === 0;
        if (raw.type === 'ANSWER' && accepted && raw.value !== null && typeof raw.itemId === 'string') {
          check(JSON.stringify(after.context.answers[raw.itemId]) === JSON.stringify(raw.value), `accepted answer to ${raw.itemId} not kept`);
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
