import { answersOf } from '../../src/flow/answers-of.js';
import { describe, expect, it } from 'vitest';
import { answer, run } from './helpers.js';
import { where } from '../support/where.js';
import { flowFixture } from '../fixtures/flow-fixture.js';

const cases: [string, string, unknown, string][] = [
  ['unknown item', 'use.nope', 1, 'unknown-item'],
  ['__proto__ as item id', '__proto__', 1, 'unknown-item'],
  ['constructor as item id', 'constructor', 1, 'unknown-item'],
  ['prototype as item id', 'prototype', 1, 'unknown-item'],
  ['hidden item', 'use.route', 'smoking', 'item-hidden'],
  ['item in another section', 'mood.q1', 1, 'not-in-section'],
  ['display item', 'use.info', 'x', 'wrong-type'],
  ['wrong type for multi', 'use.substances', 'heroin', 'wrong-type'],
  ['option that does not exist', 'use.substances', ['cocaine'], 'out-of-range'],
  ['exclusive option with another', 'use.substances', ['none', 'heroin'], 'out-of-range'],
  ['duplicate values', 'use.substances', ['heroin', 'heroin'], 'out-of-range'],
  ['number out of range', 'use.age', 300, 'out-of-range'],
  ['number not integer', 'use.age', 20.5, 'out-of-range'],
  ['NaN', 'use.age', Number.NaN, 'wrong-type'],
  ['Infinity', 'use.age', Number.POSITIVE_INFINITY, 'wrong-type'],
  ['number as string', 'use.age', '20', 'wrong-type'],
  ['text over its limit', 'use.notes', 'x'.repeat(21), 'too-long'],
  ['1 MB text', 'use.notes', 'x'.repeat(1_000_000), 'too-long'],
  ['date not ISO', 'use.last', '01/02/2020', 'wrong-type'],
  ['impossible date', 'use.last', '2021-02-30', 'wrong-type'],
  ['date out of range', 'use.last', '1999-12-31', 'out-of-range'],
  ['object value', 'use.notes', { __proto__: { polluted: true } }, 'wrong-type'],
];

describe('a bad ANSWER leaves answers unchanged and records an issue', () => {
  it.each(cases)('%s', (_name, itemId, value, code) => {
    const actor = run(answer('use.age', 30));
    const before = answersOf(actor.getSnapshot().context);
    actor.send(answer(itemId, value));
    const after = actor.getSnapshot();
    expect(after.context.issues.map((i) => i.code)).toEqual([code]);
    expect(answersOf(after.context)).toBe(before);
    expect(where(after, flowFixture)).toEqual({ answering: 'use' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses "prefer not to answer" where the item does not offer it', () => {
    const actor = run(answer('use.notes', 'prefer-not-to-answer'));
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('decline-not-offered');
    expect(answersOf(actor.getSnapshot().context)).toEqual({});
  });

  it('rejects malformed ANSWER events', () => {
    const actor = run({ type: 'ANSWER', itemId: 42, value: 1 } as never);
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-event');
    actor.send({ type: 'ANSWER', itemId: 'x'.repeat(5000), value: 1 });
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-event');
  });

  it('rejects event types the flow does not know', () => {
    const actor = run({ type: 'JUMP' } as never);
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-event');
  });

  it('never puts the answer value into an issue message', () => {
    const marker = 'MARKER-7f3a-secret';
    const actor = run(answer('use.notes', `${marker}${'x'.repeat(30)}`));
    const issues = actor.getSnapshot().context.issues;
    expect(issues).toHaveLength(1);
    expect(JSON.stringify(issues)).not.toContain(marker);
  });

  it('clears an answer with null, and an accepted event clears the issues', () => {
    const actor = run(answer('use.age', 30), answer('use.age', 999));
    expect(actor.getSnapshot().context.issues).toHaveLength(1);
    actor.send(answer('use.age', null));
    expect(answersOf(actor.getSnapshot().context)).toEqual({});
    expect(actor.getSnapshot().context.issues).toEqual([]);
  });
});
