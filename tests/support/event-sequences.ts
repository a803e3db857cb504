import { answersOf } from '../../src/flow/answers-of.js';
import fc from 'fast-check';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { describeIntake } from '../../src/flow/intake-view.js';
import { eventArbitrary } from './answer-arbitraries.js';
import { representatives } from './section-paths.js';

/** Long enough that some runs reach the end: one to two events per item. */
export const lengthFor = (q: QuestionnaireInput) =>
  Math.max(
    80,
    q.sections.reduce((n, s) => n + s.items.length, 0),
  );

/** A pick: answer a visible item of the section on screen (see `answerCurrent`). */
export interface CurrentItemPick {
  readonly pick: number;
  readonly choice: number;
}

const currentItemPick: fc.Arbitrary<CurrentItemPick> = fc.record({ pick: fc.nat(), choice: fc.nat() });

/** Any event, weighted toward progress (answers on screen, NEXT, ACKNOWLEDGE, SUBMIT) so runs reach the end. */
export const sequenceStep = (q: QuestionnaireInput) =>
  fc.oneof(
    { arbitrary: eventArbitrary(q), weight: 3 },
    { arbitrary: currentItemPick, weight: 6 },
    { arbitrary: fc.constantFrom({ type: 'NEXT' }, { type: 'NEXT' }, { type: 'ACKNOWLEDGE' }, { type: 'SUBMIT' }), weight: 3 },
  );

/** The event a pick stands for in the current snapshot: mostly fill what is still empty, as a person does; sometimes change an earlier answer. */
export function answerCurrent(q: QuestionnaireInput, snapshot: Parameters<typeof describeIntake>[1], pick: number, choice: number): IntakeEvent {
  const shown = describeIntake(q, snapshot).items.filter((i) => i.kind !== 'display');
  const empty = shown.filter((i) => answersOf(snapshot.context)[i.id] === undefined);
  const items = empty.length > 0 && pick % 4 !== 0 ? empty : shown;
  const item = items[pick % Math.max(1, items.length)];
  if (!item) return { type: 'NEXT' };
  const values = representatives(item);
  return { type: 'ANSWER', itemId: item.id, value: values[choice % values.length] };
}
