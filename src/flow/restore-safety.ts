import type { Evaluation } from '../engine/evaluation.js';
import type { IndexedRule, IndexedTrigger, QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { firedRecord, urgencyRecord } from './fire-triggers.js';
import type { FiredTrigger, RecordedUrgency, SafetyState } from './intake-context.js';

/** The section of the last answered item a trigger reads: where the answer that made it hold was given. */
function sectionOf(t: IndexedTrigger, ev: Evaluation): string {
  const index = ev.index;
  let at: number | undefined;
  let first: number | undefined;
  for (const id of t.reads) {
    const entry = index.items.get(id);
    if (entry === undefined) continue;
    first ??= entry.section;
    if (ev.answer(id) !== undefined && (at === undefined || entry.section > at)) at = entry.section;
  }
  const s = at ?? first;
  return s === undefined ? '' : (index.sections[s]?.section.id ?? '');
}

/** A stored record's evidence when it is a non-empty list of distinct items among `allowed`, else undefined. */
function recordedEvidence(allowed: { has(id: string): boolean; readonly size: number }, value: unknown): readonly string[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > allowed.size) return undefined;
  const seen = new Set<string>();
  for (const id of value) {
    if (typeof id !== 'string' || !allowed.has(id) || seen.has(id)) return undefined;
    seen.add(id);
  }
  return [...seen];
}

const strings = (value: unknown): Set<string> => new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The safety state of a restored snapshot, derived from its answers rather
 * than trusted: every trigger that holds on the stored answers (or, marked
 * `notAsked`, only on the answers as received, those to hidden items included)
 * is recorded. One the snapshot did not record (its record stripped, or the
 * trigger new in this version) is raised again: interrupt tier at once
 * (pending), flag tier when the person next leaves a section (deferred).
 * Records of known triggers that no longer hold are kept (a risk once
 * disclosed stays), and so are their pending and deferred marks; nothing in
 * the snapshot can remove a record the answers call for.
 *
 * @param index - The questionnaire index.
 * @param raw - The snapshot's `context.safety`, untrusted.
 * @param ev - The evaluation of the restored answers.
 * @param received - An evaluation of the answers as received, when some were to hidden items.
 * @returns The safety state.
 */
export function restoreSafety(index: QuestionnaireIndex, raw: unknown, ev: Evaluation, received: Evaluation | undefined): SafetyState {
  const stored = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const sections = new Set([...index.sections.map((s) => s.section.id), 'review']);
  const byId = new Map(index.triggers.map((t) => [t.trigger.id, t]));
  // The snapshot's records of known triggers, in its order, each once, with
  // the section and the evidence they were recorded with when those are valid.
  const records = new Map<string, { section: string | undefined; evidence: readonly string[] | undefined }>();
  for (const f of Array.isArray(stored.fired) ? stored.fired : []) {
    const { id, section, evidence } = (f !== null && typeof f === 'object' ? f : {}) as Record<string, unknown>;
    const t = typeof id === 'string' ? byId.get(id) : undefined;
    if (t === undefined || records.has(t.trigger.id)) continue;
    records.set(t.trigger.id, {
      section: typeof section === 'string' && sections.has(section) ? section : undefined,
      evidence: recordedEvidence(t.reads, evidence),
    });
  }
  const storedPending = strings(stored.pending);
  const storedDeferred = strings(stored.deferred);

  const fired: FiredTrigger[] = [];
  const pending: string[] = [];
  const deferred: string[] = [];
  const record = (t: IndexedTrigger, recorded: boolean) => {
    const id = t.trigger.id;
    const holds = t.test(ev);
    const onReceived = !holds && received !== undefined && t.test(received);
    if (!recorded && !holds && !onReceived) return;
    const basis = onReceived && received !== undefined ? received : ev;
    const stored = records.get(id);
    const entry = firedRecord(t, basis, stored?.section ?? sectionOf(t, basis));
    // A record keeps the items it was raised on (the answers given until then), so a snapshot the flow wrote
    // restores to the same snapshot; evidence that is not a list of the trigger's own items is derived again.
    fired.push(onReceived && !recorded ? { ...entry, notAsked: true } : stored?.evidence === undefined ? entry : { ...entry, evidence: stored.evidence });
    if (!recorded) (t.trigger.tier === 'interrupt' ? pending : deferred).push(id);
    else if (storedPending.has(id)) pending.push(id);
    else if (storedDeferred.has(id)) deferred.push(id);
  };
  for (const id of records.keys()) record(byId.get(id) as IndexedTrigger, true);
  for (const t of index.triggers) if (!records.has(t.trigger.id)) record(t, false);

  // Waiting triggers keep the snapshot's order (the order they were raised in), newly raised ones after.
  const inStoredOrder = (ids: string[], order: Set<string>) => [...[...order].filter((id) => ids.includes(id)), ...ids.filter((id) => !order.has(id))];
  pending.splice(0, pending.length, ...inStoredOrder(pending, storedPending));
  deferred.splice(0, deferred.length, ...inStoredOrder(deferred, storedDeferred));
  // As in the flow, crisis resources shown for an interrupt show every trigger still waiting.
  const resume = stored.resume === 'next' && [...storedPending].some((id) => pending.includes(id)) ? 'next' : 'stay';
  const urgencyRules = restoreUrgency(index, stored.urgencyRules, ev);
  const extra = urgencyRules.length > 0 ? { urgencyRules } : {};
  if (pending.length > 0) return { fired, pending: [...pending, ...deferred], deferred: [], resume, ...extra };
  return { fired, pending, deferred, resume: 'stay', ...extra };
}

/**
 * The urgency records of a restored snapshot: the stored records of known
 * urgency rules (kept when the rule no longer holds: the urgency the intake
 * reached stays), each once, with their evidence when it is a list of the
 * rule's own items, then every urgency rule that holds on the answers and was
 * not recorded.
 */
function restoreUrgency(index: QuestionnaireIndex, raw: unknown, ev: Evaluation): RecordedUrgency[] {
  const byId = new Map<string, IndexedRule>();
  for (const r of index.rules) if (r.rule.urgency !== undefined && r.rule.urgency !== 'routine') byId.set(r.rule.id, r);
  const out: RecordedUrgency[] = [];
  for (const u of Array.isArray(raw) ? raw : []) {
    const { id, evidence } = (u !== null && typeof u === 'object' ? u : {}) as Record<string, unknown>;
    const r = typeof id === 'string' ? byId.get(id) : undefined;
    if (r === undefined || out.some((o) => o.id === r.rule.id)) continue;
    const kept = recordedEvidence(new Set(r.evidence), evidence);
    const record = urgencyRecord(r, ev);
    out.push(kept === undefined ? record : { ...record, evidence: kept });
  }
  for (const r of byId.values()) if (!out.some((o) => o.id === r.rule.id) && r.test(ev)) out.push(urgencyRecord(r, ev));
  return out;
}
