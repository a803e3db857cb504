import { PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import type { IndexedItem } from './questionnaire-index.js';

/**
 * Whether every item in `reads` has an answer that is not a decline: then the
 * answers given decide the conditions that read them, and a hidden item (or a
 * score whose items are all hidden) has no gate left open. Shared by the
 * per-item gate search (`openGates`) and the per-score one (`computeScore`).
 *
 * @param reads - An item's or score's `gateReads`.
 * @param answers - What reads an item's answer (an evaluation).
 * @returns True when every read is answered and none declined.
 */
// Stryker disable all: equivalent: only shortcuts call it, and without them the gate searches decide the same
export function readsGiven(reads: readonly IndexedItem[], answers: { answerOf(entry: IndexedItem): unknown }): boolean {
  for (let i = 0; i < reads.length; i++) {
    const a = answers.answerOf(reads[i] as IndexedItem);
    if (a === undefined || a === PREFER_NOT_TO_ANSWER) return false;
  }
  return true;
}
// Stryker restore all
