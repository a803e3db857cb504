/**
 * Summary rules that read answers from more than one descriptive module, so
 * they belong to the full intake rather than to any one module.
 */
import { pregnancyOpioidWithdrawalRule } from './about-you.js';
import { CURRENT_WITHDRAWAL, HAS_DANGER_SIGNS, OPIOID_USE_OR_WITHDRAWAL, SEDATIVE_USE_OR_WITHDRAWAL } from './conditions.js';

const DETOX = ['medical-detox-evaluation'] as const;

/**
 * Alcohol or benzodiazepine withdrawal that is severe, or in a person who has
 * had withdrawal seizures or delirium before.
 */
const COMPLICATED = {
  any: [
    { item: 'withdrawal.severity', eq: 'severe' },
    HAS_DANGER_SIGNS,
    { item: 'withdrawal.history', includes: 'seizures' },
    { item: 'withdrawal.history', includes: 'delirium' },
  ],
} as const;

/** Rules of the full intake that combine substance use, withdrawal and living situation. */
export const intakeCrossRules = [
  {
    // ASAM Clinical Practice Guideline on Alcohol Withdrawal Management (2020): severe withdrawal, or a history
    // of withdrawal seizures or delirium, calls for management where 24-hour medical care is available. The
    // Joint Clinical Practice Guideline on Benzodiazepine Tapering (ASAM et al., 2025) gives the same risks for
    // benzodiazepines. A same-visit medical evaluation, before the person leaves.
    id: 'cross.sedative-withdrawal-complicated',
    when: { all: [SEDATIVE_USE_OR_WITHDRAWAL, CURRENT_WITHDRAWAL, COMPLICATED] },
    domain: 'withdrawal-medical',
    asam: ['intoxication-withdrawal'],
    finding: {
      en: 'Reports using alcohol or benzodiazepines and having symptoms now that can come with withdrawal, with severe symptoms, danger signs, or past withdrawal seizures or delirium.',
      es: 'Informa que consume alcohol o benzodiacepinas y que ahora tiene malestares que pueden acompañar al síndrome de abstinencia, con malestares graves, señales de peligro, o convulsiones o delirio por abstinencia en el pasado.',
    },
    planning: {
      en: 'Alcohol or benzodiazepine withdrawal with these features can be life-threatening (seizures, delirium tremens): a medical evaluation is needed now, before the person leaves, usually in a setting with 24-hour medical care.',
      es: 'Un síndrome de abstinencia de alcohol o de benzodiacepinas con estas características puede poner en peligro la vida (convulsiones, delirium tremens): se necesita una evaluación médica ahora, antes de que la persona se vaya, por lo general en un entorno con atención médica las 24 horas.',
    },
    urgency: 'emergency',
    referrals: DETOX,
    evidence: ['withdrawal.last-use'],
  },
  {
    // ASAM 2020 alcohol withdrawal guideline; ASAM et al. 2025 benzodiazepine tapering guideline; SAMHSA TIP 45:
    // alcohol and sedative withdrawal can progress to seizures and delirium, so any current symptom in a person
    // who uses them gets a same-day medical evaluation.
    id: 'cross.sedative-withdrawal',
    // The complicated case has its own, higher rule above; one finding each.
    when: { all: [SEDATIVE_USE_OR_WITHDRAWAL, CURRENT_WITHDRAWAL, { not: COMPLICATED }] },
    domain: 'withdrawal-medical',
    asam: ['intoxication-withdrawal'],
    finding: {
      en: 'Reports using alcohol or benzodiazepines and having symptoms now that can come with withdrawal.',
      es: 'Informa que consume alcohol o benzodiacepinas y que ahora tiene malestares que pueden acompañar al síndrome de abstinencia.',
    },
    planning: {
      en: 'Withdrawal from alcohol or benzodiazepines can cause seizures and delirium: a medical evaluation is needed today, before any cutting down or stopping, and the person should not stop suddenly on their own.',
      es: 'El síndrome de abstinencia de alcohol o de benzodiacepinas puede causar convulsiones y delirio: se necesita una evaluación médica hoy, antes de reducir o suspender el consumo, y la persona no debe dejarlo de golpe por su cuenta.',
    },
    urgency: 'urgent',
    referrals: DETOX,
    evidence: ['withdrawal.severity', 'withdrawal.last-use', 'withdrawal.history'],
  },
  {
    // ASAM National Practice Guideline for the Treatment of Opioid Use Disorder (2020 focused update) and SAMHSA
    // TIP 63 (2021): opioid withdrawal is rarely dangerous by itself, but untreated it drives return to use with
    // lowered tolerance; buprenorphine or methadone treat it and can be started soon, so: priority.
    id: 'cross.opioid-withdrawal',
    when: { all: [OPIOID_USE_OR_WITHDRAWAL, CURRENT_WITHDRAWAL] },
    domain: 'withdrawal-medical',
    asam: ['intoxication-withdrawal'],
    finding: {
      en: 'Reports using opioids and having symptoms now that can come with opioid withdrawal.',
      es: 'Informa que consume opioides y que ahora tiene malestares que pueden acompañar al síndrome de abstinencia de opioides.',
    },
    planning: {
      en: 'Buprenorphine or methadone can ease opioid withdrawal and can often be started soon; discuss them at the medical evaluation.',
      es: 'La buprenorfina o la metadona pueden aliviar el síndrome de abstinencia de opioides y a menudo se pueden empezar pronto; hable de ellas en la evaluación médica.',
    },
    urgency: 'priority',
    referrals: ['moud-evaluation', ...DETOX],
    evidence: ['withdrawal.severity', 'withdrawal.last-use'],
  },
  pregnancyOpioidWithdrawalRule('cross.pregnancy-opioid-withdrawal', { all: [OPIOID_USE_OR_WITHDRAWAL, CURRENT_WITHDRAWAL] } as const),
  {
    id: 'cross.withdrawal-without-home-support',
    when: {
      all: [
        { item: 'withdrawal.severity', in: ['moderate', 'severe'] },
        { item: 'living.home-support', eq: false },
      ],
    },
    domain: 'withdrawal-medical',
    asam: ['intoxication-withdrawal', 'recovery-environment'],
    finding: {
      en: 'Reports moderate or severe symptoms now that can come with withdrawal, and no one at home to look after them.',
      es: 'Informa malestares moderados o graves que pueden acompañar al síndrome de abstinencia, y que no hay nadie en su casa que pueda cuidar de él o ella.',
    },
    planning: {
      en: 'Managing withdrawal at home may not be safe without support; a supervised withdrawal setting may be worth considering.',
      es: 'Manejar el síndrome de abstinencia en casa podría no ser seguro sin apoyo; podría valer la pena considerar un entorno donde se maneje con supervisión.',
    },
    referrals: DETOX,
  },
] as const;
