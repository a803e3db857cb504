import * as z from 'zod/mini';
import type { DeepReadonly } from './deep-readonly.js';
import { CodingSchema } from './coding.js';
import { LocalizedTextSchema } from './text.js';

/**
 * Where a section's items come from. A `validated` instrument carries its
 * published source, licence and codes; a `descriptive` module says plainly that
 * it is not a validated instrument.
 */
export const InstrumentSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('validated'),
    /** Short name, e.g. "PHQ-9". */
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    /** Full title, e.g. "Patient Health Questionnaire-9". */
    title: z.string().check(z.minLength(1), z.maxLength(300)),
    /** The published source, as a citation. */
    citation: z.string().check(z.minLength(1), z.maxLength(1000)),
    /** The licence or permission statement under which it is bundled. */
    licence: z.string().check(z.minLength(1), z.maxLength(1000)),
    /** Where the published source can be read. */
    url: z.optional(z.url()),
    /** Panel codes (LOINC) for the instrument as a whole. */
    codes: z.optional(z.array(CodingSchema).check(z.maxLength(10))),
    /** Per-language source of the wording, e.g. `{ es: 'Official Spanish version, …' }`. */
    translations: z.optional(z.record(z.string(), z.string().check(z.maxLength(1000)))),
  }),
  z.strictObject({
    kind: z.literal('descriptive'),
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    /** Why the module exists and how it was written. */
    note: z.optional(LocalizedTextSchema),
  }),
]);

/**
 * A section's provenance.
 *
 * @example
 * ```ts
 * import type { Instrument } from 'intake-screening';
 * const descriptive: Instrument = { kind: 'descriptive', name: 'Initial motivations' };
 * ```
 */
export type Instrument = DeepReadonly<z.infer<typeof InstrumentSchema>>;

/** The sentence every descriptive module carries. */
export const NOT_VALIDATED = {
  en: 'Descriptive items, not a validated instrument: answers are reported as said, not scored.',
  es: 'Preguntas descriptivas, no un instrumento validado: las respuestas se informan tal como se dieron, sin puntuación.',
} as const;
