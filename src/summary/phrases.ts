import type { Domain, ReferralType, SettingIndicator, Urgency } from '../definition/rule.js';
import { type LocalizedText, phraseTable } from '../definition/text.js';
import { ASAM_PHRASES } from './asam-phrases.js';
import { DOMAIN_PATIENT_PHRASES, REFERRAL_PATIENT_PHRASES, SETTING_PATIENT_PHRASES } from './patient-phrases.js';
import { CLINICIAN_PHRASES, PATIENT_PHRASES } from './render-phrases.js';

export { CLINICIAN_PHRASES, PATIENT_PHRASES };

/**
 * Every fixed sentence the summary and its renderers can emit. Each table is
 * an exhaustive `Record` over its enum, so adding a referral type, a domain or
 * a setting indicator without wording it is a compile error. Placeholders are
 * written `{name}` and filled by {@link fillPhrase}.
 *
 * Wording rules: person-first, non-stigmatizing, never a diagnosis. The
 * tables are English; other languages are packs (src/locales), keyed by the
 * name each table is declared with. The guard test scans every string of
 * both.
 */

/**
 * How a score result is described in a list.
 *
 * @example
 * ```ts
 * import type { InstrumentStatus } from 'intake-screening';
 * const status: InstrumentStatus = 'incomplete';
 * ```
 */
export type InstrumentStatus = 'complete' | 'incomplete' | 'not-applicable';

/**
 * The urgency levels, as the clinician reads them.
 *
 * @example
 * ```ts
 * import { URGENCY_PHRASES } from 'intake-screening';
 * URGENCY_PHRASES.urgent.en; // 'Urgent: answers call for clinical contact today.'
 * ```
 */
export const URGENCY_PHRASES = /* @__PURE__ */ phraseTable('urgency', {
  emergency: {
    en: 'Emergency: answers call for immediate attention, before the person leaves or the contact ends.',
  },
  urgent: {
    en: 'Urgent: answers call for clinical contact today.',
  },
  priority: {
    en: 'Priority: answers suggest an assessment appointment soon, ahead of routine scheduling.',
  },
  routine: {
    en: 'Routine: no answer raised urgency; schedule an assessment as usual.',
  },
} as const satisfies Record<Urgency, LocalizedText>);

/**
 * Short urgency labels for headings and badges.
 *
 * @example
 * ```ts
 * import { PHRASES } from 'intake-screening';
 * PHRASES.urgencyLabels.priority.en; // 'Priority'
 * ```
 */
export const URGENCY_LABELS = /* @__PURE__ */ phraseTable('urgencyLabels', {
  emergency: { en: 'Emergency' },
  urgent: { en: 'Urgent' },
  priority: { en: 'Priority' },
  routine: { en: 'Routine' },
} as const satisfies Record<Urgency, LocalizedText>);

/**
 * What happens next, told to the person who answered.
 *
 * @example
 * ```ts
 * import { URGENCY_PATIENT_PHRASES } from 'intake-screening';
 * URGENCY_PATIENT_PHRASES.routine.en;
 * ```
 */
export const URGENCY_PATIENT_PHRASES = /* @__PURE__ */ phraseTable('urgencyPatient', {
  emergency: {
    en: 'Some of your answers mean we would like to talk with you right away. Please stay with us, or tell a member of staff now, so someone can help you today.',
  },
  urgent: {
    // NIMH ASQ pathway: a non-acute positive screen gets a brief suicide safety assessment before the person
    // leaves, so the person is asked to stay, not told to wait for a call (issue 17, section 3).
    en: 'We would like a member of our care team to talk with you today about your answers and your next steps. If you are here with us now, please stay until we have talked.',
  },
  priority: {
    en: 'A member of our care team will contact you soon to arrange a conversation about your care.',
  },
  routine: {
    en: 'A member of our care team will review your answers and contact you to arrange your next appointment.',
  },
} as const satisfies Record<Urgency, LocalizedText>);

/**
 * Suggested referral types, worded so both the clinician and the person can read them.
 *
 * @example
 * ```ts
 * import { REFERRAL_PHRASES } from 'intake-screening';
 * REFERRAL_PHRASES['peer-support'].en; // 'Peer recovery support'
 * ```
 */
