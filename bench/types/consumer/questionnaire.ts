// A clinic's own short questionnaire, defined in code with conditions and a rule.
import { defineQuestionnaire, type AnswersOf } from 'intake-screening';

export const clinicScreen = defineQuestionnaire({
  id: 'clinic-screen',
  version: '1.0.0',
  title: { en: 'Clinic screen' },
  sections: [
    {
      id: 'use',
      title: { en: 'Substance use' },
      instrument: { kind: 'descriptive', name: 'Substance use' },
      items: [
        {
          id: 'use.substances',
          kind: 'multi',
          required: true,
          text: { en: 'Which have you used?' },
          options: [
            { value: 'opioids', text: { en: 'Opioids' } },
            { value: 'alcohol', text: { en: 'Alcohol' } },
            { value: 'stimulants', text: { en: 'Stimulants' } },
          ],
        },
        {
          id: 'use.route',
          kind: 'single',
          text: { en: 'How do you usually use?' },
          options: [
            { value: 'smoking', text: { en: 'Smoking' } },
            { value: 'injection', text: { en: 'Injection' } },
          ],
          when: { item: 'use.substances', includes: 'opioids' },
        },
        { id: 'use.naloxone', kind: 'boolean', text: { en: 'Do you have naloxone at hand?' }, when: { item: 'use.route', eq: 'injection' } },
        { id: 'use.days', kind: 'number', min: 0, max: 30, text: { en: 'On how many of the last 30 days?' } },
      ],
    },
    {
      id: 'mood',
      title: { en: 'Mood' },
      instrument: { kind: 'descriptive', name: 'Mood' },
      items: [
        {
          id: 'mood.low',
          kind: 'scale',
          text: { en: 'Feeling down?' },
          options: [
            { value: 0, text: { en: 'Not at all' } },
            { value: 1, text: { en: 'Several days' } },
            { value: 2, text: { en: 'Most days' } },
          ],
        },
        { id: 'mood.note', kind: 'text', text: { en: 'Anything else?' }, when: { item: 'mood.low', gte: 1 } },
      ],
    },
  ],
  rules: [
    {
      id: 'harm-reduction',
      when: {
        all: [
          { item: 'use.route', eq: 'injection' },
          { item: 'use.naloxone', eq: false },
        ],
      },
      domain: 'substance-use',
      finding: { en: 'Injects and has no naloxone at hand.' },
      referrals: ['harm-reduction-naloxone'],
    },
  ],
});

export const sample: AnswersOf<typeof clinicScreen> = { 'use.substances': ['opioids'], 'use.route': 'injection', 'mood.low': 1 };
