import { compileCondition, type CompiledCondition } from '../conditions/evaluate.js';
import { conditionItems, conditionScores } from '../conditions/classify.js';
import type { Condition } from '../conditions/condition.js';
import { type DependencyGraph, type Dependents, GraphBuilder } from './dependency-graph.js';
import type { Item } from '../definition/item.js';
import type { Rule, SafetyTrigger } from '../definition/rule.js';
import type { Score } from '../definition/score.js';
import type { Section } from '../definition/section.js';
import { isCheckedQuestionnaire } from '../definition/define-questionnaire.js';
import type { Questionnaire } from '../definition/types.js';

/** An item with where it stands and its compiled visibility. */
export interface IndexedItem {
  readonly item: Item;
  readonly section: number;
  /** Position in document order over all items. */
  readonly position: number;
  readonly when: CompiledCondition | undefined;
  /**
   * The items its section's condition and its own read, when neither names a
   * score: with each of them answered (not declined), the answers decide
   * whether it is asked, so a hidden item has no open gates.
   */
  readonly gateReads?: readonly IndexedItem[] | undefined;
}

export interface IndexedSection {
  readonly section: Section;
  readonly index: number;
  readonly items: readonly IndexedItem[];
  readonly when: CompiledCondition | undefined;
}

export interface IndexedScore {
  readonly score: Score;
  /** Position among the questionnaire's scores. */
  readonly position: number;
  readonly items: readonly IndexedItem[];
  readonly cutoffs: readonly { readonly gte: number; readonly when: CompiledCondition | undefined; readonly index: number }[];
  /** The score's `skipped`, compiled. */
  readonly skipped?: { readonly when: CompiledCondition; readonly value: number } | undefined;
  /** Every item's `gateReads`, each once; undefined when some item has none. */
  readonly gateReads?: readonly IndexedItem[] | undefined;
}

export interface IndexedTrigger {
  readonly trigger: SafetyTrigger;
  readonly test: CompiledCondition;
  /**
   * Items whose answers the result is read from, in document order, cited as
   * its evidence: those the condition reads, and for each score it names, the
   * score's items and what its cut-offs and skipped rule read (such as the sex
   * answer that moves AUDIT-C's cut-off).
   */
  readonly reads: ReadonlySet<string>;
  /** Items the condition reads directly. */
  readonly direct: ReadonlySet<string>;
  /**
   * Whether it names a score. A score follows its items' answers and
   * visibility and its cut-offs' reads, so such a trigger is checked again
   * after every answer.
   */
  readonly readsScores: boolean;
}

export interface IndexedRule {
  readonly rule: Rule;
  readonly test: CompiledCondition;
  /** Item ids cited as evidence: those the condition reads (through scores too), then `evidence`. */
  readonly evidence: readonly string[];
  /** Items the condition reads directly. */
  readonly direct: ReadonlySet<string>;
  /** Whether it names a score (then any answer may change its result). */
  readonly readsScores: boolean;
}

/**
 * Everything that depends only on the definition, computed once per
 * questionnaire: item lookup, compiled conditions, and which items' visibility
 * may change when a given item is answered.
 */
export interface QuestionnaireIndex {
  readonly questionnaire: Questionnaire;
  readonly items: ReadonlyMap<string, IndexedItem>;
  readonly order: readonly IndexedItem[];
  readonly sections: readonly IndexedSection[];
  readonly scores: ReadonlyMap<string, IndexedScore>;
  /** itemId → items (in document order) whose visibility may change when it changes, transitively. */
  readonly dependents: Dependents;
  /**
   * Like `dependents`, but also following what a score's cut-off conditions
   * read (a `positive` condition depends on them): the items whose remembered
   * visibility an evaluation must forget when the item's answer changes.
   */
  readonly invalidates: Dependents;
  readonly triggers: readonly IndexedTrigger[];
  readonly rules: readonly IndexedRule[];
  /**
   * Blank arrays an evaluation copies (why: docs/benchmarks.md, engine design
   * notes): memo cells for items and sections (0, not computed) and answers by
   * position (none).
   */
  readonly blank: {
    readonly items: readonly number[];
    readonly sections: readonly number[];
    readonly answers: readonly undefined[];
  };
}

