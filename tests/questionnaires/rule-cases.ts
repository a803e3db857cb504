import { asqAnswers, gad7Answers, phq9Answers } from './helpers.js';

/** A rule's test: answers it must fire on, and a neighbouring answer set it must not fire on. */
export type RuleCase = readonly [fires: Record<string, unknown>, near: Record<string, unknown>];

const used = (...s: string[]) => ({ 'substance.used': s });
const injects = { ...used('heroin'), 'substance.route': ['injection'] };
const reasons = (...r: string[]) => ({ 'motivation.reasons': r });
const told = (...t: string[]) => ({ 'cooccurring.told': t });
const concerns = (...c: string[]) => ({ 'cooccurring.concerns': c });
const symptoms = (...s: string[]) => ({ 'withdrawal.symptoms': s });

/** TAPS-2: the class's TAPS-1 answer, then "yes" (score 1) or "no" (score 0) to the use question, follow-ups "no". */
function taps2(frequency: string, use: string, followUps: readonly string[]): RuleCase {
  const yes: Record<string, unknown> = { [frequency]: 'weekly', [use]: 1 };
  for (const f of followUps) yes[f] = 0;
  return [yes, { [frequency]: 'weekly', [use]: 0 }];
}

/** Cases for rules that both bundled questionnaires carry. */
export const SHARED_CASES: Record<string, RuleCase> = {
  'screen.asq-acute': [asqAnswers({ 'asq.q3': 1, 'asq.q5': 'yes' }), asqAnswers({ 'asq.q3': 1, 'asq.q5': 'no' })],
  'screen.asq-positive': [asqAnswers({ 'asq.q3': 1, 'asq.q5': 'no' }), asqAnswers()],
  'history.bipolar': [told('bipolar'), told('depression')],
  'history.psychosis': [told('psychosis'), told('anxiety')],
  'history.anxiety': [told('anxiety'), told('depression')],
  'history.depression': [told('depression'), told('anxiety')],
  'history.ptsd': [told('ptsd'), told('depression')],
  'history.eating': [told('eating'), told('anxiety')],
  'concern.mood-swings': [concerns('mood-swings'), concerns('eating')],
  'concern.voices': [concerns('voices'), concerns('eating')],
  'concern.eating': [concerns('eating'), concerns('voices')],
  'concern.self-harm-now': [concerns('self-harm-now'), concerns('self-harm-past')],
  'concern.self-harm-past': [concerns('self-harm-past'), concerns('self-harm-now')],
  'setting.serious-mental-health-concerns': [told('psychosis'), { ...told('depression', 'anxiety'), ...concerns('eating') }],
  'setting.no-home-support': [{ 'living.home-support': false }, { 'living.home-support': true }],
  'setting.no-transport': [{ 'living.transport': false }, { 'living.transport': true }],
  'about.under-18': [{ 'about.age': 16 }, { 'about.age': 18 }],
  'pregnancy.reported': [
    { 'auditc.sex': 'female', 'about.pregnant': 'maybe' },
    { 'auditc.sex': 'female', 'about.pregnant': 'no' },
  ],
};

