/**
 * The referral summary: `summarize`, its schema, the renderers and the phrase
 * table.
 *
 * @packageDocumentation
 */
export { summarize, type SummarizeOptions, type RaisedTrigger } from './summarize.js';
export {
  ReferralSummarySchema,
  EvidenceSchema,
  type ReferralSummary,
  type Evidence,
  type InstrumentResult,
  type Finding,
  type SafetyFlag,
  type UrgencyReason,
  type Referral,
  type SettingConsideration,
  type SummaryAnswer,
  type SummaryAnswerSection,
  type SummaryIssue,
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
