import { defineQuestionnaire } from '../../src/index.js';
import { type QuestionnaireModule, US_CRISIS_RESOURCES } from '../module.js';
import { DIFFICULTY_OPTIONS, PHQ_FREQUENCY } from './answer-options.js';
import { loinc } from './loinc.js';

const REQUIRED = { kind: 'scale', options: PHQ_FREQUENCY, required: true } as const;

// Where the Spanish comes from. Pfizer's own PDF was out of reach of our tools, so the note says what
// the wording was checked against, and which texts are ours rather than the form's.
const PHQ9_SPANISH_SOURCE =
  'Official Spanish: Pfizer\'s PHQ-9 "Spanish for USA" (Cuestionario sobre la salud del paciente-9), distributed at https://www.phqscreeners.com/. The stem, the nine items, the four answers and the difficulty question with its answers are that version\'s wording, checked word for word against a public copy of the Pfizer Spanish form (es.studenta.com, "PatientHealthQuestionnaire9_Spanish", with the form\'s Spanish copyright line) and against several independent reproductions. The phqscreeners.com PDF itself could not be opened with our tools: confirm against it before clinical use. Section title, score, band and cut-off labels and the safety text are project translations, not part of the form.';

/**
 * The Patient Health Questionnaire-9 as published by Pfizer (phqscreeners.com),
 * with the PHQ-2 (items 1–2) scored from the same answers. Item and answer
 * codes are LOINC's, as in the HL7 US Core PHQ-9 Questionnaire.
 *
 * Items: `phq9.q1`…`phq9.q9` (0–3) and the unscored `phq9.difficulty`, asked
 * only when some problem was reported. Scores: `phq9` (0–27, positive ≥ 10) and
 * `phq2` (0–6, positive ≥ 3). Safety: `phq9.item9` flags any answer above
 * "Not at all" to item 9.
 *
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { phq9Module } from 'intake-screening/questionnaires';
 * const q = defineQuestionnaire({ id: 'mood', version: '1.0.0', title: { en: 'Mood' }, ...phq9Module });
 * ```
 */
