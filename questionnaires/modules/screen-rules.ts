/**
 * Summary rules over the validated instruments' scores and items. The
 * instrument modules carry scores and safety triggers; what a result suggests
 * for referral is ours, so it lives here. Screen results are worded as screens
 * ("screened positive for symptoms of …"), never as diagnoses, and stay in
 * `co-occurring-screens`, apart from what the person reports being told.
 */

import { ASQ_ACUTE, ASQ_ANY_POSITIVE } from '../instruments/asq.js';

const FURTHER = 'further assessment by a qualified clinician is recommended.';
const FURTHER_ES = 'se recomienda una evaluación adicional por un profesional clínico calificado.';

/**
 * ASQ rules, shared by both bundled questionnaires. They mirror the ASQ safety
 * triggers and add the finding and the referral; the urgency is the triggers'
 * (asq.acute, asq.positive), so the summary gives one reason per cause.
 */
export const asqRules = [
  {
    id: 'screen.asq-acute',
    when: ASQ_ACUTE,
    domain: 'safety',
    asam: ['psychiatric-cognitive'],
    finding: {
      en: 'ASQ acute positive screen: reports thoughts of killing themselves right now, or chose not to answer that question.',
      es: 'Resultado positivo agudo en el ASQ: informa que está pensando en quitarse la vida en este momento, o eligió no responder esa pregunta.',
    },
    planning: {
      en: 'Emergency: a full safety and mental-health evaluation is needed now; keep the person in sight until it is done (NIMH ASQ pathway).',
      es: 'Emergencia: se necesita ahora una evaluación completa de seguridad y de salud mental; no pierda de vista a la persona hasta que se haga (ruta de atención del ASQ del NIMH).',
    },
    referrals: ['crisis-services'],
    evidence: ['asq.q1', 'asq.q2', 'asq.q3', 'asq.q4'],
  },
  {
    id: 'screen.asq-positive',
    when: { all: [ASQ_ANY_POSITIVE, { not: ASQ_ACUTE }] },
    domain: 'safety',
    asam: ['psychiatric-cognitive'],
    finding: {
      en: 'ASQ positive screen for suicide risk: answered "yes" to, or chose not to answer, at least one of questions 1 to 4.',
      es: 'Resultado positivo de riesgo de suicidio en el ASQ: en al menos una de las preguntas 1 a 4, respondió "sí" o eligió no responder.',
    },
    planning: {
      en: 'A brief suicide safety assessment by a qualified clinician is needed before the person leaves (NIMH ASQ pathway).',
      es: 'Se necesita una breve evaluación de seguridad sobre el riesgo de suicidio, hecha por un profesional clínico calificado, antes de que la persona se vaya (ruta de atención del ASQ del NIMH).',
    },
    referrals: ['mental-health-assessment'],
    evidence: ['asq.q5'],
  },
] as const;

/** PHQ-9 item 9, as a finding with its referral (the `phq9.item9` trigger flags it and gives the urgency). */
export const phq9Item9Rule = {
  id: 'screen.phq9-item9',
  when: { item: 'phq9.q9', gte: 1 },
  domain: 'safety',
  asam: ['psychiatric-cognitive'],
  finding: {
    en: 'Reports thoughts of being better off dead or of hurting themselves on at least several days in the last 2 weeks (PHQ-9 item 9).',
    es: 'Informa que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse, al menos varios días en las últimas 2 semanas (pregunta 9 del PHQ-9).',
  },
  planning: {
    en: 'Ask directly about suicidal thoughts (the ASQ in this intake does) and complete a safety assessment before the person leaves.',
    es: 'Pregunte directamente sobre pensamientos suicidas (el ASQ de este cuestionario de ingreso lo hace) y complete una evaluación de seguridad antes de que la persona se vaya.',
  },
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
    finding: {
      en: `Screened positive for symptoms of depression on the PHQ-9 (score 10 or more); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de depresión con el PHQ-9 (puntuación de 10 o más); ${FURTHER_ES}`,
    },
    planning: {
      en: 'Depression symptoms can make early recovery harder; treating both together may help.',
      es: 'Los síntomas de depresión pueden hacer más difícil el comienzo de la recuperación; tratar ambas cosas a la vez puede ayudar.',
    },
    referrals: ['mental-health-assessment'],
  },
  {
    id: 'screen.gad7-positive',
    when: { positive: 'gad7' },
    domain: 'co-occurring-screens',
    finding: {
      en: `Screened positive for symptoms of anxiety on the GAD-7 (score 10 or more); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de ansiedad con el GAD-7 (puntuación de 10 o más); ${FURTHER_ES}`,
    },
    planning: {
      en: 'Anxiety symptoms can drive cravings and return to use; treating both together may help.',
      es: 'Los síntomas de ansiedad pueden aumentar los deseos intensos de consumir y el riesgo de volver a consumir; tratar ambas cosas a la vez puede ayudar.',
    },
    referrals: ['mental-health-assessment'],
  },
  {
    id: 'screen.pcptsd5-positive',
    when: { positive: 'pcptsd5' },
    domain: 'co-occurring-screens',
    finding: {
      en: `Screened positive for symptoms of post-traumatic stress on the PC-PTSD-5 (3 or more of 5); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de estrés postraumático con el PC-PTSD-5 (3 o más de 5); ${FURTHER_ES}`,
    },
    planning: {
      en: 'Use a trauma-informed approach from the first visit; trauma-focused care may help alongside substance-use treatment.',
      es: 'Use un enfoque informado sobre el trauma desde la primera visita; la atención centrada en el trauma puede ayudar junto con el tratamiento del consumo de sustancias.',
    },
    referrals: ['mental-health-assessment', 'trauma-informed-care'],
  },
  {
    id: 'screen.auditc-positive',
    when: { positive: 'auditc' },
    domain: 'substance-use',
    finding: {
      en: `Screened positive for unhealthy alcohol use on the AUDIT-C; ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo no saludable de alcohol con el AUDIT-C; ${FURTHER_ES}`,
    },
    planning: {
      en: 'Heavy drinking can cause dangerous withdrawal; plan any cutting down or stopping with a medical clinician.',
      es: 'El consumo excesivo de alcohol puede causar un síndrome de abstinencia peligroso; planifique cualquier reducción o suspensión del consumo con un profesional médico.',
    },
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
    finding: {
      en: 'Screened positive for symptoms of depression on the PHQ-2 (score 3 or more); the full PHQ-9 and further assessment by a qualified clinician are recommended.',
      es: 'Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de depresión con el PHQ-2 (puntuación de 3 o más); se recomienda aplicar el PHQ-9 completo y una evaluación adicional por un profesional clínico calificado.',
    },
    referrals: ['mental-health-assessment'],
  },
  {
    id: 'screen.gad2-positive',
    when: { positive: 'gad2' },
    domain: 'co-occurring-screens',
    finding: {
      en: 'Screened positive for symptoms of anxiety on the GAD-2 (score 3 or more); the full GAD-7 and further assessment by a qualified clinician are recommended.',
      es: 'Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de ansiedad con el GAD-2 (puntuación de 3 o más); se recomienda aplicar el GAD-7 completo y una evaluación adicional por un profesional clínico calificado.',
    },
    referrals: ['mental-health-assessment'],
  },
] as const;
