import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { Condition } from '../../src/conditions/condition.js';

function visibleWith(when: Condition, answers: Record<string, unknown>): boolean {
  const q = parseQuestionnaire({
    id: 'c',
    version: '1.0.0',
    title: { en: 'C' },
    sections: [
      {
        id: 's',
        title: { en: 'S' },
        instrument: { kind: 'descriptive', name: 'S' },
        items: [
          {
            id: 'one',
            kind: 'single',
            preferNotToAnswer: true,
            text: { en: '1' },
            options: [
              { value: 'a', text: { en: 'A' } },
              { value: 'b', text: { en: 'B' } },
            ],
          },
          {
            id: 'many',
            kind: 'multi',
            text: { en: 'M' },
            options: [
              { value: 'x', text: { en: 'X' } },
              { value: 'y', text: { en: 'Y' } },
            ],
          },
          {
            id: 'sc',
            kind: 'scale',
            text: { en: 'S' },
            options: [
              { value: 0, text: { en: '0' } },
              { value: 1, text: { en: '1' } },
              { value: 2, text: { en: '2' } },
            ],
          },
          { id: 'num', kind: 'number', text: { en: 'N' } },
          { id: 'yes', kind: 'boolean', text: { en: 'Y' } },
          { id: 'target', kind: 'boolean', text: { en: 'T' }, when },
        ],
      },
    ],
    scores: [{ id: 'sc', title: { en: 'S' }, section: 's', items: ['sc'], bands: [], cutoffs: [{ gte: 2 }] }],
  });
  return resolveAnswers(q, { ...answers, target: true }).answers.target === true;
}

describe('the condition evaluator', () => {
  const cases: [string, Condition, Record<string, unknown>, boolean][] = [
    ['eq holds', { item: 'one', eq: 'a' }, { one: 'a' }, true],
    ['eq fails', { item: 'one', eq: 'a' }, { one: 'b' }, false],
    ['eq on unanswered', { item: 'one', eq: 'a' }, {}, false],
    ['ne holds', { item: 'one', ne: 'a' }, { one: 'b' }, true],
    ['ne on unanswered is false', { item: 'one', ne: 'a' }, {}, false],
    ['ne on declined is false', { item: 'one', ne: 'a' }, { one: 'prefer-not-to-answer' }, false],
    ['in holds', { item: 'one', in: ['a', 'b'] }, { one: 'b' }, true],
    ['in on declined is false', { item: 'one', in: ['a', 'b'] }, { one: 'prefer-not-to-answer' }, false],
    ['includes holds', { item: 'many', includes: 'y' }, { many: ['x', 'y'] }, true],
    ['includes fails', { item: 'many', includes: 'y' }, { many: ['x'] }, false],
    ['gt', { item: 'sc', gt: 1 }, { sc: 2 }, true],
    ['gt at edge', { item: 'sc', gt: 1 }, { sc: 1 }, false],
    ['gte at edge', { item: 'sc', gte: 1 }, { sc: 1 }, true],
    ['lt at edge', { item: 'sc', lt: 1 }, { sc: 1 }, false],
    ['lte at edge', { item: 'sc', lte: 1 }, { sc: 1 }, true],
    ['number compare', { item: 'num', gte: 2.5 }, { num: 2.5 }, true],
    ['boolean eq false', { item: 'yes', eq: false }, { yes: false }, true],
    ['answered', { answered: 'one' }, { one: 'a' }, true],
    ['answered is false for declined', { answered: 'one' }, { one: 'prefer-not-to-answer' }, false],
    ['declined', { declined: 'one' }, { one: 'prefer-not-to-answer' }, true],
    ['declined is false for an answer', { declined: 'one' }, { one: 'a' }, false],
    ['score gte', { score: 'sc', gte: 2 }, { sc: 2 }, true],
    ['score on incomplete is false', { score: 'sc', lte: 2 }, {}, false],
    ['positive', { positive: 'sc' }, { sc: 2 }, true],
    ['positive below cut-off', { positive: 'sc' }, { sc: 1 }, false],
    ['all', { all: [{ answered: 'one' }, { item: 'sc', eq: 1 }] }, { one: 'a', sc: 1 }, true],
    ['all with one false', { all: [{ answered: 'one' }, { item: 'sc', eq: 1 }] }, { one: 'a', sc: 0 }, false],
    ['any', { any: [{ answered: 'one' }, { item: 'sc', eq: 1 }] }, { sc: 1 }, true],
    ['any all false', { any: [{ answered: 'one' }, { item: 'sc', eq: 1 }] }, { sc: 0 }, false],
    ['not', { not: { answered: 'one' } }, {}, true],
    ['not of true', { not: { answered: 'one' } }, { one: 'a' }, false],
  ];
  it.each(cases)('%s', (_name, when, answers, expected) => {
    expect(visibleWith(when, answers)).toBe(expected);
  });
});
