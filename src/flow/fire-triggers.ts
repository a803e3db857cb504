import type { Evaluation } from '../engine/evaluation.js';
import type { IndexedRule, IndexedTrigger, QuestionnaireIndex } from '../engine/questionnaire-index.js';
import type { FiredTrigger, RecordedUrgency, SafetyState } from './intake-context.js';

/** A trigger or rule as the flow checks it after an answer. */
interface Check {
  readonly direct: ReadonlySet<string>;
  readonly readsScores: boolean;
}

/**
 * The checks of one kind (triggers, or urgency rules) by the items they read
 * directly, so an answer looks only at those it can change instead of looping
 * over all of them (the full intake has 116 rules, 23 with an urgency).
 */
interface Watch<T extends Check> {
  readonly all: readonly T[];
  /** Item id → the checks reading it directly, in definition order. */
  readonly byItem: ReadonlyMap<string, readonly T[]>;
  /** Checks that name a score: a score follows more than it reads, so these are checked after every answer. */
  readonly onScores: readonly T[];
  /** Each check's place in `all`, to merge lists back into definition order. */
  readonly at: ReadonlyMap<T, number>;
}

function watch<T extends Check>(all: readonly T[]): Watch<T> {
  const byItem = new Map<string, T[]>();
  const onScores: T[] = [];
  const at = new Map<T, number>();
  all.forEach((c, i) => {
    at.set(c, i);
    if (c.readsScores) onScores.push(c);
    for (const id of c.direct) {
      const list = byItem.get(id);
      if (list === undefined) byItem.set(id, [c]);
      else list.push(c);
    }
  });
  return { all, byItem, onScores, at };
}

/**
 * The checks an answer can change, in definition order: those that read a
 * changed item directly or name a score; all of them when `changed` is
 * undefined.
 */
function affected<T extends Check>(w: Watch<T>, changed: readonly string[] | undefined): readonly T[] {
  if (changed === undefined) return w.all;
  let picked: readonly T[] = w.onScores;
  let merged = false;
  for (const id of changed) {
    const list = w.byItem.get(id);
    if (list === undefined) continue;
    if (picked.length === 0) picked = list;
    else {
      picked = [...picked, ...list];
      merged = true;
    }
  }
  if (!merged) return picked;
  return [...new Set(picked)].sort((a, b) => (w.at.get(a) ?? 0) - (w.at.get(b) ?? 0));
}

interface Watches {
  readonly triggers: Watch<IndexedTrigger>;
  /** Only rules with an urgency above routine. */
  readonly urgencyRules: Watch<IndexedRule>;
}

const watches = new WeakMap<QuestionnaireIndex, Watches>();
function watchesOf(index: QuestionnaireIndex): Watches {
  let w = watches.get(index);
  if (w === undefined) {
    const urgent = index.rules.filter((r) => r.rule.urgency !== undefined && r.rule.urgency !== 'routine');
    watches.set(index, (w = { triggers: watch(index.triggers), urgencyRules: watch(urgent) }));
  }
  return w;
}

/** A fired-trigger record: the items behind it are those it reads that have an answer. */
export function firedRecord(t: IndexedTrigger, ev: Evaluation, section: string): FiredTrigger {
  const evidence: string[] = [];
  for (const id of t.reads) if (ev.answer(id) !== undefined) evidence.push(id);
  return { id: t.trigger.id, tier: t.trigger.tier, urgency: t.trigger.urgency, section, evidence };
}

/**
 * Record the triggers (not recorded before) that hold after an answer, at
 * once: an interrupt-tier one waits for acknowledgement (the flow moves to
 * `safety`, which shows the crisis resources for any flag-tier one waiting
 * too), a flag-tier one waits for the person to leave the section. So a
 * risk disclosed and taken back before NEXT leaves the same trace as one
 * taken back after it. `changed` narrows the check to triggers that read a
 * changed item directly or read a score (whose value any answer may move);
 * undefined checks them all.
 */
export function recordTriggers(ev: Evaluation, safety: SafetyState, section: string, changed: readonly string[] | undefined): SafetyState | undefined {
  let fired: FiredTrigger[] | undefined;
  let pending: string[] | undefined;
  let deferred: string[] | undefined;
  for (const t of affected(watchesOf(ev.index).triggers, changed)) {
    if (safety.fired.some((f) => f.id === t.trigger.id) || !t.test(ev)) continue;
    (fired ??= [...safety.fired]).push(firedRecord(t, ev, section));
    if (t.trigger.tier === 'interrupt') (pending ??= [...safety.pending]).push(t.trigger.id);
    else (deferred ??= [...safety.deferred]).push(t.trigger.id);
  }
  if (fired === undefined) return undefined;
  if (pending === undefined) return { ...safety, fired, deferred: deferred ?? safety.deferred };
  // An interrupt shows the crisis resources now: flag-tier triggers waiting for
  // them are shown with it (listed while they still hold), none waits for NEXT.
  const waiting = (deferred ?? safety.deferred).filter((id) => !pending.includes(id) && ev.index.triggers.some((t) => t.trigger.id === id && t.test(ev)));
  return { ...safety, fired, pending: [...pending, ...waiting], deferred: [] };
}

/**
 * Show the crisis resources the person is due before leaving a section (NEXT)
 * or finishing (SUBMIT): every flag-tier trigger recorded and not yet shown,
 * and every trigger that holds but was never recorded. Undefined when there
 * is nothing to show.
 */
export function showTriggers(ev: Evaluation, safety: SafetyState, section: string, resume: SafetyState['resume']): SafetyState | undefined {
  const recorded = recordTriggers(ev, safety, section, undefined) ?? safety;
  const pending = [...recorded.pending, ...recorded.deferred.filter((id) => !recorded.pending.includes(id))];
  if (pending.length === 0) return undefined;
  return { ...recorded, pending, deferred: [], resume };
}

/**
 * Record the urgency rules (rules with an `urgency` above routine) that hold
 * after an answer and were not recorded before, so that a changed answer
 * never lowers the urgency the intake reached. `changed` narrows the check as
 * for triggers; undefined checks them all.
 */
export function recordUrgency(ev: Evaluation, safety: SafetyState, changed: readonly string[] | undefined): SafetyState | undefined {
  let recorded: RecordedUrgency[] | undefined;
  for (const r of affected(watchesOf(ev.index).urgencyRules, changed)) {
    const { id } = r.rule;
    if ((recorded ?? safety.urgencyRules ?? []).some((u) => u.id === id) || !r.test(ev)) continue;
    (recorded ??= [...(safety.urgencyRules ?? [])]).push(urgencyRecord(r, ev));
  }
  return recorded === undefined ? undefined : { ...safety, urgencyRules: recorded };
}

/** An urgency record: the items behind it are those it cites that have an answer. */
export function urgencyRecord(r: IndexedRule, ev: Evaluation): RecordedUrgency {
  return { id: r.rule.id, urgency: r.rule.urgency as RecordedUrgency['urgency'], evidence: r.evidence.filter((id) => ev.answer(id) !== undefined) };
}
