import { defineQuestionnaire } from '../../src/index.js';
import { type QuestionnaireModule, US_CRISIS_RESOURCES } from '../module.js';
import { YES_NO_CHOICE, YES_NO_SCALE } from './answer-options.js';
import { loinc } from './loinc.js';

const EXPOSED = { item: 'pcptsd5.exposure', eq: 'yes' } as const;
// Every item may be declined: trauma-informed care lets a person choose what to disclose.
const SYMPTOM = { kind: 'scale', options: YES_NO_SCALE, when: EXPOSED, required: true, preferNotToAnswer: true } as const;

// We found no Spanish PC-PTSD-5 from the National Center for PTSD, so the Spanish is ours and says so.
const PCPTSD5_SPANISH_SOURCE =
  'Spanish wording by the intake-screening project, not checked against an official Spanish version: we found no Spanish PC-PTSD-5 published by the US Department of Veterans Affairs National Center for PTSD (https://www.ptsd.va.gov/professional/assessment/screens/pc-ptsd.asp). The items were translated to keep the published English meaning and yes/no scoring, in plain US Spanish with "usted". Before clinical use, ask the National Center for PTSD whether an approved Spanish version exists and replace this wording with it.';

/**
 * The Primary Care PTSD Screen for DSM-5 (US Department of Veterans Affairs,
 * National Center for PTSD): a lifetime trauma-exposure question, then five
 * past-month yes/no items asked only after "yes". Item codes are LOINC's
 * (panel 102010-6).
 *
 * Items: `pcptsd5.exposure` (yes/no gate, after the published preamble
 * `pcptsd5.intro`), `pcptsd5.q1`…`pcptsd5.q5` (No = 0, Yes = 1). Score:
 * `pcptsd5` (0–5, positive ≥ 3; see the cut-off label for why 3). When the
 * exposure question is answered "no" the symptom items are not asked and, as
 * the National Center for PTSD scores it, the screen is complete with a total
 * of 0. When it is left unanswered or declined, the score is `incomplete`
 * with the exposure question as missing: nothing is known about symptoms.
 *
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { pcPtsd5Module } from 'intake-screening/questionnaires';
 * const q = defineQuestionnaire({ id: 'trauma', version: '1.0.0', title: { en: 'Trauma' }, ...pcPtsd5Module });
 * ```
 */
