import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import type { Issue } from '../../src/issues/issue.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';

type Json = Record<string, unknown>;
const scale = (id: string, extra: Json = {}) => ({
  id,
  kind: 'scale',
  text: { en: id },
  options: [
    { value: 0, text: { en: 'No' } },
    { value: 1, text: { en: 'Yes' } },
  ],
  ...extra,
});
const single = (id: string, extra: Json = {}) => ({
  id,
  kind: 'single',
  text: { en: id },
  options: [
    { value: 'a', text: { en: 'A' } },
    { value: 'b', text: { en: 'B' } },
  ],
  ...extra,
});

function base(): Json {
  return {
    id: 'check',
    version: '1.0.0',
    title: { en: 'Check' },
    sections: [
      { id: 's1', title: { en: 'S1' }, instrument: { kind: 'descriptive', name: 'S1' }, items: [single('s1.a'), scale('s1.b'), scale('s1.c')] },
      { id: 's2', title: { en: 'S2' }, instrument: { kind: 'descriptive', name: 'S2' }, items: [{ id: 's2.text', kind: 'text', text: { en: 'T' } }] },
    ],
    scores: [
      {
        id: 'total',
        title: { en: 'Total' },
        section: 's1',
        items: ['s1.b', 's1.c'],
        bands: [
          { min: 0, max: 0, label: { en: 'None' } },
          { min: 1, max: 2, label: { en: 'Some' } },
        ],
        cutoffs: [{ gte: 1 }],
      },
    ],
  };
}

function issuesOf(mutate: (d: Json & { sections: Json[]; scores: Json[] }) => void): Issue[] {
  const d = base() as Json & { sections: Json[]; scores: Json[] };
  mutate(d);
  try {
    parseQuestionnaire(d);
  } catch (e) {
    if (e instanceof QuestionnaireError) return [...e.issues];
    throw e;
  }
  return [];
}
const items = (d: { sections: Json[] }, s = 0) => d.sections[s]?.items as Json[];

