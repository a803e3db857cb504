import * as fc from 'fast-check';
import { PREFER_NOT_TO_ANSWER, type Item } from '../../src/definition/item.js';
import type { AnswerValue, QuestionnaireInput } from '../../src/definition/types.js';

/** Numbers that conditions in the questionnaires compare against, so boundaries are hit often. */
function thresholds(q: QuestionnaireInput, itemId: string): number[] {
  const out = new Set<number>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (o.item === itemId) for (const k of ['eq', 'ne', 'gt', 'gte', 'lt', 'lte']) if (typeof o[k] === 'number') out.add(o[k] as number);
    Object.values(o).forEach(visit);
  };
  visit(q);
  return [...out].flatMap((n) => [n - 1, n, n + 1]);
}

function valueOf(q: QuestionnaireInput, item: Exclude<Item, { kind: 'display' }>): fc.Arbitrary<AnswerValue> {
  const base = ((): fc.Arbitrary<AnswerValue> => {
    switch (item.kind) {
      case 'single':
        return fc.constantFrom(...item.options.map((o) => o.value));
      case 'scale':
        return fc.constantFrom(...item.options.map((o) => o.value));
      case 'multi': {
        const plain = item.options.filter((o) => !o.exclusive).map((o) => o.value);
        const exclusive = item.options.filter((o) => o.exclusive).map((o) => [o.value]);
        const some = plain.length > 0 ? [fc.subarray(plain, { minLength: 1 })] : [];
        return fc.oneof(...some, ...(exclusive.length > 0 ? [fc.constantFrom(...exclusive)] : []));
      }
      case 'boolean':
        return fc.boolean();
      case 'number': {
        const min = item.min ?? -10;
        const max = item.max ?? Math.max(min + 100, 100);
        const near = thresholds(q, item.id).filter((n) => n >= min && n <= max && (!item.integer || Number.isInteger(n)));
        const whole = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
        const any = item.integer
          ? whole
          : fc.oneof(
              whole,
              whole.map((n) => Math.min(max, n + 0.5)),
            );
        return near.length > 0 ? fc.oneof(any, fc.constantFrom(...near)) : any;
      }
      case 'text':
        // At least one letter: an R4 string must hold more than whitespace, so a blank answer is written as unanswered.
        return fc.stringMatching(/^[a-z ]{1,12}$/).map((s) => (s.trim() === '' ? `x${s.slice(1)}` : s));
      case 'date':
        return fc
          .constantFrom(item.min ?? '2001-02-03', item.max ?? '2020-12-31', '2010-06-15')
          .filter((d) => (!item.min || d >= item.min) && (!item.max || d <= item.max));
    }
  })();
  return item.preferNotToAnswer ? fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: fc.constant(PREFER_NOT_TO_ANSWER) }) : base;
}

/**
 * Random answers objects for a questionnaire: each answerable item is
 * answered (validly, "prefer not to answer" included where offered) or left
 * out. Answers to items the other answers hide are included too: the code
 * under test must drop them.
 */
export function answersFor(q: QuestionnaireInput): fc.Arbitrary<Record<string, AnswerValue>> {
  const model: Record<string, fc.Arbitrary<AnswerValue | undefined>> = {};
  for (const section of q.sections) {
    for (const raw of section.items) {
      const item = raw as Item;
      if (item.kind === 'display') continue;
      model[item.id] = fc.option(valueOf(q, item), { nil: undefined, freq: 4 });
    }
  }
  return fc.record(model).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Record<string, AnswerValue>);
}
