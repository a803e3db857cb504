import type { AnswerValue } from 'intake-screening';

type Plan = Readonly<Record<string, AnswerValue>>;

/** The four required TAPS-1 frequency questions, answered "Never". */
export const TAPS_NEVER: Plan = {
  'taps.tobacco.frequency': 'never',
  'taps.alcohol.frequency': 'never',
  'taps.drugs.frequency': 'never',
  'taps.rx.frequency': 'never',
};

/** The shortest answers that pass every required question, with nothing raising urgency. */
export const REQUIRED_ONLY: Plan = {
  ...TAPS_NEVER,
  // AUDIT-C is shown when substance use was not answered; "Never" hides its follow-ups.
  'auditc.sex': 'female',
  'auditc.q1': 0,
  'asq.q1': 0,
  'asq.q2': 0,
  'asq.q3': 0,
  'asq.q4': 0,
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9.q${i + 1}`, 0])),
  ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`gad7.q${i + 1}`, 0])),
  'pcptsd5.exposure': 'no',
};

/**
 * A person who injects heroin and fentanyl every day, has no naloxone, had an
 * overdose in the past year, screens low on suicide risk and wants medication
 * and counselling. Every section of their path is answered.
 */
export const FULL_INTAKE: Plan = {
  'substance.used': ['heroin', 'fentanyl'],
  'substance.main': 'heroin',
  'substance.frequency': 'daily',
  'substance.route': ['injection'],
  'substance.shared-equipment': false,
  'substance.naloxone': 'no',
  'substance.last-use': 'today',
  'substance.overdose': true,
  'substance.overdose-count': 'once',
  'substance.overdose-recent': true,
  'substance.prior-treatment': true,
  'substance.prior-treatment-end': 'left-early',
  'substance.prior-treatment-return': 'yes',
  'taps.tobacco.frequency': 'daily',
  'taps.alcohol.frequency': 'never',
  'taps.drugs.frequency': 'daily',
  'taps.rx.frequency': 'never',
  'taps.tobacco.cigarettes': 1,
  'taps.tobacco.more-than-10': 1,
  'taps.tobacco.within-30-min': 1,
  'taps.marijuana.any': 0,
  'taps.cocaine.any': 0,
  'taps.heroin.any': 1,
  'taps.heroin.failed-to-cut-down': 1,
  'taps.heroin.concern': 1,
  'taps.other.any': 'no',
  'withdrawal.symptoms': ['sweating', 'muscle-aches', 'cravings'],
  'withdrawal.severity': 'moderate',
  'withdrawal.history': ['none'],
  'asq.q1': 0,
  'asq.q2': 0,
  'asq.q3': 0,
  'asq.q4': 0,
  'phq9.q1': 2,
  'phq9.q2': 2,
  'phq9.q3': 1,
  'phq9.q4': 2,
  'phq9.q5': 1,
  'phq9.q6': 1,
  'phq9.q7': 1,
  'phq9.q8': 0,
  'phq9.q9': 0,
  'phq9.difficulty': 'somewhat',
  'gad7.q1': 1,
  'gad7.q2': 1,
  'gad7.q3': 0,
  'gad7.q4': 1,
  'gad7.q5': 0,
  'gad7.q6': 0,
  'gad7.q7': 0,
  'pcptsd5.exposure': 'no',
  'cooccurring.told': ['none'],
  'cooccurring.concerns': ['none'],
  'motivation.reasons': ['pain', 'stress'],
  'motivation.pain-prescribed': true,
  'motivation.pain-ongoing': false,
  'living.home-support': true,
  'living.housing': 'stable',
  'living.transport': true,
  'living.others-use': false,
  'living.supports': true,
  'living.dependants': false,
  'consequences.areas': ['relationships'],
  'consequences.legal': false,
  'preferences.support': ['individual', 'peer-support'],
  'preferences.moud': 'yes',
  'preferences.faith': 'ok',
  'preferences.barriers': ['none'],
};
