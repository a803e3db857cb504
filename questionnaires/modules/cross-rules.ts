/**
 * Summary rules that read answers from more than one descriptive module, so
 * they belong to the full intake rather than to any one module.
 */

const USES_OPIOIDS = {
  any: [
    { item: 'substance.used', includes: 'heroin' },
    { item: 'substance.used', includes: 'fentanyl' },
    { item: 'substance.used', includes: 'prescription-opioids' },
    { item: 'substance.used', includes: 'methadone-buprenorphine' },
  ],
} as const;

const HAS_WITHDRAWAL_SYMPTOMS = {
  all: [{ answered: 'withdrawal.symptoms' }, { not: { item: 'withdrawal.symptoms', includes: 'none' } }],
} as const;

/** Rules of the full intake that combine substance use, withdrawal and living situation. */
export const intakeCrossRules = [
  {
    id: 'cross.opioid-withdrawal',
    when: { all: [USES_OPIOIDS, HAS_WITHDRAWAL_SYMPTOMS] },
    domain: 'withdrawal-medical',
    finding: {
      en: 'Reports using opioids and having withdrawal symptoms now.',
      es: 'Informa que consume opioides y que tiene síntomas de abstinencia en este momento.',
    },
    planning: {
      en: 'Buprenorphine or methadone can ease opioid withdrawal and can often be started soon; discuss them at the medical evaluation.',
      es: 'La buprenorfina o la metadona pueden aliviar la abstinencia de opioides y a menudo se pueden empezar pronto; hable de ellas en la evaluación médica.',
    },
    referrals: ['moud-evaluation', 'medical-detox-evaluation'],
    evidence: ['withdrawal.severity'],
  },
  {
    id: 'cross.sedative-withdrawal',
    when: {
      all: [
        { any: [{ item: 'substance.used', includes: 'alcohol' }, { item: 'substance.used', includes: 'benzodiazepines' }] },
        HAS_WITHDRAWAL_SYMPTOMS,
      ],
    },
    domain: 'withdrawal-medical',
    finding: {
      en: 'Reports using alcohol or benzodiazepines and having withdrawal symptoms now.',
      es: 'Informa que consume alcohol o benzodiacepinas y que tiene síntomas de abstinencia en este momento.',
    },
    planning: {
      en: 'Withdrawal from alcohol or benzodiazepines can cause seizures; a medical evaluation is needed soon, before any cutting down or stopping.',
      es: 'La abstinencia de alcohol o de benzodiacepinas puede causar convulsiones; se necesita pronto una evaluación médica, antes de reducir o suspender el consumo.',
    },
    urgency: 'priority',
    referrals: ['medical-detox-evaluation'],
    evidence: ['withdrawal.severity', 'withdrawal.history'],
  },
  {
    id: 'cross.withdrawal-without-home-support',
    when: {
      all: [{ item: 'withdrawal.severity', in: ['moderate', 'severe'] }, { item: 'living.home-support', eq: false }],
    },
    domain: 'withdrawal-medical',
    finding: {
      en: 'Reports moderate or severe withdrawal symptoms now and no one at home to look after them.',
      es: 'Informa que tiene síntomas de abstinencia moderados o graves en este momento y que no hay nadie en su casa que pueda cuidar de él o ella.',
    },
    planning: {
      en: 'Managing withdrawal at home may not be safe without support; a supervised withdrawal setting may be worth considering.',
      es: 'Manejar la abstinencia en casa podría no ser seguro sin apoyo; podría valer la pena considerar un entorno donde la abstinencia se maneje con supervisión.',
    },
    referrals: ['medical-detox-evaluation'],
  },
] as const;
