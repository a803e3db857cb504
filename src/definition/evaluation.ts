import type { ConditionScope } from '../conditions/evaluate.js';
import type { ScoreResult } from '../scoring/score-result.js';
import { computeScore } from '../scoring/compute-score.js';
import type { QuestionnaireIndex } from './questionnaire-index.js';
import type { Answers } from './types.js';

/**
 * One look at a set of answers: visibility and scores, each computed at most
 * once and only when asked for. Conditions look only backward, so an item's
 * visibility depends only on earlier items.
 */
export class Evaluation implements ConditionScope {
  private readonly itemMemo = new Map<string, boolean>();
  private readonly sectionMemo = new Map<number, boolean>();
  private readonly scoreMemo = new Map<string, ScoreResult>();

  constructor(
    readonly index: QuestionnaireIndex,
    readonly answers: Answers,
  ) {}

  answer(itemId: string): unknown {
    return Object.hasOwn(this.answers, itemId) ? this.answers[itemId] : undefined;
  }

  sectionVisible(index: number): boolean {
    let v = this.sectionMemo.get(index);
    if (v === undefined) {
      const s = this.index.sections[index];
      v = s === undefined ? false : s.when === undefined || s.when(this);
      this.sectionMemo.set(index, v);
    }
    return v;
  }

  visible(itemId: string): boolean {
    let v = this.itemMemo.get(itemId);
    if (v === undefined) {
      const entry = this.index.items.get(itemId);
      v = entry !== undefined && this.sectionVisible(entry.section) && (entry.when === undefined || entry.when(this));
      this.itemMemo.set(itemId, v);
    }
    return v;
  }

  /** Forget what was computed for items at or after a position (after an answer there changed). */
  forgetFrom(position: number): void {
    for (const entry of this.index.order) {
      if (entry.position >= position) this.itemMemo.delete(entry.item.id);
    }
    this.sectionMemo.clear();
    this.scoreMemo.clear();
  }

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

  scoreValue(scoreId: string): number | null {
    return this.score(scoreId)?.value ?? null;
  }

  scorePositive(scoreId: string): boolean {
    const r = this.score(scoreId);
    return r !== undefined && r.status === 'complete' && r.positive === true;
  }
}
