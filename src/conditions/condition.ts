import * as z from 'zod/mini';

const id = z.string().check(z.minLength(1), z.maxLength(120));
const scalar = z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean()]);

const itemCompare = [
  z.strictObject({ item: id, eq: scalar }),
  z.strictObject({ item: id, ne: scalar }),
  z.strictObject({ item: id, in: z.array(scalar).check(z.minLength(1), z.maxLength(200)) }),
  z.strictObject({ item: id, includes: z.string().check(z.maxLength(200)) }),
  z.strictObject({ item: id, gt: z.number() }),
  z.strictObject({ item: id, gte: z.number() }),
  z.strictObject({ item: id, lt: z.number() }),
  z.strictObject({ item: id, lte: z.number() }),
] as const;

const scoreCompare = [
  z.strictObject({ score: id, gt: z.number() }),
  z.strictObject({ score: id, gte: z.number() }),
  z.strictObject({ score: id, lt: z.number() }),
  z.strictObject({ score: id, lte: z.number() }),
] as const;

/**
 * The condition tree, as a zod schema. Conditions are data: a clinic can store
 * them in JSON and every exporter can read them.
 */
export const ConditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    ...itemCompare,
    ...scoreCompare,
    z.strictObject({ answered: id }),
    z.strictObject({ declined: id }),
    z.strictObject({ positive: id }),
    z.strictObject({ all: z.array(ConditionSchema).check(z.minLength(1), z.maxLength(100)) }),
    z.strictObject({ any: z.array(ConditionSchema).check(z.minLength(1), z.maxLength(100)) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

/**
 * A scalar a condition can compare an answer to.
 *
 * @example
 * ```ts
 * import type { Scalar } from 'intake-screening';
 * const values: Scalar[] = ['yes', 2, true];
 * ```
 */
export type Scalar = string | number | boolean;

/**
 * Comparison operators on numbers (scale values, number answers, scores).
 *
 * @example
 * ```ts
 * import type { NumericOperator } from 'intake-screening';
 * const atLeast: NumericOperator = 'gte';
 * ```
 */
export type NumericOperator = 'gt' | 'gte' | 'lt' | 'lte';

/**
 * A declarative, serializable condition. Used for item and section visibility,
 * score cut-offs, safety triggers and summary rules alike.
 *
 * - `{ item, eq | ne | in }`: a single, boolean, scale or number answer.
 * - `{ item, includes }`: a multi answer contains the value.
 * - `{ item, gt | gte | lt | lte }`: a scale or number answer.
 * - `{ score, gt | gte | lt | lte }`: a complete score.
 * - `{ positive: scoreId }`: the score is complete and at or over its cut-off.
 * - `{ answered: itemId }`, `{ declined: itemId }` ("prefer not to answer").
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: ... }`.
 *
 * Comparisons on an item that is unanswered, declined or hidden are false.
 *
 * @example
 * ```ts
 * import type { Condition } from 'intake-screening';
 * const injects: Condition = { item: 'substance.route', includes: 'injection' };
 * const depressed: Condition = { any: [{ score: 'phq9', gte: 10 }, { item: 'phq9.q9', gte: 1 }] };
 * ```
 */
export type Condition =
  | { readonly item: string; readonly eq: Scalar }
  | { readonly item: string; readonly ne: Scalar }
  | { readonly item: string; readonly in: readonly Scalar[] }
  | { readonly item: string; readonly includes: string }
  | { readonly item: string; readonly gt: number }
  | { readonly item: string; readonly gte: number }
  | { readonly item: string; readonly lt: number }
  | { readonly item: string; readonly lte: number }
  | { readonly score: string; readonly gt: number }
  | { readonly score: string; readonly gte: number }
  | { readonly score: string; readonly lt: number }
  | { readonly score: string; readonly lte: number }
  | { readonly answered: string }
  | { readonly declined: string }
  | { readonly positive: string }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };
