/**
 * Conditions that several descriptive modules and the full intake's cross
 * rules share, written once so a rule and the property tests read the same
 * definition of, say, "uses opioids".
 */

/** Opioids named among the substances used in the past 12 months. */
export const USES_OPIOIDS = {
  any: [
    { item: 'substance.used', includes: 'heroin' },
    { item: 'substance.used', includes: 'fentanyl' },
    { item: 'substance.used', includes: 'prescription-opioids' },
    { item: 'substance.used', includes: 'methadone-buprenorphine' },
  ],
} as const;

/** Alcohol or benzodiazepines named among the substances used in the past 12 months. */
export const USES_SEDATIVES = {
  any: [
    { item: 'substance.used', includes: 'alcohol' },
    { item: 'substance.used', includes: 'benzodiazepines' },
  ],
} as const;

/** The person injects. */
export const INJECTS = { item: 'substance.route', includes: 'injection' } as const;

/** Some current symptom was chosen (not "none", not declined). */
export const HAS_SYMPTOMS = {
  all: [{ answered: 'withdrawal.symptoms' }, { not: { item: 'withdrawal.symptoms', includes: 'none' } }],
} as const;

/** Some danger sign (seeing or hearing things, confusion, a seizure) in the past day. */
export const HAS_DANGER_SIGNS = {
  any: [
    { item: 'withdrawal.danger-signs', includes: 'hallucinations' },
    { item: 'withdrawal.danger-signs', includes: 'confusion' },
    { item: 'withdrawal.danger-signs', includes: 'seizure' },
  ],
} as const;

/** Any current sign or symptom the withdrawal section asks about. */
export const CURRENT_WITHDRAWAL = { any: [HAS_SYMPTOMS, HAS_DANGER_SIGNS] } as const;

/**
 * Alcohol or benzodiazepine use, from what the person says they used or from
 * the substance they say today's symptoms follow. Either is enough: the rule
 * this feeds errs toward a same-day medical evaluation.
 */
export const SEDATIVE_USE_OR_WITHDRAWAL = {
  any: [...USES_SEDATIVES.any, { item: 'withdrawal.substance', includes: 'alcohol' }, { item: 'withdrawal.substance', includes: 'benzodiazepines' }],
} as const;

/** Opioid use, from what the person says they used or from the substance today's symptoms follow. */
export const OPIOID_USE_OR_WITHDRAWAL = {
  any: [...USES_OPIOIDS.any, { item: 'withdrawal.substance', includes: 'opioids' }],
} as const;
