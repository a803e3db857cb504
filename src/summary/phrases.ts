import type { Domain, ReferralType, SettingIndicator, Urgency } from '../definition/rule.js';
import type { LocalizedText } from '../definition/text.js';
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
 * Wording rules: person-first, non-stigmatizing, never a diagnosis. The guard
 * test scans every string in every locale here.
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
export const URGENCY_PHRASES = {
  emergency: {
    en: 'Emergency: answers call for immediate attention, before the person leaves or the contact ends.',
    es: 'Emergencia: las respuestas requieren atención inmediata, antes de que la persona se vaya o termine el contacto.',
  },
  urgent: {
    en: 'Urgent: answers call for clinical contact today.',
    es: 'Urgente: las respuestas requieren contacto clínico hoy.',
  },
  priority: {
    en: 'Priority: answers suggest an assessment appointment soon, ahead of routine scheduling.',
    es: 'Prioritario: las respuestas sugieren una cita de evaluación pronto, antes de la programación habitual.',
  },
  routine: {
    en: 'Routine: no answer raised urgency; schedule an assessment as usual.',
    es: 'Habitual: ninguna respuesta aumentó la urgencia; programe una evaluación como de costumbre.',
  },
} as const satisfies Record<Urgency, LocalizedText>;

/**
 * Short urgency labels for headings and badges.
 *
 * @example
 * ```ts
 * import { URGENCY_LABELS } from 'intake-screening';
 * URGENCY_LABELS.priority.es; // 'Prioritario'
 * ```
 */
export const URGENCY_LABELS = {
  emergency: { en: 'Emergency', es: 'Emergencia' },
  urgent: { en: 'Urgent', es: 'Urgente' },
  priority: { en: 'Priority', es: 'Prioritario' },
  routine: { en: 'Routine', es: 'Habitual' },
} as const satisfies Record<Urgency, LocalizedText>;

/**
 * What happens next, told to the person who answered.
 *
 * @example
 * ```ts
 * import { URGENCY_PATIENT_PHRASES } from 'intake-screening';
 * URGENCY_PATIENT_PHRASES.routine.en;
 * ```
 */
export const URGENCY_PATIENT_PHRASES = {
  emergency: {
    en: 'Some of your answers mean we would like to talk with you right away. Please stay with us, or tell a member of staff now, so someone can help you today.',
    es: 'Algunas de sus respuestas indican que nos gustaría hablar con usted de inmediato. Por favor, quédese con nosotros o avise ahora a un miembro del personal, para que alguien pueda ayudarle hoy.',
  },
  urgent: {
    // NIMH ASQ pathway: a non-acute positive screen gets a brief suicide safety assessment before the person
    // leaves, so the person is asked to stay, not told to wait for a call (issue 17, section 3).
    en: 'We would like a member of our care team to talk with you today about your answers and your next steps. If you are here with us now, please stay until we have talked.',
    es: 'Nos gustaría que un miembro de nuestro equipo de atención hable con usted hoy sobre sus respuestas y los próximos pasos. Si está aquí con nosotros ahora, por favor quédese hasta que hayamos hablado.',
  },
  priority: {
    en: 'A member of our care team will contact you soon to arrange a conversation about your care.',
    es: 'Un miembro de nuestro equipo de atención se comunicará con usted pronto para programar una conversación sobre su atención.',
  },
  routine: {
    en: 'A member of our care team will review your answers and contact you to arrange your next appointment.',
    es: 'Un miembro de nuestro equipo de atención revisará sus respuestas y se comunicará con usted para programar su próxima cita.',
  },
} as const satisfies Record<Urgency, LocalizedText>;

/**
 * Suggested referral types, worded so both the clinician and the person can read them.
 *
 * @example
 * ```ts
 * import { REFERRAL_PHRASES } from 'intake-screening';
 * REFERRAL_PHRASES['peer-support'].en; // 'Peer recovery support'
 * ```
 */
