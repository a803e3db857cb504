import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';

/** `positive` on a score whose cut-off reads an item outside the score. */
export const cutoffGate = defineQuestionnaire({
  id: 'cutoff-gate',
  version: '1.0.0',
  title: { en: 'Cut-off gate' },
  sections: [
    {
      id: 's',
      title: { en: 'S' },
      instrument: { kind: 'descriptive', name: 'S' },
      items: [
        {
          id: 'sex',
          kind: 'single',
          text: { en: 'Sex?' },
          options: [
            { value: 'female', text: { en: 'Female' } },
            { value: 'male', text: { en: 'Male' } },
          ],
        },
        { id: 'q1', kind: 'scale', text: { en: 'Q1?' }, options: [0, 1, 2, 3].map((value) => ({ value, text: { en: String(value) } })) },
        { id: 'q2', kind: 'scale', text: { en: 'Q2?' }, options: [0, 1, 2, 3].map((value) => ({ value, text: { en: String(value) } })) },
        { id: 'follow', kind: 'boolean', text: { en: 'Follow-up?' }, when: { positive: 'total' } },
      ],
    },
  ],
  scores: [
    {
      id: 'total',
      title: { en: 'Total' },
      section: 's',
      items: ['q1', 'q2'],
      bands: [{ min: 0, max: 6, label: { en: 'Any' } }],
      cutoffs: [{ when: { item: 'sex', eq: 'male' }, gte: 4 }, { gte: 3 }],
    },
  ],
});
