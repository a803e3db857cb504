import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/conditions/condition.js';
import { compileCondition } from '../../src/conditions/evaluate.js';
import type { IndexedItem, IndexedScore } from '../../src/engine/questionnaire-index.js';
import type { Band } from '../../src/definition/score.js';
import { computeScore, scoreRange, type ScoringScope } from '../../src/engine/compute-score.js';

const DECLINED = 'prefer-not-to-answer';

function scale(id: string, values: number[]): IndexedItem {
  return {
    item: { id, kind: 'scale', text: { en: id }, options: values.map((value) => ({ value, text: { en: String(value) } })) },
    section: 0,
    position: 0,
    when: undefined,
  };
}

function number(id: string): IndexedItem {
  return { item: { id, kind: 'number', text: { en: id } }, section: 0, position: 0, when: undefined };
}

const low: Band = { min: 0, max: 2, label: { en: 'Low' } };
const high: Band = { min: 3, max: 6, label: { en: 'High' } };

function indexed(items: IndexedItem[], options: { bands?: Band[]; cutoffs?: { gte: number; when?: Condition }[] } = {}): IndexedScore {
  const cutoffs = options.cutoffs ?? [];
  return {
    score: {
      id: 'total',
      title: { en: 'Total' },
      section: 's',
      items: items.map((i) => i.item.id),
      bands: options.bands ?? [],
      cutoffs: cutoffs.map((c) => (c.when ? { gte: c.gte, when: c.when } : { gte: c.gte })),
    },
    position: 0,
    items,
    cutoffs: cutoffs.map((c, index) => ({ gte: c.gte, when: c.when ? compileCondition(c.when) : undefined, index })),
  };
}

/** Items not in `hidden` are visible; answers only for the ids given. */
function scope(answers: Record<string, unknown>, hidden: string[] = []): ScoringScope {
  return {
    visible: (id) => !hidden.includes(id),
    answer: (id) => (Object.hasOwn(answers, id) ? answers[id] : undefined),
    scoreValue: () => null,
    scorePositive: () => false,
  };
}

/** Two 0–3 items: range 0–6, bands Low 0–2 and High 3–6. */
function twoItems(cutoffs: { gte: number; when?: Condition }[] = []): IndexedScore {
  return indexed([scale('a', [0, 1, 2, 3]), scale('b', [0, 1, 2, 3])], { bands: [low, high], cutoffs });
}

describe('scoreRange', () => {
  it('sums the lowest and highest option of each scale item, whatever the option order', () => {
    const s = indexed([scale('a', [0, 1, 2, 3]), scale('b', [3, 1, 2]), scale('c', [5, -2])]);
    expect(scoreRange(s)).toStrictEqual({ min: -1, max: 11 });
  });

  it('does not assume options start at zero or are negative', () => {
    expect(scoreRange(indexed([scale('a', [5, 7])]))).toStrictEqual({ min: 5, max: 7 });
    expect(scoreRange(indexed([scale('a', [-7, -5])]))).toStrictEqual({ min: -7, max: -5 });
  });

  it('skips items that are not scales', () => {
    expect(scoreRange(indexed([scale('a', [1, 4]), number('n')]))).toStrictEqual({ min: 1, max: 4 });
    expect(scoreRange(indexed([number('n')]))).toStrictEqual({ min: 0, max: 0 });
  });
});

