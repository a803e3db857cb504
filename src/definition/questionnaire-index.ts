import { compileCondition, type CompiledCondition } from '../conditions/evaluate.js';
import { conditionItems, conditionScores } from '../conditions/classify.js';
import type { Condition } from '../conditions/condition.js';
import type { Item } from './item.js';
import type { Rule, SafetyTrigger } from './rule.js';
import type { Score } from './score.js';
import type { Section } from './section.js';
import type { Questionnaire } from './types.js';

/** An item with where it stands and its compiled visibility. */
export interface IndexedItem {
  readonly item: Item;
  readonly section: number;
  /** Position in document order over all items. */
  readonly position: number;
  readonly when: CompiledCondition | undefined;
}

export interface IndexedSection {
  readonly section: Section;
  readonly index: number;
  readonly items: readonly IndexedItem[];
  readonly when: CompiledCondition | undefined;
}

export interface IndexedScore {
  readonly score: Score;
  readonly items: readonly IndexedItem[];
  readonly cutoffs: readonly { readonly gte: number; readonly when: CompiledCondition | undefined; readonly index: number }[];
}

export interface IndexedTrigger {
  readonly trigger: SafetyTrigger;
  readonly test: CompiledCondition;
  /** Items whose answers can change the result. */
  readonly reads: ReadonlySet<string>;
}

export interface IndexedRule {
  readonly rule: Rule;
  readonly test: CompiledCondition;
  /** Item ids cited as evidence: those the condition reads (through scores too), then `evidence`. */
  readonly evidence: readonly string[];
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
  readonly dependents: ReadonlyMap<string, readonly IndexedItem[]>;
  /**
   * Like `dependents`, but also following what a score's cut-off conditions
   * read (a `positive` condition depends on them): the items whose remembered
   * visibility an evaluation must forget when the item's answer changes.
   */
  readonly invalidates: ReadonlyMap<string, readonly IndexedItem[]>;
  readonly triggers: readonly IndexedTrigger[];
  readonly rules: readonly IndexedRule[];
}

/** Items a condition reads, directly or through the scores it names. */
export function readsOf(condition: Condition, scores: ReadonlyMap<string, Score>): string[] {
  const out = conditionItems(condition);
  for (const s of conditionScores(condition)) {
    for (const id of scores.get(s)?.items ?? []) if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** itemId → items (in document order) whose own or section condition reads it (as `reads` sees it), transitively. */
function closure(q: Questionnaire, items: ReadonlyMap<string, IndexedItem>, reads: (c: Condition) => string[]): Map<string, IndexedItem[]> {
  // direct[x] = items whose own or section condition reads x
  const direct = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    let set = direct.get(from);
    if (!set) direct.set(from, (set = new Set()));
    set.add(to);
  };
  for (const s of q.sections) {
    const sectionReads = s.when ? reads(s.when) : [];
    for (const item of s.items) {
      for (const r of sectionReads) add(r, item.id);
      if (item.when) for (const r of reads(item.when)) add(r, item.id);
    }
  }
  const out = new Map<string, IndexedItem[]>();
  for (const id of items.keys()) {
    const seen = new Set<string>();
    const stack = [...(direct.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    if (seen.size > 0) {
      out.set(
        id,
        [...seen].map((d) => items.get(d) as IndexedItem).sort((a, b) => a.position - b.position),
      );
    }
  }
  return out;
}

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
      };
      items.set(item.id, entry);
      order.push(entry);
      return entry;
    });
    return { section: section as Section, index, items: own, when: section.when ? compileCondition(section.when) : undefined };
  });

  const scoreReads = (c: Condition): string[] => readsOf(c, scoreDefs);
  const dependents = closure(q, items, scoreReads);
  // A score's cut-off conditions decide `positive`; they may read items outside the score.
  const cutoffReads = (c: Condition): string[] => {
    const out = readsOf(c, scoreDefs);
    const seen = new Set<string>();
    const pending = conditionScores(c);
    while (pending.length > 0) {
      const id = pending.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const cut of scoreDefs.get(id)?.cutoffs ?? []) {
        if (!cut.when) continue;
        for (const r of readsOf(cut.when, scoreDefs)) if (!out.includes(r)) out.push(r);
        pending.push(...conditionScores(cut.when));
      }
    }
    return out;
  };
  const invalidates = closure(q, items, cutoffReads);

  const scores = new Map<string, IndexedScore>();
  for (const score of scoreDefs.values()) {
    scores.set(score.id, {
      score,
      items: score.items.map((id) => items.get(id) as IndexedItem),
      cutoffs: score.cutoffs.map((c, index) => ({ gte: c.gte, when: c.when ? compileCondition(c.when) : undefined, index })),
    });
  }

  const triggers = (q.safety ?? []).map((trigger) => ({
    trigger: trigger as SafetyTrigger,
    test: compileCondition(trigger.when),
    reads: new Set(readsOf(trigger.when, scoreDefs)),
  }));
  const rules = (q.rules ?? []).map((rule) => {
    const evidence = readsOf(rule.when, scoreDefs);
    for (const e of rule.evidence ?? []) if (!evidence.includes(e)) evidence.push(e);
    return { rule: rule as Rule, test: compileCondition(rule.when), evidence };
  });

  return { questionnaire: q, items, order, sections, scores, dependents, invalidates, triggers, rules };
}
