import { type LocalizedText, phraseTable } from '../definition/text.js';

/**
 * The clinician view's ASAM part, worded. It names dimensions and what
 * informs them; no phrase rates a dimension or names a level of care
 * (ASAM licenses its decision rules, and a screen cannot apply them).
 *
 * @example
 * ```ts
 * import { PHRASES } from 'intake-screening';
 * PHRASES.asam.heading.en; // 'ASAM dimensions informed (named, not rated)'
 * ```
 */
export const ASAM_PHRASES = /* @__PURE__ */ phraseTable('asam', {
  heading: { en: 'ASAM dimensions informed (named, not rated)' },
  note: {
    en: 'Which dimensions of the ASAM Criteria these answers give information about, by the fourth edition (2023) with the third (2013) beside it. This summary does not rate any dimension or name a level of care.',
  },
  dimension: {
    en: 'Dimension {fourthNumber}: {fourth} (third edition, dimension {thirdNumber}: {third})',
  },
  findings: { en: 'Findings: {ids}' },
  setting: { en: 'Setting considerations raised by: {ids}' },
  referrals: { en: 'Referrals: {items}' },
  empty: {
    en: 'Empty: no finding, setting consideration or referral from these answers.',
  },
} as const satisfies Record<string, LocalizedText>);
