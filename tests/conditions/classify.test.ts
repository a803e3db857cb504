import { describe, expect, it } from 'vitest';
import { classifyCondition, conditionItems, conditionScores, walk, type ConditionNode } from '../../src/conditions/classify.js';
import type { Condition } from '../../src/conditions/condition.js';

describe('classifyCondition', () => {
  const table: [Condition, ConditionNode][] = [
    [
      { item: 'a', eq: 'x' },
      { kind: 'compare', item: 'a', op: 'eq', value: 'x' },
    ],
    [
      { item: 'a', ne: false },
      { kind: 'compare', item: 'a', op: 'ne', value: false },
    ],
    [
      { item: 'a', gt: 1 },
      { kind: 'compare', item: 'a', op: 'gt', value: 1 },
    ],
    [
      { item: 'a', gte: 2 },
      { kind: 'compare', item: 'a', op: 'gte', value: 2 },
    ],
    [
      { item: 'a', lt: 3 },
      { kind: 'compare', item: 'a', op: 'lt', value: 3 },
    ],
    [
      { item: 'a', lte: 4 },
      { kind: 'compare', item: 'a', op: 'lte', value: 4 },
    ],
    [
      { item: 'a', eq: 0 },
      { kind: 'compare', item: 'a', op: 'eq', value: 0 },
    ],
    [
      { item: 'a', in: ['x', 1] },
      { kind: 'in', item: 'a', values: ['x', 1] },
    ],
    [
      { item: 'a', includes: 'x' },
      { kind: 'includes', item: 'a', value: 'x' },
    ],
    [
      { score: 's', gt: 1 },
      { kind: 'score', score: 's', op: 'gt', value: 1 },
    ],
    [
      { score: 's', gte: 2 },
      { kind: 'score', score: 's', op: 'gte', value: 2 },
    ],
    [
      { score: 's', lt: 3 },
      { kind: 'score', score: 's', op: 'lt', value: 3 },
    ],
    [
      { score: 's', lte: 4 },
      { kind: 'score', score: 's', op: 'lte', value: 4 },
    ],
    [{ answered: 'a' }, { kind: 'answered', item: 'a' }],
    [{ declined: 'a' }, { kind: 'declined', item: 'a' }],
    [{ positive: 's' }, { kind: 'positive', score: 's' }],
    [{ all: [{ answered: 'a' }] }, { kind: 'all', conditions: [{ answered: 'a' }] }],
    [{ any: [{ answered: 'b' }] }, { kind: 'any', conditions: [{ answered: 'b' }] }],
    [{ not: { declined: 'c' } }, { kind: 'not', condition: { declined: 'c' } }],
  ];
  it.each(table)('%j', (condition, node) => {
    expect(classifyCondition(condition)).toStrictEqual(node);
  });

  it('keeps the child conditions by reference', () => {
    const children: Condition[] = [{ answered: 'a' }, { answered: 'b' }];
    const node = classifyCondition({ all: children });
    expect(node.kind === 'all' && node.conditions).toBe(children);
  });
});

describe('conditionItems', () => {
  it('lists every item read directly, once, in first-seen order', () => {
    const c: Condition = {
      all: [
        { item: 'b', eq: 1 },
        { any: [{ answered: 'a' }, { declined: 'c' }, { item: 'b', gte: 2 }] },
        { not: { item: 'd', includes: 'x' } },
        { item: 'e', in: ['x'] },
      ],
    };
    expect(conditionItems(c)).toStrictEqual(['b', 'a', 'c', 'd', 'e']);
  });

  it('does not list scores', () => {
    expect(conditionItems({ any: [{ score: 's', gte: 1 }, { positive: 'p' }] })).toStrictEqual([]);
    expect(conditionItems({ score: 's', gte: 1 })).toStrictEqual([]);
  });
});

describe('conditionScores', () => {
  it('lists every score read, including through positive, once, in first-seen order', () => {
    const c: Condition = {
      any: [{ positive: 'p' }, { not: { score: 's', lt: 3 } }, { score: 'p', gte: 1 }, { item: 'i', eq: 1 }],
    };
    expect(conditionScores(c)).toStrictEqual(['p', 's']);
  });

  it('does not list items', () => {
    expect(conditionScores({ all: [{ item: 'a', eq: 1 }, { answered: 'b' }] })).toStrictEqual([]);
  });
});

describe('walk', () => {
  it('visits every node depth first, parents before children, with their paths', () => {
    const seen: [string, readonly (string | number)[]][] = [];
    walk({ all: [{ answered: 'a' }, { any: [{ not: { declined: 'b' } }, { positive: 'p' }] }] }, (node, path) => seen.push([node.kind, path]));
    expect(seen).toStrictEqual([
      ['all', []],
      ['answered', ['all', 0]],
      ['any', ['all', 1]],
      ['not', ['all', 1, 'any', 0]],
      ['declined', ['all', 1, 'any', 0, 'not']],
      ['positive', ['all', 1, 'any', 1]],
    ]);
  });

  it('starts from the path it is given', () => {
    const paths: (readonly (string | number)[])[] = [];
    walk({ not: { answered: 'a' } }, (_node, path) => paths.push(path), ['sections', 2, 'when']);
    expect(paths).toStrictEqual([
      ['sections', 2, 'when'],
      ['sections', 2, 'when', 'not'],
    ]);
  });

  it('visits a leaf once', () => {
    let count = 0;
    walk({ item: 'a', eq: 1 }, () => count++);
    expect(count).toBe(1);
  });
});
