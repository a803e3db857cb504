import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/conditions/condition.js';
import { compileCondition, type ConditionScope } from '../../src/conditions/evaluate.js';

const DECLINED = 'prefer-not-to-answer';

/** A scope that only knows the ids it is given, so a condition reading the wrong id sees nothing. */
function scope(answers: Record<string, unknown>, scores: Record<string, number | null> = {}, positive: Record<string, boolean> = {}): ConditionScope {
  return {
    answer: (id) => (Object.hasOwn(answers, id) ? answers[id] : undefined),
    scoreValue: (id) => scores[id] ?? null,
    scorePositive: (id) => positive[id] ?? false,
  };
}

function holds(condition: Condition, s: ConditionScope): boolean {
  return compileCondition(condition)(s);
}

describe('compileCondition: eq', () => {
  it('holds on an equal answer of the same type only', () => {
    expect(holds({ item: 'a', eq: 1 }, scope({ a: 1 }))).toBe(true);
    expect(holds({ item: 'a', eq: 1 }, scope({ a: 2 }))).toBe(false);
    expect(holds({ item: 'a', eq: 1 }, scope({ a: '1' }))).toBe(false);
    expect(holds({ item: 'a', eq: 'x' }, scope({ a: 'x' }))).toBe(true);
    expect(holds({ item: 'a', eq: false }, scope({ a: false }))).toBe(true);
    expect(holds({ item: 'a', eq: false }, scope({ a: true }))).toBe(false);
  });

  it('reads the named item', () => {
    expect(holds({ item: 'a', eq: 1 }, scope({ b: 1 }))).toBe(false);
  });

  it('is false when unanswered', () => {
    expect(holds({ item: 'a', eq: 'x' }, scope({}))).toBe(false);
  });

  it('is false on a declined answer, even when compared to the declined marker', () => {
    expect(holds({ item: 'a', eq: DECLINED }, scope({ a: DECLINED }))).toBe(false);
    expect(holds({ item: 'a', eq: 'x' }, scope({ a: DECLINED }))).toBe(false);
  });
});

describe('compileCondition: ne', () => {
  it('holds on a different answer and fails on the same one', () => {
    expect(holds({ item: 'a', ne: 'x' }, scope({ a: 'y' }))).toBe(true);
    expect(holds({ item: 'a', ne: 'x' }, scope({ a: 'x' }))).toBe(false);
    expect(holds({ item: 'a', ne: 0 }, scope({ a: 0 }))).toBe(false);
    expect(holds({ item: 'a', ne: true }, scope({ a: false }))).toBe(true);
  });

  it('is false when unanswered or declined', () => {
    expect(holds({ item: 'a', ne: 'x' }, scope({}))).toBe(false);
    expect(holds({ item: 'a', ne: 'x' }, scope({ b: 'y' }))).toBe(false);
    expect(holds({ item: 'a', ne: 'x' }, scope({ a: DECLINED }))).toBe(false);
  });
});

describe('compileCondition: in', () => {
  it('holds when the answer is one of the values', () => {
    expect(holds({ item: 'a', in: ['x', 'y'] }, scope({ a: 'y' }))).toBe(true);
    expect(holds({ item: 'a', in: [1, 2] }, scope({ a: 1 }))).toBe(true);
  });

  it('fails when the answer is not one of the values', () => {
    expect(holds({ item: 'a', in: ['x', 'y'] }, scope({ a: 'z' }))).toBe(false);
    expect(holds({ item: 'a', in: [1, 2] }, scope({ a: '1' }))).toBe(false);
  });

  it('is false when unanswered or declined, even if the list names the declined marker', () => {
    expect(holds({ item: 'a', in: ['x'] }, scope({}))).toBe(false);
    expect(holds({ item: 'a', in: ['x', DECLINED] }, scope({ a: DECLINED }))).toBe(false);
    expect(holds({ item: 'a', in: ['x'] }, scope({ b: 'x' }))).toBe(false);
  });
});