export const phq9Module = {
  sections: [
    {
      id: 'phq9',
      title: { en: 'Mood over the last 2 weeks', es: 'Estado de ánimo durante las últimas 2 semanas' },
      instrument: {
        kind: 'validated',
        name: 'PHQ-9',
        title: 'Patient Health Questionnaire-9',
        citation:
          'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613. doi:10.1046/j.1525-1497.2001.016009606.x. PHQ-2: Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
        licence: {
          en: 'Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. LOINC codes: LOINC is copyright © Regenstrief Institute, Inc., available at no cost under the licence at https://loinc.org/license.',
          es: 'Copyright © Pfizer Inc. Desarrollado por los Dres. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, con una beca educativa de Pfizer Inc. No se requiere permiso para reproducirlo, traducirlo, mostrarlo ni distribuirlo. Códigos LOINC: LOINC es copyright © Regenstrief Institute, Inc., disponible sin costo bajo la licencia de https://loinc.org/license.',
        },
        url: 'https://www.phqscreeners.com/',
        codes: [loinc('44249-1', 'PHQ-9 quick depression assessment panel [Reported.PHQ]')],
        translations: { es: PHQ9_SPANISH_SOURCE },
      },
      items: [
        {
          id: 'phq9.stem',
          kind: 'display',
          text: {
            en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
            es: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
          },
        },
        {
          id: 'phq9.q1',
          text: { en: 'Little interest or pleasure in doing things', es: 'Poco interés o placer en hacer cosas' },
          ...REQUIRED,
          codes: [loinc('44250-9', 'Little interest or pleasure in doing things in last 2 weeks')],
        },
        {
          id: 'phq9.q2',
          text: { en: 'Feeling down, depressed, or hopeless', es: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas' },
          ...REQUIRED,
          codes: [loinc('44255-8', 'Feeling down, depressed, or hopeless in last 2 weeks')],
        },
        {
          id: 'phq9.q3',
          text: {
            en: 'Trouble falling or staying asleep, or sleeping too much',
            es: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
          },
          ...REQUIRED,
          codes: [loinc('44259-0', 'Trouble falling or staying asleep, or sleeping too much in last 2 weeks [Reported.PHQ]')],
        },
        {
          id: 'phq9.q4',
          text: { en: 'Feeling tired or having little energy', es: 'Se ha sentido cansado(a) o con poca energía' },
          ...REQUIRED,
          codes: [loinc('44254-1', 'Feeling tired or having little energy in last 2 weeks [Reported.PHQ]')],
        },
        {
          id: 'phq9.q5',
          text: { en: 'Poor appetite or overeating', es: 'Sin apetito o ha comido en exceso' },
          ...REQUIRED,
          codes: [loinc('44251-7', 'Poor appetite or overeating in last 2 weeks [Reported.PHQ]')],
        },
        {
          id: 'phq9.q6',
          text: {
            en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
            es: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
          },
          ...REQUIRED,
          codes: [
            loinc('44258-2', 'Feeling bad about yourself - or that you are a failure or have let yourself or your family down in last 2 weeks [Reported.PHQ]'),
          ],
        },
        {
          id: 'phq9.q7',
          text: {
            en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
            es: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
          },
          ...REQUIRED,
          codes: [loinc('44252-5', 'Trouble concentrating on things, such as reading the newspaper or watching television in last 2 weeks [Reported.PHQ]')],
        },
        {
          id: 'phq9.q8',
          text: {
            en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
            es: '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
          },
          ...REQUIRED,
          codes: [
            loinc(
              '44253-3',
              'Moving or speaking so slowly that other people could have noticed. Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual in last 2 weeks [Reported.PHQ]',
            ),
          ],
        },
        {
          id: 'phq9.q9',
          text: {
            en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
            es: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
          },
          ...REQUIRED,
          codes: [loinc('44260-8', 'Thoughts that you would be better off dead, or of hurting yourself in some way in last 2 weeks [Reported.PHQ]')],
        },
        {
          id: 'phq9.difficulty',
          kind: 'single',
          text: {
            en: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
            es: 'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
          },
          // The published form asks this only "if you checked off any problems".
          when: {
            any: [
              { item: 'phq9.q1', gte: 1 },
              { item: 'phq9.q2', gte: 1 },
              { item: 'phq9.q3', gte: 1 },
              { item: 'phq9.q4', gte: 1 },
              { item: 'phq9.q5', gte: 1 },
              { item: 'phq9.q6', gte: 1 },
              { item: 'phq9.q7', gte: 1 },
              { item: 'phq9.q8', gte: 1 },
              { item: 'phq9.q9', gte: 1 },
            ],
          },
          options: DIFFICULTY_OPTIONS,
          codes: [
            loinc(
              '69722-7',
              'How difficult have these made it for you to do your work, take care of things at home, or get along with other people [Reported.PHQ]',
            ),
          ],
        },
      ],
    },
  ],
  scores: [
    {
      id: 'phq9',
      title: { en: 'PHQ-9 depression symptom severity', es: 'PHQ-9: gravedad de los síntomas de depresión' },
      section: 'phq9',
      items: ['phq9.q1', 'phq9.q2', 'phq9.q3', 'phq9.q4', 'phq9.q5', 'phq9.q6', 'phq9.q7', 'phq9.q8', 'phq9.q9'],
      // Kroenke et al. 2001: 5, 10, 15 and 20 are the cut points for mild, moderate, moderately severe and severe.
      bands: [
        { min: 0, max: 4, label: { en: 'None–minimal', es: 'Ninguna–mínima' } },
        { min: 5, max: 9, label: { en: 'Mild', es: 'Leve' } },
        { min: 10, max: 14, label: { en: 'Moderate', es: 'Moderada' } },
        { min: 15, max: 19, label: { en: 'Moderately severe', es: 'Moderadamente grave' } },
        { min: 20, max: 27, label: { en: 'Severe', es: 'Grave' } },
      ],
      cutoffs: [
        {
          gte: 10,
          label: {
            en: '≥ 10 (Kroenke et al. 2001: sensitivity and specificity 88% against a structured interview)',
            es: '≥ 10 (Kroenke et al. 2001: sensibilidad y especificidad del 88 % frente a una entrevista estructurada)',
          },
        },
      ],
      positiveMeaning: {
        en: 'Screened positive for symptoms of depression; further assessment by a qualified clinician is recommended.',
        es: 'Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de depresión; se recomienda una evaluación adicional por un profesional clínico calificado.',
      },
      codes: [loinc('44261-6', 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]')],
    },
    {
      id: 'phq2',
      title: { en: 'PHQ-2 (PHQ-9 items 1 and 2)', es: 'PHQ-2 (preguntas 1 y 2 del PHQ-9)' },
      section: 'phq9',
      items: ['phq9.q1', 'phq9.q2'],
      bands: [
        { min: 0, max: 2, label: { en: 'Below the PHQ-2 cut-off', es: 'Por debajo del punto de corte del PHQ-2' } },
        { min: 3, max: 6, label: { en: 'At or above the PHQ-2 cut-off', es: 'En el punto de corte del PHQ-2 o por encima' } },
      ],
      cutoffs: [{ gte: 3, label: { en: '≥ 3 (Kroenke et al. 2003)', es: '≥ 3 (Kroenke et al. 2003)' } }],
      positiveMeaning: {
        en: 'Screened positive for symptoms of depression on the two core items; further assessment by a qualified clinician is recommended.',
        es: 'Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de depresión en las dos preguntas principales; se recomienda una evaluación adicional por un profesional clínico calificado.',
      },
      codes: [loinc('55758-7', 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]')],
    },
  ],
  safety: [
    {
      id: 'phq9.item9',
      tier: 'flag',
      urgency: 'urgent',
      when: { item: 'phq9.q9', gte: 1 },
      reason: {
        en: 'PHQ-9 item 9: reported thoughts of being better off dead or of self-harm on at least several days in the last 2 weeks. Ask directly about current suicidal thoughts (for example with the ASQ) before the person leaves.',
        es: 'Pregunta 9 del PHQ-9: informó pensamientos de que estaría mejor muerto(a) o de lastimarse al menos varios días en las últimas 2 semanas. Pregunte directamente sobre pensamientos suicidas actuales (por ejemplo, con el ASQ) antes de que la persona se vaya.',
      },
    },
  ],
} as const satisfies QuestionnaireModule;

/**
 * The PHQ-9 on its own, as a complete questionnaire.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { phq9 } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(phq9, { 'phq9.q1': 2, 'phq9.q2': 1 });
 * evaluation.score('phq2')?.value; // 3
 * ```
 */
export const phq9 = defineQuestionnaire({
  id: 'phq9',
  version: '1.0.0',
  locales: ['en', 'es'],
  title: { en: 'Patient Health Questionnaire-9 (PHQ-9)', es: 'Cuestionario sobre la salud del paciente-9 (PHQ-9)' },
  crisisResources: US_CRISIS_RESOURCES,
  ...phq9Module,
});
