import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import type { Issue } from '../../src/issues/issue.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { summarize } from '../../src/summary/summarize.js';

type Json = Record<string, unknown>;
const scale = (id: string) => ({
  id,
  kind: 'scale',
  text: { en: id },
  options: [
    { value: 0, text: { en: 'No' } },
    { value: 1, text: { en: 'Yes' } },
  ],
});
const score = (id: string, items: string[], cutoffs: Json[], extra: Json = {}) => ({
  id,
  title: { en: id },
  section: 's1',
  items,
  bands: [{ min: 0, max: items.length, label: { en: 'Any' } }],
  cutoffs,
  ...extra,
});

/** Two scale items, then a later one; scores are given by the case. */
function definition(scores: Json[]): Json {
  return {
    id: 'cutoffs',
    version: '1.0.0',
    title: { en: 'Cut-offs' },
    sections: [
      { id: 's1', title: { en: 'S1' }, instrument: { kind: 'descriptive', name: 'S1' }, items: [scale('s1.a'), scale('s1.b')] },
      { id: 's2', title: { en: 'S2' }, instrument: { kind: 'descriptive', name: 'S2' }, items: [scale('s2.later')] },
    ],
    scores,
  };
}

function issuesOf(scores: Json[]): Issue[] {
  try {
    parseQuestionnaire(definition(scores));
  } catch (e) {
    if (e instanceof QuestionnaireError) return [...e.issues];
    throw e;
  }
  return [];
}

// Each of these passed the static checks before, then made scoring recurse
// without end: summarize threw a RangeError and SUBMIT put the flow in error.
describe('score cut-off conditions that cannot be evaluated are refused when defined (issue 16, case 8)', () => {
  it('a cut-off that reads its own score: cycle', () => {
    const found = issuesOf([score('total', ['s1.a', 's1.b'], [{ gte: 1, when: { score: 'total', gte: 2 } }, { gte: 2 }])]);
    expect(found.map((i) => [i.code, i.path])).toEqual([['cycle', ['scores', 0, 'cutoffs']]]);
    expect(found[0]?.message).toMatch(/reads itself .*Ensure that/);
  });

  it('a positive condition on its own score, nested: cycle', () => {
    const found = issuesOf([score('total', ['s1.a', 's1.b'], [{ gte: 1, when: { not: { positive: 'total' } } }])]);
    expect(found.map((i) => i.code)).toEqual(['cycle']);
  });

  it('cut-offs of two scores that read each other: one cycle issue naming the loop', () => {
    const found = issuesOf([
      score('first', ['s1.a', 's1.b'], [{ gte: 1, when: { positive: 'second' } }, { gte: 2 }]),
      score('second', ['s1.b', 's1.a'], [{ gte: 1, when: { any: [{ answered: 's1.a' }, { score: 'first', gte: 1 }] } }]),
    ]);
    expect(found.map((i) => i.code)).toEqual(['cycle']);
    expect(found[0]?.message).toContain('"first" → "second" → "first"');
  });

  it('a three-score loop is found too', () => {
    const found = issuesOf([
      score('a', ['s1.a', 's1.b'], [{ gte: 1, when: { positive: 'b' } }]),
      score('b', ['s1.a', 's1.b'], [{ gte: 1, when: { positive: 'c' } }]),
      score('c', ['s1.a', 's1.b'], [{ gte: 1, when: { positive: 'a' } }]),
    ]);
    expect(found.map((i) => i.code)).toEqual(['cycle']);
    expect(found[0]?.message).toContain('"a" → "b" → "c" → "a"');
  });

  it('a cut-off that reads an item after the score’s items: forward-reference', () => {
    const found = issuesOf([score('total', ['s1.a', 's1.b'], [{ gte: 1, when: { item: 's2.later', eq: 1 } }])]);
    expect(found.map((i) => [i.code, i.path, i.itemId])).toEqual([['forward-reference', ['scores', 0, 'cutoffs', 0, 'when'], 's2.later']]);
  });

  it('a cut-off that reads a score whose items end later: forward-reference, at the node', () => {
    const found = issuesOf([score('early', ['s1.a'], [{ gte: 1, when: { positive: 'late' } }]), score('late', ['s1.b'], [{ gte: 1 }])]);
    expect(found.map((i) => [i.code, i.path])).toEqual([['forward-reference', ['scores', 0, 'cutoffs', 0, 'when']]]);
  });

  it('accepts cut-offs that read earlier items, the score’s own items and other scores without a loop', () => {
    const scores = [
      score('first', ['s1.a'], [{ gte: 1 }]),
      score('second', ['s1.a', 's1.b'], [{ gte: 1, when: { all: [{ positive: 'first' }, { item: 's1.b', eq: 1 }] } }, { gte: 2 }]),
    ];
    expect(issuesOf(scores)).toEqual([]);
    const q = parseQuestionnaire(definition(scores));
    expect(summarize(q, { 's1.a': 1, 's1.b': 1 }).instruments.map((r) => [r.scoreId, r.positive])).toEqual([
      ['first', true],
      ['second', true],
    ]);
  });

  it('checks a score’s skipped rule like its cut-offs, and its value against the range', () => {
    const skipped = (when: Json, value: number) => ({ skipped: { when, value, meaning: { en: 'Skipped.' } } });
    expect(issuesOf([score('total', ['s1.a', 's1.b'], [{ gte: 1 }], skipped({ score: 'total', gte: 0 }, 0))]).map((i) => i.code)).toEqual(['cycle']);
    expect(issuesOf([score('total', ['s1.a', 's1.b'], [{ gte: 1 }], skipped({ answered: 's2.later' }, 0))]).map((i) => [i.code, i.path])).toEqual([
      ['forward-reference', ['scores', 0, 'skipped', 'when']],
    ]);
    expect(issuesOf([score('total', ['s1.a', 's1.b'], [{ gte: 1 }], skipped({ answered: 's1.a' }, 3))]).map((i) => [i.code, i.path])).toEqual([
      ['invalid-range', ['scores', 0, 'skipped', 'value']],
    ]);
  });
});
