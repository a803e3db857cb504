import type { LocalizedText } from '../definition/text.js';

// The renderers' own headings and labels, apart from the summary's phrases so
// each table stays short. Same rules: person-first, never a diagnosis.

/**
 * Headings and labels of the clinician view.
 *
 * @example
 * ```ts
 * import { CLINICIAN_PHRASES } from 'intake-screening';
 * CLINICIAN_PHRASES.referrals.en; // 'Suggested referrals'
 * ```
 */
export const CLINICIAN_PHRASES = {
  title: { en: 'Referral summary: {title}', es: 'Resumen de derivación: {title}' },
  version: { en: 'Questionnaire {id}, version {version}', es: 'Cuestionario {id}, versión {version}' },
  urgency: { en: 'Urgency', es: 'Urgencia' },
  reasons: { en: 'Reasons', es: 'Motivos' },
  noReasons: { en: 'No answer raised urgency.', es: 'Ninguna respuesta aumentó la urgencia.' },
  safety: { en: 'Safety flags', es: 'Alertas de seguridad' },
  noSafety: { en: 'No safety flags.', es: 'Sin alertas de seguridad.' },
  tier: { en: 'Tier: {tier}', es: 'Nivel: {tier}' },
  tierInterrupt: { en: 'interrupt', es: 'interrupción' },
  tierFlag: { en: 'flag', es: 'alerta' },
  instruments: { en: 'Screening results', es: 'Resultados de detección' },
  noInstruments: { en: 'No scored screening instruments.', es: 'No hay instrumentos de detección con puntuación.' },
  score: { en: 'Score {value} (range {min}–{max})', es: 'Puntuación {value} (rango {min}–{max})' },
  band: { en: 'Band: {band}', es: 'Categoría: {band}' },
  cutoff: { en: 'Cut-off: {cutoff}', es: 'Punto de corte: {cutoff}' },
  positive: { en: 'At or above the cut-off', es: 'En el punto de corte o por encima' },
  negative: { en: 'Below the cut-off', es: 'Por debajo del punto de corte' },
  missing: { en: 'Unanswered items: {items}', es: 'Preguntas sin respuesta: {items}' },
  source: { en: 'Source: {citation}', es: 'Fuente: {citation}' },
  licence: { en: 'License: {licence}', es: 'Licencia: {licence}' },
  findings: { en: 'Findings', es: 'Hallazgos' },
  noFindings: { en: 'No findings.', es: 'Sin hallazgos.' },
  planning: { en: 'For planning: {text}', es: 'Para la planificación: {text}' },
  evidence: { en: 'Evidence', es: 'Evidencia' },
  setting: { en: 'Setting considerations', es: 'Consideraciones sobre el entorno de atención' },
  noSetting: { en: 'No residential indicators were raised.', es: 'No se identificaron indicadores residenciales.' },
  referrals: { en: 'Suggested referrals', es: 'Derivaciones sugeridas' },
  noReferrals: { en: 'No referrals suggested.', es: 'No se sugieren derivaciones.' },
  raisedBy: { en: 'Raised by: {ids}', es: 'Originado por: {ids}' },
  unanswered: { en: 'Not answered', es: 'Sin respuesta' },
  declined: { en: 'Declined to answer', es: 'Prefirió no responder' },
  allAnswers: { en: 'All answers', es: 'Todas las respuestas' },
  freeText: { en: 'In their words', es: 'En sus palabras' },
  notAskedMark: { en: 'not asked by the form’s logic', es: 'la lógica del formulario no la hizo' },
  crisisResources: { en: 'Crisis resources shown to the person', es: 'Recursos de crisis mostrados a la persona' },
  disclaimer: { en: 'About this summary', es: 'Acerca de este resumen' },
  chart: {
    en: 'Scores on their scales (bar: score; shades: bands; dashed line: cut-off)',
    es: 'Puntuaciones en sus escalas (barra: puntuación; tonos: categorías; línea discontinua: punto de corte)',
  },
  seeFlag: { en: 'safety flag {id} (below)', es: 'alerta de seguridad {id} (más abajo)' },
  appendix: { en: 'Appendix: answers and sources', es: 'Anexo: respuestas y fuentes' },
  sources: { en: 'Sources', es: 'Fuentes' },
  resultsHead: { en: 'Instrument|Score (range)|Band|Cut-off|Answers', es: 'Instrumento|Puntuación (rango)|Categoría|Punto de corte|Respuestas' },
  cutoffMet: { en: '{cutoff} (met)', es: '{cutoff} (alcanzado)' },
  cutoffNotMet: { en: '{cutoff} (not met)', es: '{cutoff} (no alcanzado)' },
  answersHead: { en: 'Ref.|Question|Answer|Item', es: 'Ref.|Pregunta|Respuesta|Ítem' },
  chartBar: { en: '{name}: {score} of {min} to {max}, {band}.', es: '{name}: {score} de {min} a {max}, {band}.' },
  chartCutoff: { en: 'Cut-off {cutoff}: {side}.', es: 'Punto de corte {cutoff}: {side}.' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The phrases of the patient view: plain language, no scores or bands.
 *
 * @example
 * ```ts
 * import { PATIENT_PHRASES } from 'intake-screening';
 * PATIENT_PHRASES.next.en; // 'What happens next'
 * ```
 */
export const PATIENT_PHRASES = {
  title: { en: 'Your answers: {title}', es: 'Sus respuestas: {title}' },
  thanks: {
    en: 'Thank you for answering these questions. Your answers help your care team plan the support that fits you.',
    es: 'Gracias por responder estas preguntas. Sus respuestas ayudan a su equipo de atención a planificar el apoyo adecuado para usted.',
  },
  crisis: { en: 'If you need help now', es: 'Si necesita ayuda ahora' },
  topics: { en: 'What you told us about', es: 'Temas de los que nos habló' },
  next: { en: 'What happens next', es: 'Qué sigue' },
  referrals: { en: 'Your care team may talk with you about', es: 'Es posible que su equipo de atención hable con usted sobre' },
  skipped: {
    en: 'You left some questions unanswered or chose not to answer them. That is okay; you can talk about them with your care team if you wish.',
    es: 'Dejó algunas preguntas sin responder o prefirió no responderlas. No hay problema; puede hablar de ellas con su equipo de atención si lo desea.',
  },
  about: { en: 'About this summary', es: 'Acerca de este resumen' },
  disclaimer: {
    en: 'This summary helps your care team plan your care. It is not a diagnosis; a clinician will talk with you about what your answers mean.',
    es: 'Este resumen ayuda a su equipo de atención a planificar su atención. No es un diagnóstico; un profesional clínico hablará con usted sobre lo que significan sus respuestas.',
  },
} as const satisfies Record<string, LocalizedText>;