/** Items a condition reads, directly or through the scores it names. */
export function readsOf(condition: Condition, scores: ReadonlyMap<string, Score>): string[] {
  const out = new Set(conditionItems(condition));
  for (const s of conditionScores(condition)) for (const id of scores.get(s)?.items ?? []) out.add(id);
  return [...out];
}

/** Items read by the cut-off and skipped conditions of the scores a condition names, following scores they name in turn. */
function scoreRuleReads(condition: Condition, scores: ReadonlyMap<string, Score>): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const pending = conditionScores(condition);
  while (pending.length > 0) {
    const score = scores.get(pending.pop() as string);
    if (score === undefined || seen.has(score.id)) continue;
    seen.add(score.id);
    const rules = [...score.cutoffs.map((c) => c.when), score.skipped?.when].filter((c): c is Condition => c !== undefined);
    for (const c of rules) {
      for (const id of readsOf(c, scores)) out.add(id);
      pending.push(...conditionScores(c));
    }
  }
  return [...out];
}

/**
 * The graph behind `dependents` (`withCutoffs` false) or `invalidates` (true).
 * Sections and scores are nodes of their own, so a section condition is one
 * set of edges into the section, not a copy per item, and a score is read
 * through one node however many conditions name it.
 */
function dependencyGraph(q: Questionnaire, order: readonly IndexedItem[], items: ReadonlyMap<string, IndexedItem>, withCutoffs: boolean): DependencyGraph {
  const scoreList = q.scores ?? [];
  const sectionNode = (index: number) => order.length + index;
  const scoreNodes = new Map(scoreList.map((s, k) => [s.id, order.length + q.sections.length + k]));
  const graph = new GraphBuilder(order.length + q.sections.length + scoreList.length);
  const readInto = (condition: Condition, to: number) => {
    for (const id of conditionItems(condition)) graph.add((items.get(id) as IndexedItem).position, to);
    for (const id of conditionScores(condition)) graph.add(scoreNodes.get(id) as number, to);
  };
  q.sections.forEach((section, index) => {
    if (section.when) {
      readInto(section.when, sectionNode(index));
      for (const item of section.items) graph.add(sectionNode(index), (items.get(item.id) as IndexedItem).position);
    }
    for (const item of section.items) if (item.when) readInto(item.when, (items.get(item.id) as IndexedItem).position);
  });
  for (const score of scoreList) {
    const node = scoreNodes.get(score.id) as number;
    for (const id of score.items) graph.add((items.get(id) as IndexedItem).position, node);
    // A score's cut-off conditions decide `positive`; they may read items outside the score.
    if (withCutoffs) for (const cut of score.cutoffs) if (cut.when) readInto(cut.when, node);
    // Its skipped rule decides its value when every item is hidden.
    if (score.skipped) readInto(score.skipped.when, node);
  }
  return graph.build(order);
}

/** At most this many gate reads are kept per item or score; past it the gate search decides (bounds a hostile definition's index). */
const GATE_READS_MAX = 64;

/**
 * `base` and the items `condition` reads, each once, or undefined when the
 * condition names a score, `base` is undefined, or there are more than
 * `GATE_READS_MAX`.
 */
function withReads(
  base: readonly IndexedItem[] | undefined,
  condition: Condition | undefined,
  items: ReadonlyMap<string, IndexedItem>,
): readonly IndexedItem[] | undefined {
  if (base === undefined || condition === undefined) return base;
  // Stryker disable all: equivalent: fewer reads (or none) only sends more items to the gate search, which decides the same
  if (conditionScores(condition).length > 0) return undefined;
  const reads = new Set(base);
  for (const id of conditionItems(condition)) {
    const entry = items.get(id);
    if (entry !== undefined) reads.add(entry);
    if (reads.size > GATE_READS_MAX) return undefined;
  }
  // Stryker restore all
  return [...reads];
}

/** Every read of `entries`' `gateReads`, each once, or undefined when one has none or there are more than `GATE_READS_MAX`. */
// Stryker disable all: equivalent, as in withReads
function unionOfReads(entries: readonly IndexedItem[]): readonly IndexedItem[] | undefined {
  const union = new Set<IndexedItem>();
  for (const entry of entries) {
    if (entry.gateReads === undefined) return undefined;
    for (const read of entry.gateReads) union.add(read);
    if (union.size > GATE_READS_MAX) return undefined;
  }
  return [...union];
}
// Stryker restore all

