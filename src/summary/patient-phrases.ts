import type { Domain, ReferralType, SettingIndicator } from '../definition/rule.js';
import { type LocalizedText, phraseTable } from '../definition/text.js';

// The person's own view in plain words (issue 17, section 4). Each table is keyed like its clinician twin in
// phrases.ts (referral type, domain, setting indicator), so splitting the phrase tables per locale later moves
// these with the others. Wording follows NLM MedlinePlus, "How to Write Easy-to-Read Health Materials" (everyday
// words, the "you" attitude, a 6th-7th grade level) and the CDC Clear Communication Index (2019; one main message,
// words the audience uses): no diagnostic label, no clinical service names, no scores. Measured in
// tests/summary/patient-readability.test.ts: every English phrase at Flesch-Kincaid grade 8 or below, and every
// patient render at grade 8 or below (English) and Fernández Huerta 60 or above (Spanish).

/**
 * Suggested referral types as the person reads them. The clinician view keeps
 * `PHRASES.referrals`. `safety-support-services` is never shown on the
 * person's screen (see `patientView`); its phrase is for a host that talks
 * with the person alone.
 *
 * @example
 * ```ts
 * import { PHRASES } from 'intake-screening';
 * PHRASES.referralsPatient['moud-evaluation'].en; // 'Medicine that can ease cravings and help you stop or cut down on opioids'
 * ```
 */
export const REFERRAL_PATIENT_PHRASES = /* @__PURE__ */ phraseTable('referralsPatient', {
  'crisis-services': { en: 'Someone to talk with right away if you are in crisis' },
  'medical-detox-evaluation': {
    en: 'A medical check on how to stop or cut down safely, with care if you feel sick',
  },
  'medical-care': { en: 'Care for your physical health' },
  // SAMHSA TIP 63 (2021): these medicines ease withdrawal and cravings.
  'moud-evaluation': {
    en: 'Medicine that can ease cravings and help you stop or cut down on opioids',
  },
  'mental-health-assessment': {
    en: 'A talk with a mental health worker about how you feel',
  },
  'trauma-informed-care': {
    en: 'Care that keeps in mind the hard things you have been through',
  },
  'eating-concerns-assessment': { en: 'A talk about eating and how you feel about food' },
  'harm-reduction-naloxone': {
    en: 'Naloxone, a medicine that can stop an overdose, and clean supplies to help keep you safe',
  },
  'pain-management-coordination': { en: 'Help with your pain, planned with your doctors' },
  'grief-support': { en: 'Support for grief and loss' },
  'individual-therapy': { en: 'Talking with a counselor, just the two of you' },
  'group-therapy': { en: 'Talking in a group with a counselor and others' },
  'family-therapy': { en: 'Meetings with your family, if you want them' },
  'peer-support': { en: 'Support from people who have been where you are' },
  'housing-support': { en: 'Help finding a safe place to live' },
  'transport-assistance': { en: 'Help getting to your visits' },
  'legal-support': { en: 'Help with court or other legal matters' },
  'employment-support': { en: 'Help with work or finding a job' },
  'alcohol-use-assessment': { en: 'A longer talk about your drinking' },
  'prenatal-care-coordination': {
    en: 'Care for your pregnancy, planned together with your other care',
  },
  'adolescent-services': { en: 'Services made for young people' },
  'safety-support-services': { en: 'Private help if you feel unsafe at home' },
  'financial-support': { en: 'Help with money, benefits or health insurance' },
  'child-welfare-coordination': {
    en: 'Help working with child protective services or family court, if you agree',
  },
} as const satisfies Record<ReferralType, LocalizedText>);

/**
 * Each finding's domain as a topic the person told us about: what the
 * person's view lists instead of the findings themselves (never their words,
 * a score or a label). `safety` is never listed on the person's screen.
 *
 * @example
 * ```ts
 * import { PHRASES } from 'intake-screening';
 * PHRASES.domainsPatient['recovery-environment'].en; // 'Your home and the people around you'
 * ```
 */
export const DOMAIN_PATIENT_PHRASES = /* @__PURE__ */ phraseTable('domainsPatient', {
  safety: { en: 'Staying safe' },
  'withdrawal-medical': {
    en: 'Your physical health, and how your body feels when you cut down or stop',
  },
  'substance-use': { en: 'The alcohol or drugs you use, and how you use them' },
  'co-occurring-screens': { en: 'How you have been feeling lately' },
  'co-occurring-history': { en: 'Your mental health in the past' },
  'co-occurring-concerns': { en: 'Other things that worry you about how you feel' },
  motivations: { en: 'Why you first started using, and what keeps you using now' },
  'readiness-preferences': { en: 'What you hope to get from care' },
  'return-to-use-risk': { en: 'Things that may make it harder to cut down or stop' },
  'recovery-environment': { en: 'Your home and the people around you' },
  consequences: { en: 'How alcohol or drug use has affected your life' },
  'screening-scope': { en: 'Which questions fit your age' },
} as const satisfies Record<Domain, LocalizedText>);

/**
 * Setting considerations as the person reads them: what the care team will
 * think about with them, never a level of care.
 *
 * @example
 * ```ts
 * import { PHRASES } from 'intake-screening';
 * PHRASES.settingPatient['no-transport'].en; // 'How you can get to your visits'
 * ```
 */
export const SETTING_PATIENT_PHRASES = /* @__PURE__ */ phraseTable('settingPatient', {
  'no-home-support': { en: 'Who can help you at home when you start care' },
  'serious-mental-health-concerns': { en: 'How much support you may need when you start care' },
  'no-transport': { en: 'How you can get to your visits' },
  'no-stable-housing': { en: 'Finding a place to live' },
} as const satisfies Record<SettingIndicator, LocalizedText>);
