import type { Evaluation } from '../engine/evaluation.js';
import { localize } from '../definition/text.js';
import type { EvidenceBuilder } from './evidence.js';
import { SUMMARY_PHRASES } from './phrases.js';
import type { Evidence, SafetyFlag, UrgencyReason } from './referral-summary.js';
import type { CheckedOptions } from './summarize-options.js';
import type { SummaryPlan } from './summary-plan.js';

/** The answers as received, when some were to items the form's logic hides. */
export interface Received {
  /** Every item shown: what the answers say before the form's logic drops any. */
  readonly evaluation: Evaluation;
  readonly cite: EvidenceBuilder;
}

/**
 * The safety flags of a summary, and the urgency reasons they give. A trigger
 * is flagged when it holds on the answers; else, when it holds on the answers
 * as received (some to questions the form's logic would not have asked), as
 * `notAsked`; else, when the intake raised it, as `answerChanged` (or
 * `notAsked`, when it was raised on such answers). A disclosure once made is
 * never lost to branching or to a changed answer.
 *
 * @param plan - The summary plan.
 * @param evaluation - The evaluation of the answers kept (asked questions only).
 * @param cite - Evidence of the answers kept.
 * @param locale - The summary's locale.
 * @param raised - The triggers raised during the intake.
 * @param received - The answers as received, when some were dropped as not asked.
 * @returns The flags and their urgency reasons, in trigger order.
 */
export function safetyFlags(
  plan: SummaryPlan,
  evaluation: Evaluation,
  cite: EvidenceBuilder,
  locale: string,
  raised: CheckedOptions['raised'],
  received: Received | undefined,
): { flags: SafetyFlag[]; reasons: UrgencyReason[] } {
  const flags: SafetyFlag[] = [];
  const reasons: UrgencyReason[] = [];
  const add = (p: SummaryPlan['triggers'][number], mark: 'answerChanged' | 'notAsked' | undefined, evidence: Evidence[], freeText: Evidence[]) => {
    const t = p.entry.trigger;
    const reason = localize(t.reason, locale);
    const flag: SafetyFlag =
      mark === undefined
        ? { id: t.id, tier: t.tier, urgency: t.urgency, reason, evidence }
        : { id: t.id, tier: t.tier, urgency: t.urgency, reason, [mark]: true, evidence };
    if (freeText.length > 0) flag.freeText = freeText;
    flags.push(flag);
    const text = mark === undefined ? reason : `${reason} ${localize(SUMMARY_PHRASES[mark], locale)}`;
    reasons.push({ urgency: t.urgency, text, source: { kind: 'safety', id: t.id }, evidence });
  };
  for (const p of plan.triggers) {
    if (p.entry.test(evaluation)) {
      add(p, undefined, cite.of(p.items), cite.given(p.freeText));
    } else if (received !== undefined && p.entry.test(received.evaluation)) {
      // The answers that make it hold were given, though not asked: cite them as given.
      add(p, 'notAsked', received.cite.of(p.items), received.cite.given(p.freeText));
    } else if (raised.length > 0) {
      const r = raised.find((x) => x.id === p.entry.trigger.id);
      // Raised during the intake, then the answer changed: a risk once disclosed
      // stays visible at its urgency (NIMH ASQ pathway); the evidence shows the
      // final answers, so the clinician sees the change.
      if (r !== undefined) add(p, r.notAsked ? 'notAsked' : 'answerChanged', cite.current(p.items), cite.given(p.freeText));
    }
  }
  return { flags, reasons };
}
