import { describe, expectTypeOf, it } from 'vitest';
import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';
import type { AnswersOf } from '../../src/definition/types.js';

const q = defineQuestionnaire({
  id: 'demo',
  version: '1.0.0',
  title: { en: 'Demo' },
  sections: [
    {
      id: 'use',
      title: { en: 'Use' },
      instrument: { kind: 'descriptive', name: 'Use' },
      items: [
        { id: 'use.route', kind: 'single', text: { en: 'How?' }, options: [{ value: 'smoking', text: { en: 'Smoking' } }, { value: 'injection', text: { en: 'Injection' } }] },
        { id: 'use.naloxone', kind: 'boolean', text: { en: 'Naloxone?' }, when: { item: 'use.route', eq: 'injection' }, preferNotToAnswer: true },
        { id: 'use.q', kind: 'scale', text: { en: 'Q' }, options: [{ value: 0, text: { en: 'No' } }, { value: 1, text: { en: 'Yes' } }] },
      ],
    },
  ],
  rules: [{ id: 'r', when: { item: 'use.q', gte: 1 }, domain: 'substance-use', finding: { en: 'x' } }],
});

describe('smoke', () => {
  it('infers', () => {
    expectTypeOf<AnswersOf<typeof q>>().toEqualTypeOf<{
      readonly 'use.route'?: 'smoking' | 'injection';
      readonly 'use.naloxone'?: boolean | 'prefer-not-to-answer';
      readonly 'use.q'?: 0 | 1;
    }>();
  });
  it('rejects typos', () => {
    defineQuestionnaire({
      id: 'demo', version: '1.0.0', title: { en: 'Demo' },
      // @ts-expect-error option value "smokin" does not exist on use.route
      sections: [{ id: 'use', title: { en: 'Use' }, instrument: { kind: 'descriptive', name: 'Use' }, items: [
        { id: 'use.route', kind: 'single', text: { en: 'How?' }, options: [{ value: 'smoking', text: { en: 'Smoking' } }] },
        { id: 'use.b', kind: 'boolean', text: { en: 'B' }, when: { item: 'use.route', eq: 'smokin' } },
      ] }],
    });
  });
});
