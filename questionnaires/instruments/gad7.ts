import { defineQuestionnaire } from '../../src/index.js';
import { type QuestionnaireModule, US_CRISIS_RESOURCES } from '../module.js';
import { DIFFICULTY_OPTIONS, PHQ_FREQUENCY } from './answer-options.js';
import { loinc } from './loinc.js';

const REQUIRED = { kind: 'scale', options: PHQ_FREQUENCY, required: true } as const;

// Where the Spanish comes from. Only reproductions of the Pfizer form were within reach of our tools,
// so the note says so plainly.
const GAD7_SPANISH_SOURCE =
  "Spanish believed to be Pfizer's official GAD-7 \"Spanish for USA\" (https://www.phqscreeners.com/): the stem, the seven items and the four answers are the wording reproduced identically in several independent public copies of that version; the four answers are also those of the Pfizer Spanish PHQ-9 form, which we checked against a copy of the form. Neither the phqscreeners.com PDF nor a copy of the Spanish GAD-7 form could be read with our tools, so the items have not been checked against Pfizer's own PDF: confirm against it before clinical use. The closing difficulty question is given in the words of Pfizer's Spanish PHQ-9 form, whose English matches; it is not checked against a Spanish GAD-7 form. Section title, score, band and cut-off labels are project translations, not part of the form.";

/**
 * The Generalized Anxiety Disorder 7-item scale as published by Pfizer
 * (phqscreeners.com), with the GAD-2 (items 1–2) scored from the same answers.
 * Item codes are LOINC's (panel 69737-5).
 *
 * Items: `gad7.q1`…`gad7.q7` (0–3) and the unscored `gad7.difficulty`, asked
 * only when some problem was reported (as on the published form). Scores: `gad7` (0–21, positive ≥ 10) and
 * `gad2` (0–6, positive ≥ 3).
 *
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { gad7Module } from 'intake-screening/questionnaires';
 * const q = defineQuestionnaire({ id: 'anxiety', version: '1.0.0', title: { en: 'Anxiety' }, ...gad7Module });
 * ```
 */
