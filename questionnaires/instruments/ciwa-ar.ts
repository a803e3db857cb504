import { defineQuestionnaire, type LocalizedText } from '../../src/index.js';
import { type QuestionnaireModule, US_CRISIS_RESOURCES } from '../module.js';

// The licence as we could establish it, with the limits of what we could read.
const CIWAAR_LICENCE = {
  en: 'Public domain by its authors\' statement. Sullivan et al. (1989) print the scale with the statement "This scale is not copyrighted and may be used freely." (quoted from the 1989 article by the CamCOPS project, University of Cambridge, https://github.com/ucam-department-of-psychiatry/camcops, docs/source/tasks/ciwa.rst, which records it as public domain); copies of the form distributed by treatment services carry "The CIWA-Ar is not copyrighted and may be reproduced freely." We could not read the 1989 article itself with our tools: confirm the statement there before clinical use. Developed at the Addiction Research Foundation, Toronto (now the Centre for Addiction and Mental Health). No LOINC code for the CIWA-Ar or its items could be found, so none is given.',
  es: 'De dominio público según la declaración de sus autores. Sullivan y colaboradores (1989) publican la escala con la declaración de que no tiene derechos de autor y puede usarse libremente (citada del artículo de 1989 por el proyecto CamCOPS, Universidad de Cambridge, https://github.com/ucam-department-of-psychiatry/camcops, docs/source/tasks/ciwa.rst, que la registra como de dominio público); las copias del formulario que distribuyen los servicios de tratamiento dicen que la CIWA-Ar no tiene derechos de autor y puede reproducirse libremente (ambas declaraciones se citan en inglés en la versión en inglés de esta licencia). No pudimos leer el artículo de 1989 con nuestras herramientas: confirme allí la declaración antes del uso clínico. Desarrollada en la Addiction Research Foundation de Toronto (hoy el Centro de Adicciones y Salud Mental, CAMH). No encontramos un código LOINC para la CIWA-Ar ni para sus ítems, así que no se indica ninguno.',
};

const CIWAAR_SPANISH_SOURCE =
  'Spanish wording by the intake-screening project, not checked against an official Spanish version: Spanish adaptations of the CIWA-Ar are used in Spain and Latin America, but we found none whose publisher states a licence that lets us redistribute it (English source: https://pubmed.ncbi.nlm.nih.gov/2597811/). The questions the clinician asks are in plain US Spanish with "usted"; the rating anchors keep the published English meaning and scores. Replace this wording with a validated Spanish CIWA-Ar whose licence allows it before clinical use.';

type Point = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * The eight points of a CIWA-Ar item, 0–7. The published form words only some
 * of them (for most items 0, 1, 4 and 7); the others show the number alone,
 * as on the form.
 */
function ratingScale(anchors: Partial<Record<Point, LocalizedText>>): readonly { value: Point; text: LocalizedText }[] {
  return ([0, 1, 2, 3, 4, 5, 6, 7] as const).map((value) => ({ value, text: anchors[value] ?? { en: String(value), es: String(value) } }));
}

// Items 6–8 share their upper anchors: a rating of 4 or more records hallucinations.
const HALLUCINATIONS = {
  4: { en: 'Moderately severe hallucinations', es: 'Alucinaciones moderadamente graves' },
  5: { en: 'Severe hallucinations', es: 'Alucinaciones graves' },
  6: { en: 'Extremely severe hallucinations', es: 'Alucinaciones extremadamente graves' },
  7: { en: 'Continuous hallucinations', es: 'Alucinaciones continuas' },
} as const;
const ABSENT = { en: 'Not present', es: 'Ausente' } as const;

const RATED = { kind: 'scale', required: true } as const;

