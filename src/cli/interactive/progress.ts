import { checkedQuestionnaire } from '../../definition/define-questionnaire.js';
import { indexOf } from '../../engine/questionnaire-index.js';
import type { AnswerEntry, Questionnaire } from '../../definition/types.js';
import { evaluationOf } from '../../engine/evaluation-cache.js';

/**
 * The questions a person would be asked with these answers, in document
 * order: items that take an answer, in shown sections, whose own condition
 * holds.
 *
 * @param q - The questionnaire.
 * @param entries - The flow's answers (`context.answerEntries`).
 * @returns Their ids.
 * @example
 * ```ts
 * visibleQuestions(briefScreen, []).length; // the questions asked when nothing is answered yet
 * ```
 */
export function visibleQuestions(q: Questionnaire, entries: readonly AnswerEntry[]): readonly string[] {
  const index = indexOf(checkedQuestionnaire(q));
  const ev = evaluationOf(index, entries);
  return index.order.filter((entry) => entry.item.kind !== 'display' && ev.shown(entry)).map((entry) => entry.item.id);
}

/**
 * Progress that only moves forward. How far the person is: the share of the
 * questions now visible that come before the current one. That share drops
 * when an answer opens follow-up questions, or when the person goes back, and
 * a counter that jumps back ("Question 5 of 13", then "6 of 15") reads as lost
 * work; so the share shown is never less than one shown before (the run says
 * in words when follow-up questions appear).
 */
export class ForwardProgress {
  private shown = 0;

  /**
   * The percentage to show at a question.
   *
   * @param questions - {@link visibleQuestions} now.
   * @param itemId - The question being asked.
   * @returns A whole percentage, 0–99, never less than the last one returned.
   */
  at(questions: readonly string[], itemId: string): number {
    const before = Math.max(0, questions.indexOf(itemId));
    const share = questions.length === 0 ? 0 : Math.floor((100 * before) / questions.length);
    this.shown = Math.max(this.shown, Math.min(99, share));
    return this.shown;
  }
}