describe('compileCondition: includes', () => {
  it('holds when a multi answer contains the value', () => {
    expect(holds({ item: 'm', includes: 'y' }, scope({ m: ['x', 'y'] }))).toBe(true);
  });

  it('fails when the multi answer lacks the value or is empty', () => {
    expect(holds({ item: 'm', includes: 'y' }, scope({ m: ['x'] }))).toBe(false);
    expect(holds({ item: 'm', includes: 'y' }, scope({ m: [] }))).toBe(false);
  });

  it('is false for a non-array answer, unanswered or declined', () => {
    expect(holds({ item: 'm', includes: 'y' }, scope({ m: 'y' }))).toBe(false);
    expect(holds({ item: 'm', includes: 'y' }, scope({}))).toBe(false);
    expect(holds({ item: 'm', includes: DECLINED }, scope({ m: DECLINED }))).toBe(false);
    expect(holds({ item: 'm', includes: 'y' }, scope({ n: ['y'] }))).toBe(false);
  });
});

describe('compileCondition: numeric comparisons on items', () => {
  const table: [Condition, number, boolean][] = [
    [{ item: 'n', gt: 2 }, 1, false],
    [{ item: 'n', gt: 2 }, 2, false],
    [{ item: 'n', gt: 2 }, 3, true],
    [{ item: 'n', gte: 2 }, 1, false],
    [{ item: 'n', gte: 2 }, 2, true],
    [{ item: 'n', gte: 2 }, 3, true],
    [{ item: 'n', lt: 2 }, 1, true],
    [{ item: 'n', lt: 2 }, 2, false],
    [{ item: 'n', lt: 2 }, 3, false],
    [{ item: 'n', lte: 2 }, 1, true],
    [{ item: 'n', lte: 2 }, 2, true],
    [{ item: 'n', lte: 2 }, 3, false],
    [{ item: 'n', gte: 2.5 }, 2.5, true],
    [{ item: 'n', gt: -1 }, 0, true],
  ];
  it.each(table)('%j with answer %d is %s', (condition, answer, expected) => {
    expect(holds(condition, scope({ n: answer }))).toBe(expected);
  });

  it('is false for a non-number answer, unanswered or declined', () => {
    expect(holds({ item: 'n', gt: 1 }, scope({ n: '5' }))).toBe(false);
    expect(holds({ item: 'n', lte: 1 }, scope({ n: null }))).toBe(false);
    expect(holds({ item: 'n', lte: 1 }, scope({ n: false }))).toBe(false);
    expect(holds({ item: 'n', lt: 1 }, scope({}))).toBe(false);
    expect(holds({ item: 'n', gte: 0 }, scope({ n: DECLINED }))).toBe(false);
    expect(holds({ item: 'n', gte: 0 }, scope({ m: 5 }))).toBe(false);
  });
});

describe('compileCondition: score comparisons', () => {
  const table: [Condition, number, boolean][] = [
    [{ score: 's', gt: 10 }, 9, false],
    [{ score: 's', gt: 10 }, 10, false],
    [{ score: 's', gt: 10 }, 11, true],
    [{ score: 's', gte: 10 }, 9, false],
    [{ score: 's', gte: 10 }, 10, true],
    [{ score: 's', gte: 10 }, 11, true],
    [{ score: 's', lt: 10 }, 9, true],
    [{ score: 's', lt: 10 }, 10, false],
    [{ score: 's', lt: 10 }, 11, false],
    [{ score: 's', lte: 10 }, 9, true],
    [{ score: 's', lte: 10 }, 10, true],
    [{ score: 's', lte: 10 }, 11, false],
  ];
  it.each(table)('%j with score %d is %s', (condition, value, expected) => {
    expect(holds(condition, scope({}, { s: value }))).toBe(expected);
  });

  it('is false when the score is not complete, whatever the operator', () => {
    // null compares as 0 in JS, so each of these would hold if the null check were missing.
    expect(holds({ score: 's', gte: 0 }, scope({}, { s: null }))).toBe(false);
    expect(holds({ score: 's', lte: 0 }, scope({}, { s: null }))).toBe(false);
    expect(holds({ score: 's', lt: 1 }, scope({}, { s: null }))).toBe(false);
    expect(holds({ score: 's', gt: -1 }, scope({}, { s: null }))).toBe(false);
  });

  it('reads the named score', () => {
    expect(holds({ score: 's', gte: 0 }, scope({}, { t: 5 }))).toBe(false);
    expect(holds({ score: 's', gte: 0 }, scope({}, { s: 0 }))).toBe(true);
  });
});

