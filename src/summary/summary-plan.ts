import type { Instrument } from '../definition/instrument.js';
import type { IndexedItem, IndexedRule, IndexedScore, IndexedTrigger, QuestionnaireIndex } from '../definition/questionnaire-index.js';

/** A safety trigger with its evidence items resolved once, in document order. */
export interface PlannedTrigger {
  readonly entry: IndexedTrigger;
  readonly items: readonly IndexedItem[];
}

/** A rule with its evidence items resolved once, in document order. */
export interface PlannedRule {
  readonly entry: IndexedRule;
  readonly items: readonly IndexedItem[];
}

/** A score with the instrument of its section. */
export interface PlannedScore {
  readonly entry: IndexedScore;
  readonly instrument: Instrument | undefined;
}

/** What `summarize` needs beyond the questionnaire index, computed once per questionnaire. */
export interface SummaryPlan {
  readonly triggers: readonly PlannedTrigger[];
  readonly rules: readonly PlannedRule[];
  readonly scores: readonly PlannedScore[];
  /** Items that take an answer, in document order. */
  readonly answerable: readonly IndexedItem[];
}

const plans = new WeakMap<QuestionnaireIndex, SummaryPlan>();

function itemsOf(index: QuestionnaireIndex, ids: Iterable<string>): IndexedItem[] {
  const out: IndexedItem[] = [];
  for (const id of ids) {
    const entry = index.items.get(id);
    if (entry && entry.item.kind !== 'display' && !out.includes(entry)) out.push(entry);
  }
  return out.sort((a, b) => a.position - b.position);
}

/**
 * The summary plan of an indexed questionnaire, built on first use and cached
 * beside the index, so summarizing thousands of answer sets does no
 * per-call definition work.
 *
 * @param index - The questionnaire index.
 * @returns The plan.
 */
export function planOf(index: QuestionnaireIndex): SummaryPlan {
  const cached = plans.get(index);
  if (cached) return cached;
  const instruments = new Map(index.sections.map((s) => [s.section.id, s.section.instrument as Instrument]));
  const plan: SummaryPlan = {
    triggers: index.triggers.map((entry) => ({ entry, items: itemsOf(index, entry.reads) })),
    rules: index.rules.map((entry) => ({ entry, items: itemsOf(index, entry.evidence) })),
    scores: [...index.scores.values()].map((entry) => ({ entry, instrument: instruments.get(entry.score.section) })),
    answerable: index.order.filter((e) => e.item.kind !== 'display'),
  };
  plans.set(index, plan);
  return plan;
}
