import * as z from 'zod/mini';
import type { DeepReadonly } from './deep-readonly.js';

/** A code from a terminology such as LOINC, as FHIR's `Coding` carries it. */
export const CodingSchema = z.strictObject({
  system: z.string().check(z.minLength(1), z.maxLength(300)),
  code: z.string().check(z.minLength(1), z.maxLength(100)),
  display: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});

/**
 * A terminology code.
 *
 * @example
 * ```ts
 * import type { Coding } from 'intake-screening';
 * const phq9Panel: Coding = { system: 'http://loinc.org', code: '44249-1', display: 'PHQ-9 quick depression assessment panel' };
 * ```
 */
export type Coding = DeepReadonly<z.infer<typeof CodingSchema>>;

/**
 * LOINC's system URI, for an item's or a score's `codes`.
 *
 * @example
 * ```ts
 * import { LOINC, type Coding } from 'intake-screening';
 * const phq9Total: Coding = { system: LOINC, code: '44261-6', display: 'PHQ-9 total score' };
 * ```
 */
export const LOINC = 'http://loinc.org';