export const REFERRAL_PHRASES = /* @__PURE__ */ phraseTable('referrals', {
  'crisis-services': { en: 'Crisis support services' },
  'medical-detox-evaluation': {
    en: 'Evaluation for medically supervised withdrawal management',
  },
  'medical-care': { en: 'Medical care for physical health concerns' },
  'moud-evaluation': {
    en: 'Evaluation for medication for opioid use disorder (such as buprenorphine, methadone or naltrexone)',
  },
  'mental-health-assessment': { en: 'Mental health assessment' },
  'trauma-informed-care': { en: 'Trauma-informed care' },
  'eating-concerns-assessment': { en: 'Assessment of eating concerns' },
  'harm-reduction-naloxone': {
    en: 'Harm-reduction services, including naloxone and sterile supplies',
  },
  'pain-management-coordination': { en: 'Coordination with pain management care' },
  'grief-support': { en: 'Grief and bereavement support' },
  'individual-therapy': { en: 'Individual counseling' },
  'group-therapy': { en: 'Group counseling' },
  'family-therapy': { en: 'Family counseling' },
  'peer-support': { en: 'Peer recovery support' },
  'housing-support': { en: 'Housing support' },
  'transport-assistance': { en: 'Help with transportation to appointments' },
  'legal-support': { en: 'Legal support services' },
  'employment-support': { en: 'Employment support' },
  'alcohol-use-assessment': { en: 'Further assessment of alcohol use' },
  'prenatal-care-coordination': {
    en: 'Coordinated prenatal and substance-use care',
  },
  'adolescent-services': {
    en: 'Adolescent substance-use services and screening tools made for adolescents',
  },
  'safety-support-services': {
    en: 'Support services for safety at home (such as intimate partner violence advocacy)',
  },
  'financial-support': { en: 'Help with money, benefits or insurance' },
  'child-welfare-coordination': {
    en: 'Coordination with child protective services or family court, with the person’s consent',
  },
} as const satisfies Record<ReferralType, LocalizedText>);

/**
 * Residential-care indicators, as considerations, never as a decision.
 *
 * @example
 * ```ts
 * import { SETTING_PHRASES } from 'intake-screening';
 * SETTING_PHRASES['no-transport'].en;
 * ```
 */
export const SETTING_PHRASES = /* @__PURE__ */ phraseTable('setting', {
  'no-home-support': {
    en: 'The person reported that no one at home can look after them in the first weeks of treatment; a residential setting may be worth considering.',
  },
  'serious-mental-health-concerns': {
    en: 'Answers about mental health history or current concerns may call for more support than outpatient care gives; a residential setting may be worth considering.',
  },
  'no-transport': {
    en: 'Getting to a clinic almost every day may not be possible; a residential setting, or help with transportation, may be worth considering.',
  },
  'no-stable-housing': {
    en: 'The person reported having no place to live; a residential setting or recovery housing, alongside housing help, may be worth considering.',
  },
} as const satisfies Record<SettingIndicator, LocalizedText>);

/**
 * Headings of the finding groups.
 *
 * @example
 * ```ts
 * import { DOMAIN_HEADINGS } from 'intake-screening';
 * DOMAIN_HEADINGS['withdrawal-medical'].en; // 'Withdrawal and medical'
 * ```
 */
export const DOMAIN_HEADINGS = /* @__PURE__ */ phraseTable('domains', {
  safety: { en: 'Safety' },
  'withdrawal-medical': { en: 'Withdrawal and medical' },
  'substance-use': { en: 'Substance use' },
  'co-occurring-screens': { en: 'Emotional and behavioral health: screening results' },
  'co-occurring-history': { en: 'Emotional and behavioral health: reported history' },
  'co-occurring-concerns': { en: 'Emotional and behavioral health: current concerns' },
  motivations: { en: 'Motivations' },
  'readiness-preferences': { en: 'Readiness and preferences' },
  'return-to-use-risk': { en: 'Risk of return to use' },
  'recovery-environment': { en: 'Recovery environment' },
  consequences: { en: 'Consequences of use' },
  'screening-scope': { en: 'Scope of this screening' },
} as const satisfies Record<Domain, LocalizedText>);

/**
 * How each instrument status is described.
 *
 * @example
 * ```ts
 * import { INSTRUMENT_STATUS_PHRASES } from 'intake-screening';
 * INSTRUMENT_STATUS_PHRASES.incomplete.en;
 * ```
 */
