import type { Domain, ReferralType, SettingIndicator } from '../definition/rule.js';
import type { LocalizedText } from '../definition/text.js';

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
export const REFERRAL_PATIENT_PHRASES = {
  'crisis-services': { en: 'Someone to talk with right away if you are in crisis', es: 'Alguien con quien hablar de inmediato si está pasando por una crisis' },
  'medical-detox-evaluation': {
    en: 'A medical check on how to stop or cut down safely, with care if you feel sick',
    es: 'Una revisión médica para dejar o reducir el consumo sin riesgos, con atención si se siente mal',
  },
  'medical-care': { en: 'Care for your physical health', es: 'Atención para su salud física' },
  // SAMHSA TIP 63 (2021): these medicines ease withdrawal and cravings.
  'moud-evaluation': {
    en: 'Medicine that can ease cravings and help you stop or cut down on opioids',
    es: 'Medicinas que calman las ganas de consumir y le ayudan a dejar o reducir los opioides',
  },
  'mental-health-assessment': {
    en: 'A talk with a mental health worker about how you feel',
    es: 'Una charla con un profesional de salud mental sobre cómo se siente',
  },
  'trauma-informed-care': {
    en: 'Care that keeps in mind the hard things you have been through',
    es: 'Atención que tiene en cuenta las cosas difíciles que ha vivido',
  },
  'eating-concerns-assessment': { en: 'A talk about eating and how you feel about food', es: 'Una charla sobre la comida y cómo se siente con ella' },
  'harm-reduction-naloxone': {
    en: 'Naloxone, a medicine that can stop an overdose, and clean supplies to help keep you safe',
    es: 'Naloxona, una medicina que puede detener una sobredosis, y materiales limpios para cuidarse',
  },
  'pain-management-coordination': { en: 'Help with your pain, planned with your doctors', es: 'Ayuda con su dolor, planeada con sus médicos' },
  'grief-support': { en: 'Support for grief and loss', es: 'Apoyo para el duelo y la pérdida' },
  'individual-therapy': { en: 'Talking with a counselor, just the two of you', es: 'Hablar a solas con un consejero' },
  'group-therapy': { en: 'Talking in a group with a counselor and others', es: 'Hablar en grupo con un consejero y otras personas' },
  'family-therapy': { en: 'Meetings with your family, if you want them', es: 'Reuniones con su familia, si usted quiere' },
  'peer-support': { en: 'Support from people who have been where you are', es: 'Apoyo de personas que han pasado por lo mismo que usted' },
  'housing-support': { en: 'Help finding a safe place to live', es: 'Ayuda para encontrar un lugar seguro donde vivir' },
  'transport-assistance': { en: 'Help getting to your visits', es: 'Ayuda para llegar a sus citas' },
  'legal-support': { en: 'Help with court or other legal matters', es: 'Ayuda con la corte u otros asuntos legales' },
  'employment-support': { en: 'Help with work or finding a job', es: 'Ayuda con el trabajo o para buscar empleo' },
  'alcohol-use-assessment': { en: 'A longer talk about your drinking', es: 'Una charla más larga sobre lo que usted bebe' },
  'prenatal-care-coordination': {
    en: 'Care for your pregnancy, planned together with your other care',
    es: 'Atención para su embarazo, planeada junto con el resto de su atención',
  },
  'adolescent-services': { en: 'Services made for young people', es: 'Servicios hechos para jóvenes' },
  'safety-support-services': { en: 'Private help if you feel unsafe at home', es: 'Ayuda privada si se siente en peligro en su casa' },
  'financial-support': { en: 'Help with money, benefits or health insurance', es: 'Ayuda con el dinero, los beneficios o el seguro médico' },
  'child-welfare-coordination': {
    en: 'Help working with child protective services or family court, if you agree',
    es: 'Ayuda para tratar con los servicios de protección de menores o la corte de familia, si usted está de acuerdo',
  },
} as const satisfies Record<ReferralType, LocalizedText>;

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
export const DOMAIN_PATIENT_PHRASES = {
  safety: { en: 'Staying safe', es: 'Mantenerse a salvo' },
  'withdrawal-medical': {
    en: 'Your physical health, and how your body feels when you cut down or stop',
    es: 'Su salud física y cómo se siente su cuerpo cuando reduce o deja el consumo',
  },
  'substance-use': { en: 'The alcohol or drugs you use, and how you use them', es: 'El alcohol o las drogas que consume y cómo los consume' },
  'co-occurring-screens': { en: 'How you have been feeling lately', es: 'Cómo se ha sentido últimamente' },
  'co-occurring-history': { en: 'Your mental health in the past', es: 'Su salud mental en el pasado' },
  'co-occurring-concerns': { en: 'Other things that worry you about how you feel', es: 'Otras cosas que le preocupan sobre cómo se siente' },
  motivations: { en: 'Why you first started using, and what keeps you using now', es: 'Por qué empezó a consumir y qué le hace seguir consumiendo ahora' },
  'readiness-preferences': { en: 'What you hope to get from care', es: 'Lo que espera de su atención' },
  'return-to-use-risk': { en: 'Things that may make it harder to cut down or stop', es: 'Cosas que pueden hacer más difícil reducir o dejar el consumo' },
  'recovery-environment': { en: 'Your home and the people around you', es: 'Su hogar y las personas que le rodean' },
  consequences: { en: 'How alcohol or drug use has affected your life', es: 'Cómo el consumo de alcohol o drogas ha afectado su vida' },
  'screening-scope': { en: 'Which questions fit your age', es: 'Qué preguntas son adecuadas para su edad' },
} as const satisfies Record<Domain, LocalizedText>;

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
export const SETTING_PATIENT_PHRASES = {
  'no-home-support': { en: 'Who can help you at home when you start care', es: 'Quién puede ayudarle en casa cuando empiece su atención' },
  'serious-mental-health-concerns': { en: 'How much support you may need when you start care', es: 'Cuánto apoyo puede necesitar cuando empiece su atención' },
  'no-transport': { en: 'How you can get to your visits', es: 'Cómo puede llegar a sus citas' },
  'no-stable-housing': { en: 'Finding a place to live', es: 'Encontrar un lugar donde vivir' },
} as const satisfies Record<SettingIndicator, LocalizedText>;
