import { classifyCondition, type ConditionNode } from '../conditions/classify.js';
import type { Condition } from '../conditions/condition.js';
import { type CompiledCondition, compileCondition } from '../conditions/evaluate.js';
import type { Evaluation } from './evaluation.js';
import { PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import type { IndexedItem } from './questionnaire-index.js';
import { readsGiven } from './reads-given.js';

// Three-valued (Kleene) truth: a condition may be decided by the answers
// given, or left open by an item that is unanswered or declined.
const FALSE = 0;
const TRUE = 1;
const OPEN = 2;
type Truth = typeof FALSE | typeof TRUE | typeof OPEN;

// Leaves are compiled, and nodes classified, once per condition object (definitions are frozen).
const compiled = new WeakMap<Condition, CompiledCondition>();
const nodes = new WeakMap<Condition, ConditionNode>();
function nodeOf(condition: Condition): ConditionNode {
  let node = nodes.get(condition);
  if (node === undefined) nodes.set(condition, (node = classifyCondition(condition)));
  return node;
}
function exact(leaf: Condition, ev: Evaluation): Truth {
  let test = compiled.get(leaf);
  if (test === undefined) compiled.set(leaf, (test = compileCondition(leaf)));
  return test(ev) ? TRUE : FALSE;
}

/**
 * Whether a condition is decided by the answers of an evaluation. Items that
 * are unanswered but asked, or hidden for an open reason, and scores that are
 * incomplete, leave it open; `gates` then receives the items whose answers
 * could decide it. A call adds to `gates` only when it returns OPEN. Declined
 * answers are read as given here; `openGates` adds them afterwards.
 */
function truth(condition: Condition, ev: Evaluation, gates: IndexedItem[]): Truth {
  const node = nodeOf(condition);
  switch (node.kind) {
    case 'all':
    case 'any':
      return truthOfList(node.kind, node.conditions, ev, gates);
    case 'not': {
      const r = truth(node.condition, ev, gates);
      return r === OPEN ? OPEN : r === TRUE ? FALSE : TRUE;
    }
    case 'score':
    case 'positive': {
      const r = ev.score(node.score);
      if (r?.status !== 'incomplete') return exact(condition, ev);
      for (const id of r.missing) {
        const entry = ev.index.items.get(id);
        if (entry) gates.push(entry);
      }
      return OPEN;
    }
    default: {
      const entry = ev.index.items.get(node.item);
      if (entry === undefined || ev.answer(node.item) !== undefined) return exact(condition, ev);
      const behind = ev.shown(entry) ? [entry] : ev.gates(entry);
      if (behind.length === 0) return exact(condition, ev);
      gates.push(...behind);
      return OPEN;
    }
  }
}

/** `all` or `any` of a list of conditions, as `truth` reads one condition. */
function truthOfList(kind: 'all' | 'any', conditions: readonly Condition[], ev: Evaluation, gates: IndexedItem[]): Truth {
  const decisive = kind === 'all' ? FALSE : TRUE;
  // Children push their open gates onto `gates`; a decided list takes them off again.
  const start = gates.length;
  let result: Truth = kind === 'all' ? TRUE : FALSE;
  for (let i = 0; i < conditions.length; i++) {
    const r = truth(conditions[i] as Condition, ev, gates);
    if (r === decisive) {
      gates.length = start;
      return decisive;
    }
    if (r === OPEN) result = OPEN;
  }
  if (result !== OPEN) gates.length = start;
  return result;
}

/** Items a condition reads directly whose answer is "prefer not to answer". */
function declinedReads(condition: Condition, ev: Evaluation, out: IndexedItem[]): void {
  const node = nodeOf(condition);
  if (node.kind === 'all' || node.kind === 'any') for (const c of node.conditions) declinedReads(c, ev, out);
  else if (node.kind === 'not') declinedReads(node.condition, ev, out);
  else if (node.kind !== 'score' && node.kind !== 'positive' && ev.answer(node.item) === PREFER_NOT_TO_ANSWER) {
    const entry = ev.index.items.get(node.item);
    if (entry) out.push(entry);
  }
}

const NO_GATES: readonly IndexedItem[] = Object.freeze([]);

/**
 * Why a hidden item is hidden: the items whose answers could still show it,
 * in document order: those unanswered (or themselves hidden for such a
 * reason) that could make its conditions hold, and every item its conditions
 * read that the person declined (a decline tells nothing about what the
 * answer would have been). Empty when the answers given decide that it is
 * not asked, and when it is shown.
 *
 * @param ev - The evaluation.
 * @param entry - The item.
 * @returns The gate items, or an empty list.
 */
export function openGates(ev: Evaluation, entry: IndexedItem): readonly IndexedItem[] {
  if (ev.shown(entry)) return NO_GATES;
  // Most hidden items are hidden by answers given to every item their conditions read: decided.
  // Stryker disable next-line all: equivalent: a shortcut; without it the search below decides the same
  if (entry.gateReads !== undefined && readsGiven(entry.gateReads, ev)) return NO_GATES;
  const sectionWhen = ev.index.sections[entry.section]?.section.when as Condition | undefined;
  const itemWhen = entry.item.when as Condition | undefined;
  const conditions: Condition[] = [];
  if (sectionWhen !== undefined) conditions.push(sectionWhen);
  if (itemWhen !== undefined) conditions.push(itemWhen);
  const gates: IndexedItem[] = [];
  if (truthOfList('all', conditions, ev, gates) !== OPEN) gates.length = 0;
  for (const c of conditions) declinedReads(c, ev, gates);
  if (gates.length === 0) return NO_GATES;
  return [...new Set(gates)].sort((a, b) => a.position - b.position);
}
