import * as z from 'zod/mini';
import type { DeepReadonly } from './deep-readonly.js';
import { ConditionSchema } from '../conditions/condition.js';
import { CodingSchema } from './coding.js';
import { IdSchema } from './item.js';
import { LocalizedTextSchema } from './text.js';

/** A named range of a score, e.g. 10–14 "moderate". Bounds are inclusive. */
export const BandSchema = z.strictObject({
  min: z.int(),
  max: z.int(),
  label: LocalizedTextSchema,
});

/**
 * A positive-screen cut-off: the score is positive at or over `gte`. A list of
 * cut-offs is read in order and the first whose `when` holds (or that has no
 * `when`) applies, so sex-specific cut-offs are data too.
 */
export const CutoffSchema = z.strictObject({
  gte: z.int(),
  when: z.optional(ConditionSchema),
  /** Says which cut-off this is, e.g. "≥ 3 (women)". */
  label: z.optional(LocalizedTextSchema),
});

/**
 * A score: the sum of the values of some `scale` items. Items hidden by the
 * flow count 0; if every item is hidden the score is `not-applicable`; a
 * visible item left unanswered or declined makes it `incomplete`.
 */
export const ScoreSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  /** The section (instrument) this score belongs to. */
  section: IdSchema,
  items: z.array(IdSchema).check(z.minLength(1), z.maxLength(100)),
  bands: z.array(BandSchema).check(z.maxLength(20)),
  cutoffs: z.array(CutoffSchema).check(z.maxLength(10)),
  /** What a positive result means, in screening language. */
  positiveMeaning: z.optional(LocalizedTextSchema),
  /** Code of the total score (LOINC), when one exists. */
  codes: z.optional(z.array(CodingSchema).check(z.maxLength(10))),
});

/**
 * A scored total over instrument items.
 *
 * @example
 * ```ts
 * import type { Score } from 'intake-screening';
 * const phq2: Score = {
 *   id: 'phq2', title: { en: 'PHQ-2' }, section: 'phq9', items: ['phq9.q1', 'phq9.q2'],
 *   bands: [{ min: 0, max: 2, label: { en: 'Below cut-off' } }, { min: 3, max: 6, label: { en: 'At or above cut-off' } }],
 *   cutoffs: [{ gte: 3 }],
 * };
 * ```
 */
export type Score = DeepReadonly<z.infer<typeof ScoreSchema>>;
/**
 * A band of a score: a named range of totals, bounds inclusive.
 *
 * @example
 * ```ts
 * import type { Band } from 'intake-screening';
 * const moderate: Band = { min: 10, max: 14, label: { en: 'Moderate' } };
 * ```
 */
export type Band = DeepReadonly<z.infer<typeof BandSchema>>;
/**
 * A cut-off of a score: positive at or over `gte`, when `when` holds.
 *
 * @example
 * ```ts
 * import type { Cutoff } from 'intake-screening';
 * const men: Cutoff = { when: { item: 'auditc.sex', eq: 'male' }, gte: 4, label: { en: '≥ 4 (men)' } };
 * ```
 */
export type Cutoff = DeepReadonly<z.infer<typeof CutoffSchema>>;
