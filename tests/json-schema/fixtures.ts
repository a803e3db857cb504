import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';

const descriptive = (name: string) => ({ kind: 'descriptive', name }) as const;
const yesNo = [
  { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
  { value: 'no', text: { en: 'No' } },
] as const;
const frequency = [
  { value: 0, text: { en: 'Not at all', es: 'Nunca' } },
  { value: 1, text: { en: 'Several days', es: 'Varios días' } },
  { value: 2, text: { en: 'More than half the days' } },
  { value: 3, text: { en: 'Nearly every day' } },
] as const;

/**
 * Every item kind and every item condition operator, with section conditions,
 * chains of conditions and "prefer not to answer", but no score conditions: a
 * questionnaire JSON Schema and JSON Forms can express exactly.
 */
export const kitchenSink = defineQuestionnaire({
  id: 'kitchen-sink',
  version: '1.2.0',
  title: { en: 'Kitchen sink', es: 'Todo incluido' },
  description: { en: 'Every item kind.' },
  sections: [
    {
      id: 'intro',
      title: { en: 'Substance use', es: 'Uso de sustancias' },
      description: { en: 'About your use.' },
      instrument: descriptive('Intro'),
      items: [
        { id: 'intro.note', kind: 'display', text: { en: 'This is not a diagnosis.', es: 'Esto no es un diagnóstico.' } },
        {
          id: 'intro.uses',
          kind: 'multi',
          text: { en: 'Which have you used?', es: '¿Cuáles ha usado?' },
          required: true,
          preferNotToAnswer: true,
          options: [
            { value: 'heroin', text: { en: 'Heroin', es: 'Heroína' } },
            { value: 'fentanyl', text: { en: 'Fentanyl' } },
            { value: 'alcohol', text: { en: 'Alcohol' } },
            { value: 'none', text: { en: 'None of these', es: 'Ninguna' }, exclusive: true },
          ],
        },
        {
          id: 'intro.route',
          kind: 'single',
          text: { en: 'How do you use it?' },
          help: { en: 'Choose the most common way.', es: 'Elija la más común.' },
          required: true,
          preferNotToAnswer: true,
          when: {
            any: [
              { item: 'intro.uses', includes: 'heroin' },
              { item: 'intro.uses', includes: 'fentanyl' },
            ],
          },
          options: [
            { value: 'smoking', text: { en: 'Smoking' } },
            { value: 'injection', text: { en: 'Injection', es: 'Inyección' } },
            { value: 'snorting', text: { en: 'Snorting' } },
          ],
        },
        {
          id: 'intro.injected-recently',
          kind: 'boolean',
          text: { en: 'Injected in the last 30 days?' },
          required: true,
          preferNotToAnswer: true,
          when: { item: 'intro.route', eq: 'injection' },
        },
        { id: 'intro.age', kind: 'number', text: { en: 'Age', es: 'Edad' }, required: true, preferNotToAnswer: true, integer: true, min: 12, max: 120 },
        { id: 'intro.days', kind: 'number', text: { en: 'Days of use, last 30' }, min: 0, max: 30, when: { item: 'intro.age', gte: 18 } },
        { id: 'intro_plain', kind: 'single', text: { en: 'Plain id, no dots' }, options: yesNo },
      ],
    },
    {
      id: 'mood',
      title: { en: 'Mood' },
      when: { not: { item: 'intro.uses', includes: 'none' } },
      instrument: descriptive('Mood'),
      items: [
        { id: 'mood.q1', kind: 'scale', text: { en: 'Little interest?' }, required: true, preferNotToAnswer: true, options: frequency },
        { id: 'mood.q2', kind: 'scale', text: { en: 'Feeling down?' }, required: true, when: { item: 'mood.q1', gt: 0 }, options: frequency },
        { id: 'mood.q3', kind: 'scale', text: { en: 'Trouble sleeping?' }, when: { item: 'mood.q2', in: [2, 3] }, options: frequency },
        { id: 'mood.low', kind: 'display', text: { en: 'Thank you.' }, when: { item: 'mood.q1', lt: 2 } },
        {
          id: 'mood.notes',
          kind: 'text',
          text: { en: 'Anything else?' },
          multiline: true,
          maxLength: 40,
          when: { all: [{ answered: 'mood.q1' }, { item: 'mood.q1', lte: 2 }] },
        },
        { id: 'mood.why', kind: 'text', text: { en: 'Why not?' }, maxLength: 10, preferNotToAnswer: true, when: { declined: 'mood.q1' } },
        { id: 'mood.plain', kind: 'single', text: { en: 'Again?' }, options: yesNo, when: { item: 'mood.q1', ne: 3 } },
      ],
    },
    {
      id: 'history',
      title: { en: 'History', es: 'Historia' },
      when: {
        any: [
          { item: 'intro.injected-recently', ne: false },
          { item: 'intro.age', lt: 25 },
        ],
      },
      instrument: descriptive('History'),
      items: [
        { id: 'history.last-use', kind: 'date', text: { en: 'Last use' }, required: true, preferNotToAnswer: true, min: '2000-01-01', max: '2030-12-31' },
        { id: 'history.naloxone', kind: 'boolean', text: { en: 'Do you have naloxone?' }, when: { item: 'intro.route', ne: 'smoking' } },
        { id: 'history.kit', kind: 'boolean', text: { en: 'Want a kit?' }, required: true, when: { item: 'history.naloxone', eq: true } },
        {
          id: 'history.where',
          kind: 'single',
          text: { en: 'Where do you stay?' },
          required: true,
          when: { not: { answered: 'history.last-use' } },
          options: yesNo,
        },
        { id: 'history.count', kind: 'number', text: { en: 'How many times?' }, integer: true, when: { item: 'intro.days', ne: 0 } },
        { id: 'history.mood', kind: 'text', text: { en: 'Say more' }, when: { item: 'mood.q2', in: [3] } },
      ],
    },
  ],
});

/** Score conditions, which neither JSON Schema nor JSON Forms can express. */
export const scored = defineQuestionnaire({
  id: 'scored',
  version: '1.0.0',
  title: { en: 'Scored' },
  sections: [
    {
      id: 'phq',
      title: { en: 'PHQ-2' },
      instrument: descriptive('PHQ'),
      items: [
        { id: 'phq.q1', kind: 'scale', text: { en: 'Q1' }, required: true, options: frequency },
        { id: 'phq.q2', kind: 'scale', text: { en: 'Q2' }, required: true, options: frequency },
      ],
    },
    {
      id: 'follow',
      title: { en: 'Follow-up' },
      when: { positive: 'phq2' },
      instrument: descriptive('Follow-up'),
      items: [
        { id: 'follow.a', kind: 'boolean', text: { en: 'A?' }, required: true },
        {
          id: 'follow.b',
          kind: 'boolean',
          text: { en: 'B?' },
          required: true,
          when: {
            all: [
              { item: 'phq.q1', gte: 1 },
              { score: 'phq2', gte: 4 },
            ],
          },
        },
      ],
    },
    {
      id: 'more',
      title: { en: 'More' },
      instrument: descriptive('More'),
      items: [
        { id: 'more.c', kind: 'boolean', text: { en: 'C?' }, required: true, when: { any: [{ item: 'phq.q1', eq: 3 }, { not: { score: 'phq2', lt: 2 } }] } },
        { id: 'more.d', kind: 'boolean', text: { en: 'D?' }, when: { item: 'phq.q2', eq: 0 } },
      ],
    },
  ],
  scores: [
    {
      id: 'phq2',
      title: { en: 'PHQ-2' },
      section: 'phq',
      items: ['phq.q1', 'phq.q2'],
      bands: [
        { min: 0, max: 2, label: { en: 'Below cut-off' } },
        { min: 3, max: 6, label: { en: 'At or above cut-off' } },
      ],
      cutoffs: [{ gte: 3 }],
    },
  ],
});
