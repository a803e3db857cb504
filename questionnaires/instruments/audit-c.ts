import { defineQuestionnaire } from '../../src/index.js';
import { type QuestionnaireModule, US_CRISIS_RESOURCES } from '../module.js';
import { loinc } from './loinc.js';
import { MALE, SEX_ITEM } from './sex-item.js';

// AUDIT: "Never" to question 1 skips the other consumption questions, which then score 0.
const DRINKS = { item: 'auditc.q1', gte: 1 } as const;

// The Spanish questions are adapted to US Spanish from WHO's Spanish AUDIT; the note says what changed.
const AUDITC_SPANISH_SOURCE =
  'Questions 1–3 are adapted to US Spanish by the intake-screening project from WHO\'s Spanish AUDIT, self-report version (Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT. Cuestionario de Identificación de los Trastornos debidos al Consumo de Alcohol. Pautas para su utilización en Atención Primaria. OMS, 2001, WHO/MSD/MSB/01.6a, read in public copies, e.g. https://es.scribd.com/document/792336444, not the WHO PDF). WHO\'s Spanish is Spain\'s: we write "bebidas con alcohol" for "consumiciones", "en un día típico en el que bebe" for "en un día de consumo normal", and "en una sola ocasión" (as the English "on one occasion") for "en un solo día". The answer options are WHO\'s. This adaptation has not been validated: have it reviewed before clinical use. The sex question, the past-year stem, the standard-drink help, titles, band and cut-off labels are project translations.';

/**
 * The AUDIT-C: the three consumption questions of the WHO AUDIT in WHO's words
 * (question 2 "on a typical day when you are drinking"), asked about the past
 * year as WHO's AUDIT manual and Bush et al. (1998) do, with a standard-drink
 * help text (NIAAA), coded by LOINC (panel 72109-2), and the US validated
 * sex-specific cut-offs kept as data.
 *
 * Items: `auditc.sex` (female / male, may be declined; shared with the TAPS
 * Tool), the display stem `auditc.stem`, `auditc.q1`…`auditc.q3` (0–4);
 * questions 2 and 3 are asked only when question 1 is not "Never".
 * Score: `auditc` (0–12), positive at ≥ 4 for men and ≥ 3 otherwise (women,
 * sex not given, or declined: the lower, more sensitive cut-off).
 *
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { auditCModule } from 'intake-screening/questionnaires';
 * const q = defineQuestionnaire({ id: 'alcohol', version: '1.0.0', title: { en: 'Alcohol' }, ...auditCModule });
 * ```
 */