describe('compileCondition: positive, answered, declined', () => {
  it('positive asks the scope about the named score', () => {
    expect(holds({ positive: 'p' }, scope({}, {}, { p: true }))).toBe(true);
    expect(holds({ positive: 'p' }, scope({}, {}, { p: false }))).toBe(false);
    expect(holds({ positive: 'p' }, scope({}, {}, { q: true }))).toBe(false);
  });

  it('answered holds for any given answer, including falsy ones', () => {
    for (const value of [0, false, '', 'x', [], ['x'], 3]) {
      expect(holds({ answered: 'a' }, scope({ a: value }))).toBe(true);
    }
  });

  it('answered is false when unanswered or declined', () => {
    expect(holds({ answered: 'a' }, scope({}))).toBe(false);
    expect(holds({ answered: 'a' }, scope({ b: 1 }))).toBe(false);
    expect(holds({ answered: 'a' }, scope({ a: DECLINED }))).toBe(false);
  });

  it('declined holds only for the declined marker on the named item', () => {
    expect(holds({ declined: 'a' }, scope({ a: DECLINED }))).toBe(true);
    expect(holds({ declined: 'a' }, scope({ a: 'x' }))).toBe(false);
    expect(holds({ declined: 'a' }, scope({}))).toBe(false);
    expect(holds({ declined: 'a' }, scope({ b: DECLINED }))).toBe(false);
  });
});

describe('compileCondition: all, any, not', () => {
  const t: Condition = { answered: 'yes' };
  const f: Condition = { answered: 'no' };
  const s = scope({ yes: 1 });

  it('all holds only when every part holds', () => {
    expect(holds({ all: [t] }, s)).toBe(true);
    expect(holds({ all: [t, t] }, s)).toBe(true);
    expect(holds({ all: [t, f] }, s)).toBe(false);
    expect(holds({ all: [f, t] }, s)).toBe(false);
    expect(holds({ all: [f] }, s)).toBe(false);
  });

  it('any holds when some part holds', () => {
    expect(holds({ any: [f, t] }, s)).toBe(true);
    expect(holds({ any: [t, f] }, s)).toBe(true);
    expect(holds({ any: [f, f] }, s)).toBe(false);
    expect(holds({ any: [f] }, s)).toBe(false);
  });

  it('not negates its child as is, so not(compare on unanswered) holds', () => {
    expect(holds({ not: t }, s)).toBe(false);
    expect(holds({ not: f }, s)).toBe(true);
    expect(holds({ not: { item: 'gone', eq: 1 } }, s)).toBe(true);
    expect(holds({ not: { not: t } }, s)).toBe(true);
  });

  it('nests', () => {
    const c: Condition = { all: [{ any: [f, { item: 'yes', gte: 1 }] }, { not: { declined: 'yes' } }] };
    expect(holds(c, s)).toBe(true);
    expect(holds(c, scope({ yes: 0 }))).toBe(false);
    expect(holds(c, scope({ yes: DECLINED }))).toBe(false);
  });

  it('re-evaluates against each scope it is given', () => {
    const compiled = compileCondition({ item: 'a', eq: 1 });
    expect(compiled(scope({ a: 1 }))).toBe(true);
    expect(compiled(scope({ a: 2 }))).toBe(false);
  });
});
