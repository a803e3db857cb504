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
 * How a published instrument scores a person its gate question screens out,
 * e.g. the PC-PTSD-5: "no" to trauma exposure skips the symptom questions and
 * the screen is complete with a score of 0.
 */
export const SkippedScoreSchema = z.strictObject({
  /** The answer that skips the items, e.g. `{ item: 'pcptsd5.exposure', eq: 'no' }`. */
  when: ConditionSchema,
  /** The total the instrument records then, e.g. 0. */
  value: z.int(),
  /** What that result means, for the clinician (it replaces the cut-off's wording). */
  meaning: LocalizedTextSchema,
});

/**
 * A score: the sum of the values of some `scale` items. Items hidden by the
 * flow count 0; a visible item left unanswered or declined makes it
 * `incomplete`. When every item is hidden the score is `complete` with the
 * `skipped` value if `skipped.when` holds, `not-applicable` if the answers
 * given decide that the items are not asked, and `incomplete` (the gate items
 * listed as missing) when an unanswered or declined gate left that open.
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
  /** How the instrument scores the case its gate skips every item; see `SkippedScoreSchema`. */
  skipped: z.optional(SkippedScoreSchema),
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
 * How a score counts a person whose gate answer skipped every item.
 *
 * @example
 * ```ts
 * import type { SkippedScore } from 'intake-screening';
 * const noTrauma: SkippedScore = {
 *   when: { item: 'pcptsd5.exposure', eq: 'no' },
 *   value: 0,
 *   meaning: { en: 'No trauma exposure reported; the screen is complete with a score of 0.' },
 * };
 * ```
 */
export type SkippedScore = DeepReadonly<z.infer<typeof SkippedScoreSchema>>;
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
