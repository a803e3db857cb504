import { type LocalizedText, phraseTable } from '../definition/text.js';

// The renderers' own headings and labels, apart from the summary's phrases so
// each table stays short. Same rules: person-first, never a diagnosis.

/**
 * Headings and labels of the clinician view.
 *
 * @example
 * ```ts
 * import { CLINICIAN_PHRASES } from 'intake-screening';
 * CLINICIAN_PHRASES.referrals.en; // 'Suggested referrals'
 * ```
 */
export const CLINICIAN_PHRASES = /* @__PURE__ */ phraseTable('clinician', {
  title: { en: 'Referral summary: {title}' },
  version: { en: 'Questionnaire {id}, version {version}' },
  urgency: { en: 'Urgency' },
  reasons: { en: 'Reasons' },
  noReasons: { en: 'No answer raised urgency.' },
  safety: { en: 'Safety flags' },
  noSafety: { en: 'No safety flags.' },
  tier: { en: 'Tier: {tier}' },
  tierInterrupt: { en: 'interrupt' },
  tierFlag: { en: 'flag' },
  instruments: { en: 'Screening results' },
  noInstruments: { en: 'No scored screening instruments.' },
  score: { en: 'Score {value} (range {min}–{max})' },
  band: { en: 'Band: {band}' },
  cutoff: { en: 'Cut-off: {cutoff}' },
  positive: { en: 'At or above the cut-off' },
  negative: { en: 'Below the cut-off' },
  missing: { en: 'Unanswered items: {items}' },
  source: { en: 'Source: {citation}' },
  licence: { en: 'License: {licence}' },
  findings: { en: 'Findings' },
  noFindings: { en: 'No findings.' },
  planning: { en: 'For planning: {text}' },
  evidence: { en: 'Evidence' },
  setting: { en: 'Setting considerations' },
  noSetting: { en: 'No residential indicators were raised.' },
  referrals: { en: 'Suggested referrals' },
  noReferrals: { en: 'No referrals suggested.' },
  raisedBy: { en: 'Raised by: {ids}' },
  unanswered: { en: 'Not answered' },
  declined: { en: 'Declined to answer' },
  allAnswers: { en: 'All answers' },
  freeText: { en: 'In their words' },
  notAskedMark: { en: 'not asked by the form’s logic' },
  crisisResources: { en: 'Crisis resources shown to the person' },
  disclaimer: { en: 'About this summary' },
  chart: {
    en: 'Scores on their scales (bar: score; shades: bands; dashed line: cut-off)',
  },
  seeFlag: { en: 'safety flag {id} (below)' },
  appendix: { en: 'Appendix: answers and sources' },
  sources: { en: 'Sources' },
  resultsHead: { en: 'Instrument|Score (range)|Band|Cut-off|Answers' },
  cutoffMet: { en: '{cutoff} (met)' },
  cutoffNotMet: { en: '{cutoff} (not met)' },
  answersHead: { en: 'Ref.|Question|Answer|Item' },
  chartBar: { en: '{name}: {score} of {min} to {max}, {band}.' },
  chartCutoff: { en: 'Cut-off {cutoff}: {side}.' },
} as const satisfies Record<string, LocalizedText>);

/**
 * The phrases of the patient view: plain language, no scores or bands.
 *
 * @example
 * ```ts
 * import { PATIENT_PHRASES } from 'intake-screening';
 * PATIENT_PHRASES.next.en; // 'What happens next'
 * ```
 */
export const PATIENT_PHRASES = /* @__PURE__ */ phraseTable('patient', {
  title: { en: 'Your answers: {title}' },
  thanks: {
    en: 'Thank you for answering these questions. Your answers help your care team plan the support that fits you.',
  },
  crisis: { en: 'If you need help now' },
  topics: { en: 'What you told us about' },
  next: { en: 'What happens next' },
  referrals: { en: 'Your care team may talk with you about' },
  skipped: {
    en: 'You left some questions unanswered or chose not to answer them. That is okay; you can talk about them with your care team if you wish.',
  },
  about: { en: 'About this summary' },
  disclaimer: {
    en: 'This summary helps your care team plan your care. It is not a diagnosis; a clinician will talk with you about what your answers mean.',
  },
} as const satisfies Record<string, LocalizedText>);