/**
 * The Clinical Institute Withdrawal Assessment for Alcohol, revised (CIWA-Ar;
 * Sullivan et al. 1989): ten signs and symptoms of alcohol withdrawal that a
 * clinician rates from what they ask and observe. Clinician-rated: the section
 * is marked `rater: 'clinician'`, and the CLI, the JSON Forms and FHIR exports
 * and the clinician summary all say so.
 *
 * Items: `ciwaar.nausea`, `ciwaar.tremor`, `ciwaar.sweats`, `ciwaar.anxiety`,
 * `ciwaar.agitation`, `ciwaar.tactile`, `ciwaar.auditory`, `ciwaar.visual`,
 * `ciwaar.headache` (0–7) and `ciwaar.orientation` (0–4), plus the pulse and
 * blood pressure the form records (not scored). Score: `ciwaar` (0–67), read
 * with its band: under 10 mild, 10–18 moderate, 19 or more severe (ASAM 2020).
 * It has no screening cut-off; its summary rules raise urgency (see
 * `ciwaArModule.rules`).
 *
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { ciwaArModule } from 'intake-screening/questionnaires';
 * const q = defineQuestionnaire({ id: 'detox-assessment', version: '1.0.0', title: { en: 'Withdrawal assessment' }, ...ciwaArModule });
 * ```
 */
