import { Evaluation } from './evaluation.js';
import type { QuestionnaireIndex } from './questionnaire-index.js';
import type { AnswerEntry, AnswerValue } from '../definition/types.js';

type Entries = readonly AnswerEntry[];
type Values = readonly (AnswerValue | undefined)[];

/** What the flow keeps about one list of answer entries. */
export interface Known {
  /** The evaluation of the entries, reading the answers by item position. */
  readonly evaluation: Evaluation;
  /** The answers by item position (`undefined` where there is none): what the evaluation reads. */
  readonly values: Values;
  /** The entries in document order, one per item (the list itself when a step of ours built it). */
  readonly entries: Entries;
  /** Each entry's item position, in the same order. */
  readonly positions: readonly number[];
  /** Built by a step of ours: every answer valid and visible. */
  readonly settled: boolean;
  /** A later step was built from this list, so its flow has moved on. */
  replaced: boolean;
}

// Every step and every view of one flow state reads the same entries list, so
// its evaluation is kept beside it. Only frozen lists are remembered: a host
// cannot change them behind the cache's back.
//
// The newest lists sit in a small ring, as a flow's next step nearly always
// reads the list its last step settled. A WeakMap entry per step made the
// garbage collector's ephemeron work cost more than the step itself (ANSWER
// events ~25% slower). A list whose slot is reused while its flow still
// stands on it (a flow left idle while others ran) moves to the WeakMap; a
// replaced one is dropped, so the ring holds at most RECENT lists alive.
const RECENT = 32;
const recentKeys: (Entries | undefined)[] = new Array<Entries | undefined>(RECENT).fill(undefined);
const recentValues: (Known | undefined)[] = new Array<Known | undefined>(RECENT).fill(undefined);
let slot = 0;
const older = new WeakMap<Entries, Known>();

function find(entries: Entries): Known | undefined {
  for (let i = 1; i <= RECENT; i++) {
    const j = (slot - i + RECENT) % RECENT;
    if (recentKeys[j] === entries) return recentValues[j];
  }
  return older.get(entries);
}

function remember(entries: Entries, known: Known): void {
  const leavingKey = recentKeys[slot];
  const leaving = recentValues[slot];
  if (leavingKey !== undefined && leaving !== undefined && !leaving.replaced) older.set(leavingKey, leaving);
  recentKeys[slot] = entries;
  recentValues[slot] = known;
  slot = (slot + 1) % RECENT;
}

// A list that no step of ours built (a host's, or a stored one read without
// restoring): its entries of this questionnaire's items, by position, the
// last entry of an item winning; anything else is left out.
function read(index: QuestionnaireIndex, entries: unknown): Known {
  const values: (AnswerValue | undefined)[] = index.blank.answers.slice();
  if (Array.isArray(entries)) {
    for (const e of entries as unknown[]) {
      const item = Array.isArray(e) && e[1] !== null ? index.items.get(e[0] as string) : undefined;
      if (item !== undefined) values[item.position] = (e as AnswerEntry)[1];
    }
  }
  const evaluation = Evaluation.ofPositions(index, values);
  const [list, positions] = listOf(index, values);
  return { evaluation, values, entries: list, positions, settled: false, replaced: false };
}

// The frozen entries of answers by position, in document order, and their positions.
function listOf(index: QuestionnaireIndex, values: Values): [AnswerEntry[], number[]] {
  const list: AnswerEntry[] = [];
  const positions: number[] = [];
  for (let p = 0; p < values.length; p++) {
    const v = values[p];
    if (v === undefined) continue;
    list.push(Object.freeze([(index.order[p] as { item: { id: string } }).item.id, v] as const));
    positions.push(p);
  }
  return [list, positions];
}

/** What the flow keeps about its entries (remembered when the list is frozen). */
export function lookup(index: QuestionnaireIndex, entries: Entries): Known {
  const hit = find(entries);
  if (hit !== undefined && hit.evaluation.index === index) return hit;
  const fresh = read(index, entries);
  if (Array.isArray(entries) && Object.isFrozen(entries)) remember(entries, fresh);
  return fresh;
}

/** The evaluation of a flow's entries, shared by the steps and views that read them. */
export function evaluationOf(index: QuestionnaireIndex, entries: Entries): Evaluation {
  return lookup(index, entries).evaluation;
}

/** How many answers a flow's entries hold. */
export function answerCount(index: QuestionnaireIndex, entries: Entries): number {
  return lookup(index, entries).entries.length;
}

function settle(evaluation: Evaluation, values: Values, list: AnswerEntry[], positions: number[]): Entries {
  const entries = Object.freeze(list);
  remember(entries, { evaluation, values, entries, positions, settled: true, replaced: false });
  return entries;
}

/**
 * Settle the answers of a step's evaluation (by position) from scratch: the
 * frozen entries in document order, remembered with their evaluation so the
 * next step and every view start from it.
 */
export function settleValues(index: QuestionnaireIndex, evaluation: Evaluation, values: Values): Entries {
  const [list, positions] = listOf(index, values);
  return settle(evaluation, values, list, positions);
}

/**
 * Settle the answers after one change (why a list: docs/benchmarks.md, engine
 * design notes): `known`'s entries, with the entry at
 * `position` replaced by `entry` (or removed when it is undefined) and every
 * entry whose value `evaluation` no longer holds (an answer the change hid)
 * left out. Every other entry is shared, so a step copies one list of
 * references, not the answers.
 */
export function settleChange(known: Known, evaluation: Evaluation, values: Values, position: number, entry: AnswerEntry | undefined): Entries {
  const { entries, positions } = known;
  const n = positions.length;
  const list: AnswerEntry[] = [];
  const kept: number[] = [];
  let j = 0;
  for (; j < n && (positions[j] as number) < position; j++) {
    list.push(entries[j] as AnswerEntry);
    kept.push(positions[j] as number);
  }
  if (entry !== undefined) {
    list.push(entry);
    kept.push(position);
  }
  if (j < n && positions[j] === position) j++;
  // Dependents come after the item they read, so only later entries can have been hidden.
  for (; j < n; j++) {
    const p = positions[j] as number;
    if (values[p] === undefined) continue;
    list.push(entries[j] as AnswerEntry);
    kept.push(p);
  }
  return settle(evaluation, values, list, kept);
}

/**
 * What the flow keeps about entries a step of ours settled (so valid and
 * visible), or undefined for any other list, which must be checked in full.
 */
export function settled(index: QuestionnaireIndex, entries: Entries): Known | undefined {
  const hit = find(entries);
  return hit !== undefined && hit.settled && hit.evaluation.index === index ? hit : undefined;
}
