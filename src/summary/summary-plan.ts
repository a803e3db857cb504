import { conditionItems } from '../conditions/classify.js';
import type { Condition } from '../conditions/condition.js';
import { type Instrument, raterOf } from '../definition/instrument.js';
import { asamOfReferral, asamOfRule, asamOfSetting } from './asam.js';
import type { IndexedItem, IndexedRule, IndexedScore, IndexedTrigger, QuestionnaireIndex } from '../engine/questionnaire-index.js';
import type { AsamDimension } from '../definition/asam-dimension.js';
import { REFERRAL_TYPES, type ReferralType, SETTING_INDICATORS, type SettingIndicator } from '../definition/rule.js';

/** A safety trigger with its evidence items resolved once, in document order. */
export interface PlannedTrigger {
  readonly entry: IndexedTrigger;
  readonly items: readonly IndexedItem[];
  /** The free-text items of the sections its items are in: what the person wrote beside them. */
  readonly freeText: readonly IndexedItem[];
}

/** A rule with its evidence items resolved once, in document order, and the ASAM dimensions its finding informs. */
export interface PlannedRule {
  readonly entry: IndexedRule;
  readonly items: readonly IndexedItem[];
  readonly asam: readonly AsamDimension[];
}

/** A score with the instrument of its section. */
export interface PlannedScore {
  readonly entry: IndexedScore;
  readonly instrument: Instrument | undefined;
  /**
   * The items outside the score that decide whether its items are asked (what
   * their and their sections' conditions read, and `skipped.when`), in
   * document order: the evidence when every item is skipped.
   */
  readonly gateItems: readonly IndexedItem[];
}

/** A referral type or setting indicator with the rules (positions in `rules`) that suggest it, in rule order. */
export interface PlannedGroup<K extends string> {
  readonly key: K;
  readonly rules: readonly number[];
  /**
   * Every item any of those rules cites, once, in document order, each with the
   * rules (positions in `rules`) citing it: the group's evidence is the items
   * of its fired rules, read off in one pass with no merge or sort per summary.
   */
  readonly items: readonly { readonly entry: IndexedItem; readonly rules: readonly number[] }[];
  /** The ASAM dimensions it informs, in `ASAM_DIMENSIONS` order (copied into each summary). */
  readonly asam: readonly AsamDimension[];
}

/** What `summarize` needs beyond the questionnaire index, computed once per questionnaire. */
export interface SummaryPlan {
  readonly triggers: readonly PlannedTrigger[];
  readonly rules: readonly PlannedRule[];
  readonly scores: readonly PlannedScore[];
  /** Items that take an answer, in document order. */
  readonly answerable: readonly IndexedItem[];
  /** Referral types some rule suggests, in `REFERRAL_TYPES` order. */
  readonly referrals: readonly PlannedGroup<ReferralType>[];
  /** Setting indicators some rule raises, in `SETTING_INDICATORS` order. */
  readonly settings: readonly PlannedGroup<SettingIndicator>[];
  /** Whether some section is clinician-rated, so the summary is not all self-report. */
  readonly clinicianRated: boolean;
}

function groups<K extends string>(
  keys: readonly K[],
  of: (rule: IndexedRule) => readonly K[],
  asam: (key: K) => AsamDimension[],
  rules: readonly IndexedRule[],
  cited: readonly (readonly IndexedItem[])[],
): PlannedGroup<K>[] {
  const out: PlannedGroup<K>[] = [];
  for (const key of keys) {
    const members: number[] = [];
    const citing = new Map<IndexedItem, number[]>();
    rules.forEach((r, i) => {
      if (!of(r).includes(key)) return;
      members.push(i);
      for (const entry of cited[i] as readonly IndexedItem[]) citing.set(entry, [...(citing.get(entry) ?? []), i]);
    });
    const items = [...citing].map(([entry, by]) => ({ entry, rules: by })).sort((a, b) => a.entry.position - b.entry.position);
    if (members.length > 0) out.push({ key, rules: members, items, asam: asam(key) });
  }
  return out;
}

const plans = new WeakMap<QuestionnaireIndex, SummaryPlan>();

function gateItemsOf(index: QuestionnaireIndex, entry: IndexedScore): IndexedItem[] {
  const conditions: Condition[] = [];
  for (const { item, section } of entry.items) {
    const when = index.sections[section]?.section.when;
    if (when) conditions.push(when as Condition);
    if (item.when) conditions.push(item.when as Condition);
  }
  if (entry.score.skipped) conditions.push(entry.score.skipped.when as Condition);
  const own = new Set(entry.score.items);
  return itemsOf(
    index,
    conditions.flatMap(conditionItems).filter((id) => !own.has(id)),
  );
}

function itemsOf(index: QuestionnaireIndex, ids: Iterable<string>): IndexedItem[] {
  const out = new Set<IndexedItem>();
  for (const id of ids) {
    const entry = index.items.get(id);
    if (entry && entry.item.kind !== 'display') out.add(entry);
  }
  return [...out].sort((a, b) => a.position - b.position);
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
  const rules = index.rules.map((entry) => ({ entry, items: itemsOf(index, entry.evidence), asam: asamOfRule(entry.rule) }));
  const cited = rules.map((r) => r.items);
  const plan: SummaryPlan = {
    triggers: index.triggers.map((entry) => {
      const items = itemsOf(index, entry.reads);
      const sections = new Set(items.map((i) => i.section));
      return { entry, items, freeText: index.order.filter((i) => i.item.kind === 'text' && sections.has(i.section)) };
    }),
    rules,
    scores: [...index.scores.values()].map((entry) => ({ entry, instrument: instruments.get(entry.score.section), gateItems: gateItemsOf(index, entry) })),
    answerable: index.order.filter((e) => e.item.kind !== 'display'),
    referrals: groups(REFERRAL_TYPES, (r) => r.rule.referrals ?? [], asamOfReferral, index.rules, cited),
    settings: groups(SETTING_INDICATORS, (r) => (r.rule.setting === undefined ? [] : [r.rule.setting]), asamOfSetting, index.rules, cited),
    clinicianRated: [...instruments.values()].some((i) => raterOf(i) === 'clinician'),
  };
  plans.set(index, plan);
  return plan;
}
