import type { ConditionScope } from '../conditions/evaluate.js';
import type { IndexedScore } from '../definition/questionnaire-index.js';
import type { ScoreResult } from './score-result.js';

/** What scoring reads: answers, visibility, and conditions for cut-offs. */
export interface ScoringScope extends ConditionScope {
  visible(itemId: string): boolean;
}

/** The lowest and highest total a score can reach. */
export function scoreRange(score: IndexedScore): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const { item } of score.items) {
    if (item.kind !== 'scale') continue;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const o of item.options) {
      lo = Math.min(lo, o.value);
      hi = Math.max(hi, o.value);
    }
    min += lo;
    max += hi;
  }
  return { min, max };
}

/**
 * Sum a score's items. Hidden items count 0; a visible item unanswered or
 * declined makes the score incomplete; all items hidden makes it not applicable.
 */
export function computeScore(s: IndexedScore, scope: ScoringScope): ScoreResult {
  const { min, max } = scoreRange(s);
  const ids = s.score.items;
  let sum = 0;
  let shown = 0;
  const missing: string[] = [];
  for (const { item } of s.items) {
    if (!scope.visible(item.id)) continue;
    shown++;
    const a = scope.answer(item.id);
    if (typeof a === 'number') sum += a;
    else missing.push(item.id);
  }
  if (shown === 0) return { id: s.score.id, status: 'not-applicable', value: null, min, max, items: ids };
  if (missing.length > 0) {
    return { id: s.score.id, status: 'incomplete', value: null, partialValue: sum, min, max, missing, items: ids };
  }
  const band = s.score.bands.find((b) => sum >= b.min && sum <= b.max)?.label ?? null;
  const cutoff = s.cutoffs.find((c) => c.when === undefined || c.when(scope));
  return {
    id: s.score.id,
    status: 'complete',
    value: sum,
    min,
    max,
    band,
    positive: cutoff ? sum >= cutoff.gte : null,
    cutoffIndex: cutoff ? cutoff.index : null,
    cutoff: cutoff ? cutoff.gte : null,
    items: ids,
  };
}
