import { defineQuestionnaire } from '../../src/index.js';
import { type QuestionnaireModule, US_CRISIS_RESOURCES } from '../module.js';
import { YES_NO_CHOICE, YES_NO_SCALE } from './answer-options.js';

const SCREEN = { kind: 'scale', options: YES_NO_SCALE, required: true, preferNotToAnswer: true } as const;

// NIMH's own PDF was out of reach of our tools, so the note says what the wording was checked against.
const ASQ_SPANISH_SOURCE =
  'Questions 1–5 follow the NIMH Spanish ASQ ("Preguntas de Detección del Riesgo de Suicidio", NIMH ASQ Suicide Risk Screening Toolkit, https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials), as reproduced word for word in several independent public copies. The NIMH PDF itself could not be read with our tools: check the wording against it before clinical use, including whether it writes "muerto" or "muerto(a)" (the copies we found write "muerto"). The follow-up prompts ("Si la respuesta es sí, …"), section and score titles, band and cut-off labels and the safety texts are project translations, not part of the form.';

/**
 * NIMH: "If patient answers 'Yes' to any of questions 1 through 4, or refuses to answer, they are considered a positive screen."
 * Shared by the ASQ safety trigger and the summary rules.
 */
export const ASQ_ANY_POSITIVE = {
  any: [
    { item: 'asq.q1', eq: 1 },
    { item: 'asq.q2', eq: 1 },
    { item: 'asq.q3', eq: 1 },
    { item: 'asq.q4', eq: 1 },
    { declined: 'asq.q1' },
    { declined: 'asq.q2' },
    { declined: 'asq.q3' },
    { declined: 'asq.q4' },
  ],
} as const;

/** A refusal of the acuity question is treated like "yes": the safer reading when risk is already identified. */
export const ASQ_ACUTE = { any: [{ item: 'asq.q5', eq: 'yes' }, { declined: 'asq.q5' }] } as const;

/**
 * The NIMH Ask Suicide-Screening Questions (ASQ), following the NIMH ASQ
 * pathway: four yes/no questions, the "how and when" follow-up to question 4,
 * and the acuity question asked only after a "yes" to (or a refusal of) any of
 * questions 1–4.
 *
 * Items: `asq.q1`…`asq.q4` (No = 0, Yes = 1, each may be declined),
 * `asq.q4.how-when` (free text), `asq.q5` (acuity, yes/no) and
 * `asq.q5.describe` (free text). Score: `asq` over questions 1–4, positive
 * at ≥ 1. Safety: `asq.acute` (interrupt, emergency) when question 5 is
 * "yes" or declined; `asq.positive` (flag, urgent) for a non-acute positive
 * screen, including a refusal of any of questions 1–4.
 *
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { asqModule } from 'intake-screening/questionnaires';
 * const q = defineQuestionnaire({ id: 'safety', version: '1.0.0', title: { en: 'Safety' }, ...asqModule });
 * ```
 */
