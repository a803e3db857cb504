import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import type { Item } from '../../src/definition/item.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeContext, IntakeEvent } from '../../src/flow/intake-context.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { valueFor } from '../support/value-for.js';

/** A value for an item picked by `n`: mostly valid (or a clear), sometimes a wrong type or an answer to a display item. */
function valueOrJunk(item: Item, n: number): unknown {
  if (n % 17 === 0) return { wrong: true };
  if (item.kind === 'display' && n % 2 === 0) return 'display items take no answer';
  return valueFor(item, n);
}

/** The state value the context alone calls for. */
function expectedValue(q: QuestionnaireInput, context: IntakeContext, done: boolean): unknown {
  if (done || context.submitted) return 'completed';
  if (context.safety.pending.length > 0) return 'safety';
  if (context.cursor >= q.sections.length) return 'review';
  // The section is the context's cursor, not a state of its own.
  return 'answering';
}

// Without bias: fast-check favours 0, which here would mostly clear answers and never get far.
const moves = fc.array(fc.noBias(fc.tuple(fc.nat(9), fc.nat(400), fc.nat(1000))), { minLength: 80, maxLength: 200 });
const visited = new Set<string>();

function walk(q: QuestionnaireInput, steps: readonly (readonly [number, number, number])[]): void {
  const index = indexOf(q);
  const actor = createActor(createIntakeMachine(q)).start();
  for (const [kind, pick, n] of steps) {
    const context = actor.getSnapshot().context;
    // Answers go mostly to the section on screen, so the walk gets somewhere.
    const here = index.sections[context.cursor]?.items ?? index.order;
    const pool = n % 5 === 0 ? index.order : here;
    const entry = pool[pick % Math.max(1, pool.length)];
    const event: IntakeEvent =
      kind <= 4 && entry !== undefined
        ? { type: 'ANSWER', itemId: entry.item.id, value: valueOrJunk(entry.item, n) }
        : (([{ type: 'NEXT' }, { type: 'NEXT' }, { type: 'BACK' }, { type: 'SUBMIT' }, { type: 'ACKNOWLEDGE' }] as const)[kind - 5] ?? { type: 'NEXT' });
    actor.send(event);
    const s = actor.getSnapshot();
    expect(s.value).toStrictEqual(expectedValue(q, s.context, s.status === 'done'));
    // The root's catch-all is for unknown event types only: a known event must
    // reach its state's own transitions whatever its step decides.
    expect(s.context.issues.filter((i) => i.message.endsWith('not taken in this state.'))).toStrictEqual([]);
    visited.add(typeof s.value === 'string' ? s.value : 'answering');
    if (s.status === 'done') {
      expect(s.output?.questionnaire.id).toBe(q.id);
      return;
    }
  }
}

describe('the flow state follows the context after every event', () => {
  it('on the fixture', () => {
    fc.assert(
      fc.property(moves, (m) => walk(flowFixture, m)),
      { numRuns: 150 },
    );
  });

  it('on the brief screen (safety interrupts included)', () => {
    fc.assert(
      fc.property(moves, (m) => walk(briefScreen, m)),
      { numRuns: 100 },
    );
  });

  it('on the full intake', () => {
    fc.assert(
      fc.property(moves, (m) => walk(substanceUseIntake, m)),
      { numRuns: 60 },
    );
  });

  it('visits every kind of state in those walks', () => {
    // Guards the walks above: a generator that never reached review, safety or
    // completion would make them pass vacuously.
    fc.assert(
      fc.property(moves, (m) => walk(briefScreen, m)),
      { numRuns: 200, seed: 7 },
    );
    expect([...visited].sort()).toStrictEqual(['answering', 'completed', 'review', 'safety']);
  });
});
