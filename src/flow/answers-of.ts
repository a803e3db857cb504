import type { AnswerEntry } from '../definition/types.js';

/**
 * The answers object of a list of answer entries: each entry's value under
 * its item id, typed per item when the entries are (keyed by any string when
 * their ids are not literal).
 *
 * @example
 * ```ts
 * import type { AnswersFromEntries } from 'intake-screening';
 * type A = AnswersFromEntries<readonly ['gad7.q1', 0 | 1 | 2 | 3]>; // { readonly 'gad7.q1'?: 0 | 1 | 2 | 3 }
 * ```
 */
export type AnswersFromEntries<E extends readonly [string, unknown]> = string extends E[0]
  ? { readonly [itemId: string]: E[1] }
  : { readonly [T in E as T[0]]?: T[1] };

// One object per entries list: a host that reads the answers on every render
// gets the same object until an answer changes.
const built = new WeakMap<readonly (readonly [string, unknown])[], object>();

/**
 * A flow's answers as a frozen object keyed by item id, in document order:
 * `Object.fromEntries(context.answerEntries)`, built once per list and then
 * the same object (so it can be compared by identity, as a React selector does).
 *
 * @param context - A flow's context (`snapshot.context`), or anything with its `answerEntries`.
 * @returns The answers by item id.
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { answersOf, createIntakeMachine } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 * const actor = createActor(createIntakeMachine(gad7)).start();
 * actor.send({ type: 'ANSWER', itemId: 'gad7.q1', value: 2 });
 * answersOf(actor.getSnapshot().context)['gad7.q1']; // 2
 * ```
 */
export function answersOf<E extends readonly [string, unknown] = AnswerEntry>(context: { readonly answerEntries: readonly E[] }): AnswersFromEntries<E> {
  const entries = context.answerEntries;
  let answers = built.get(entries);
  if (answers === undefined) {
    // fromEntries defines each key as an own property, so even "__proto__" stays data.
    answers = Object.freeze(Object.fromEntries(entries));
    if (Object.isFrozen(entries)) built.set(entries, answers);
  }
  return answers as AnswersFromEntries<E>;
}