/** Cases for every rule of the full intake. */
export const INTAKE_CASES: Record<string, RuleCase> = {
  ...SHARED_CASES,
  'substance.opioid-use': [used('fentanyl'), used('stimulants', 'alcohol')],
  'substance.fentanyl-use': [used('fentanyl'), used('heroin')],
  'substance.moud-missed-doses': [
    { ...used('heroin'), 'substance.moud-now': true, 'substance.moud-gap': 'missed' },
    { ...used('heroin'), 'substance.moud-now': true, 'substance.moud-gap': 'no' },
  ],
  'substance.moud-running-out': [
    { ...used('heroin'), 'substance.moud-now': true, 'substance.moud-gap': 'running-out' },
    { ...used('heroin'), 'substance.moud-now': true, 'substance.moud-gap': 'missed' },
  ],
  'substance.opioids-with-sedatives': [used('heroin', 'benzodiazepines'), used('heroin', 'stimulants')],
  'substance.benzodiazepine-use': [used('benzodiazepines'), used('alcohol')],
  'substance.fentanyl-contamination-risk': [used('stimulants'), used('cannabis', 'alcohol')],
  'substance.daily-use': [
    { ...used('heroin'), 'substance.frequency': 'daily' },
    { ...used('heroin'), 'substance.frequency': 'weekly' },
  ],
  'substance.injection': [injects, { ...used('heroin'), 'substance.route': ['smoking'] }],
  'substance.shared-equipment': [
    { ...injects, 'substance.shared-equipment': true },
    { ...injects, 'substance.shared-equipment': false },
  ],
  'substance.no-naloxone': [
    { ...injects, 'substance.naloxone': 'unsure' },
    { ...injects, 'substance.naloxone': 'yes' },
  ],
  'substance.overdose-history': [{ 'substance.overdose': true }, { 'substance.overdose': false }],
  'substance.overdose-recent': [
    { 'substance.overdose': true, 'substance.overdose-recent': true },
    { 'substance.overdose': true, 'substance.overdose-recent': false },
  ],
  'overdose.past-30-days': [
    { 'substance.overdose': true, 'substance.overdose-recent': true, 'overdose.past-30-days': true },
    { 'substance.overdose': true, 'substance.overdose-recent': true, 'overdose.past-30-days': false },
  ],
  'overdose.intentional': [
    { 'substance.overdose': true, 'overdose.intent': 'unsure' },
    { 'substance.overdose': true, 'overdose.intent': 'no' },
  ],
  'overdose.opioids-sedatives-same-day': [
    { ...used('heroin', 'alcohol'), 'overdose.same-day-sedatives': true },
    { ...used('heroin', 'alcohol'), 'overdose.same-day-sedatives': false },
  ],
  'overdose.tolerance-loss': [
    { ...used('heroin'), 'overdose.left-care': ['jail'] },
    { ...used('heroin'), 'overdose.left-care': ['none'] },
  ],
  'substance.overdose-and-injection': [
    { ...injects, 'substance.overdose': true },
    { ...used('heroin'), 'substance.route': ['smoking'], 'substance.overdose': true },
  ],
  'substance.prior-treatment-left-early': [
    { 'substance.prior-treatment': true, 'substance.prior-treatment-end': 'left-early' },
    { 'substance.prior-treatment': true, 'substance.prior-treatment-end': 'completed' },
  ],
  'substance.prior-treatment-return': [
    { 'substance.prior-treatment': true, 'substance.prior-treatment-end': 'completed', 'substance.prior-treatment-return': 'yes' },
    { 'substance.prior-treatment': true, 'substance.prior-treatment-end': 'completed', 'substance.prior-treatment-return': 'no' },
  ],
  'screen.taps-heroin': taps2('taps.drugs.frequency', 'taps.heroin.any', ['taps.heroin.failed-to-cut-down', 'taps.heroin.concern']),
  'screen.taps-cocaine': taps2('taps.drugs.frequency', 'taps.cocaine.any', ['taps.cocaine.weekly', 'taps.cocaine.concern']),
  'screen.taps-marijuana': taps2('taps.drugs.frequency', 'taps.marijuana.any', ['taps.marijuana.weekly-urge', 'taps.marijuana.concern']),
  'screen.taps-rx-opioids': taps2('taps.rx.frequency', 'taps.rx-opioids.any', ['taps.rx-opioids.failed-to-cut-down', 'taps.rx-opioids.concern']),
  'screen.taps-sedatives': taps2('taps.rx.frequency', 'taps.sedatives.any', ['taps.sedatives.weekly-urge', 'taps.sedatives.concern']),
  'screen.taps-rx-stimulants': taps2('taps.rx.frequency', 'taps.rx-stimulants.any', ['taps.rx-stimulants.weekly', 'taps.rx-stimulants.concern']),
  'screen.taps-alcohol': taps2('taps.alcohol.frequency', 'taps.alcohol.any', [
    'taps.alcohol.heavy-day',
    'taps.alcohol.failed-to-cut-down',
    'taps.alcohol.concern',
  ]),
  'screen.taps-tobacco': taps2('taps.tobacco.frequency', 'taps.tobacco.cigarettes', ['taps.tobacco.more-than-10', 'taps.tobacco.within-30-min']),
  'intoxication.drowsy': [{ 'intoxication.now': 'drowsy' }, { 'intoxication.now': 'strong' }],
  'intoxication.now': [{ 'intoxication.now': 'some' }, { 'intoxication.now': 'no' }],
  'withdrawal.danger-now': [{ 'withdrawal.danger-signs': ['confusion'] }, { 'withdrawal.danger-signs': ['none'] }],
  'withdrawal.severe-now': [
    { ...symptoms('vomiting'), 'withdrawal.severity': 'severe' },
    { ...symptoms('vomiting'), 'withdrawal.severity': 'moderate' },
  ],
  'withdrawal.moderate-now': [
    { ...symptoms('vomiting'), 'withdrawal.severity': 'moderate' },
    { ...symptoms('vomiting'), 'withdrawal.severity': 'mild' },
  ],
  'withdrawal.severe-history': [{ 'withdrawal.history': ['seizures'] }, { 'withdrawal.history': ['none'] }],
  'withdrawal.cravings': [symptoms('cravings'), symptoms('restlessness')],
  'screen.phq9-item9': [{ ...phq9Answers(0), 'phq9.q9': 1 }, phq9Answers(0)],
  'screen.phq9-positive': [phq9Answers(10), phq9Answers(9)],
  'screen.gad7-positive': [gad7Answers(10), gad7Answers(9)],
  'screen.pcptsd5-positive': [
    { 'pcptsd5.exposure': 'yes', 'pcptsd5.q1': 1, 'pcptsd5.q2': 1, 'pcptsd5.q3': 1, 'pcptsd5.q4': 0, 'pcptsd5.q5': 0 },
    { 'pcptsd5.exposure': 'yes', 'pcptsd5.q1': 1, 'pcptsd5.q2': 1, 'pcptsd5.q3': 0, 'pcptsd5.q4': 0, 'pcptsd5.q5': 0 },
  ],
  'screen.auditc-positive': [
    { ...used('alcohol'), 'auditc.sex': 'male', 'auditc.q1': 2, 'auditc.q2': 1, 'auditc.q3': 1 },
    { ...used('alcohol'), 'auditc.sex': 'male', 'auditc.q1': 1, 'auditc.q2': 1, 'auditc.q3': 1 },
  ],
  'concern.only-while-using': [
    { ...concerns('voices'), 'cooccurring.voices-context': 'only-using' },
    { ...concerns('voices'), 'cooccurring.voices-context': 'other-times' },
  ],
  'motivation.grief': [reasons('grief'), reasons('stress')],
  'motivation.grief-ongoing': [
    { ...reasons('grief'), 'motivation.grief-ongoing': true },
    { ...reasons('grief'), 'motivation.grief-ongoing': false },
  ],
  'motivation.conflict': [reasons('conflict'), reasons('stress')],
  'motivation.stress': [reasons('stress'), reasons('conflict')],
  'motivation.pain': [reasons('pain'), reasons('stress')],
  'motivation.pain-prescribed': [
    { ...reasons('pain'), 'motivation.pain-prescribed': true },
    { ...reasons('pain'), 'motivation.pain-prescribed': false },
  ],
  'motivation.pain-ongoing': [
    { ...reasons('pain'), 'motivation.pain-ongoing': true },
    { ...reasons('pain'), 'motivation.pain-ongoing': false },
  ],
  'motivation.pain-not-in-care': [
    { ...reasons('pain'), 'motivation.pain-ongoing': true, 'motivation.pain-care': false },
    { ...reasons('pain'), 'motivation.pain-ongoing': true, 'motivation.pain-care': true },
  ],
  'motivation.curiosity': [reasons('curiosity'), reasons('peer-pressure')],
  'motivation.peer-pressure': [reasons('peer-pressure'), reasons('curiosity')],
  'motivation.mental-health': [reasons('mental-health'), reasons('stress')],
  'motivation.other': [{ ...reasons('other'), 'motivation.other': 'Moved to a new city' }, reasons('stress')],
  'motivation.peers-around': [
    { ...reasons('peer-pressure'), 'motivation.peers-around': true },
    { ...reasons('peer-pressure'), 'motivation.peers-around': false },
  ],
  'living.unstable-housing': [{ 'living.housing': 'none' }, { 'living.housing': 'stable' }],
  'setting.no-stable-housing': [{ 'living.housing': 'none' }, { 'living.housing': 'unstable' }],
  'living.unsafe-at-home': [{ 'living.unsafe': true }, { 'living.unsafe': false }],
  'living.afraid-to-go-home': [
    { 'living.unsafe': true, 'living.afraid-today': true },
    { 'living.unsafe': true, 'living.afraid-today': false },
  ],
  'living.family-sessions-safety': [
    { 'living.unsafe': true, 'consequences.areas': ['relationships'] },
    { 'living.unsafe': false, 'consequences.areas': ['relationships'] },
  ],
  'living.others-use': [{ 'living.others-use': true }, { 'living.others-use': false }],
  'living.supportive-people': [{ 'living.supports': true }, { 'living.supports': false }],
  'living.no-supportive-people': [{ 'living.supports': false }, { 'living.supports': true }],
  'living.dependants': [{ 'living.dependants': true }, { 'living.dependants': false }],
  'living.dependants-no-cover': [
    { 'living.dependants': true, 'living.dependants-cover': false },
    { 'living.dependants': true, 'living.dependants-cover': true },
  ],
  'consequences.relationships': [{ 'consequences.areas': ['relationships'] }, { 'consequences.areas': ['work-school'] }],
  'consequences.work-school': [{ 'consequences.areas': ['work-school'] }, { 'consequences.areas': ['relationships'] }],
  'consequences.legal': [{ 'consequences.legal': true }, { 'consequences.legal': false }],
  'consequences.money': [{ 'consequences.areas': ['money'] }, { 'consequences.areas': ['work-school'] }],
  'consequences.health': [{ 'consequences.areas': ['health'] }, { 'consequences.areas': ['money'] }],
  'consequences.children': [{ 'consequences.areas': ['children'] }, { 'consequences.areas': ['relationships'] }],
  'consequences.arrests': [{ 'consequences.areas': ['arrests'] }, { 'consequences.areas': ['children'] }],
  'health.wound': [{ 'health.problems': ['wound'], 'health.wound-worse': false }, { 'health.problems': ['none'] }],
  'health.wound-worse': [
    { 'health.problems': ['wound'], 'health.wound-worse': true },
    { 'health.problems': ['wound'], 'health.wound-worse': false },
  ],
  'health.fever-infection-risk': [
    { ...injects, 'health.problems': ['fever'] },
    { ...used('heroin'), 'substance.route': ['smoking'], 'health.problems': ['fever'] },
  ],
  'health.fever': [
    { ...used('heroin'), 'substance.route': ['smoking'], 'health.problems': ['fever'] },
    { ...injects, 'health.problems': ['fever'] },
  ],
  'health.xylazine': [
    { ...used('fentanyl'), 'health.xylazine': 'not-sure' },
    { ...used('fentanyl'), 'health.xylazine': 'no' },
  ],
  'motivation.stress-ongoing': [
    { ...reasons('conflict'), 'motivation.stress-ongoing': true },
    { ...reasons('conflict'), 'motivation.stress-ongoing': false },
  ],
  'motivation.now-avoid-sick': [{ 'motivation.now': ['avoid-sick'] }, { 'motivation.now': ['urges'] }],
  'motivation.now-urges': [{ 'motivation.now': ['urges'] }, { 'motivation.now': ['avoid-sick'] }],
  'motivation.now-feelings': [{ 'motivation.now': ['feelings'] }, { 'motivation.now': ['pain'] }],
  'motivation.now-pain': [{ 'motivation.now': ['pain'] }, { 'motivation.now': ['feelings'] }],
  'motivation.now-people': [{ 'motivation.now': ['people'] }, { 'motivation.now': ['not-using'] }],
  'preferences.individual': [{ 'preferences.support': ['individual'] }, { 'preferences.support': ['group'] }],
  'preferences.group': [{ 'preferences.support': ['group'] }, { 'preferences.support': ['individual'] }],
  'preferences.family': [{ 'preferences.support': ['family'] }, { 'preferences.support': ['peer-support'] }],
  'preferences.peer-support': [{ 'preferences.support': ['peer-support'] }, { 'preferences.support': ['family'] }],
  'preferences.moud-interest': [{ 'preferences.moud': 'maybe' }, { 'preferences.moud': 'already' }],
  'preferences.moud-current': [{ 'preferences.moud': 'already' }, { 'preferences.moud': 'yes' }],
  'preferences.moud-declined': [{ 'preferences.moud': 'no' }, { 'preferences.moud': 'not-relevant' }],
  'preferences.faith-preferred': [{ 'preferences.faith': 'prefer' }, { 'preferences.faith': 'ok' }],
  'preferences.faith-not-wanted': [{ 'preferences.faith': 'no' }, { 'preferences.faith': 'ok' }],
  'preferences.barriers': [{ 'preferences.barriers': ['cost'] }, { 'preferences.barriers': ['none'] }],
  'preferences.barrier-transport': [{ 'preferences.barriers': ['transport'] }, { 'preferences.barriers': ['cost'] }],
  'cross.opioid-withdrawal': [
    { ...used('heroin'), ...symptoms('sweating') },
    { ...used('heroin'), ...symptoms('none') },
  ],
  'cross.sedative-withdrawal': [
    { ...used('alcohol'), ...symptoms('sweating') },
    { ...used('heroin'), ...symptoms('sweating') },
  ],
  'cross.pregnancy-opioid-withdrawal': [
    { 'about.pregnant': 'yes', ...used('fentanyl'), ...symptoms('runny-nose') },
    { 'about.pregnant': 'no', ...used('fentanyl'), ...symptoms('runny-nose') },
  ],
  'cross.sedative-withdrawal-complicated': [
    { ...used('alcohol'), ...symptoms('shaking'), 'withdrawal.history': ['seizures'] },
    { ...used('alcohol'), ...symptoms('shaking'), 'withdrawal.history': ['hospital'] },
  ],
  'cross.withdrawal-without-home-support': [
    { ...symptoms('vomiting'), 'withdrawal.severity': 'severe', 'living.home-support': false },
    { ...symptoms('vomiting'), 'withdrawal.severity': 'mild', 'living.home-support': false },
  ],
};

