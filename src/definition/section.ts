import * as z from 'zod/mini';
import type { DeepReadonly } from './deep-readonly.js';
import { ConditionSchema } from '../conditions/condition.js';
import { InstrumentSchema } from './instrument.js';
import { IdSchema, ItemSchema } from './item.js';
import { LocalizedTextSchema } from './text.js';

/** A page of the intake: a titled group of items from one instrument or module. */
export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  /** Shown only when this holds; its items are skipped otherwise. */
  when: z.optional(ConditionSchema),
  instrument: InstrumentSchema,
  items: z.array(ItemSchema).check(z.maxLength(500)),
});

/**
 * A section of a questionnaire.
 *
 * @example
 * ```ts
 * import type { Section } from 'intake-screening';
 * const about: Section = {
 *   id: 'about',
 *   title: { en: 'About this intake' },
 *   instrument: { kind: 'descriptive', name: 'About this intake' },
 *   items: [{ id: 'about.purpose', kind: 'display', text: { en: 'This is not a diagnosis.' } }],
 * };
 * ```
 */
export type Section = DeepReadonly<z.infer<typeof SectionSchema>>;
