import * as z from 'zod';
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
    name: z.string().min(1).max(100),
    /** Full title, e.g. "Patient Health Questionnaire-9". */
    title: z.string().min(1).max(300),
    /** The published source, as a citation. */
    citation: z.string().min(1).max(1000),
    /** The licence or permission statement under which it is bundled. */
    licence: z.string().min(1).max(1000),
    /** Where the published source can be read. */
    url: z.url().optional(),
    /** Panel codes (LOINC) for the instrument as a whole. */
    codes: z.array(CodingSchema).max(10).optional(),
    /** Per-language source of the wording, e.g. `{ es: 'Official Spanish version, …' }`. */
    translations: z.record(z.string(), z.string().max(1000)).optional(),
  }),
  z.strictObject({
    kind: z.literal('descriptive'),
    name: z.string().min(1).max(100),
    /** Why the module exists and how it was written. */
    note: LocalizedTextSchema.optional(),
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
