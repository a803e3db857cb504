import type { ConditionScope } from '../conditions/evaluate.js';
import type { IndexedItem, IndexedScore } from './questionnaire-index.js';
import type { LocalizedText } from '../definition/text.js';
import type { ScoreResult } from './score-result.js';
import { readsGiven } from './reads-given.js';

/** What scoring reads: answers, visibility, and conditions for cut-offs. */
export interface ScoringScope extends ConditionScope {
  visible(itemId: string): boolean;
  /** `visible` for an indexed item, when the scope can answer it without looking the id up. */
  shown?(entry: IndexedItem): boolean;
  /** `answer` for an indexed item, when the scope can answer it without looking the id up. */
  answerOf?(entry: IndexedItem): unknown;
  /**
   * For a hidden item: the unanswered or declined items whose answers could
   * still show it (empty when the answers decide it is not asked). A scope
   * without it treats every hidden item as decided.
   */
  gates?(entry: IndexedItem): readonly IndexedItem[];
}

const NONE: readonly string[] = Object.freeze([]);

/** What scoring reads from the definition alone: the range, and each option score that differs from its value. */
interface ScoreShape {
  readonly min: number;
  readonly max: number;
  /** Item id → option value → score, when some option of the item scores apart from its value. */
  readonly scores?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

// The shape depends only on the definition; a server scoring thousands of
// answer sets should not walk every option of every item each time.
const shapes = new WeakMap<IndexedScore, ScoreShape>();

function shapeOf(score: IndexedScore): ScoreShape {
  let r = shapes.get(score);
  if (r === undefined) shapes.set(score, (r = scoreRange(score)));
  return r;
}

/** The lowest and highest total a score can reach (and the option scores that differ from their values). */
export function scoreRange(score: IndexedScore): ScoreShape {
  let min = 0;
  let max = 0;
  let scores: Map<string, Map<number, number>> | undefined;
  for (const { item } of score.items) {
    if (item.kind !== 'scale') continue;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const o of item.options) {
      const v = o.score ?? o.value;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      if (o.score !== undefined) {
        scores ??= new Map();
        const own = scores.get(item.id) ?? new Map<number, number>();
        scores.set(item.id, own.set(o.value, o.score));
      }
    }
    min += lo;
    max += hi;
  }
  return scores ? { min, max, scores } : { min, max };
}

/**
 * Sum a score's items. Hidden items count 0; a visible item unanswered or
 * declined makes the score incomplete. With every item hidden, the score is
 * the instrument's `skipped` value when its condition holds, incomplete when a
 * gate question left unanswered or declined hid them (the gates listed as
 * missing), and not applicable when the answers given decide it.
 */
export function computeScore(s: IndexedScore, scope: ScoringScope): ScoreResult {
  const { min, max, scores } = shapeOf(s);
  const ids = s.score.items;
  let sum = 0;
  let shown = 0;
  let missing: string[] | undefined;
  const entries = s.items;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as IndexedItem;
    const id = entry.item.id;
    if (!(scope.shown ? scope.shown(entry) : scope.visible(id))) continue;
    shown++;
    const a = scope.answerOf ? scope.answerOf(entry) : scope.answer(id);
    if (typeof a === 'number') sum += scores?.get(id)?.get(a) ?? a;
    else (missing ??= []).push(id);
  }
  let skipped = false;
  if (shown === 0) {
    if (s.skipped !== undefined && s.skipped.when(scope)) {
      skipped = true;
      sum = s.skipped.value;
    } else {
      const gates = openGatesOf(s, scope);
      if (gates.length === 0) return { id: s.score.id, status: 'not-applicable', value: null, min, max, items: ids };
      return { id: s.score.id, status: 'incomplete', value: null, partialValue: 0, min, max, missing: gates, items: ids };
    }
  }
  if (missing !== undefined) {
    return { id: s.score.id, status: 'incomplete', value: null, partialValue: sum, min, max, missing, items: ids };
  }
  let band: LocalizedText | null = null;
  const bands = s.score.bands;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as (typeof bands)[number];
    if (sum >= b.min && sum <= b.max) {
      band = b.label;
      break;
    }
  }
  let cutoff: IndexedScore['cutoffs'][number] | undefined;
  for (let i = 0; i < s.cutoffs.length; i++) {
    const c = s.cutoffs[i] as IndexedScore['cutoffs'][number];
    if (c.when === undefined || c.when(scope)) {
      cutoff = c;
      break;
    }
  }
  const result: ScoreResult = {
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
  return skipped ? { ...result, skipped: true } : result;
}

/** The gate items, in document order, behind a score whose items are all hidden; empty when the answers decide it. */
function openGatesOf(s: IndexedScore, scope: ScoringScope): readonly string[] {
  if (scope.gates === undefined) return NONE;
  // Every item hidden by answers given to all that their conditions read: decided, as `openGates` finds per item.
  const reads = s.gateReads;
  // Stryker disable next-line all: equivalent: a shortcut; without it the search below decides the same
  if (reads !== undefined && scope.answerOf !== undefined && readsGiven(reads, scope as { answerOf(entry: IndexedItem): unknown })) return NONE;
  let gates: IndexedItem[] | undefined;
  for (let i = 0; i < s.items.length; i++) {
    const found = scope.gates(s.items[i] as IndexedItem);
    for (let k = 0; k < found.length; k++) {
      const g = found[k] as IndexedItem;
      if (gates === undefined) gates = [g];
      else if (!gates.includes(g)) gates.push(g);
    }
  }
  return gates === undefined ? NONE : gates.sort((a, b) => a.position - b.position).map((g) => g.item.id);
}
