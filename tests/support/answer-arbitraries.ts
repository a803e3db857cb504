import fc from 'fast-check';
import type { Item } from '../../src/definition/item.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';

const DECLINE = 'prefer-not-to-answer';

/** Valid answer values for one item, including "prefer not to answer" where offered. */
export function validValue(item: Item): fc.Arbitrary<unknown> {
  const decline = 'preferNotToAnswer' in item && item.preferNotToAnswer ? [fc.constant(DECLINE)] : [];
  switch (item.kind) {
    case 'single':
      return fc.oneof(fc.constantFrom(...item.options.map((o) => o.value)), ...decline);
    case 'scale':
      return fc.oneof(fc.constantFrom(...item.options.map((o) => o.value)), ...decline);
    case 'multi': {
      const plain = item.options.filter((o) => !o.exclusive).map((o) => o.value);
      const exclusive = item.options.filter((o) => o.exclusive).map((o) => [o.value]);
      const arbs: fc.Arbitrary<unknown>[] = [fc.subarray(plain)];
      if (exclusive.length > 0) arbs.push(fc.constantFrom(...exclusive));
      return fc.oneof(...arbs, ...decline);
    }
    case 'boolean':
      return fc.oneof(fc.boolean(), ...decline);
    case 'number': {
      const min = item.min ?? -1000;
      const max = item.max ?? 1000;
      const n = item.integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
      return fc.oneof(n, ...decline);
    }
    case 'text':
      return fc.oneof(fc.string({ maxLength: Math.min(item.maxLength ?? 500, 40) }), ...decline);
    case 'date':
      return fc.oneof(
        fc
          .date({ min: new Date(item.min ?? '1950-01-01'), max: new Date(item.max ?? '2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        ...decline,
      );
    case 'display':
      return fc.constant('display text takes no answer');
  }
}

/** Values that are wrong for most items. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e9, 1e9, '', 'x'.repeat(20_000), null, [], ['nope'], {}, true, 3.5, '2021-02-30'),
  fc.string({ maxLength: 10 }),
  fc.integer(),
);

/** A random answers object for a questionnaire: any subset of items with valid values (visibility not considered). */
export function answersArbitrary(q: QuestionnaireInput): fc.Arbitrary<Record<string, unknown>> {
  const entries = indexOf(q).order.filter((e) => e.item.kind !== 'display');
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const e of entries) record[e.item.id] = validValue(e.item);
  return fc.record(record, { requiredKeys: [] });
}

/** Any event a host might send, valid or not. */
export function eventArbitrary(q: QuestionnaireInput): fc.Arbitrary<{ type: string; itemId?: unknown; value?: unknown }> {
  const entries = indexOf(q).order;
  const ids = entries.map((e) => e.item.id);
  const answerValid = fc.constantFrom(...entries).chain((e) => validValue(e.item).map((value) => ({ type: 'ANSWER', itemId: e.item.id, value })));
  const answerBad = fc.record({
    type: fc.constant('ANSWER'),
    itemId: fc.oneof(fc.constantFrom(...ids), fc.constantFrom('__proto__', 'constructor', 'prototype', 'nope', ''), fc.integer()),
    value: badValue,
  });
  return fc.oneof(
    { arbitrary: answerValid, weight: 8 },
    { arbitrary: answerBad, weight: 2 },
    { arbitrary: fc.constant({ type: 'ANSWER', itemId: ids[0], value: null }), weight: 1 },
    { arbitrary: fc.constantFrom({ type: 'NEXT' }, { type: 'BACK' }, { type: 'SUBMIT' }, { type: 'ACKNOWLEDGE' }), weight: 6 },
    { arbitrary: fc.constant({ type: 'JUMP' }), weight: 1 },
  );
}

/** Runs per property: at least 1,000 in CI, fewer locally for speed. */
export const RUNS = process.env.CI ? 1000 : 200;