export const REFERRAL_PHRASES = {
  'crisis-services': { en: 'Crisis support services', es: 'Servicios de apoyo en crisis' },
  'medical-detox-evaluation': {
    en: 'Evaluation for medically supervised withdrawal management',
    es: 'Evaluación para el manejo del síndrome de abstinencia con supervisión médica',
  },
  'medical-care': { en: 'Medical care for physical health concerns', es: 'Atención médica para inquietudes de salud física' },
  'moud-evaluation': {
    en: 'Evaluation for medication for opioid use disorder (such as buprenorphine, methadone or naltrexone)',
    es: 'Evaluación para medicamentos para el trastorno por consumo de opioides (como buprenorfina, metadona o naltrexona)',
  },
  'mental-health-assessment': { en: 'Mental health assessment', es: 'Evaluación de salud mental' },
  'trauma-informed-care': { en: 'Trauma-informed care', es: 'Atención informada sobre el trauma' },
  'eating-concerns-assessment': { en: 'Assessment of eating concerns', es: 'Evaluación de inquietudes sobre la alimentación' },
  'harm-reduction-naloxone': {
    en: 'Harm-reduction services, including naloxone and sterile supplies',
    es: 'Servicios de reducción de daños, incluidos naloxona y materiales estériles',
  },
  'pain-management-coordination': { en: 'Coordination with pain management care', es: 'Coordinación con la atención para el manejo del dolor' },
  'grief-support': { en: 'Grief and bereavement support', es: 'Apoyo en el duelo y la pérdida' },
  'individual-therapy': { en: 'Individual counseling', es: 'Consejería individual' },
  'group-therapy': { en: 'Group counseling', es: 'Consejería de grupo' },
  'family-therapy': { en: 'Family counseling', es: 'Consejería familiar' },
  'peer-support': { en: 'Peer recovery support', es: 'Apoyo de pares en la recuperación' },
  'housing-support': { en: 'Housing support', es: 'Apoyo con la vivienda' },
  'transport-assistance': { en: 'Help with transportation to appointments', es: 'Ayuda con el transporte a las citas' },
  'legal-support': { en: 'Legal support services', es: 'Servicios de apoyo legal' },
  'employment-support': { en: 'Employment support', es: 'Apoyo para el empleo' },
  'alcohol-use-assessment': { en: 'Further assessment of alcohol use', es: 'Evaluación adicional del consumo de alcohol' },
  'prenatal-care-coordination': {
    en: 'Coordinated prenatal and substance-use care',
    es: 'Atención prenatal coordinada con la atención del consumo de sustancias',
  },
  'adolescent-services': {
    en: 'Adolescent substance-use services and screening tools made for adolescents',
    es: 'Servicios para adolescentes sobre el consumo de sustancias y herramientas de detección hechas para adolescentes',
  },
  'safety-support-services': {
    en: 'Support services for safety at home (such as intimate partner violence advocacy)',
    es: 'Servicios de apoyo para la seguridad en el hogar (como la asesoría sobre violencia de pareja)',
  },
  'financial-support': { en: 'Help with money, benefits or insurance', es: 'Ayuda con el dinero, los beneficios o el seguro médico' },
  'child-welfare-coordination': {
    en: 'Coordination with child protective services or family court, with the person’s consent',
    es: 'Coordinación con los servicios de protección de menores o la corte de familia, con el consentimiento de la persona',
  },
} as const satisfies Record<ReferralType, LocalizedText>;

/**
 * Residential-care indicators, as considerations, never as a decision.
 *
 * @example
 * ```ts
 * import { SETTING_PHRASES } from 'intake-screening';
 * SETTING_PHRASES['no-transport'].en;
 * ```
 */
export const SETTING_PHRASES = {
  'no-home-support': {
    en: 'The person reported that no one at home can look after them in the first weeks of treatment; a residential setting may be worth considering.',
    es: 'La persona informó que no hay nadie en su casa que pueda cuidar de ella en las primeras semanas del tratamiento; podría valer la pena considerar un entorno residencial.',
  },
  'serious-mental-health-concerns': {
    en: 'Answers about mental health history or current concerns may call for more support than outpatient care gives; a residential setting may be worth considering.',
    es: 'Las respuestas sobre antecedentes o inquietudes actuales de salud mental podrían requerir más apoyo del que ofrece la atención ambulatoria; podría valer la pena considerar un entorno residencial.',
  },
  'no-transport': {
    en: 'Getting to a clinic almost every day may not be possible; a residential setting, or help with transportation, may be worth considering.',
    es: 'Ir a una clínica casi todos los días podría no ser posible; podría valer la pena considerar un entorno residencial o ayuda con el transporte.',
  },
  'no-stable-housing': {
    en: 'The person reported having no place to live; a residential setting or recovery housing, alongside housing help, may be worth considering.',
    es: 'La persona informó que no tiene un lugar donde vivir; podría valer la pena considerar un entorno residencial o una vivienda de apoyo para la recuperación, junto con ayuda para la vivienda.',
  },
} as const satisfies Record<SettingIndicator, LocalizedText>;

/**
 * Headings of the finding groups.
 *
 * @example
 * ```ts
 * import { DOMAIN_HEADINGS } from 'intake-screening';
 * DOMAIN_HEADINGS['withdrawal-medical'].en; // 'Withdrawal and medical'
 * ```
 */
export const DOMAIN_HEADINGS = {
  safety: { en: 'Safety', es: 'Seguridad' },
  'withdrawal-medical': { en: 'Withdrawal and medical', es: 'Abstinencia y salud física' },
  'substance-use': { en: 'Substance use', es: 'Consumo de sustancias' },
  'co-occurring-screens': { en: 'Emotional and behavioral health: screening results', es: 'Salud emocional y conductual: resultados de detección' },
  'co-occurring-history': { en: 'Emotional and behavioral health: reported history', es: 'Salud emocional y conductual: antecedentes informados' },
  'co-occurring-concerns': { en: 'Emotional and behavioral health: current concerns', es: 'Salud emocional y conductual: inquietudes actuales' },
  motivations: { en: 'Motivations', es: 'Motivaciones' },
  'readiness-preferences': { en: 'Readiness and preferences', es: 'Disposición y preferencias' },
  'return-to-use-risk': { en: 'Risk of return to use', es: 'Riesgo de volver a consumir' },
  'recovery-environment': { en: 'Recovery environment', es: 'Entorno de recuperación' },
  consequences: { en: 'Consequences of use', es: 'Consecuencias del consumo' },
  'screening-scope': { en: 'Scope of this screening', es: 'Alcance de esta evaluación de detección' },
} as const satisfies Record<Domain, LocalizedText>;