/** Cases for every rule of the brief screen. */
export const BRIEF_CASES: Record<string, RuleCase> = {
  ...SHARED_CASES,
  'withdrawal.screen-sedatives': [{ 'withdrawal.screen': ['benzodiazepines'] }, { 'withdrawal.screen': ['opioids'] }],
  'withdrawal.screen-opioids': [{ 'withdrawal.screen': ['opioids'] }, { 'withdrawal.screen': ['other'] }],
  'withdrawal.screen-pregnancy-opioids': [
    { 'about.pregnant': 'yes', 'withdrawal.screen': ['opioids'] },
    { 'about.pregnant': 'yes', 'withdrawal.screen': ['alcohol'] },
  ],
  'withdrawal.screen-other': [{ 'withdrawal.screen': ['other'] }, { 'withdrawal.screen': ['no'] }],
  'screen.taps1-tobacco': [{ 'taps.tobacco.frequency': 'less-than-monthly' }, { 'taps.tobacco.frequency': 'never' }],
  'screen.taps1-alcohol': [
    { 'auditc.sex': 'male', 'taps.alcohol.frequency-male': 'monthly' },
    { 'auditc.sex': 'male', 'taps.alcohol.frequency-male': 'never' },
  ],
  'screen.taps1-drugs': [{ 'taps.drugs.frequency': 'daily' }, { 'taps.drugs.frequency': 'never' }],
  'screen.taps1-rx': [{ 'taps.rx.frequency': 'weekly' }, { 'taps.rx.frequency': 'never' }],
  'screen.phq2-positive': [
    { 'phq9.q1': 2, 'phq9.q2': 1 },
    { 'phq9.q1': 1, 'phq9.q2': 1 },
  ],
  'screen.gad2-positive': [
    { 'gad7.q1': 1, 'gad7.q2': 2 },
    { 'gad7.q1': 1, 'gad7.q2': 1 },
  ],
};
