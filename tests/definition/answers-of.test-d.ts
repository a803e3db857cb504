import { describe, expectTypeOf, it } from 'vitest';
import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';
import type { AnswersOf, ConditionOf, ItemIdOf, ScoreIdOf } from '../../src/definition/types.js';
import type { flowFixture } from '../fixtures/flow-fixture.js';

type Fixture = typeof flowFixture;

describe('AnswersOf', () => {
  it('infers literal item ids and answer types per kind', () => {
    expectTypeOf<AnswersOf<Fixture>>().toEqualTypeOf<{
      readonly 'use.substances'?: readonly ('heroin' | 'alcohol' | 'none')[];
      readonly 'use.route'?: 'smoking' | 'injection';
      readonly 'use.naloxone'?: boolean;
      readonly 'use.age'?: number | 'prefer-not-to-answer';
      readonly 'use.notes'?: string;
      readonly 'use.last'?: string;
      readonly 'mood.q1'?: 0 | 1 | 2 | 3;
      readonly 'mood.q2'?: 0 | 1 | 2 | 3;
      readonly 'mood.q9'?: 0 | 1 | 2 | 3 | 'prefer-not-to-answer';
      readonly 'alc.q1'?: 0 | 1;
      readonly 'acute.now'?: 'yes' | 'no' | 'prefer-not-to-answer';
      readonly 'acute.after'?: boolean;
    }>();
  });

  it('leaves display items out and keeps ids literal', () => {
    expectTypeOf<ItemIdOf<Fixture>>().not.toEqualTypeOf<string>();
    expectTypeOf<'use.info'>().not.toExtend<ItemIdOf<Fixture>>();
    expectTypeOf<ScoreIdOf<Fixture>>().toEqualTypeOf<'mood'>();
  });

  it('rejects a wrong item id or option value in an answers object', () => {
    const ok: AnswersOf<Fixture> = { 'use.route': 'injection', 'mood.q1': 2 };
    // @ts-expect-error "use.rout" is not an item id
    const badId: AnswersOf<Fixture> = { 'use.rout': 'injection' };
    // @ts-expect-error "needle" is not an option of use.route
    const badOption: AnswersOf<Fixture> = { 'use.route': 'needle' };
    // @ts-expect-error 4 is not a value of the mood.q1 scale
    const badScale: AnswersOf<Fixture> = { 'mood.q1': 4 };
    // @ts-expect-error use.naloxone does not offer "prefer not to answer"
    const badDecline: AnswersOf<Fixture> = { 'use.naloxone': 'prefer-not-to-answer' };
    expectTypeOf(ok).toExtend<object>();
    expectTypeOf([badId, badOption, badScale, badDecline]).toBeArray();
  });
});

describe('ConditionOf', () => {
  it('accepts conditions that fit the items', () => {
    const conditions: ConditionOf<Fixture>[] = [
      { item: 'use.substances', includes: 'heroin' },
      { item: 'use.route', in: ['smoking', 'injection'] },
      { item: 'mood.q9', gte: 1 },
      { score: 'mood', gte: 5 },
      { positive: 'mood' },
      { all: [{ answered: 'use.notes' }, { not: { declined: 'acute.now' } }] },
    ];
    expectTypeOf(conditions).toBeArray();
  });

  it('rejects a wrong id, option value, score or operator', () => {
    // @ts-expect-error unknown item id
    const a: ConditionOf<Fixture> = { item: 'use.nope', eq: 'x' };
    // @ts-expect-error unknown option value
    const b: ConditionOf<Fixture> = { item: 'use.substances', includes: 'cocaine' };
    // @ts-expect-error unknown score
    const c: ConditionOf<Fixture> = { positive: 'phq9' };
    // @ts-expect-error "includes" does not apply to a single item
    const d: ConditionOf<Fixture> = { item: 'use.route', includes: 'smoking' };
    // @ts-expect-error nested typo
    const e: ConditionOf<Fixture> = { any: [{ answered: 'use.note' }] };
    expectTypeOf([a, b, c, d, e]).toBeArray();
  });
});

describe('defineQuestionnaire', () => {
  it('makes a wrong option value in a condition a compile error', () => {
    defineQuestionnaire({
      id: 'demo',
      version: '1.0.0',
      title: { en: 'Demo' },
      sections: [
        {
          id: 'use',
          title: { en: 'Use' },
          instrument: { kind: 'descriptive', name: 'Use' },
          items: [
            { id: 'use.route', kind: 'single', text: { en: 'How?' }, options: [{ value: 'smoking', text: { en: 'Smoking' } }] },
            // @ts-expect-error "smokin" is not an option of use.route: the error is at the condition, not at `sections`
            { id: 'use.b', kind: 'boolean', text: { en: 'B' }, when: { item: 'use.route', eq: 'smokin' } },
          ],
        },
      ],
    });
  });

  it('makes a wrong item id in a rule a compile error', () => {
    defineQuestionnaire({
      id: 'demo',
      version: '1.0.0',
      title: { en: 'Demo' },
      sections: [
        {
          id: 'use',
          title: { en: 'Use' },
          instrument: { kind: 'descriptive', name: 'Use' },
          items: [{ id: 'use.ok', kind: 'boolean', text: { en: 'OK?' } }],
        },
      ],
      // @ts-expect-error "use.okay" is not an item id
      rules: [{ id: 'r', when: { item: 'use.okay', eq: true }, domain: 'substance-use', finding: { en: 'x' } }],
    });
  });
});