export const ciwaArModule = {
  sections: [
    {
      id: 'ciwaar',
      title: {
        en: 'Alcohol withdrawal signs (CIWA-Ar, clinician-rated)',
        es: 'Signos del síndrome de abstinencia de alcohol (CIWA-Ar, calificado por un profesional clínico)',
      },
      instrument: {
        kind: 'validated',
        name: 'CIWA-Ar',
        title: 'Clinical Institute Withdrawal Assessment for Alcohol, revised',
        rater: 'clinician',
        citation:
          'Sullivan JT, Sykora K, Schneiderman J, Naranjo CA, Sellers EM. Assessment of alcohol withdrawal: the revised Clinical Institute Withdrawal Assessment for Alcohol scale (CIWA-Ar). British Journal of Addiction. 1989;84(11):1353-1357. PMID 2597811. Severity ranges (under 10 mild, 10–18 moderate, 19 or more severe): The ASAM Clinical Practice Guideline on Alcohol Withdrawal Management. Journal of Addiction Medicine. 2020;14(3S Suppl 1):1-72, Table 1.',
        licence: CIWAAR_LICENCE,
        url: 'https://pubmed.ncbi.nlm.nih.gov/2597811/',
        translations: { es: CIWAAR_SPANISH_SOURCE },
      },
      items: [
        {
          id: 'ciwaar.pulse',
          kind: 'number',
          text: { en: 'Pulse or heart rate, taken for one minute', es: 'Pulso o frecuencia cardiaca, tomado durante un minuto' },
          unit: { en: 'beats per minute', es: 'latidos por minuto' },
          integer: true,
          min: 0,
          max: 300,
        },
        {
          id: 'ciwaar.bp-systolic',
          kind: 'number',
          text: { en: 'Blood pressure: systolic', es: 'Presión arterial: sistólica' },
          unit: { en: 'mm Hg', es: 'mm Hg' },
          integer: true,
          min: 0,
          max: 300,
        },
        {
          id: 'ciwaar.bp-diastolic',
          kind: 'number',
          text: { en: 'Blood pressure: diastolic', es: 'Presión arterial: diastólica' },
          unit: { en: 'mm Hg', es: 'mm Hg' },
          integer: true,
          min: 0,
          max: 300,
        },
        {
          id: 'ciwaar.nausea',
          text: {
            en: 'Nausea and vomiting. Ask "Do you feel sick to your stomach? Have you vomited?" Observation.',
            es: 'Náuseas y vómitos. Pregunte: "¿Siente malestar en el estómago? ¿Ha vomitado?" Observación.',
          },
          ...RATED,
          options: ratingScale({
            0: { en: 'No nausea and no vomiting', es: 'Sin náuseas ni vómitos' },
            1: { en: 'Mild nausea with no vomiting', es: 'Náuseas leves sin vómitos' },
            4: { en: 'Intermittent nausea with dry heaves', es: 'Náuseas intermitentes con arcadas' },
            7: { en: 'Constant nausea, frequent dry heaves and vomiting', es: 'Náuseas constantes, arcadas frecuentes y vómitos' },
          }),
        },
        {
          id: 'ciwaar.tremor',
          text: { en: 'Tremor. Arms extended and fingers spread apart. Observation.', es: 'Temblor. Brazos extendidos y dedos separados. Observación.' },
          ...RATED,
          options: ratingScale({
            0: { en: 'No tremor', es: 'Sin temblor' },
            1: { en: 'Not visible, but can be felt fingertip to fingertip', es: 'No se ve, pero se siente al tocar las yemas de los dedos' },
            4: { en: "Moderate, with patient's arms extended", es: 'Moderado, con los brazos del paciente extendidos' },
            7: { en: 'Severe, even with arms not extended', es: 'Grave, incluso sin extender los brazos' },
          }),
        },
        {
          id: 'ciwaar.sweats',
          text: { en: 'Paroxysmal sweats. Observation.', es: 'Sudoración paroxística. Observación.' },
          ...RATED,
          options: ratingScale({
            0: { en: 'No sweat visible', es: 'No se ve sudor' },
            1: { en: 'Barely perceptible sweating, palms moist', es: 'Sudor apenas perceptible, palmas húmedas' },
            4: { en: 'Beads of sweat obvious on forehead', es: 'Gotas de sudor evidentes en la frente' },
            7: { en: 'Drenching sweats', es: 'Sudoración empapante' },
          }),
        },
        {
          id: 'ciwaar.anxiety',
          text: { en: 'Anxiety. Ask "Do you feel nervous?" Observation.', es: 'Ansiedad. Pregunte: "¿Se siente nervioso(a)?" Observación.' },
          ...RATED,
          options: ratingScale({
            0: { en: 'No anxiety, at ease', es: 'Sin ansiedad, tranquilo(a)' },
            1: { en: 'Mild anxious', es: 'Levemente ansioso(a)' },
            4: {
              en: 'Moderately anxious, or guarded, so anxiety is inferred',
              es: 'Moderadamente ansioso(a), o a la defensiva, por lo que se deduce ansiedad',
            },
            7: {
              en: 'Equivalent to acute panic states as seen in severe delirium or acute schizophrenic reactions',
              es: 'Equivalente a los estados de pánico agudo que se ven en el delirio grave o en las reacciones esquizofrénicas agudas',
            },
          }),
        },
        {
          id: 'ciwaar.agitation',
          text: { en: 'Agitation. Observation.', es: 'Agitación. Observación.' },
          ...RATED,
          options: ratingScale({
            0: { en: 'Normal activity', es: 'Actividad normal' },
            1: { en: 'Somewhat more than normal activity', es: 'Actividad algo mayor de lo normal' },
            4: { en: 'Moderately fidgety and restless', es: 'Moderadamente intranquilo(a) e inquieto(a)' },
            7: {
              en: 'Paces back and forth during most of the interview, or constantly thrashes about',
              es: 'Camina de un lado a otro durante la mayor parte de la entrevista, o se agita sin parar',
            },
          }),
        },
        {
          id: 'ciwaar.tactile',
          text: {
            en: 'Tactile disturbances. Ask "Have you any itching, pins and needles sensations, any burning, any numbness, or do you feel bugs crawling on or under your skin?" Observation.',
            es: 'Alteraciones táctiles. Pregunte: "¿Siente picazón, hormigueo, ardor o adormecimiento, o siente como si tuviera bichos caminando sobre la piel o debajo de ella?" Observación.',
          },
          ...RATED,
          options: ratingScale({
            0: { en: 'None', es: 'Ninguna' },
            1: { en: 'Very mild itching, pins and needles, burning or numbness', es: 'Picazón, hormigueo, ardor o adormecimiento muy leves' },
            2: { en: 'Mild itching, pins and needles, burning or numbness', es: 'Picazón, hormigueo, ardor o adormecimiento leves' },
            3: { en: 'Moderate itching, pins and needles, burning or numbness', es: 'Picazón, hormigueo, ardor o adormecimiento moderados' },
            ...HALLUCINATIONS,
          }),
        },
        {
          id: 'ciwaar.auditory',
          text: {
            en: 'Auditory disturbances. Ask "Are you more aware of sounds around you? Are they harsh? Do they frighten you? Are you hearing anything that is disturbing to you? Are you hearing things you know are not there?" Observation.',
            es: 'Alteraciones auditivas. Pregunte: "¿Nota más los sonidos a su alrededor? ¿Le parecen ásperos? ¿Le asustan? ¿Oye algo que le perturba? ¿Oye cosas que sabe que no están ahí?" Observación.',
          },
          ...RATED,
          options: ratingScale({
            0: ABSENT,
            1: { en: 'Very mild harshness or ability to frighten', es: 'Aspereza o capacidad de asustar muy leves' },
            2: { en: 'Mild harshness or ability to frighten', es: 'Aspereza o capacidad de asustar leves' },
            3: { en: 'Moderate harshness or ability to frighten', es: 'Aspereza o capacidad de asustar moderadas' },
            ...HALLUCINATIONS,
          }),
        },
        {
          id: 'ciwaar.visual',
          text: {
            en: 'Visual disturbances. Ask "Does the light appear to be too bright? Is its color different? Does it hurt your eyes? Are you seeing anything that is disturbing to you? Are you seeing things you know are not there?" Observation.',
            es: 'Alteraciones visuales. Pregunte: "¿Le parece que la luz es demasiado brillante? ¿Su color es distinto? ¿Le lastima los ojos? ¿Ve algo que le perturba? ¿Ve cosas que sabe que no están ahí?" Observación.',
          },
          ...RATED,
          options: ratingScale({
            0: ABSENT,
            1: { en: 'Very mild sensitivity', es: 'Sensibilidad muy leve' },
            2: { en: 'Mild sensitivity', es: 'Sensibilidad leve' },
            3: { en: 'Moderate sensitivity', es: 'Sensibilidad moderada' },
            ...HALLUCINATIONS,
          }),
        },
        {
          id: 'ciwaar.headache',
          text: {
            en: 'Headache, fullness in head. Ask "Does your head feel different? Does it feel like there is a band around your head?" Do not rate for dizziness or lightheadedness. Otherwise, rate severity.',
            es: 'Dolor de cabeza, sensación de cabeza llena. Pregunte: "¿Siente la cabeza diferente? ¿Siente como si tuviera una banda alrededor de la cabeza?" No califique el mareo ni la sensación de cabeza ligera. Si no, califique la intensidad.',
          },
          ...RATED,
          options: ratingScale({
            0: ABSENT,
            1: { en: 'Very mild', es: 'Muy leve' },
            2: { en: 'Mild', es: 'Leve' },
            3: { en: 'Moderate', es: 'Moderado' },
            4: { en: 'Moderately severe', es: 'Moderadamente intenso' },
            5: { en: 'Severe', es: 'Intenso' },
            6: { en: 'Very severe', es: 'Muy intenso' },
            7: { en: 'Extremely severe', es: 'Extremadamente intenso' },
          }),
        },
        {
          id: 'ciwaar.orientation',
          text: {
            en: 'Orientation and clouding of sensorium. Ask "What day is this? Where are you? Who am I?"',
            es: 'Orientación y obnubilación de la conciencia. Pregunte: "¿Qué día es hoy? ¿Dónde está? ¿Quién soy yo?"',
          },
          ...RATED,
          options: [
            { value: 0, text: { en: 'Oriented and can do serial additions', es: 'Orientado(a) y puede hacer sumas seriadas' } },
            {
              value: 1,
              text: { en: 'Cannot do serial additions or is uncertain about date', es: 'No puede hacer sumas seriadas o no está seguro(a) de la fecha' },
            },
            {
              value: 2,
              text: { en: 'Disoriented for date by no more than 2 calendar days', es: 'Desorientado(a) en la fecha por no más de 2 días naturales' },
            },
            { value: 3, text: { en: 'Disoriented for date by more than 2 calendar days', es: 'Desorientado(a) en la fecha por más de 2 días naturales' } },
            { value: 4, text: { en: 'Disoriented for place/or person', es: 'Desorientado(a) en cuanto al lugar o a la persona, o a ambos' } },
          ],
        },
      ],
    },
  ],
  scores: [
    {
      id: 'ciwaar',
      title: { en: 'CIWA-Ar total', es: 'CIWA-Ar: total' },
      section: 'ciwaar',
      items: [
        'ciwaar.nausea',
        'ciwaar.tremor',
        'ciwaar.sweats',
        'ciwaar.anxiety',
        'ciwaar.agitation',
        'ciwaar.tactile',
        'ciwaar.auditory',
        'ciwaar.visual',
        'ciwaar.headache',
        'ciwaar.orientation',
      ],
      // A severity rating, not a screen, so no cut-off. The bands are ASAM's (2020, Table 1); ASAM notes that
      // the literature and practice vary in which scores delineate the ranges. Sullivan et al. (1989) print on
      // the form that patients scoring under 10 "do not usually need additional medication for withdrawal".
      bands: [
        { min: 0, max: 9, label: { en: 'Mild range (ASAM 2020)', es: 'Rango leve (ASAM 2020)' } },
        { min: 10, max: 18, label: { en: 'Moderate range (ASAM 2020)', es: 'Rango moderado (ASAM 2020)' } },
        { min: 19, max: 67, label: { en: 'Severe range (ASAM 2020)', es: 'Rango grave (ASAM 2020)' } },
      ],
      cutoffs: [],
    },
  ],
  // Urgency, erring on the side of safety. Sources: ASAM Clinical Practice Guideline on Alcohol Withdrawal
  // Management (2020), Table 1: CIWA-Ar under 10 mild, 10–18 moderate, 19 or more severe; "complicated"
  // withdrawal is seizure, delirium (clouding of the sensorium, confusion) or new hallucinations. Sullivan et al.
  // (1989): under 10, additional medication is not usually needed. Any current alcohol withdrawal sign calls for a
  // same-day medical evaluation, the rule the full intake applies to self-reported withdrawal (issue 17, section 1).
  rules: [
    {
      id: 'ciwaar.complicated-signs',
      when: {
        any: [
          { item: 'ciwaar.tactile', gte: 4 },
          { item: 'ciwaar.auditory', gte: 4 },
          { item: 'ciwaar.visual', gte: 4 },
          { item: 'ciwaar.orientation', gte: 2 },
        ],
      },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Clinician-rated CIWA-Ar: hallucinations (a tactile, auditory or visual rating of 4 or more) or disorientation for date, place or person.',
        es: 'CIWA-Ar calificado por un profesional clínico: alucinaciones (una calificación táctil, auditiva o visual de 4 o más) o desorientación en la fecha, el lugar o la persona.',
      },
      planning: {
        en: 'ASAM (2020) counts new hallucinations, confusion or clouding of the sensorium during alcohol withdrawal as complicated withdrawal: arrange emergency medical care now.',
        es: 'La ASAM (2020) considera complicado el síndrome de abstinencia de alcohol con alucinaciones nuevas, confusión u obnubilación de la conciencia: organice atención médica de emergencia ahora.',
      },
      urgency: 'emergency',
      referrals: ['medical-detox-evaluation', 'medical-care'],
    },
    {
      id: 'ciwaar.severe',
      when: { score: 'ciwaar', gte: 19 },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Clinician-rated CIWA-Ar total of 19 or more: the severe alcohol withdrawal range (ASAM 2020).',
        es: 'Total del CIWA-Ar calificado por un profesional clínico de 19 o más: el rango grave del síndrome de abstinencia de alcohol (ASAM 2020).',
      },
      planning: {
        en: 'Severe alcohol withdrawal can lead to seizures or delirium; ASAM (2020) advises management with 24-hour medical monitoring. Arrange medical care now.',
        es: 'El síndrome de abstinencia de alcohol grave puede causar convulsiones o delirio; la ASAM (2020) aconseja un manejo con vigilancia médica las 24 horas. Organice atención médica ahora.',
      },
      urgency: 'emergency',
      referrals: ['medical-detox-evaluation', 'medical-care'],
    },
    {
      id: 'ciwaar.moderate',
      when: {
        all: [
          { score: 'ciwaar', gte: 10 },
          { score: 'ciwaar', lt: 19 },
        ],
      },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Clinician-rated CIWA-Ar total of 10 to 18: the moderate alcohol withdrawal range (ASAM 2020).',
        es: 'Total del CIWA-Ar calificado por un profesional clínico de 10 a 18: el rango moderado del síndrome de abstinencia de alcohol (ASAM 2020).',
      },
      planning: {
        en: 'Sullivan et al. (1989) note that patients scoring under 10 do not usually need additional medication for withdrawal; at 10 or more, a medical evaluation for withdrawal management is needed today.',
        es: 'Sullivan et al. (1989) señalan que los pacientes con menos de 10 puntos no suelen necesitar medicación adicional para el síndrome de abstinencia; con 10 o más, se necesita hoy una evaluación médica para el manejo del síndrome de abstinencia.',
      },
      urgency: 'urgent',
      referrals: ['medical-detox-evaluation'],
    },
    {
      id: 'ciwaar.mild',
      when: {
        all: [
          { score: 'ciwaar', gte: 1 },
          { score: 'ciwaar', lt: 10 },
        ],
      },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Clinician-rated CIWA-Ar total of 1 to 9: alcohol withdrawal signs in the mild range (ASAM 2020).',
        es: 'Total del CIWA-Ar calificado por un profesional clínico de 1 a 9: signos del síndrome de abstinencia de alcohol en el rango leve (ASAM 2020).',
      },
      planning: {
        en: 'Alcohol withdrawal can worsen over the first days after the last drink: a medical evaluation today, with the risk of severe or complicated withdrawal assessed and the rating repeated (ASAM 2020).',
        es: 'El síndrome de abstinencia de alcohol puede empeorar en los primeros días después de la última bebida: una evaluación médica hoy, que valore el riesgo de un síndrome grave o complicado, y repetir la calificación (ASAM 2020).',
      },
      urgency: 'urgent',
      referrals: ['medical-detox-evaluation'],
    },
  ],
} as const satisfies QuestionnaireModule;

/**
 * The CIWA-Ar on its own, as a complete clinician-rated questionnaire.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { ciwaAr } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(ciwaAr, { 'ciwaar.tremor': 4, 'ciwaar.orientation': 0 });
 * evaluation.score('ciwaar')?.status; // 'incomplete'
 * ```
 */
export const ciwaAr = defineQuestionnaire({
  id: 'ciwaar',
  version: '1.0.0',
  locales: ['en', 'es'],
  title: {
    en: 'Clinical Institute Withdrawal Assessment for Alcohol, revised (CIWA-Ar)',
    es: 'Evaluación del síndrome de abstinencia de alcohol del Clinical Institute, revisada (CIWA-Ar)',
  },
  crisisResources: US_CRISIS_RESOURCES,
  ...ciwaArModule,
});
