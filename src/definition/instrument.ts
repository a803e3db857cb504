import * as z from 'zod/mini';
import type { DeepReadonly } from './deep-readonly.js';
import { CodingSchema } from './coding.js';
import { LocalizedTextSchema } from './text.js';

/**
 * Who answers a validated instrument's items: the person (`self`) or a clinician.
 *
 * @example
 * ```ts
 * import { RATERS, type Rater } from 'intake-screening';
 * const rater: Rater = RATERS[1]; // 'clinician'
 * ```
 */
export const RATERS = ['self', 'clinician'] as const;
/**
 * `self` | `clinician`.
 *
 * @example
 * ```ts
 * import type { Rater } from 'intake-screening';
 * const rater: Rater = 'clinician';
 * ```
 */
export type Rater = (typeof RATERS)[number];

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
    citation: z.union([z.string().check(z.minLength(1), z.maxLength(1000)), LocalizedTextSchema]),
    /** The licence or permission statement under which it is bundled. */
    licence: z.union([z.string().check(z.minLength(1), z.maxLength(1000)), LocalizedTextSchema]),
    /** Where the published source can be read. */
    url: z.optional(z.url()),
    /** Panel codes (LOINC) for the instrument as a whole. */
    codes: z.optional(z.array(CodingSchema).check(z.maxLength(10))),
    /** Per-language source of the wording, e.g. `{ es: 'Official Spanish version, …' }`. */
    translations: z.optional(z.record(z.string(), z.string().check(z.maxLength(1000)))),
    /**
     * Who answers the items: `self` (the person, the default when absent) or
     * `clinician` (a clinician rates what they ask and observe, as on the
     * CIWA-Ar). Renderers, exports and the summary label a clinician-rated
     * section so it is never presented to the person as self-report.
     */
    rater: z.optional(z.enum(RATERS)),
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

/**
 * Who answers a section's items: `clinician` for a validated instrument marked
 * so, `self` otherwise (the default, and every descriptive module).
 *
 * @param instrument - A section's instrument.
 * @returns The rater.
 * @example
 * ```ts
 * import { raterOf } from 'intake-screening';
 * import { ciwaAr } from 'intake-screening/questionnaires';
 * raterOf(ciwaAr.sections[0].instrument); // 'clinician'
 * ```
 */
export function raterOf(instrument: Instrument): Rater {
  return instrument.kind === 'validated' && instrument.rater === 'clinician' ? 'clinician' : 'self';
}

/**
 * The label every view of a clinician-rated section or result carries: the
 * CLI's section header, the JSON Forms category, the clinician summary.
 *
 * @example
 * ```ts
 * import { CLINICIAN_RATED } from 'intake-screening';
 * CLINICIAN_RATED.en.startsWith('Rated by a clinician'); // true
 * ```
 */
export const CLINICIAN_RATED = {
  en: 'Rated by a clinician from what they ask and observe; not a self-report questionnaire.',
  es: 'Lo califica un profesional clínico según lo que pregunta y observa; no es un cuestionario de autoinforme.',
} as const;

/**
 * The sentence every descriptive module carries as its instrument's `validation`
 * (questions written for this library, reported as said and never scored).
 *
 * @example
 * ```ts
 * import { NOT_VALIDATED } from 'intake-screening';
 * const instrument = { kind: 'descriptive', name: 'Living situation', validation: NOT_VALIDATED } as const;
 * instrument.validation.en.startsWith('Descriptive items'); // true
 * ```
 */
export const NOT_VALIDATED = {
  en: 'Descriptive items, not a validated instrument: answers are reported as said, not scored.',
  es: 'Preguntas descriptivas, no un instrumento validado: las respuestas se informan tal como se dieron, sin puntuación.',
} as const;