export const INSTRUMENT_STATUS_PHRASES = /* @__PURE__ */ phraseTable('instrumentStatus', {
  complete: { en: 'Complete' },
  incomplete: {
    en: 'Incomplete: not every question was answered, so no score is reported. This is not a low score.',
  },
  'not-applicable': {
    en: 'Not applicable: earlier answers meant these questions were not asked.',
  },
} as const satisfies Record<InstrumentStatus, LocalizedText>);

/**
 * Sentences the summary itself holds: the disclaimer, the setting note, answer words and screening meanings.
 *
 * @example
 * ```ts
 * import { SUMMARY_PHRASES } from 'intake-screening';
 * SUMMARY_PHRASES.disclaimer.en;
 * ```
 */
export const SUMMARY_PHRASES = /* @__PURE__ */ phraseTable('summary', {
  disclaimer: {
    en: 'This is a screening summary of self-reported answers, not a diagnosis. Screening results show where further assessment by a qualified clinician may help; they do not establish any condition.',
  },
  /** The disclaimer of a summary whose questionnaire has a clinician-rated section: not all of it is self-report. */
  disclaimerWithRatings: {
    en: 'This summary holds ratings a clinician made and any answers the person gave, not a diagnosis. They show where further assessment or care by a qualified clinician may help; they do not establish any condition.',
  },
  settingNote: {
    en: 'These are considerations for the clinician. This summary does not decide a level of care.',
  },
  screenedPositive: {
    en: 'Screened positive on the {name}; further assessment by a qualified clinician is recommended.',
  },
  screenedPositiveFor: {
    en: 'Screened positive for symptoms of {name}; further assessment by a qualified clinician is recommended.',
  },
  belowCutoff: {
    en: 'Below the screening cut-off. A screen can miss concerns; clinical judgment still applies.',
  },
  noCutoff: {
    en: 'This score has no screening cut-off; read it with its band.',
  },
  cutoffAtLeast: { en: '≥ {value}' },
  yes: { en: 'Yes' },
  no: { en: 'No' },
  declined: { en: 'Prefer not to answer' },
  notAnswered: { en: 'Not answered' },
  noneSelected: { en: 'None selected' },
  answerChanged: {
    en: 'Raised during the intake; the final answers no longer meet it (an answer was changed, or a later answer changed the result).',
  },
  notAsked: {
    en: "The answer was given to a question the form's logic would not have asked.",
  },
  defaultCrisisResources: {
    en: 'If you are in danger now, call your local emergency number or go to the nearest emergency department. Please tell a member of staff now so someone can be with you.',
  },
} as const satisfies Record<string, LocalizedText>);

/**
 * Every phrase table, by name, for tests and for translators checking coverage.
 *
 * @example
 * ```ts
 * import { PHRASES } from 'intake-screening';
 * PHRASES.referrals['housing-support'].en; // 'Housing support'
 * ```
 */
export const PHRASES = {
  urgency: URGENCY_PHRASES,
  urgencyLabels: URGENCY_LABELS,
  urgencyPatient: URGENCY_PATIENT_PHRASES,
  referrals: REFERRAL_PHRASES,
  setting: SETTING_PHRASES,
  domains: DOMAIN_HEADINGS,
  instrumentStatus: INSTRUMENT_STATUS_PHRASES,
  summary: SUMMARY_PHRASES,
  clinician: CLINICIAN_PHRASES,
  patient: PATIENT_PHRASES,
  asam: ASAM_PHRASES,
  referralsPatient: REFERRAL_PATIENT_PHRASES,
  domainsPatient: DOMAIN_PATIENT_PHRASES,
  settingPatient: SETTING_PATIENT_PHRASES,
} as const;

/**
 * Fill `{name}` placeholders of a phrase. Unknown placeholders are left as
 * written so a missing value is visible in tests rather than silently blank.
 *
 * @param template - A localized phrase string.
 * @param values - Placeholder values.
 * @returns The filled string.
 * @example
 * ```ts
 * import { fillPhrase } from 'intake-screening';
 * fillPhrase('Score {value}', { value: 12 }); // 'Score 12'
 * ```
 */
export function fillPhrase(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
