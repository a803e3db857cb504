import { type LocalizedText, localize } from '../definition/text.js';
import { ASAM_DIMENSION_NAMES, asamDimensionsOf } from './asam.js';
import type { Block } from './blocks.js';
import { fillPhrase, REFERRAL_PHRASES } from './phrases.js';
import type { ReferralSummary } from './referral-summary.js';
import { ASAM_PHRASES } from './asam-phrases.js';

/**
 * The clinician view's ASAM part: all six dimensions, each with the findings
 * (by rule id, as the findings list shows them), the rules behind setting
 * considerations and the referrals that inform it, or marked empty. The
 * evidence stays where it is printed once, under each entry.
 */
export function asamBlocks(s: ReferralSummary, locale: string): Block[] {
  const l = (text: LocalizedText) => localize(text, locale);
  const P = ASAM_PHRASES;
  return [
    { kind: 'heading', level: 2, text: l(P.heading) },
    { kind: 'paragraph', text: l(P.note) },
    {
      kind: 'list',
      entries: asamDimensionsOf(s).map((d) => {
        const { third, fourth } = ASAM_DIMENSION_NAMES[d.dimension];
        const text = fillPhrase(l(P.dimension), { fourthNumber: fourth.number, fourth: l(fourth.name), thirdNumber: third.number, third: l(third.name) });
        const details: string[] = [];
        if (d.findings.length > 0) details.push(fillPhrase(l(P.findings), { ids: d.findings.map((f) => f.ruleId).join(', ') }));
        if (d.setting.length > 0) details.push(fillPhrase(l(P.setting), { ids: [...new Set(d.setting.flatMap((c) => c.reasons))].join(', ') }));
        if (d.referrals.length > 0) details.push(fillPhrase(l(P.referrals), { items: d.referrals.map((r) => l(REFERRAL_PHRASES[r.type])).join('; ') }));
        return { text, details: details.length > 0 ? details : [l(P.empty)] };
      }),
    },
  ];
}