export const pcPtsd5Module = {
  sections: [
    {
      id: 'pcptsd5',
      title: { en: 'Stressful or frightening experiences', es: 'Experiencias estresantes o aterradoras' },
      instrument: {
        kind: 'validated',
        name: 'PC-PTSD-5',
        title: 'Primary Care PTSD Screen for DSM-5',
        citation:
          'Prins A, Bovin MJ, Smolenski DJ, Marx BP, Kimerling R, Jenkins-Guarnieri MA, Kaloupek DG, Schnurr PP, Kaiser AP, Leyva YE, Tiet QQ. The Primary Care PTSD Screen for DSM-5 (PC-PTSD-5): development and evaluation within a veteran primary care sample. J Gen Intern Med. 2016;31(10):1206-1211. doi:10.1007/s11606-016-3703-5. Cut-off guidance: Bovin MJ, Kimerling R, Weathers FW, et al. Diagnostic accuracy and acceptability of the Primary Care Posttraumatic Stress Disorder Screen for the DSM-5 among US veterans. JAMA Netw Open. 2021;4(2):e2036733.',
        licence: {
          en: 'Developed by the National Center for PTSD, US Department of Veterans Affairs. A work of the US federal government, in the public domain (17 U.S.C. § 105). LOINC codes: LOINC is copyright © Regenstrief Institute, Inc., available at no cost under the licence at https://loinc.org/license.',
          es: 'Desarrollado por el National Center for PTSD del Departamento de Asuntos de Veteranos de EE. UU. Obra del gobierno federal de EE. UU., de dominio público (17 U.S.C. § 105). Códigos LOINC: LOINC es copyright © Regenstrief Institute, Inc., disponible sin costo bajo la licencia de https://loinc.org/license.',
        },
        url: 'https://www.ptsd.va.gov/professional/assessment/screens/pc-ptsd.asp',
        codes: [loinc('102010-6', 'The Primary Care PTSD Screen for DSM-5 [PC-PTSD-5]')],
        translations: { es: PCPTSD5_SPANISH_SOURCE },
      },
      items: [
        {
          id: 'pcptsd5.intro',
          kind: 'display',
          text: {
            en: 'Sometimes things happen to people that are unusually or especially frightening, horrible, or traumatic. For example: a serious accident or fire; a physical or sexual assault or abuse; an earthquake or flood; a war; seeing someone be killed or seriously injured; having a loved one die through homicide or suicide.',
            es: 'A veces a las personas les pasan cosas fuera de lo común o especialmente aterradoras, horribles o traumáticas. Por ejemplo: un accidente grave o un incendio; una agresión o un abuso físico o sexual; un terremoto o una inundación; una guerra; ver cómo matan o hieren gravemente a alguien; que un ser querido muera por homicidio o suicidio.',
          },
        },
        {
          id: 'pcptsd5.exposure',
          kind: 'single',
          text: { en: 'Have you ever experienced this kind of event?', es: '¿Alguna vez ha vivido este tipo de evento?' },
          // Our addition, not part of the published form: nothing here asks the person to describe an event.
          help: { en: 'You do not need to describe what happened.', es: 'No necesita describir lo que pasó.' },
          options: YES_NO_CHOICE,
          required: true,
          preferNotToAnswer: true,
          codes: [loinc('102011-4')],
        },
        {
          id: 'pcptsd5.q1',
          text: {
            en: 'In the past month, have you had nightmares about the event(s) or thought about the event(s) when you did not want to?',
            es: 'En el último mes, ¿ha tenido pesadillas sobre el evento o los eventos, o ha pensado en ellos cuando no quería?',
          },
          ...SYMPTOM,
          codes: [loinc('102012-2')],
        },
        {
          id: 'pcptsd5.q2',
          text: {
            en: 'In the past month, have you tried hard not to think about the event(s) or went out of your way to avoid situations that reminded you of the event(s)?',
            es: 'En el último mes, ¿se ha esforzado mucho por no pensar en el evento o los eventos, o ha hecho todo lo posible por evitar situaciones que se los recordaran?',
          },
          ...SYMPTOM,
          codes: [loinc('102013-0')],
        },
        {
          id: 'pcptsd5.q3',
          text: {
            en: 'In the past month, have you been constantly on guard, watchful, or easily startled?',
            es: 'En el último mes, ¿ha estado constantemente en guardia, alerta o se ha asustado con facilidad?',
          },
          ...SYMPTOM,
          codes: [loinc('102014-8')],
        },
        {
          id: 'pcptsd5.q4',
          text: {
            en: 'In the past month, have you felt numb or detached from people, activities, or your surroundings?',
            es: 'En el último mes, ¿se ha sentido emocionalmente insensible o desconectado(a) de las personas, de las actividades o de su entorno?',
          },
          ...SYMPTOM,
          codes: [loinc('102015-5')],
        },
        {
          id: 'pcptsd5.q5',
          text: {
            en: 'In the past month, have you felt guilty or unable to stop blaming yourself or others for the event(s) or any problems the event(s) may have caused?',
            es: 'En el último mes, ¿se ha sentido culpable o no ha podido dejar de culparse a sí mismo(a) o a otras personas por el evento o los eventos, o por cualquier problema que hayan causado?',
          },
          ...SYMPTOM,
          codes: [loinc('102016-3')],
        },
      ],
    },
  ],
  scores: [
    {
      id: 'pcptsd5',
      title: { en: 'PC-PTSD-5 total', es: 'PC-PTSD-5: total' },
      section: 'pcptsd5',
      items: ['pcptsd5.q1', 'pcptsd5.q2', 'pcptsd5.q3', 'pcptsd5.q4', 'pcptsd5.q5'],
      // The middle band shows where the VA's balanced cut-off of 4 would fall, so a clinic can see both.
      bands: [
        { min: 0, max: 2, label: { en: 'Below the screening cut-off', es: 'Por debajo del punto de corte de detección' } },
        {
          min: 3,
          max: 3,
          label: {
            en: 'At the sensitive cut-off (3); below the VA balanced cut-off (4)',
            es: 'En el punto de corte sensible (3); por debajo del punto de corte equilibrado del VA (4)',
          },
        },
        { min: 4, max: 5, label: { en: 'At or above both cut-offs (3 and 4)', es: 'En ambos puntos de corte (3 y 4) o por encima' } },
      ],
      cutoffs: [
        {
          gte: 3,
          label: {
            en: '≥ 3. Prins et al. (2016) found 3 optimally sensitive. Current National Center for PTSD guidance (Bovin et al. 2021) reports that 4 best balances false positives and false negatives in VA primary care overall and for men, and that a lower cut-off (3) may suit women and settings with resources for follow-up. 3 is used here because an intake for substance-use treatment serves a population with high trauma exposure and should not miss people who need a trauma assessment; a clinic may set 4.',
            es: '≥ 3. Prins et al. (2016) encontraron que 3 es el punto de corte con sensibilidad óptima. Las indicaciones actuales del National Center for PTSD (Bovin et al. 2021) señalan que 4 equilibra mejor los falsos positivos y los falsos negativos en la atención primaria del VA en general y en los hombres, y que un punto de corte más bajo (3) puede ser adecuado para las mujeres y para lugares con recursos para el seguimiento. Aquí se usa 3 porque un cuestionario de ingreso para el tratamiento del consumo de sustancias atiende a una población con mucha exposición a traumas y no debe pasar por alto a quienes necesitan una evaluación de trauma; una clínica puede usar 4.',
          },
        },
      ],
      // National Center for PTSD: "If a respondent denies exposure, the PC-PTSD-5 is complete with a score of 0."
      skipped: {
        when: { item: 'pcptsd5.exposure', eq: 'no' },
        value: 0,
        meaning: {
          en: 'No trauma exposure reported, so the five symptom questions were not asked. As the National Center for PTSD scores it, the screen is complete with a total of 0 (below the cut-off).',
          es: 'No informó exposición a eventos traumáticos, por lo que no se hicieron las cinco preguntas sobre síntomas. Según la puntuación del National Center for PTSD, la evaluación de detección está completa con un total de 0 (por debajo del punto de corte).',
        },
      },
      positiveMeaning: {
        en: 'Screened positive for symptoms of post-traumatic stress (PTSD); further assessment by a qualified clinician is recommended.',
        es: 'Las respuestas alcanzan el punto de corte de la evaluación de detección de síntomas de estrés postraumático (TEPT); se recomienda una evaluación adicional por un profesional clínico calificado.',
      },
      codes: [loinc('102017-1')],
    },
  ],
} as const satisfies QuestionnaireModule;

/**
 * The PC-PTSD-5 on its own, as a complete questionnaire.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { pcPtsd5 } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(pcPtsd5, { 'pcptsd5.exposure': 'no' });
 * evaluation.score('pcptsd5')?.value; // 0
 * resolveAnswers(pcPtsd5, {}).evaluation.score('pcptsd5')?.status; // 'incomplete'
 * ```
 */
export const pcPtsd5 = defineQuestionnaire({
  id: 'pcptsd5',
  version: '1.0.0',
  locales: ['en', 'es'],
  title: { en: 'Primary Care PTSD Screen for DSM-5 (PC-PTSD-5)', es: 'Evaluación de detección del TEPT en atención primaria para el DSM-5 (PC-PTSD-5)' },
  crisisResources: US_CRISIS_RESOURCES,
  ...pcPtsd5Module,
});
