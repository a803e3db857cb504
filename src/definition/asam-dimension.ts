import * as z from 'zod/mini';

/**
 * The six dimensions of the ASAM Criteria, keyed by topic rather than by
 * number, because the third edition (2013) and the fourth (2023) number them
 * differently. In the fourth edition's order: intoxication and withdrawal (1
 * in both), biomedical (2 in both), psychiatric and cognitive (3 in both),
 * substance use-related risks (5 in the third, 4 in the fourth), the recovery
 * environment (6 in the third, 5 in the fourth), and person-centered
 * considerations (6 in the fourth, which replaced the third edition's 4,
 * readiness to change). `ASAM_DIMENSION_NAMES` gives each edition's number and
 * name. A summary says which dimensions its answers inform; it never rates a
 * dimension or names a level of care.
 *
 * @example
 * ```ts
 * import { ASAM_DIMENSIONS } from 'intake-screening';
 * ASAM_DIMENSIONS[0]; // 'intoxication-withdrawal'
 * ```
 */
export const ASAM_DIMENSIONS = [
  'intoxication-withdrawal',
  'biomedical',
  'psychiatric-cognitive',
  'use-related-risks',
  'recovery-environment',
  'readiness-person-centered',
] as const;
export const AsamDimensionSchema = z.enum(ASAM_DIMENSIONS);
/**
 * An ASAM dimension, by topic.
 *
 * @example
 * ```ts
 * import type { AsamDimension } from 'intake-screening';
 * const d: AsamDimension = 'biomedical';
 * ```
 */
export type AsamDimension = z.infer<typeof AsamDimensionSchema>;
