import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';

/**
 * A questionnaire that uses every item kind, every condition form, "prefer
 * not to answer" on every kind, translations, codes, both instrument kinds,
 * and scores with bands and sex-specific cut-offs.
 */
export const sampleDefinition = {
  id: 'fhir_sample',
  version: '2.1.0',
  title: { en: 'FHIR sample intake', es: 'Ingreso de muestra FHIR' },
  description: { en: 'Covers every item kind.', es: 'Cubre todos los tipos.' },
  status: 'active',
  publisher: 'Test clinic',
  locales: ['es'],
  sections: [
    {
      id: 'about',
      title: { en: 'About you', es: 'Sobre usted' },
      description: { en: 'A few questions first.', es: 'Primero unas preguntas.' },
      instrument: { kind: 'descriptive', name: 'About', note: { en: 'Not validated.', es: 'No validado.' } },
      items: [
        { id: 'about.intro', kind: 'display', text: { en: 'Welcome.', es: 'Bienvenida.' } },
        {
          id: 'about.sex',
          kind: 'single',
          required: true,
          preferNotToAnswer: true,
          text: { en: 'Sex at birth', es: 'Sexo al nacer' },
          options: [
            { value: 'female', text: { en: 'Female', es: 'Femenino' } },
            { value: 'male', text: { en: 'Male', es: 'Masculino' } },
          ],
        },
        {
          id: 'about.age',
          kind: 'number',
          integer: true,
          min: 12,
          max: 120,
          required: true,
          preferNotToAnswer: true,
          unit: { en: 'years', es: 'años' },
          text: { en: 'Age', es: 'Edad' },
          help: { en: 'In whole years.', es: 'En años cumplidos.' },
        },
        { id: 'about.weight', kind: 'number', min: 20.5, text: { en: 'Weight', es: 'Peso' } },
        { id: 'about.start', kind: 'date', min: '1950-01-01', max: '2030-12-31', preferNotToAnswer: true, text: { en: 'First use', es: 'Primer uso' } },
        { id: 'about.home', kind: 'boolean', preferNotToAnswer: true, text: { en: 'Someone at home?', es: '¿Alguien en casa?' } },
        { id: 'about.car', kind: 'boolean', text: { en: 'Car?', es: '¿Coche?' }, codes: [{ system: 'http://loinc.org', code: 'LA33-6', display: 'Yes' }] },
        { id: 'about.notes', kind: 'text', multiline: true, maxLength: 2000, preferNotToAnswer: true, text: { en: 'Notes', es: 'Notas' } },
        { id: 'about.name', kind: 'text', text: { en: 'Name', es: 'Nombre' } },
      ],
    },
    {
      id: 'use',
      title: { en: 'Substance use', es: 'Uso de sustancias' },
      instrument: { kind: 'descriptive', name: 'Use' },
      items: [
        {
          id: 'use.substances',
          kind: 'multi',
          preferNotToAnswer: true,
          text: { en: 'Which?', es: '¿Cuáles?' },
          options: [
            { value: 'heroin', text: { en: 'Heroin', es: 'Heroína' } },
            {
              value: 'fentanyl',
              text: { en: 'Fentanyl', es: 'Fentanilo' },
              codes: [{ system: 'http://snomed.info/sct', code: '373492002', display: 'Fentanyl' }],
            },
            { value: 'alcohol', text: { en: 'Alcohol', es: 'Alcohol' } },
            { value: 'none', text: { en: 'None of these', es: 'Ninguna' }, exclusive: true },
          ],
        },
        {
          id: 'use.route',
          kind: 'single',
          when: { item: 'use.substances', includes: 'heroin' },
          text: { en: 'Route?', es: '¿Vía?' },
          options: [
            { value: 'smoking', text: { en: 'Smoking', es: 'Fumada' } },
            { value: 'injection', text: { en: 'Injection', es: 'Inyección' } },
          ],
        },
        { id: 'use.naloxone', kind: 'boolean', when: { item: 'use.route', eq: 'injection' }, text: { en: 'Naloxone?', es: '¿Naloxona?' } },
        { id: 'use.route-other', kind: 'text', when: { item: 'use.route', ne: 'injection' }, text: { en: 'Tell us more', es: 'Cuéntenos' } },
        {
          id: 'use.days',
          kind: 'number',
          integer: true,
          min: 0,
          max: 30,
          when: {
            any: [
              { item: 'use.substances', includes: 'heroin' },
              { item: 'use.substances', includes: 'fentanyl' },
            ],
          },
          text: { en: 'Days used', es: 'Días de uso' },
        },
        { id: 'use.daily', kind: 'display', when: { item: 'use.days', gte: 25 }, text: { en: 'Almost daily.', es: 'Casi diario.' } },
        {
          id: 'use.heavy',
          kind: 'boolean',
          when: { all: [{ item: 'use.days', gt: 10 }, { item: 'use.days', lte: 30 }, { answered: 'about.age' }] },
          text: { en: 'Heavy?', es: '¿Intenso?' },
        },
        {
          id: 'use.declined-any',
          kind: 'display',
          when: { any: [{ declined: 'use.substances' }, { declined: 'about.age' }, { declined: 'about.home' }] },
          text: { en: 'Thanks.', es: 'Gracias.' },
        },
        { id: 'use.not-home', kind: 'boolean', when: { not: { item: 'about.home', eq: true } }, text: { en: 'Elsewhere?', es: '¿En otro lugar?' } },
        { id: 'use.alone', kind: 'boolean', when: { item: 'about.home', ne: true }, text: { en: 'Alone?', es: '¿Solo?' } },
        { id: 'use.car-no', kind: 'boolean', when: { item: 'about.car', eq: false }, text: { en: 'Transport?', es: '¿Transporte?' } },
        { id: 'use.teen', kind: 'boolean', when: { item: 'about.age', lt: 18 }, text: { en: 'School?', es: '¿Escuela?' } },
        { id: 'use.weight-ne', kind: 'boolean', when: { item: 'about.weight', ne: 50 }, text: { en: 'Weight not 50?', es: '¿Peso no 50?' } },
        { id: 'use.start-known', kind: 'boolean', when: { answered: 'about.start' }, text: { en: 'Start known?', es: '¿Inicio conocido?' } },
        { id: 'use.notes-declined', kind: 'boolean', when: { declined: 'about.notes' }, text: { en: 'Notes declined?', es: '¿Notas rechazadas?' } },
      ],
    },
    {
      id: 'audit',
      title: { en: 'Alcohol', es: 'Alcohol' },
      when: { item: 'use.substances', includes: 'alcohol' },
      instrument: {
        kind: 'validated',
        name: 'AUDIT-C',
        title: 'Alcohol Use Disorders Identification Test-Consumption',
        citation: 'Bush K et al. 1998.',
        licence: 'Public domain.',
        url: 'https://example.org/audit-c',
        codes: [{ system: 'http://loinc.org', code: '72109-2' }],
      },
      items: [
        {
          id: 'audit.q1',
          kind: 'scale',
          required: true,
          preferNotToAnswer: true,
          text: { en: 'How often?', es: '¿Con qué frecuencia?' },
          codes: [{ system: 'http://loinc.org', code: '68518-0' }],
          options: [
            { value: 0, text: { en: 'Never', es: 'Nunca' }, codes: [{ system: 'http://loinc.org', code: 'LA6270-8' }] },
            { value: 1, text: { en: 'Monthly', es: 'Mensual' }, codes: [{ system: 'http://loinc.org', code: 'LA18926-8' }] },
            { value: 2, text: { en: '2–4 a month', es: '2–4 al mes' } },
            { value: 4, text: { en: '4+ a week', es: '4+ por semana' } },
          ],
        },
        {
          id: 'audit.q2',
          kind: 'scale',
          required: true,
          when: { item: 'audit.q1', gt: 0 },
          text: { en: 'How many?', es: '¿Cuántas?' },
          options: [
            { value: 0, text: { en: '1–2', es: '1–2' } },
            { value: 1, text: { en: '3–4', es: '3–4' } },
            { value: 2, text: { en: '5+', es: '5+' } },
          ],
        },
        {
          id: 'audit.q3',
          kind: 'scale',
          when: { item: 'audit.q1', in: [1, 2] },
          text: { en: 'Six or more?', es: '¿Seis o más?' },
          options: [
            { value: 0, text: { en: 'Never', es: 'Nunca' } },
            { value: 3, text: { en: 'Often', es: 'A menudo' } },
          ],
        },
        {
          id: 'audit.q4',
          kind: 'scale',
          when: { item: 'audit.q1', gte: 2 },
          text: { en: 'Daily?', es: '¿Diario?' },
          options: [
            { value: 0, text: { en: 'No', es: 'No' } },
            { value: 1, text: { en: 'Yes', es: 'Sí' } },
          ],
        },
      ],
    },
    {
      id: 'follow',
      title: { en: 'Follow-up', es: 'Seguimiento' },
      when: { positive: 'audit' },
      instrument: { kind: 'descriptive', name: 'Follow-up' },
      items: [
        { id: 'follow.help', kind: 'boolean', text: { en: 'Want help?', es: '¿Quiere ayuda?' } },
        { id: 'follow.high', kind: 'boolean', when: { score: 'audit', gte: 6 }, text: { en: 'High?', es: '¿Alto?' } },
        {
          id: 'follow.mid',
          kind: 'display',
          when: { all: [{ score: 'audit', lt: 6 }, { not: { declined: 'audit.q1' } }] },
          text: { en: 'Mid.', es: 'Medio.' },
        },
      ],
    },
  ],
  scores: [
    {
      id: 'audit',
      title: { en: 'AUDIT-C total', es: 'Total AUDIT-C' },
      section: 'audit',
      items: ['audit.q1', 'audit.q2', 'audit.q3', 'audit.q4'],
      codes: [{ system: 'http://loinc.org', code: '75626-2' }],
      bands: [
        { min: 0, max: 3, label: { en: 'Lower', es: 'Bajo' } },
        { min: 4, max: 10, label: { en: 'Higher', es: 'Alto' } },
      ],
      cutoffs: [{ gte: 3, when: { item: 'about.sex', eq: 'female' } }, { gte: 4 }],
    },
    { id: 'audit.first', title: { en: 'First item', es: 'Primer ítem' }, section: 'audit', items: ['audit.q1'], bands: [], cutoffs: [] },
  ],
  rules: [
    { id: 'r.alcohol', when: { positive: 'audit' }, domain: 'substance-use', finding: { en: 'Screened positive on AUDIT-C.', es: 'Positivo en AUDIT-C.' } },
  ],
  safety: [],
} as const;

export const sample = parseQuestionnaire(sampleDefinition);
