import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';

const freq = [
  { value: 0, text: { en: 'Not at all', es: 'Nunca' } },
  { value: 1, text: { en: 'Several days', es: 'Varios días' } },
  { value: 2, text: { en: 'More than half the days', es: 'Más de la mitad de los días' } },
  { value: 3, text: { en: 'Nearly every day', es: 'Casi todos los días' } },
] as const;
const drinks = [0, 1, 2, 3, 4].map((value) => ({ value, text: { en: `Level ${value}` } }));

/** A small questionnaire that exercises every part of the summary. */
export const testQuestionnaire = defineQuestionnaire({
  id: 'summary-test',
  version: '1.2.0',
  title: { en: 'Summary test intake', es: 'Admisión de prueba' },
  crisisResources: { en: 'Call the test crisis line now.', es: 'Llame ahora a la línea de crisis de prueba.' },
  sections: [
    {
      id: 'use',
      title: { en: 'Substance use' },
      instrument: { kind: 'descriptive', name: 'Substance use' },
      items: [
        { id: 'use.intro', kind: 'display', text: { en: 'Some questions about substance use.' } },
        {
          id: 'use.substances',
          kind: 'multi',
          text: { en: 'Which have you used in the past month?', es: '¿Cuáles ha consumido en el último mes?' },
          options: [
            { value: 'opioids', text: { en: 'Opioids', es: 'Opioides' } },
            { value: 'alcohol', text: { en: 'Alcohol', es: 'Alcohol' } },
            { value: 'stimulants', text: { en: 'Stimulants', es: 'Estimulantes' } },
            { value: 'none', text: { en: 'None of these', es: 'Ninguna' }, exclusive: true },
          ],
        },
        {
          id: 'use.route',
          kind: 'single',
          text: { en: 'How do you usually use opioids?', es: '¿Cómo consume opioides normalmente?' },
          when: { item: 'use.substances', includes: 'opioids' },
          preferNotToAnswer: true,
          options: [
            { value: 'smoking', text: { en: 'Smoking', es: 'Fumando' } },
            { value: 'injection', text: { en: 'Injection', es: 'Inyección' } },
            { value: 'oral', text: { en: 'By mouth', es: 'Por la boca' } },
          ],
        },
        { id: 'use.naloxone', kind: 'boolean', text: { en: 'Do you have naloxone?', es: '¿Tiene naloxona?' }, when: { item: 'use.route', eq: 'injection' } },
        {
          id: 'use.days',
          kind: 'number',
          text: { en: 'On how many of the last 30 days did you use?' },
          min: 0,
          max: 30,
          integer: true,
          unit: { en: 'days', es: 'días' },
          preferNotToAnswer: true,
        },
        { id: 'use.lastUse', kind: 'date', text: { en: 'When did you last use?' } },
        { id: 'use.notes', kind: 'text', text: { en: 'Anything else you want us to know?' }, maxLength: 200 },
        {
          id: 'use.sex',
          kind: 'single',
          text: { en: 'Sex assigned at birth' },
          preferNotToAnswer: true,
          options: [
            { value: 'female', text: { en: 'Female' } },
            { value: 'male', text: { en: 'Male' } },
          ],
        },
      ],
    },
    {
      id: 'mood',
      title: { en: 'Mood' },
      instrument: {
        kind: 'validated',
        name: 'Mood-3',
        title: 'Test Mood Questionnaire',
        citation: 'Test A, Example B. A test mood screen. J Test Med. 2001;1:1-2.',
        licence: 'Free to use for testing.',
        url: 'https://example.org/mood',
      },
      items: [
        {
          id: 'mood.q1',
          kind: 'scale',
          text: { en: 'Little interest or pleasure in doing things', es: 'Poco interés o placer en hacer cosas' },
          options: freq,
          preferNotToAnswer: true,
        },
        { id: 'mood.q2', kind: 'scale', text: { en: 'Feeling down or hopeless', es: 'Se ha sentido decaído o sin esperanza' }, options: freq },
        {
          id: 'mood.q9',
          kind: 'scale',
          text: { en: 'Thoughts that you would be better off dead', es: 'Pensamientos de que estaría mejor muerto' },
          options: freq,
        },
      ],
    },
    {
      id: 'alcohol',
      title: { en: 'Alcohol' },
      when: { item: 'use.substances', includes: 'alcohol' },
      instrument: {
        kind: 'validated',
        name: 'Drinks-2',
        title: 'Test Drinking Questions',
        citation: 'Test C. Drinking questions. 1999.',
        licence: 'Public domain.',
      },
      items: [
        { id: 'alc.q1', kind: 'scale', text: { en: 'How often do you have a drink?' }, options: drinks },
        { id: 'alc.q2', kind: 'scale', text: { en: 'How many drinks on a typical day?' }, options: drinks },
      ],
    },
    {
      id: 'safety',
      title: { en: 'Safety' },
      instrument: { kind: 'descriptive', name: 'Safety now' },
      items: [
        {
          id: 'safety.now',
          kind: 'boolean',
          text: { en: 'Are you thinking about ending your life right now?', es: '¿Está pensando en quitarse la vida ahora mismo?' },
        },
      ],
    },
    {
      id: 'setting',
      title: { en: 'Home and support' },
      instrument: { kind: 'descriptive', name: 'Home and support' },
      items: [
        {
          id: 'setting.home',
          kind: 'single',
          text: { en: 'Where are you staying?' },
          options: [
            { value: 'stable', text: { en: 'A stable home' } },
            { value: 'unstable', text: { en: 'Somewhere temporary' } },
            { value: 'none', text: { en: 'Nowhere safe to stay' } },
          ],
        },
        { id: 'setting.transport', kind: 'boolean', text: { en: 'Can you get to appointments?' } },
        { id: 'history.mhTreatment', kind: 'boolean', text: { en: 'Have you had treatment for your mental health before?' } },
      ],
    },
  ],
  scores: [
    {
      id: 'mood2',
      title: { en: 'Mood-2 score', es: 'Puntuación Mood-2' },
      section: 'mood',
      items: ['mood.q1', 'mood.q2'],
      bands: [
        { min: 0, max: 2, label: { en: 'Below cut-off', es: 'Por debajo del punto de corte' } },
        { min: 3, max: 6, label: { en: 'Elevated range', es: 'Rango elevado' } },
      ],
      cutoffs: [{ gte: 3 }],
      positiveMeaning: { en: 'Screened positive for symptoms of low mood; further assessment by a qualified clinician is recommended.' },
    },
    {
      id: 'mood3',
      title: { en: 'Mood-3 total' },
      section: 'mood',
      items: ['mood.q1', 'mood.q2', 'mood.q9'],
      bands: [
        { min: 0, max: 4, label: { en: 'Low range' } },
        { min: 5, max: 9, label: { en: 'High range' } },
      ],
      cutoffs: [],
    },
    {
      id: 'drinks',
      title: { en: 'Drinks-2 score' },
      section: 'alcohol',
      items: ['alc.q1', 'alc.q2'],
      bands: [
        { min: 0, max: 2, label: { en: 'Lower range' } },
        { min: 3, max: 8, label: { en: 'Higher range' } },
      ],
      cutoffs: [{ gte: 3, when: { item: 'use.sex', eq: 'female' }, label: { en: '≥ 3 (women)' } }, { gte: 4 }],
    },
  ],
  safety: [
    {
      id: 'safety.acute',
      tier: 'interrupt',
      urgency: 'emergency',
      when: { item: 'safety.now', eq: true },
      reason: { en: 'Current thoughts of ending their life reported.', es: 'Informa pensamientos actuales de quitarse la vida.' },
    },
    {
      id: 'safety.mood9',
      tier: 'flag',
      urgency: 'urgent',
      when: { item: 'mood.q9', gte: 1 },
      reason: { en: 'Thoughts of being better off dead reported on the mood screen.' },
    },
  ],
  rules: [
    {
      id: 'rule.safetySkipped',
      when: { not: { answered: 'safety.now' } },
      domain: 'safety',
      finding: { en: 'The question about current safety was not answered.' },
      urgency: 'priority',
    },
    {
      id: 'rule.opioids',
      when: { item: 'use.substances', includes: 'opioids' },
      domain: 'substance-use',
      finding: { en: 'Reports opioid use in the past month.', es: 'Informa consumo de opioides en el último mes.' },
      planning: { en: 'Medication for opioid use disorder can be discussed.' },
      referrals: ['moud-evaluation'],
      evidence: ['use.notes'],
    },
    {
      id: 'rule.inject',
      when: { item: 'use.route', eq: 'injection' },
      domain: 'substance-use',
      finding: { en: 'Reports injecting opioids.' },
      urgency: 'priority',
      referrals: ['harm-reduction-naloxone', 'moud-evaluation'],
    },
    {
      id: 'rule.noNaloxone',
      when: { item: 'use.naloxone', eq: false },
      domain: 'substance-use',
      finding: { en: 'Does not have naloxone.' },
      referrals: ['harm-reduction-naloxone'],
    },
    {
      id: 'rule.dailyOpioids',
      when: {
        all: [
          { item: 'use.substances', includes: 'opioids' },
          { item: 'use.days', gte: 20 },
        ],
      },
      domain: 'withdrawal-medical',
      finding: { en: 'Reports opioid use on most days; withdrawal may start soon after stopping.' },
      urgency: 'urgent',
      referrals: ['medical-detox-evaluation'],
      evidence: ['use.lastUse'],
    },
    {
      id: 'rule.moodPositive',
      when: { positive: 'mood2' },
      domain: 'co-occurring-screens',
      finding: { en: 'Mood screen at or above its cut-off.' },
      referrals: ['mental-health-assessment'],
      setting: 'serious-mental-health-concerns',
    },
    {
      id: 'rule.mhHistory',
      when: { item: 'history.mhTreatment', eq: true },
      domain: 'co-occurring-history',
      finding: { en: 'Reports past mental health treatment.' },
    },
    {
      id: 'rule.noHome',
      when: { item: 'setting.home', eq: 'none' },
      domain: 'recovery-environment',
      finding: { en: 'Reports having nowhere safe to stay.' },
      referrals: ['housing-support'],
      setting: 'no-home-support',
    },
    {
      id: 'rule.unstableHome',
      when: { item: 'setting.home', in: ['unstable', 'none'] },
      domain: 'recovery-environment',
      finding: { en: 'Housing is not stable.' },
      referrals: ['housing-support'],
    },
    {
      id: 'rule.noTransport',
      when: { item: 'setting.transport', eq: false },
      domain: 'readiness-preferences',
      finding: { en: 'Getting to appointments is hard.' },
      referrals: ['transport-assistance'],
      setting: 'no-transport',
    },
  ],
});

/** Answers that raise nothing: routine, no flags, every score complete and negative. */
export const calmAnswers = {
  'use.substances': ['stimulants'],
  'use.days': 3,
  'use.lastUse': '2024-01-15',
  'use.notes': 'Nothing more.',
  'use.sex': 'male',
  'mood.q1': 0,
  'mood.q2': 1,
  'mood.q9': 0,
  'safety.now': false,
  'setting.home': 'stable',
  'setting.transport': true,
  'history.mhTreatment': false,
} as const;