describe('computeScore: complete', () => {
  it('sums the answers and reports range, band, cut-off and items', () => {
    const result = computeScore(twoItems([{ gte: 3 }]), scope({ a: 1, b: 3 }));
    expect(result).toStrictEqual({
      id: 'total',
      status: 'complete',
      value: 4,
      min: 0,
      max: 6,
      band: high.label,
      positive: true,
      cutoffIndex: 0,
      cutoff: 3,
      items: ['a', 'b'],
    });
  });

  it('counts an answer of 0 as given', () => {
    const result = computeScore(twoItems(), scope({ a: 0, b: 0 }));
    expect(result.status).toBe('complete');
    expect(result.value).toBe(0);
  });

  it.each([
    [0, 0, 'Low'],
    [2, 0, 'Low'],
    [2, 1, 'High'],
    [3, 3, 'High'],
  ])('puts %d + %d in band %s (bands are inclusive at both ends)', (a, b, label) => {
    const result = computeScore(twoItems(), scope({ a, b }));
    expect(result.status === 'complete' && result.band).toStrictEqual({ en: label });
  });

  it('finds the band by both bounds, whatever order the bands are listed in', () => {
    const s = indexed([scale('a', [0, 1, 2, 3]), scale('b', [0, 1, 2, 3])], { bands: [high, low] });
    const at = (a: number, b: number) => {
      const r = computeScore(s, scope({ a, b }));
      return r.status === 'complete' ? r.band : undefined;
    };
    expect(at(1, 0)).toStrictEqual(low.label);
    expect(at(1, 1)).toStrictEqual(low.label);
    expect(at(2, 1)).toStrictEqual(high.label);
    expect(at(3, 3)).toStrictEqual(high.label);
  });

  it('has no band when no band covers the total', () => {
    const s = indexed([scale('a', [0, 1, 2, 3])], { bands: [{ min: 0, max: 1, label: { en: 'Low' } }] });
    const result = computeScore(s, scope({ a: 2 }));
    expect(result.status === 'complete' && result.band).toBeNull();
    const none = computeScore(indexed([scale('a', [0, 1])]), scope({ a: 1 }));
    expect(none.status === 'complete' && none.band).toBeNull();
  });

  it('is positive at the cut-off and not one below it', () => {
    const at = computeScore(twoItems([{ gte: 3 }]), scope({ a: 2, b: 1 }));
    const below = computeScore(twoItems([{ gte: 3 }]), scope({ a: 2, b: 0 }));
    expect(at.status === 'complete' && at.positive).toBe(true);
    expect(below).toMatchObject({ status: 'complete', value: 2, positive: false, cutoffIndex: 0, cutoff: 3 });
  });

  it('has positive, cutoff and cutoffIndex null without cut-offs', () => {
    expect(computeScore(twoItems(), scope({ a: 3, b: 3 }))).toMatchObject({
      status: 'complete',
      value: 6,
      positive: null,
      cutoffIndex: null,
      cutoff: null,
    });
  });

  describe('with sex-specific cut-offs, the first whose `when` holds applies', () => {
    const cutoffs = [{ gte: 3, when: { item: 'sex', eq: 'female' } }, { gte: 4, when: { item: 'sex', eq: 'male' } }, { gte: 5 }];
    const s = indexed([scale('a', [0, 1, 2, 3]), scale('b', [0, 1, 2, 3])], { bands: [low, high], cutoffs });

    it.each([
      ['female', 0, 3, true],
      ['male', 1, 4, false],
      [undefined, 2, 5, false],
    ])('sex %s → cut-off #%d (≥ %d), positive at 3 is %s', (sex, index, gte, positive) => {
      const answers: Record<string, unknown> = { a: 1, b: 2 };
      if (sex !== undefined) answers.sex = sex;
      expect(computeScore(s, scope(answers))).toMatchObject({ value: 3, cutoffIndex: index, cutoff: gte, positive });
    });

    it('an unconditional cut-off first wins over later ones', () => {
      const first = indexed([scale('a', [0, 1, 2, 3])], { cutoffs: [{ gte: 2 }, { gte: 1, when: { answered: 'a' } }] });
      expect(computeScore(first, scope({ a: 1 }))).toMatchObject({ cutoffIndex: 0, cutoff: 2, positive: false });
    });

    it('no cut-off applies when none holds', () => {
      const only = indexed([scale('a', [0, 1])], { cutoffs: [{ gte: 1, when: { item: 'sex', eq: 'female' } }] });
      expect(computeScore(only, scope({ a: 1, sex: 'male' }))).toMatchObject({
        status: 'complete',
        positive: null,
        cutoffIndex: null,
        cutoff: null,
      });
    });
  });
});

describe('computeScore: hidden items', () => {
  it('counts hidden items as 0 and keeps the full range and item list', () => {
    const s = indexed([scale('a', [0, 1, 2, 3]), scale('b', [0, 1, 2, 3]), scale('c', [0, 1, 2, 3])], { cutoffs: [{ gte: 3 }] });
    // The hidden item's answer (if any survived) must not be added.
    const result = computeScore(s, scope({ a: 1, b: 1, c: 3 }, ['c']));
    expect(result).toMatchObject({ status: 'complete', value: 2, min: 0, max: 9, positive: false, items: ['a', 'b', 'c'] });
  });

  it('does not list a hidden unanswered item as missing', () => {
    const result = computeScore(twoItems(), scope({ a: 2 }, ['b']));
    expect(result).toMatchObject({ status: 'complete', value: 2 });
  });

  it('is not applicable when every item is hidden', () => {
    const result = computeScore(twoItems([{ gte: 1 }]), scope({ a: 3, b: 3 }, ['a', 'b']));
    expect(result).toStrictEqual({ id: 'total', status: 'not-applicable', value: null, min: 0, max: 6, items: ['a', 'b'] });
  });

  it('is applicable when exactly one item is visible', () => {
    const result = computeScore(twoItems(), scope({}, ['a']));
    expect(result.status).toBe('incomplete');
  });
});

describe('computeScore: incomplete', () => {
  it('has value null, the partial sum and the missing items in order', () => {
    const s = indexed([scale('a', [0, 1, 2, 3]), scale('b', [0, 1, 2, 3]), scale('c', [0, 1, 2, 3]), scale('d', [0, 1, 2, 3])], {
      bands: [{ min: 0, max: 12, label: { en: 'All' } }],
      cutoffs: [{ gte: 1 }],
    });
    const result = computeScore(s, scope({ a: 2, b: DECLINED, d: 3 }));
    expect(result).toStrictEqual({
      id: 'total',
      status: 'incomplete',
      value: null,
      partialValue: 5,
      min: 0,
      max: 12,
      missing: ['b', 'c'],
      items: ['a', 'b', 'c', 'd'],
    });
  });

  it('treats a declined answer as missing, never as a low score', () => {
    const result = computeScore(twoItems([{ gte: 1 }]), scope({ a: DECLINED, b: 3 }));
    expect(result).toMatchObject({ status: 'incomplete', value: null, partialValue: 3, missing: ['a'] });
  });

  it('has partial value 0 when nothing visible is answered', () => {
    const result = computeScore(twoItems(), scope({}));
    expect(result).toMatchObject({ status: 'incomplete', partialValue: 0, missing: ['a', 'b'] });
  });

  it('treats a non-number answer as missing', () => {
    const result = computeScore(twoItems(), scope({ a: '2', b: 1 }));
    expect(result).toMatchObject({ status: 'incomplete', partialValue: 1, missing: ['a'] });
  });
});