/** Build the index of a questionnaire that passed its static checks. */
export function buildIndex(q: Questionnaire): QuestionnaireIndex {
  const items = new Map<string, IndexedItem>();
  const order: IndexedItem[] = [];
  const scoreDefs = new Map<string, Score>((q.scores ?? []).map((s) => [s.id, s as Score]));
  const sections: IndexedSection[] = q.sections.map((section, index) => {
    const own: IndexedItem[] = section.items.map((item) => {
      const entry: IndexedItem = {
        item: item as Item,
        section: index,
        position: order.length,
        when: item.when ? compileCondition(item.when) : undefined,
        gateReads: undefined,
      };
      items.set(item.id, entry);
      order.push(entry);
      return entry;
    });
    return { section: section as Section, index, items: own, when: section.when ? compileCondition(section.when) : undefined };
  });

  // A section's reads are worked out once and shared by its items that have no condition of their own.
  // Stryker disable next-line all: equivalent, as in withReads
  const sectionReads = sections.map((s) => withReads([], s.section.when as Condition | undefined, items));
  for (const entry of order) {
    const reads = withReads(sectionReads[entry.section], entry.item.when as Condition | undefined, items);
    (entry as { gateReads?: readonly IndexedItem[] | undefined }).gateReads = reads;
  }

  const dependents = dependencyGraph(q, order, items, false);
  const invalidates = dependencyGraph(q, order, items, true);

  const scores = new Map<string, IndexedScore>();
  for (const score of scoreDefs.values()) {
    const own = score.items.map((id) => items.get(id) as IndexedItem);
    const gateReads = unionOfReads(own);
    scores.set(score.id, {
      score,
      position: scores.size,
      items: own,
      cutoffs: score.cutoffs.map((c, index) => ({ gte: c.gte, when: c.when ? compileCondition(c.when) : undefined, index })),
      skipped: score.skipped ? { when: compileCondition(score.skipped.when), value: score.skipped.value } : undefined,
      gateReads,
    });
  }

  const triggers = (q.safety ?? []).map((trigger) => ({
    trigger: trigger as SafetyTrigger,
    test: compileCondition(trigger.when),
    reads: new Set(
      [...readsOf(trigger.when, scoreDefs), ...scoreRuleReads(trigger.when, scoreDefs)].sort(
        (a, b) => (items.get(a)?.position ?? 0) - (items.get(b)?.position ?? 0),
      ),
    ),
    direct: new Set(conditionItems(trigger.when)),
    readsScores: conditionScores(trigger.when).length > 0,
  }));
  const rules = (q.rules ?? []).map((rule) => {
    const evidence = [...new Set([...readsOf(rule.when, scoreDefs), ...(rule.evidence ?? [])])];
    return {
      rule: rule as Rule,
      test: compileCondition(rule.when),
      evidence,
      direct: new Set(conditionItems(rule.when)),
      readsScores: conditionScores(rule.when).length > 0,
    };
  });

  const blank = {
    items: new Array<number>(order.length).fill(0),
    sections: new Array<number>(sections.length).fill(0),
    answers: new Array<undefined>(order.length).fill(undefined),
  };
  return { questionnaire: q, items, order, sections, scores, dependents, invalidates, triggers, rules, blank };
}

const indexes = new WeakMap<Questionnaire, QuestionnaireIndex>();

/**
 * The index of a checked questionnaire, built on first use and kept while the
 * questionnaire lives. It never parses: a questionnaire that did not pass
 * `checkedQuestionnaire` (or `defineQuestionnaire`/`parseQuestionnaire`) is a
 * bug in the caller, reported as such.
 *
 * @internal
 */
export function indexOf(q: Questionnaire): QuestionnaireIndex {
  const cached = indexes.get(q);
  if (cached) return cached;
  if (!isCheckedQuestionnaire(q)) throw new TypeError('indexOf: questionnaire not checked');
  const index = buildIndex(q);
  indexes.set(q, index);
  return index;
}
