import type { Evaluation } from '../engine/evaluation.js';
import type { IndexedTrigger } from '../engine/questionnaire-index.js';
import type { FiredTrigger, SafetyState } from './intake-context.js';

/**
 * Fire the triggers (not fired before) that hold now. `only` narrows the check
 * to triggers that read one of the given items, so an ANSWER re-tests only what
 * it can change.
 */
export function fireTriggers(
  ev: Evaluation,
  safety: SafetyState,
  section: string,
  tiers: ReadonlySet<'interrupt' | 'flag'>,
  resume: SafetyState['resume'],
  only?: readonly string[],
): SafetyState | undefined {
  let fresh: FiredTrigger[] | undefined;
  for (const t of ev.index.triggers) {
    if (!tiers.has(t.trigger.tier)) continue;
    if (only && !only.some((id) => t.reads.has(id))) continue;
    if (safety.fired.some((f) => f.id === t.trigger.id)) continue;
    if (!t.test(ev)) continue;
    (fresh ??= []).push({
      id: t.trigger.id,
      tier: t.trigger.tier,
      urgency: t.trigger.urgency,
      section,
      evidence: evidenceOf(t, ev),
    });
  }
  if (!fresh) return undefined;
  return {
    fired: [...safety.fired, ...fresh],
    pending: [...safety.pending, ...fresh.map((f) => f.id)],
    resume,
  };
}

function evidenceOf(t: IndexedTrigger, ev: Evaluation): string[] {
  return [...t.reads].filter((id) => ev.answer(id) !== undefined);
}

export const INTERRUPT_ONLY: ReadonlySet<'interrupt' | 'flag'> = new Set(['interrupt']);
export const ALL_TIERS: ReadonlySet<'interrupt' | 'flag'> = new Set(['interrupt', 'flag']);