export const gad7Module = {
  sections: [
    {
      id: 'gad7',
      title: { en: 'Worry and anxiety over the last 2 weeks', es: 'Preocupación y ansiedad durante las últimas 2 semanas' },
      instrument: {
        kind: 'validated',
        name: 'GAD-7',
        title: 'Generalized Anxiety Disorder 7-item scale',
        citation:
          'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. doi:10.1001/archinte.166.10.1092. GAD-2: Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317-325.',
        licence: {
          en: 'Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. LOINC codes: LOINC is copyright © Regenstrief Institute, Inc., available at no cost under the licence at https://loinc.org/license.',
          es: 'Copyright © Pfizer Inc. Desarrollado por los Dres. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, con una beca educativa de Pfizer Inc. No se requiere permiso para reproducirlo, traducirlo, mostrarlo ni distribuirlo. Códigos LOINC: LOINC es copyright © Regenstrief Institute, Inc., disponible sin costo bajo la licencia de https://loinc.org/license.',
        },
        url: 'https://www.phqscreeners.com/',
        codes: [loinc('69737-5', 'Generalized anxiety disorder 7 item (GAD-7)')],
        translations: { es: GAD7_SPANISH_SOURCE },
      },
      items: [
        {
          id: 'gad7.stem',
          kind: 'display',
          text: {
            en: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
            es: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
          },
        },
        {
          id: 'gad7.q1',
          text: { en: 'Feeling nervous, anxious, or on edge', es: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta' },
          ...REQUIRED,
          codes: [loinc('69725-0', 'Feeling nervous, anxious or on edge')],
        },
        {
          id: 'gad7.q2',
          text: { en: 'Not being able to stop or control worrying', es: 'No ha sido capaz de parar o controlar su preocupación' },
          ...REQUIRED,
          codes: [loinc('68509-9')],
        },
        {
          id: 'gad7.q3',
          text: { en: 'Worrying too much about different things', es: 'Se ha preocupado demasiado por motivos diferentes' },
          ...REQUIRED,
          codes: [loinc('69733-4', 'Worrying too much about different things')],
        },
        {
          id: 'gad7.q4',
          text: { en: 'Trouble relaxing', es: 'Ha tenido dificultad para relajarse' },
          ...REQUIRED,
          codes: [loinc('69734-2', 'Trouble relaxing')],
        },
        {
          id: 'gad7.q5',
          text: { en: 'Being so restless that it is hard to sit still', es: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)' },
          ...REQUIRED,
          codes: [loinc('69735-9', 'Being so restless that it is hard to sit still')],
        },
        {
          id: 'gad7.q6',
          text: { en: 'Becoming easily annoyed or irritable', es: 'Se ha molestado o irritado fácilmente' },
          ...REQUIRED,
          codes: [loinc('69689-8', 'Becoming easily annoyed or irritable')],
        },
        {
          id: 'gad7.q7',
          text: { en: 'Feeling afraid, as if something awful might happen', es: 'Ha tenido miedo de que algo terrible fuera a pasar' },
          ...REQUIRED,
          codes: [loinc('69736-7', 'Feeling afraid as if something awful might happen')],
        },
        {
          // The published form's closing question (Spitzer et al. 2006; Pfizer's GAD-7 form), not scored, asked only
          // "if you checked off any problems", as the PHQ-9's. Its answers are the PHQ-9 difficulty answers (same
          // LOINC answer codes); no LOINC code is given for the question itself: we could not confirm which code the
          // GAD-7 panel (69737-5) uses for it.
          id: 'gad7.difficulty',
          kind: 'single',
          text: {
            en: 'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
            es: 'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
          },
          when: {
            any: [
              { item: 'gad7.q1', gte: 1 },
              { item: 'gad7.q2', gte: 1 },
              { item: 'gad7.q3', gte: 1 },
              { item: 'gad7.q4', gte: 1 },
              { item: 'gad7.q5', gte: 1 },
              { item: 'gad7.q6', gte: 1 },
              { item: 'gad7.q7', gte: 1 },
            ],
          },
          options: DIFFICULTY_OPTIONS,
        },
      ],
    },
  ],
  scores: [
    {
      id: 'gad7',
      title: { en: 'GAD-7 anxiety symptom severity', es: 'GAD-7: gravedad de los síntomas de ansiedad' },
      section: 'gad7',
      items: ['gad7.q1', 'gad7.q2', 'gad7.q3', 'gad7.q4', 'gad7.q5', 'gad7.q6', 'gad7.q7'],
      // Spitzer et al. 2006: 5, 10 and 15 are the cut points for mild, moderate and severe.
      bands: [
        { min: 0, max: 4, label: { en: 'Minimal', es: 'Mínima' } },
        { min: 5, max: 9, label: { en: 'Mild', es: 'Leve' } },
        { min: 10, max: 14, label: { en: 'Moderate', es: 'Moderada' } },
        { min: 15, max: 21, label: { en: 'Severe', es: 'Grave' } },
      ],
      cutoffs: [
        {
          gte: 10,
          label: {
            en: '≥ 10 (Spitzer et al. 2006: recommended point for further evaluation)',
            es: '≥ 10 (Spitzer et al. 2006: punto recomendado para una evaluación adicional)',
          },
        },
      ],
      positiveMeaning: {
        en: 'Screened positive for symptoms of anxiety; further assessment by a qualified clinician is recommended.',
        es: 'Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de ansiedad; se recomienda una evaluación adicional por un profesional clínico calificado.',
      },
      codes: [loinc('70274-6', 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]')],
    },
    {
      id: 'gad2',
      title: { en: 'GAD-2 (GAD-7 items 1 and 2)', es: 'GAD-2 (preguntas 1 y 2 del GAD-7)' },
      section: 'gad7',
      items: ['gad7.q1', 'gad7.q2'],
      bands: [
        { min: 0, max: 2, label: { en: 'Below the GAD-2 cut-off', es: 'Por debajo del punto de corte del GAD-2' } },
        { min: 3, max: 6, label: { en: 'At or above the GAD-2 cut-off', es: 'En el punto de corte del GAD-2 o por encima' } },
      ],
      cutoffs: [{ gte: 3, label: { en: '≥ 3 (Kroenke et al. 2007)', es: '≥ 3 (Kroenke et al. 2007)' } }],
      positiveMeaning: {
        en: 'Screened positive for symptoms of anxiety on the two core items; further assessment by a qualified clinician is recommended.',
        es: 'Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de ansiedad en las dos preguntas principales; se recomienda una evaluación adicional por un profesional clínico calificado.',
      },
    },
  ],
} as const satisfies QuestionnaireModule;

/**
 * The GAD-7 on its own, as a complete questionnaire.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(gad7, { 'gad7.q1': 1, 'gad7.q2': 2 });
 * evaluation.score('gad2')?.value; // 3
 * ```
 */
export const gad7 = defineQuestionnaire({
  id: 'gad7',
  version: '1.1.0',
  locales: ['en', 'es'],
  title: { en: 'Generalized Anxiety Disorder 7-item scale (GAD-7)', es: 'Escala del trastorno de ansiedad generalizada de 7 preguntas (GAD-7)' },
  crisisResources: US_CRISIS_RESOURCES,
  ...gad7Module,
});
