import fc from 'fast-check';
import { PREFER_NOT_TO_ANSWER, type Item } from '../../src/definition/item.js';
import type { AnswerValue, QuestionnaireInput } from '../../src/definition/types.js';

// Free text the person might write, including markup a renderer must escape.
const TEXTS = ['', 'Nothing more.', 'I work nights.', '# not a heading', '<b>bold</b> & *stars* [x](y)', 'Línea con acentos — ñ', 'line\nbreak'];

const DAY = 86_400_000;
function dateArbitrary(min: string | undefined, max: string | undefined): fc.Arbitrary<string> {
  const lo = Date.parse(`${min ?? '1990-01-01'}T00:00:00Z`);
  const hi = Date.parse(`${max ?? '2030-12-31'}T00:00:00Z`);
  return fc.integer({ min: 0, max: Math.floor((hi - lo) / DAY) }).map((d) => new Date(lo + d * DAY).toISOString().slice(0, 10));
}

function valueArbitrary(item: Exclude<Item, { kind: 'display' }>): fc.Arbitrary<AnswerValue> {
  let base: fc.Arbitrary<AnswerValue>;
  switch (item.kind) {
    case 'single':
      base = fc.constantFrom(...item.options.map((o) => o.value));
      break;
    case 'scale':
      base = fc.constantFrom(...item.options.map((o) => o.value));
      break;
    case 'multi': {
      const plain = item.options.filter((o) => !o.exclusive).map((o) => o.value);
      const exclusive = item.options.filter((o) => o.exclusive).map((o) => [o.value]);
      base = exclusive.length > 0 ? fc.oneof(fc.subarray(plain), fc.constantFrom(...exclusive)) : fc.subarray(plain);
      break;
    }
    case 'boolean':
      base = fc.boolean();
      break;
    case 'number': {
      const min = item.min ?? 0;
      const max = item.max ?? 1000;
      base = item.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
      break;
    }
    case 'text': {
      const limit = item.maxLength ?? 500;
      base = fc.constantFrom(...TEXTS).map((t) => t.slice(0, limit));
      break;
    }
    case 'date':
      base = dateArbitrary(item.min, item.max);
      break;
  }
  return item.preferNotToAnswer ? fc.oneof({ arbitrary: base, weight: 5 }, { arbitrary: fc.constant(PREFER_NOT_TO_ANSWER), weight: 1 }) : base;
}

/**
 * Random valid answer sets for any questionnaire: each answerable item is
 * answered or left out, with a value valid for its kind. Answers to items the
 * other answers hide are included on purpose; `summarize` must drop them.
 */
export function answersArbitrary(q: QuestionnaireInput): fc.Arbitrary<Record<string, AnswerValue>> {
  const shape: Record<string, fc.Arbitrary<AnswerValue>> = {};
  for (const section of q.sections) {
    for (const item of section.items as readonly Item[]) {
      if (item.kind !== 'display') shape[item.id] = valueArbitrary(item);
    }
  }
  return fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<Record<string, AnswerValue>>;
}
