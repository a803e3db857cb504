/**
 * Summary rules over the validated instruments' scores and items. The
 * instrument modules carry scores and safety triggers; what a result suggests
 * for referral is ours, so it lives here. Screen results are worded as screens
 * ("screened positive for symptoms of …"), never as diagnoses, and stay in
 * `co-occurring-screens`, apart from what the person reports being told.
 */

import { ASQ_ACUTE, ASQ_ANY_POSITIVE } from '../instruments/asq.js';

const FURTHER = 'further assessment by a qualified clinician is recommended.';

/** ASQ rules, shared by both bundled questionnaires. They mirror the ASQ safety triggers and add the referral. */
export const asqRules = [
  {
    id: 'screen.asq-acute',
    when: ASQ_ACUTE,
    domain: 'safety',
    finding: { en: 'ASQ acute positive screen: reports thoughts of killing themselves right now, or chose not to answer that question.' },
    planning: { en: 'Emergency: a full safety and mental-health evaluation is needed now; keep the person in sight until it is done (NIMH ASQ pathway).' },
    urgency: 'emergency',
    referrals: ['crisis-services'],
    evidence: ['asq.q1', 'asq.q2', 'asq.q3', 'asq.q4'],
  },
  {
    id: 'screen.asq-positive',
    when: { all: [ASQ_ANY_POSITIVE, { not: ASQ_ACUTE }] },
    domain: 'safety',
    finding: { en: 'ASQ positive screen for suicide risk: answered "yes" to, or chose not to answer, at least one of questions 1 to 4.' },
    planning: { en: 'A brief suicide safety assessment by a qualified clinician is needed before the person leaves (NIMH ASQ pathway).' },
    urgency: 'urgent',
    referrals: ['mental-health-assessment'],
    evidence: ['asq.q5'],
  },
] as const;

/** PHQ-9 item 9, as a finding with its referral (the `phq9.item9` trigger flags it). */
export const phq9Item9Rule = {
  id: 'screen.phq9-item9',
  when: { item: 'phq9.q9', gte: 1 },
  domain: 'safety',
  finding: { en: 'Reports thoughts of being better off dead or of hurting themselves on at least several days in the last 2 weeks (PHQ-9 item 9).' },
  planning: { en: 'Ask directly about suicidal thoughts (the ASQ in this intake does) and complete a safety assessment before the person leaves.' },
  urgency: 'urgent',
  referrals: ['mental-health-assessment'],
} as const;

/** Screen rules of the full intake: PHQ-9, GAD-7, PC-PTSD-5, AUDIT-C and the ASQ. */
export const intakeScreenRules = [
  ...asqRules,
  phq9Item9Rule,
  {
    id: 'screen.phq9-positive',
    when: { positive: 'phq9' },
    domain: 'co-occurring-screens',
    finding: { en: `Screened positive for symptoms of depression on the PHQ-9 (score 10 or more); ${FURTHER}` },
    planning: { en: 'Depression symptoms can make early recovery harder; treating both together may help.' },
    referrals: ['mental-health-assessment'],
  },
  {
    id: 'screen.gad7-positive',
    when: { positive: 'gad7' },
    domain: 'co-occurring-screens',
    finding: { en: `Screened positive for symptoms of anxiety on the GAD-7 (score 10 or more); ${FURTHER}` },
    planning: { en: 'Anxiety symptoms can drive cravings and return to use; treating both together may help.' },
    referrals: ['mental-health-assessment'],
  },
  {
    id: 'screen.pcptsd5-positive',
    when: { positive: 'pcptsd5' },
    domain: 'co-occurring-screens',
    finding: { en: `Screened positive for symptoms of post-traumatic stress on the PC-PTSD-5 (3 or more of 5); ${FURTHER}` },
    planning: { en: 'Use a trauma-informed approach from the first visit; trauma-focused care may help alongside substance-use treatment.' },
    referrals: ['mental-health-assessment', 'trauma-informed-care'],
  },
  {
    id: 'screen.auditc-positive',
    when: { positive: 'auditc' },
    domain: 'substance-use',
    finding: { en: `Screened positive for unhealthy alcohol use on the AUDIT-C; ${FURTHER}` },
    planning: { en: 'Heavy drinking can cause dangerous withdrawal; plan any cutting down or stopping with a medical clinician.' },
    referrals: ['alcohol-use-assessment'],
  },
] as const;

/** Screen rules of the brief screen: PHQ-2, GAD-2 and the ASQ. */
export const briefScreenRules = [
  ...asqRules,
  {
    id: 'screen.phq2-positive',
    when: { positive: 'phq2' },
    domain: 'co-occurring-screens',
    finding: { en: 'Screened positive for symptoms of depression on the PHQ-2 (score 3 or more); the full PHQ-9 and further assessment by a qualified clinician are recommended.' },
    referrals: ['mental-health-assessment'],
  },
  {
    id: 'screen.gad2-positive',
    when: { positive: 'gad2' },
    domain: 'co-occurring-screens',
    finding: { en: 'Screened positive for symptoms of anxiety on the GAD-2 (score 3 or more); the full GAD-7 and further assessment by a qualified clinician are recommended.' },
    referrals: ['mental-health-assessment'],
  },
] as const;