/**
 * How each instrument status is described.
 *
 * @example
 * ```ts
 * import { INSTRUMENT_STATUS_PHRASES } from 'intake-screening';
 * INSTRUMENT_STATUS_PHRASES.incomplete.en;
 * ```
 */
export const INSTRUMENT_STATUS_PHRASES = {
  complete: { en: 'Complete', es: 'Completo' },
  incomplete: {
    en: 'Incomplete: not every question was answered, so no score is reported. This is not a low score.',
    es: 'Incompleto: no se respondieron todas las preguntas, por lo que no se informa una puntuación. No es una puntuación baja.',
  },
  'not-applicable': {
    en: 'Not applicable: earlier answers meant these questions were not asked.',
    es: 'No corresponde: por respuestas anteriores, estas preguntas no se hicieron.',
  },
} as const satisfies Record<InstrumentStatus, LocalizedText>;

/**
 * Sentences the summary itself holds: the disclaimer, the setting note, answer words and screening meanings.
 *
 * @example
 * ```ts
 * import { SUMMARY_PHRASES } from 'intake-screening';
 * SUMMARY_PHRASES.disclaimer.en;
 * ```
 */
export const SUMMARY_PHRASES = {
  disclaimer: {
    en: 'This is a screening summary of self-reported answers, not a diagnosis. Screening results show where further assessment by a qualified clinician may help; they do not establish any condition.',
    es: 'Este es un resumen de detección basado en respuestas de la propia persona, no un diagnóstico. Los resultados de detección indican dónde podría ayudar una evaluación adicional por un profesional clínico calificado; no establecen ninguna afección.',
  },
  /** The disclaimer of a summary whose questionnaire has a clinician-rated section: not all of it is self-report. */
  disclaimerWithRatings: {
    en: 'This summary holds ratings a clinician made and any answers the person gave, not a diagnosis. They show where further assessment or care by a qualified clinician may help; they do not establish any condition.',
    es: 'Este resumen contiene calificaciones hechas por un profesional clínico y las respuestas que dio la persona, no un diagnóstico. Indican dónde podría ayudar una evaluación o atención adicional por un profesional clínico calificado; no establecen ninguna afección.',
  },
  settingNote: {
    en: 'These are considerations for the clinician. This summary does not decide a level of care.',
    es: 'Estas son consideraciones para el profesional clínico. Este resumen no decide el nivel de atención.',
  },
  screenedPositive: {
    en: 'Screened positive on the {name}; further assessment by a qualified clinician is recommended.',
    es: 'Dio positivo en la evaluación de detección con el {name}; se recomienda una evaluación adicional por un profesional clínico calificado.',
  },
  screenedPositiveFor: {
    en: 'Screened positive for symptoms of {name}; further assessment by a qualified clinician is recommended.',
    es: 'Dio positivo en la evaluación de detección de síntomas de {name}; se recomienda una evaluación adicional por un profesional clínico calificado.',
  },
  belowCutoff: {
    en: 'Below the screening cut-off. A screen can miss concerns; clinical judgment still applies.',
    es: 'Por debajo del punto de corte de detección. Una evaluación de detección puede pasar por alto inquietudes; el criterio clínico sigue siendo necesario.',
  },
  noCutoff: {
    en: 'This score has no screening cut-off; read it with its band.',
    es: 'Esta puntuación no tiene punto de corte de detección; léala junto con su categoría.',
  },
  cutoffAtLeast: { en: '≥ {value}', es: '≥ {value}' },
  yes: { en: 'Yes', es: 'Sí' },
  no: { en: 'No', es: 'No' },
  declined: { en: 'Prefer not to answer', es: 'Prefiero no responder' },
  notAnswered: { en: 'Not answered', es: 'Sin respuesta' },
  noneSelected: { en: 'None selected', es: 'Ninguna opción seleccionada' },
  answerChanged: {
    en: 'Raised during the intake; the final answers no longer meet it (an answer was changed, or a later answer changed the result).',
    es: 'Se identificó durante el cuestionario; las respuestas finales ya no la cumplen (se cambió una respuesta o una respuesta posterior cambió el resultado).',
  },
  notAsked: {
    en: "The answer was given to a question the form's logic would not have asked.",
    es: 'La respuesta se dio a una pregunta que la lógica del formulario no habría hecho.',
  },
  defaultCrisisResources: {
    en: 'If you are in danger now, call your local emergency number or go to the nearest emergency department. Please tell a member of staff now so someone can be with you.',
    es: 'Si está en peligro ahora, llame al número local de emergencias o vaya al servicio de urgencias más cercano. Por favor, avise ahora a un miembro del personal para que alguien pueda acompañarle.',
  },
} as const satisfies Record<string, LocalizedText>;

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