export const auditCModule = {
  sections: [
    {
      id: 'auditc',
      title: { en: 'Alcohol use', es: 'Consumo de alcohol' },
      instrument: {
        kind: 'validated',
        name: 'AUDIT-C',
        title: 'Alcohol Use Disorders Identification Test – Consumption',
        citation:
          'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C): an effective brief screening test for problem drinking. Arch Intern Med. 1998;158(16):1789-1795. Cut-off for women: Bradley KA, Bush KR, Epler AJ, et al. Two brief alcohol-screening tests from the Alcohol Use Disorders Identification Test (AUDIT): validation in a female Veterans Affairs patient population. Arch Intern Med. 2003;163(7):821-829; Bradley KA, DeBenedetti AF, Volk RJ, Williams EC, Frank D, Kivlahan DR. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin Exp Res. 2007;31(7):1208-1217. Wording of questions 1–3 and the past-year frame: Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: the Alcohol Use Disorders Identification Test. Guidelines for use in primary care. 2nd ed. WHO; 2001 (WHO/MSD/MSB/01.6a). Standard drink: NIAAA, What is a standard drink?',
        licence: {
          en: 'As a WHO-approved instrument, the AUDIT is in the public domain. LOINC codes: LOINC is copyright © Regenstrief Institute, Inc., available at no cost under the licence at https://loinc.org/license.',
          es: 'Como instrumento aprobado por la OMS, el AUDIT es de dominio público. Códigos LOINC: LOINC es copyright © Regenstrief Institute, Inc., disponible sin costo bajo la licencia de https://loinc.org/license.',
        },
        url: 'https://www.hepatitis.va.gov/alcohol/treatment/audit-c.asp',
        codes: [loinc('72109-2', 'Alcohol Use Disorder Identification Test - Consumption [AUDIT-C]')],
        translations: { es: AUDITC_SPANISH_SOURCE },
      },
      items: [
        SEX_ITEM,
        {
          id: 'auditc.stem',
          kind: 'display',
          text: {
            en: 'These questions are about your use of alcoholic drinks during the past year.',
            es: 'Estas preguntas tratan sobre su consumo de bebidas con alcohol durante el último año.',
          },
        },
        {
          id: 'auditc.q1',
          kind: 'scale',
          text: { en: 'How often do you have a drink containing alcohol?', es: '¿Con qué frecuencia toma alguna bebida con alcohol?' },
          options: [
            { value: 0, text: { en: 'Never', es: 'Nunca' }, codes: [loinc('LA6270-8', 'Never')] },
            { value: 1, text: { en: 'Monthly or less', es: 'Una o menos veces al mes' }, codes: [loinc('LA18926-8', 'Monthly or less')] },
            { value: 2, text: { en: '2-4 times a month', es: 'De 2 a 4 veces al mes' }, codes: [loinc('LA18927-6', '2-4 times a month')] },
            { value: 3, text: { en: '2-3 times a week', es: 'De 2 a 3 veces a la semana' }, codes: [loinc('LA18928-4', '2-3 times a week')] },
            { value: 4, text: { en: '4 or more times a week', es: '4 o más veces a la semana' }, codes: [loinc('LA18929-2', '4 or more times a week')] },
          ],
          required: true,
          preferNotToAnswer: true,
          codes: [loinc('68518-0', 'How often do you have a drink containing alcohol')],
        },
        {
          id: 'auditc.q2',
          kind: 'scale',
          text: {
            en: 'How many drinks containing alcohol do you have on a typical day when you are drinking?',
            es: '¿Cuántas bebidas con alcohol toma en un día típico en el que bebe?',
          },
          // NIAAA, "What is a standard drink?": 14 grams of alcohol, as in 12 oz of regular beer (about 5%),
          // 5 oz of wine (about 12%) or 1.5 oz of distilled spirits (about 40%). WHO's AUDIT manual asks the
          // interviewer to count answers in standard drinks.
          help: {
            en: 'Count each drink as one standard drink: 1 can or bottle of regular beer (12 oz), 1 glass of wine (5 oz), or 1 shot of liquor such as whiskey or vodka (1.5 oz). A large can of malt liquor or a mixed drink can hold 2 or more.',
            es: 'Cuente cada bebida como una bebida estándar: 1 lata o botella de cerveza normal (12 onzas), 1 copa de vino (5 onzas) o 1 trago de licor como whisky o vodka (1.5 onzas). Una lata grande de cerveza fuerte o un coctel pueden tener 2 o más.',
          },
          when: DRINKS,
          options: [
            { value: 0, text: { en: '1 or 2', es: '1 o 2' }, codes: [loinc('LA15694-5', '1 or 2')] },
            { value: 1, text: { en: '3 or 4', es: '3 o 4' }, codes: [loinc('LA15695-2', '3 or 4')] },
            { value: 2, text: { en: '5 or 6', es: '5 o 6' }, codes: [loinc('LA18930-0', '5 or 6')] },
            { value: 3, text: { en: '7 to 9', es: 'De 7 a 9' }, codes: [loinc('LA18931-8', '7 to 9')] },
            { value: 4, text: { en: '10 or more', es: '10 o más' }, codes: [loinc('LA18932-6', '10 or more')] },
          ],
          required: true,
          preferNotToAnswer: true,
          codes: [loinc('68519-8', 'How many standard drinks containing alcohol do you have on a typical day')],
        },
        {
          id: 'auditc.q3',
          kind: 'scale',
          text: {
            en: 'How often do you have six or more drinks on one occasion?',
            es: '¿Con qué frecuencia toma 6 o más bebidas con alcohol en una sola ocasión?',
          },
          when: DRINKS,
          options: [
            { value: 0, text: { en: 'Never', es: 'Nunca' }, codes: [loinc('LA6270-8', 'Never')] },
            { value: 1, text: { en: 'Less than monthly', es: 'Menos de una vez al mes' }, codes: [loinc('LA18933-4', 'Less than monthly')] },
            { value: 2, text: { en: 'Monthly', es: 'Mensualmente' }, codes: [loinc('LA18876-5', 'Monthly')] },
            { value: 3, text: { en: 'Weekly', es: 'Semanalmente' }, codes: [loinc('LA18891-4', 'Weekly')] },
            { value: 4, text: { en: 'Daily or almost daily', es: 'A diario o casi a diario' }, codes: [loinc('LA18934-2', 'Daily or almost daily')] },
          ],
          required: true,
          preferNotToAnswer: true,
          codes: [loinc('68520-6', 'How often do you have 6 or more drinks on 1 occasion')],
        },
      ],
    },
  ],
  scores: [
    {
      id: 'auditc',
      title: { en: 'AUDIT-C total', es: 'AUDIT-C: total' },
      section: 'auditc',
      items: ['auditc.q1', 'auditc.q2', 'auditc.q3'],
      // The AUDIT-C has no published severity bands; these mark the two cut-offs and the
      // 8–12 range that VA AUDIT-C guidance treats as high.
      bands: [
        { min: 0, max: 2, label: { en: 'Below the screening cut-offs', es: 'Por debajo de los puntos de corte de detección' } },
        {
          min: 3,
          max: 3,
          label: {
            en: 'At the cut-off used for women and when sex is not given (3); below the cut-off for men (4)',
            es: 'En el punto de corte para mujeres y cuando no se indica el sexo (3); por debajo del punto de corte para hombres (4)',
          },
        },
        { min: 4, max: 7, label: { en: 'At or above the screening cut-offs', es: 'En los puntos de corte de detección o por encima' } },
        {
          min: 8,
          max: 12,
          label: {
            en: 'At or above the screening cut-offs, in the high range (8–12)',
            es: 'En los puntos de corte de detección o por encima, en el rango alto (8–12)',
          },
        },
      ],
      cutoffs: [
        { when: MALE, gte: 4, label: { en: '≥ 4 (men; Bush et al. 1998, Bradley et al. 2007)', es: '≥ 4 (hombres; Bush et al. 1998, Bradley et al. 2007)' } },
        {
          gte: 3,
          label: {
            en: '≥ 3 (women; Bradley et al. 2003, 2007). Also used when sex is not given or the person preferred not to say: the lower, more sensitive cut-off, so no one screens negative only because the question was declined.',
            es: '≥ 3 (mujeres; Bradley et al. 2003, 2007). También se usa cuando no se indica el sexo o la persona prefirió no decirlo: es el punto de corte más bajo y más sensible, para que nadie obtenga un resultado negativo solo por no haber respondido esa pregunta.',
          },
        },
      ],
      positiveMeaning: {
        en: 'Screened positive for unhealthy alcohol use; further assessment by a qualified clinician is recommended.',
        es: 'Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo no saludable de alcohol; se recomienda una evaluación adicional por un profesional clínico calificado.',
      },
      codes: [loinc('75626-2', 'Total score [AUDIT-C]')],
    },
  ],
} as const satisfies QuestionnaireModule;

/**
 * The AUDIT-C on its own, as a complete questionnaire.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { auditC } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(auditC, { 'auditc.sex': 'male', 'auditc.q1': 0 });
 * evaluation.score('auditc')?.value; // 0
 * ```
 */
export const auditC = defineQuestionnaire({
  id: 'auditc',
  version: '2.0.0',
  locales: ['en', 'es'],
  title: {
    en: 'Alcohol Use Disorders Identification Test – Consumption (AUDIT-C)',
    es: 'Cuestionario de Identificación de los Trastornos debidos al Consumo de Alcohol – preguntas de consumo (AUDIT-C)',
  },
  crisisResources: US_CRISIS_RESOURCES,
  ...auditCModule,
});