describe('static checks', () => {
  it('accept the base definition', () => {
    expect(issuesOf(() => {})).toEqual([]);
  });

  const cases: [string, (d: Json & { sections: Json[]; scores: Json[] }) => void, string, (string | number)[]][] = [
    ['invalid-definition', (d) => (d.version = 'one'), 'invalid-definition', ['version']],
    ['invalid-definition (unknown key)', (d) => (d.colour = 'red'), 'invalid-definition', []],
    ['duplicate-id (item)', (d) => items(d, 1).push(single('s1.a')), 'duplicate-id', ['sections', 1, 'items', 1, 'id']],
    ['duplicate-id (section vs item)', (d) => items(d, 1).push(single('s1')), 'duplicate-id', ['sections', 1, 'items', 1, 'id']],
    ['reserved-id', (d) => items(d, 1).push(single('constructor')), 'reserved-id', ['sections', 1, 'items', 1, 'id']],
    ['reserved-id (__proto__ key)', (d) => Object.defineProperty(d, '__proto__', { value: {}, enumerable: true }), 'reserved-id', ['__proto__']],
    ['unknown-item', (d) => (items(d, 1)[0]!.when = { item: 's1.zzz', eq: 'a' }), 'unknown-item', ['sections', 1, 'items', 0, 'when']],
    ['unknown-option', (d) => (items(d, 1)[0]!.when = { item: 's1.a', eq: 'c' }), 'unknown-option', ['sections', 1, 'items', 0, 'when']],
    ['unknown-option (scale)', (d) => (items(d, 1)[0]!.when = { item: 's1.b', in: [0, 7] }), 'unknown-option', ['sections', 1, 'items', 0, 'when']],
    ['unknown-score', (d) => (items(d, 1)[0]!.when = { score: 'nope', gte: 1 }), 'unknown-score', ['sections', 1, 'items', 0, 'when']],
    ['forward-reference (item)', (d) => (items(d)[0]!.when = { item: 's1.b', eq: 1 }), 'forward-reference', ['sections', 0, 'items', 0, 'when']],
    ['forward-reference (section)', (d) => (d.sections[0]!.when = { answered: 's2.text' }), 'forward-reference', ['sections', 0, 'when']],
    ['forward-reference (score)', (d) => (items(d)[1]!.when = { positive: 'total' }), 'forward-reference', ['sections', 0, 'items', 1, 'when']],
    ['self-reference', (d) => (items(d)[0]!.when = { answered: 's1.a' }), 'self-reference', ['sections', 0, 'items', 0, 'when']],
    ['condition-mismatch', (d) => (items(d, 1)[0]!.when = { item: 's1.a', gte: 1 }), 'condition-mismatch', ['sections', 1, 'items', 0, 'when']],
    [
      'condition-mismatch (nested)',
      (d) => (items(d, 1)[0]!.when = { all: [{ answered: 's1.a' }, { not: { item: 's1.b', includes: 'x' } }] }),
      'condition-mismatch',
      ['sections', 1, 'items', 0, 'when', 'all', 1, 'not'],
    ],
    ['score-item-not-scale', (d) => (d.scores[0]!.items = ['s1.a', 's1.b']), 'score-item-not-scale', ['scores', 0, 'items', 0]],
    ['band-overlap', (d) => ((d.scores[0]!.bands as Json[])[1]!.min = 0), 'band-overlap', ['scores', 0, 'bands', 1]],
    ['band-gap (inside)', (d) => ((d.scores[0]!.bands as Json[])[1]!.min = 2), 'band-gap', ['scores', 0, 'bands', 1]],
    ['band-gap (top)', (d) => ((d.scores[0]!.bands as Json[])[1]!.max = 1), 'band-gap', ['scores', 0, 'bands']],
    ['empty-section', (d) => (d.sections[1]!.items = []), 'empty-section', ['sections', 1, 'items']],
    [
      'invalid-range',
      (d) => items(d, 1).push({ id: 's2.n', kind: 'number', text: { en: 'N' }, min: 5, max: 1 }),
      'invalid-range',
      ['sections', 1, 'items', 1, 'min'],
    ],
    ['missing-translation', (d) => (d.locales = ['en', 'es']), 'missing-translation', ['title']],
    [
      'reserved-value',
      (d) => (items(d)[0]!.options = [{ value: 'prefer-not-to-answer', text: { en: 'No' } }]),
      'reserved-value',
      ['sections', 0, 'items', 0, 'options', 0, 'value'],
    ],
  ];

  it.each(cases)('%s', (_name, mutate, code, path) => {
    const found = issuesOf(mutate);
    const hit = found.find((i) => i.code === code);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit?.path).toEqual(path);
    expect(hit?.message).toMatch(/\S/);
  });

  it('reports every issue at once, not just the first', () => {
    const found = issuesOf((d) => {
      items(d, 1)[0]!.when = { item: 's1.zzz', eq: 'a' };
      d.sections[1]!.when = { item: 's1.a', eq: 'c' };
    });
    expect(found.map((i) => i.code).sort()).toEqual(['unknown-item', 'unknown-option']);
  });

  it('refuse JSON nested deeper than the limit', () => {
    let when: Json = { answered: 's1.a' };
    for (let i = 0; i < 100; i++) when = { not: when };
    const found = issuesOf((d) => (items(d, 1)[0]!.when = when));
    expect(found[0]?.code).toBe('invalid-definition');
  });

  it('refuse non-objects and huge inputs with issues, not crashes', () => {
    for (const input of [null, 42, 'x', [], { id: 'x' }]) {
      expect(() => parseQuestionnaire(input)).toThrow(QuestionnaireError);
    }
    const many = issuesOf((d) => {
      d.sections[1]!.items = Array.from({ length: 10_000 }, (_, i) => single(`s2.i${i}`));
    });
    expect(many[0]?.code).toBe('invalid-definition');
  });

  it('return a frozen questionnaire that later mutation of the input cannot reach', () => {
    const input = base() as Json & { sections: Json[] };
    const q = parseQuestionnaire(input);
    input.id = 'changed';
    expect(q.id).toBe('check');
    expect(Object.isFrozen(q.sections[0])).toBe(true);
  });
});
