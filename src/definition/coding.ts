import * as z from 'zod';
import type { DeepReadonly } from './deep-readonly.js';

/** A code from a terminology such as LOINC, as FHIR's `Coding` carries it. */
export const CodingSchema = z.strictObject({
  system: z.string().min(1).max(300),
  code: z.string().min(1).max(100),
  display: z.string().min(1).max(500).optional(),
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

/** LOINC's system URI. */
export const LOINC = 'http://loinc.org';
