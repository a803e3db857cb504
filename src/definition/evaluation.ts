import type { ConditionScope } from '../conditions/evaluate.js';
import type { ScoreResult } from '../scoring/score-result.js';
import { computeScore } from '../scoring/compute-score.js';
import type { QuestionnaireIndex } from './questionnaire-index.js';
import type { Answers } from './types.js';

/**
 * One look at a set of answers: visibility and scores, each computed at most
 * once and only when asked for. Conditions look only backward, so an item's
 * visibility depends only on earlier items. `resolveAnswers` returns one as
 * `evaluation`.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(briefScreen, { 'asq.q1': 1 });
 * evaluation.visible('asq.q5'); // true
 * evaluation.score('asq')?.status; // 'incomplete'
 * ```
 */
export class Evaluation implements ConditionScope {
  private readonly itemMemo = new Map<string, boolean>();
  private readonly sectionMemo = new Map<number, boolean>();
  private readonly scoreMemo = new Map<string, ScoreResult>();
  /** @internal */
  readonly index: QuestionnaireIndex;
  /** The answers this evaluation reads, keyed by item id. */
  readonly answers: Answers;

  /** @internal */
  constructor(index: QuestionnaireIndex, answers: Answers) {
    this.index = index;
    this.answers = answers;
  }

  /**
   * The answer to an item, as given (a declined answer is `'prefer-not-to-answer'`).
   *
   * @param itemId - An item id.
   * @returns The answer, or undefined when there is none.
   */
  answer(itemId: string): unknown {
    return Object.hasOwn(this.answers, itemId) ? this.answers[itemId] : undefined;
  }

  /**
   * Whether the section at a position is shown: its condition holds (or it has none).
   *
   * @param index - The section's position in `sections`.
   * @returns True when shown.
   */
  sectionVisible(index: number): boolean {
    let v = this.sectionMemo.get(index);
    if (v === undefined) {
      const s = this.index.sections[index];
      v = s === undefined ? false : s.when === undefined || s.when(this);
      this.sectionMemo.set(index, v);
    }
    return v;
  }

  /**
   * Whether an item is shown: its section and its own condition hold.
   *
   * @param itemId - An item id.
   * @returns True when shown; false for an unknown id.
   */
  visible(itemId: string): boolean {
    let v = this.itemMemo.get(itemId);
    if (v === undefined) {
      const entry = this.index.items.get(itemId);
      v = entry !== undefined && this.sectionVisible(entry.section) && (entry.when === undefined || entry.when(this));
      this.itemMemo.set(itemId, v);
    }
    return v;
  }

  /**
   * Forget what was computed for items at or after a position (after an answer there changed).
   *
   * @internal
   */
  forgetFrom(position: number): void {
    for (const entry of this.index.order) {
      if (entry.position >= position) this.itemMemo.delete(entry.item.id);
    }
    this.sectionMemo.clear();
    this.scoreMemo.clear();
  }

  /**
   * A score computed from these answers.
   *
   * @param scoreId - A score id.
   * @returns The result (`complete`, `incomplete` or `not-applicable`), or undefined for an unknown id.
   */
  score(scoreId: string): ScoreResult | undefined {
    let r = this.scoreMemo.get(scoreId);
    if (r === undefined) {
      const s = this.index.scores.get(scoreId);
      if (s === undefined) return undefined;
      r = computeScore(s, this);
      this.scoreMemo.set(scoreId, r);
    }
    return r;
  }

  /**
   * A score's value when it is complete.
   *
   * @param scoreId - A score id.
   * @returns The total, or null when the score is incomplete, not applicable or unknown.
   */
  scoreValue(scoreId: string): number | null {
    return this.score(scoreId)?.value ?? null;
  }

  /**
   * Whether a score is complete and at or over its cut-off.
   *
   * @param scoreId - A score id.
   * @returns True when positive.
   */
  scorePositive(scoreId: string): boolean {
    const r = this.score(scoreId);
    return r !== undefined && r.status === 'complete' && r.positive === true;
  }
}
