/**
 * Safety at home: whether the person feels unsafe with a partner, an
 * ex-partner or someone they live with, asked in the project's own words
 * (not a validated instrument). The wording follows the questions of the
 * Partner Violence Screen (Feldhaus KM, et al. Accuracy of 3 brief screening
 * questions for detecting partner violence in the emergency department.
 * JAMA 1997;277(17):1357-1361) without reproducing it, and the US Preventive
 * Services Task Force recommendation (Curry SJ, et al. JAMA
 * 2018;320(16):1678-1687): screen, and refer those who screen positive to
 * ongoing support services. SAMHSA TIP 25 (Substance Abuse Treatment and
 * Domestic Violence, 1997) advises against couples or family sessions until
 * safety has been assessed with the person alone.
 */

/** The person feels unsafe with a partner, an ex-partner or someone at home. */
export const UNSAFE_AT_HOME = { item: 'living.unsafe', eq: true } as const;

/** Asked privately: the help text says the person may leave it for a private talk. */
export const homeSafetyItems = [
  {
    id: 'living.unsafe',
    kind: 'boolean',
    text: {
      en: 'Do you feel unsafe with a partner, an ex-partner, or someone you live with?',
      es: '¿Se siente en peligro con su pareja, con una expareja o con alguien con quien vive?',
    },
    help: {
      en: 'Your answer is private. If someone is with you right now, you can skip this and talk with a staff member alone.',
      es: 'Su respuesta es privada. Si alguien está con usted en este momento, puede saltar esta pregunta y hablar a solas con un miembro del personal.',
    },
    preferNotToAnswer: true,
  },
  {
    id: 'living.afraid-today',
    kind: 'boolean',
    text: { en: 'Are you afraid to go home today?', es: '¿Tiene miedo de volver a su casa hoy?' },
    when: UNSAFE_AT_HOME,
    preferNotToAnswer: true,
  },
] as const;

/** The rules of the home-safety questions. */
export const homeSafetyRules = [
  {
    // USPSTF 2018 (Curry et al., JAMA 2018;320(16):1678-1687): refer to ongoing support services; SAMHSA TIP 25:
    // assess safety with the person alone before any joint session.
    id: 'living.unsafe-at-home',
    when: UNSAFE_AT_HOME,
    domain: 'recovery-environment',
    finding: {
      en: 'Reports feeling unsafe with a partner, an ex-partner or someone they live with.',
      es: 'Informa que se siente en peligro con su pareja, con una expareja o con alguien con quien vive.',
    },
    planning: {
      en: 'Talk with the person alone about safety soon and offer support services. Do not arrange couples or family sessions, or contact family, before that talk (SAMHSA TIP 25).',
      es: 'Hable pronto a solas con la persona sobre su seguridad y ofrézcale servicios de apoyo. No organice sesiones de pareja o familiares, ni se comunique con la familia, antes de esa conversación (SAMHSA, TIP 25).',
    },
    urgency: 'priority',
    referrals: ['safety-support-services'],
    evidence: ['living.afraid-today'],
  },
  {
    // USPSTF 2018; CDC, Preventing Intimate Partner Violence (2021): a person afraid to go home today needs safety
    // planning before they leave.
    id: 'living.afraid-to-go-home',
    when: { item: 'living.afraid-today', eq: true },
    domain: 'safety',
    asam: ['recovery-environment'],
    finding: { en: 'Reports being afraid to go home today.', es: 'Informa que tiene miedo de volver a su casa hoy.' },
    planning: {
      en: 'Make a safety plan with the person, alone, before they leave today, and offer a domestic violence service or hotline (in the US, 1-800-799-7233).',
      es: 'Haga un plan de seguridad a solas con la persona antes de que se vaya hoy y ofrézcale un servicio o una línea de ayuda contra la violencia doméstica (en EE. UU., 1-800-799-7233).',
    },
    urgency: 'urgent',
    referrals: ['safety-support-services'],
  },
] as const;

/**
 * When the person feels unsafe at home and the summary suggests family or
 * couples sessions (any rule whose `when` is given), a consideration that
 * notes the safety concern beside them.
 *
 * @param familyRuleConditions - The `when` of every rule that suggests family therapy.
 * @returns The rule.
 */
export function familySessionsSafetyRule<const C>(familyRuleConditions: readonly C[]) {
  return {
    // SAMHSA TIP 25 (1997): couples or family sessions can put a person at risk where there is partner violence.
    id: 'living.family-sessions-safety',
    when: { all: [UNSAFE_AT_HOME, { any: familyRuleConditions }] },
    domain: 'recovery-environment',
    finding: {
      en: 'Reports feeling unsafe at home, and this summary suggests family or couples sessions.',
      es: 'Informa que se siente en peligro en su casa, y este resumen sugiere sesiones familiares o de pareja.',
    },
    planning: {
      en: 'Hold any family or couples session only after talking with the person alone about safety, and only if they want it (SAMHSA TIP 25).',
      es: 'Haga cualquier sesión familiar o de pareja solo después de hablar a solas con la persona sobre su seguridad, y solo si ella lo desea (SAMHSA, TIP 25).',
    },
  } as const;
}
