/**
 * The referral summary: `summarize`, its schema, the renderers, the phrase
 * table and the language guard.
 *
 * @packageDocumentation
 */
export { summarize, type SummarizeOptions } from './summarize.js';
export {
  ReferralSummarySchema,
  referralSummaryJsonSchema,
  EvidenceSchema,
  type ReferralSummary,
  type Evidence,
  type InstrumentResult,
  type Finding,
  type SafetyFlag,
  type UrgencyReason,
  type Referral,
  type SettingConsideration,
} from './referral-summary.js';
export { renderSummary, type RenderSummaryOptions } from './render-summary.js';
export {
  PHRASES,
  URGENCY_PHRASES,
  URGENCY_LABELS,
  URGENCY_PATIENT_PHRASES,
  REFERRAL_PHRASES,
  SETTING_PHRASES,
  DOMAIN_HEADINGS,
  INSTRUMENT_STATUS_PHRASES,
  SUMMARY_PHRASES,
  CLINICIAN_PHRASES,
  PATIENT_PHRASES,
  fillPhrase,
  type InstrumentStatus,
} from './phrases.js';
export {
  findGuardedPhrases,
  GUARDED_PHRASES,
  DIAGNOSTIC_PHRASES,
  STIGMATIZING_PHRASES,
  GUARD_ALLOWED_NAMES,
  type GuardHit,
  type GuardKind,
  type GuardedPhrase,
} from './language-guard.js';