export const asqModule = {
  sections: [
    {
      id: 'asq',
      title: { en: 'Your safety', es: 'Su seguridad' },
      instrument: {
        kind: 'validated',
        name: 'ASQ',
        title: 'Ask Suicide-Screening Questions',
        citation:
          'Horowitz LM, Bridge JA, Teach SJ, Ballard E, Klima J, Rosenstein DL, Wharff EA, Ginnis K, Cannon E, Joshi P, Pao M. Ask Suicide-Screening Questions (ASQ): a brief instrument for the pediatric emergency department. Arch Pediatr Adolesc Med. 2012;166(12):1170-1176. Adults: Horowitz LM, Snyder DJ, Boudreaux ED, et al. Validation of the Ask Suicide-Screening Questions for adult medical inpatients: a brief tool for all ages. Psychosomatics. 2020;61(6):713-722. doi:10.1016/j.psym.2020.04.008. Pathway: NIMH ASQ Suicide Risk Screening Toolkit.',
        licence: {
          en: 'Developed by the National Institute of Mental Health (NIMH), which offers the ASQ Toolkit as a free resource. A work of the US federal government, in the public domain (17 U.S.C. § 105).',
          es: 'Desarrollado por el National Institute of Mental Health (NIMH) de EE. UU., que ofrece el ASQ Toolkit como recurso gratuito. Obra del gobierno federal de EE. UU., de dominio público (17 U.S.C. § 105).',
        },
        url: 'https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials',
        translations: { es: ASQ_SPANISH_SOURCE },
      },
      items: [
        {
          id: 'asq.q1',
          text: { en: 'In the past few weeks, have you wished you were dead?', es: 'En las últimas semanas, ¿ha deseado estar muerto?' },
          ...SCREEN,
        },
        {
          id: 'asq.q2',
          text: {
            en: 'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
            es: 'En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si estuviera muerto?',
          },
          ...SCREEN,
        },
        {
          id: 'asq.q3',
          text: {
            en: 'In the past week, have you been having thoughts about killing yourself?',
            es: 'En la última semana, ¿ha estado pensando en suicidarse?',
          },
          ...SCREEN,
        },
        { id: 'asq.q4', text: { en: 'Have you ever tried to kill yourself?', es: '¿Alguna vez ha intentado suicidarse?' }, ...SCREEN },
        {
          id: 'asq.q4.how-when',
          kind: 'text',
          text: { en: 'If yes, how? When?', es: 'Si la respuesta es sí, ¿cómo? ¿Cuándo?' },
          when: { item: 'asq.q4', eq: 1 },
          multiline: true,
          maxLength: 1000,
          preferNotToAnswer: true,
        },
        {
          id: 'asq.q5',
          kind: 'single',
          text: { en: 'Are you having thoughts of killing yourself right now?', es: '¿Está pensando en suicidarse en este momento?' },
          // NIMH: "If patient answers 'No' to all questions 1 through 4, screening is complete (not necessary to ask question #5)."
          when: ASQ_ANY_POSITIVE,
          options: YES_NO_CHOICE,
          required: true,
          preferNotToAnswer: true,
        },
        {
          id: 'asq.q5.describe',
          kind: 'text',
          text: { en: 'If yes, please describe:', es: 'Si la respuesta es sí, por favor describa:' },
          when: { item: 'asq.q5', eq: 'yes' },
          multiline: true,
          maxLength: 1000,
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  scores: [
    {
      id: 'asq',
      title: { en: 'ASQ questions 1–4', es: 'ASQ: preguntas 1 a 4' },
      section: 'asq',
      items: ['asq.q1', 'asq.q2', 'asq.q3', 'asq.q4'],
      bands: [
        { min: 0, max: 0, label: { en: 'Negative screen', es: 'Resultado negativo' } },
        { min: 1, max: 4, label: { en: 'Positive screen', es: 'Resultado positivo' } },
      ],
      cutoffs: [
        {
          gte: 1,
          label: {
            en: '≥ 1 "yes" to questions 1–4 (NIMH). A refusal to answer is also a positive screen under NIMH guidance; a declined question leaves this score incomplete, and safety trigger asq.positive covers that case.',
            es: '≥ 1 "sí" a las preguntas 1 a 4 (NIMH). Según las indicaciones del NIMH, negarse a responder también es un resultado positivo; una pregunta que la persona prefirió no responder deja esta puntuación incompleta, y la alerta de seguridad asq.positive cubre ese caso.',
          },
        },
      ],
      positiveMeaning: {
        en: 'Screened positive for suicide risk; a brief suicide safety assessment by a qualified clinician is needed before the person leaves (NIMH ASQ pathway).',
        es: 'Las respuestas alcanzan el punto de corte de la evaluación de detección de riesgo de suicidio; se necesita una breve evaluación de seguridad sobre el riesgo de suicidio, hecha por un profesional clínico calificado, antes de que la persona se vaya (ruta de atención del ASQ del NIMH).',
      },
    },
  ],
  safety: [
    {
      id: 'asq.acute',
      tier: 'interrupt',
      urgency: 'emergency',
      when: ASQ_ACUTE,
      reason: {
        en: 'ASQ acute positive screen: reported current thoughts of killing themselves, or declined the acuity question. NIMH: imminent risk identified; a STAT safety and full mental health evaluation is needed, the person cannot leave until evaluated, keep them in sight and remove dangerous objects.',
        es: 'Resultado positivo agudo en el ASQ: informó que piensa en suicidarse en este momento, o prefirió no responder la pregunta de agudeza. NIMH: se identificó un riesgo inminente; se necesita de inmediato (STAT) una evaluación de seguridad y una evaluación completa de salud mental; la persona no puede irse hasta que la evalúen; manténgala a la vista y retire los objetos peligrosos.',
      },
    },
    {
      id: 'asq.positive',
      tier: 'flag',
      urgency: 'urgent',
      // NIMH's acute and non-acute positives are exclusive; the acute case is asq.acute.
      when: { all: [ASQ_ANY_POSITIVE, { not: ASQ_ACUTE }] },
      reason: {
        en: 'ASQ non-acute positive screen: "yes" to, or declined, at least one of questions 1–4. NIMH: potential risk identified; a brief suicide safety assessment is needed before the person leaves.',
        es: 'Resultado positivo no agudo en el ASQ: en al menos una de las preguntas 1 a 4, respondió "sí" o prefirió no responder. NIMH: se identificó un riesgo potencial; se necesita una breve evaluación de seguridad sobre el riesgo de suicidio antes de que la persona se vaya.',
      },
    },
  ],
} as const satisfies QuestionnaireModule;

/**
 * The ASQ on its own, as a complete questionnaire.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { asq } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(asq, { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0 });
 * evaluation.visible('asq.q5'); // false
 * ```
 */
export const asq = defineQuestionnaire({
  id: 'asq',
  version: '1.0.0',
  locales: ['en', 'es'],
  title: { en: 'Ask Suicide-Screening Questions (ASQ)', es: 'Preguntas de Detección del Riesgo de Suicidio (ASQ)' },
  crisisResources: US_CRISIS_RESOURCES,
  ...asqModule,
});
