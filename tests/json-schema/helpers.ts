import addFormatsModule from 'ajv-formats';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { type Item, PREFER_NOT_TO_ANSWER } from '../../src/definition/item.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import type { JsonSchema } from '../../src/json-schema/index.js';

/** Seeded, so a failure replays. */
export const FC = { seed: 20_240_611, numRuns: 300 } as const;

const addFormats = addFormatsModule.default;

/** ajv in strict mode, every error, with ajv-formats (its `formatMinimum`/`formatMaximum` keywords included). */
export function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Compile a schema in strict mode; compiling is the check that the schema itself is valid. */
export function compile(schema: JsonSchema) {
  return makeAjv().compile(schema);
}

export function answerableItems(q: QuestionnaireInput): Exclude<Item, { kind: 'display' }>[] {
  return indexOf(q)
    .order.map((e) => e.item)
    .filter((i): i is Exclude<Item, { kind: 'display' }> => i.kind !== 'display');
}

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A value `checkAnswer` accepts for the item. */
export function validValue(item: Exclude<Item, { kind: 'display' }>): fc.Arbitrary<unknown> {
  const base = ((): fc.Arbitrary<unknown> => {
    switch (item.kind) {
      case 'single':
        return fc.constantFrom(...item.options.map((o) => o.value));
      case 'multi': {
        const plain = item.options.filter((o) => !o.exclusive).map((o) => o.value);
        const exclusive = item.options.filter((o) => o.exclusive).map((o) => [o.value]);
        return fc.oneof(fc.subarray(plain), ...(exclusive.length > 0 ? [fc.constantFrom(...exclusive)] : []));
      }
      case 'boolean':
        return fc.boolean();
      case 'scale':
        return fc.constantFrom(...item.options.map((o) => o.value));
      case 'number': {
        const min = item.min ?? -1000;
        const max = item.max ?? 1000;
        return item.integer
          ? fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max))
          : fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(min, max));
      }
      case 'text':
        return fc.string({ maxLength: item.maxLength ?? 500 }).filter((s) => s !== PREFER_NOT_TO_ANSWER);
      case 'date': {
        const inRange = isoDate.filter((d) => (item.min === undefined || d >= item.min) && (item.max === undefined || d <= item.max));
        return fc.oneof(inRange, ...(item.min ? [fc.constant(item.min)] : []), ...(item.max ? [fc.constant(item.max)] : []));
      }
    }
  })();
  return item.preferNotToAnswer ? fc.oneof({ arbitrary: base, weight: 4 }, { arbitrary: fc.constant(PREFER_NOT_TO_ANSWER), weight: 1 }) : base;
}

/** A value `checkAnswer` refuses for the item (wrong type, out of range, too long, a decline not offered…). */
export function invalidValue(item: Exclude<Item, { kind: 'display' }>): fc.Arbitrary<unknown> {
  const wrongType = fc.oneof(fc.constant(null), fc.constant({}), fc.constant([1]));
  const declineNotOffered = item.preferNotToAnswer ? [] : [fc.constant(PREFER_NOT_TO_ANSWER)];
  switch (item.kind) {
    case 'single':
      return fc.oneof(wrongType, fc.constant(7), fc.constant('not-an-option'), ...declineNotOffered);
    case 'multi': {
      const exclusive = item.options.find((o) => o.exclusive)?.value;
      const other = item.options.find((o) => !o.exclusive)?.value;
      return fc.oneof(
        wrongType,
        fc.constant(['not-an-option']),
        ...(other ? [fc.constant([other, other])] : []),
        ...(exclusive && other ? [fc.constant([other, exclusive]), fc.constant([exclusive, other])] : []),
        ...declineNotOffered,
      );
    }
    case 'boolean':
      return fc.oneof(wrongType, fc.constant('yes'), fc.constant(0), ...declineNotOffered);
    case 'scale':
      return fc.oneof(wrongType, fc.constant('1'), fc.constant(Math.max(...item.options.map((o) => o.value)) + 1), ...declineNotOffered);
    case 'number':
      return fc.oneof(
        wrongType,
        fc.constant('12'),
        ...(item.max !== undefined ? [fc.constant(item.max + 1)] : []),
        ...(item.min !== undefined ? [fc.constant(item.min - 0.5)] : []),
        ...(item.integer ? [fc.constant((item.min ?? 0) + 0.5)] : []),
        ...declineNotOffered,
      );
    case 'text':
      return fc.oneof(wrongType, fc.constant(5), fc.constant('x'.repeat((item.maxLength ?? 500) + 1)), ...declineNotOffered);
    case 'date':
      return fc.oneof(
        wrongType,
        fc.constant('2021-02-29'),
        fc.constant('03/04/2021'),
        ...(item.min ? [fc.constant('1999-12-31' < item.min ? '1999-12-31' : '0001-01-01')] : []),
        ...(item.max ? [fc.constant('2099-01-01' > item.max ? '2099-01-01' : '9999-12-31')] : []),
        ...declineNotOffered,
      );
  }
}

/**
 * Raw answers with each item independently present or not, every value valid
 * for its item; many answer items that the other answers hide.
 */
export function rawAnswers(q: QuestionnaireInput): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const item of answerableItems(q)) model[item.id] = validValue(item);
  return fc.record(model, { requiredKeys: [] });
}

/**
 * Answers as a person would leave them: items walked in order, each shown item
 * answered or skipped at random, hidden items never answered.
 */
export function flowAnswers(q: QuestionnaireInput, answerRate = 0.8, requiredRate = answerRate): fc.Arbitrary<Record<string, unknown>> {
  const items = answerableItems(q);
  return fc.gen().map((g) => {
    const answers: Record<string, unknown> = {};
    for (const item of items) {
      if (!resolveAnswers(q, answers).evaluation.visible(item.id)) continue;
      const rate = item.required ? requiredRate : answerRate;
      if (g(fc.double, { min: 0, max: 1, maxExcluded: true, noNaN: true }) < rate) answers[item.id] = g(() => validValue(item));
    }
    return answers;
  });
}

/** Whether every required item the answers show has an answer ("prefer not to answer" counts). */
export function requiredAnswered(q: QuestionnaireInput, input: unknown): boolean {
  const { answers, evaluation } = resolveAnswers(q, input);
  return answerableItems(q).every((item) => !item.required || !evaluation.visible(item.id) || Object.hasOwn(answers, item.id));
}

/** What a function throws, or undefined when it returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
