import * as z from 'zod/mini';
import type { DeepReadonly } from './deep-readonly.js';
import { ConditionSchema } from '../conditions/condition.js';
import { CodingSchema } from './coding.js';
import { LocalizedTextSchema } from './text.js';

/** Item and section ids: lower-case start, then letters, digits, `.`, `_`, `-`. */
export const ID_PATTERN = /^[a-z][a-zA-Z0-9_.-]{0,79}$/;
export const IdSchema = z
  .string()
  .check(z.regex(ID_PATTERN, 'Ids start with a lower-case letter and use letters, digits, ".", "_" or "-" (at most 80 characters).'));

/**
 * The answer value that means the person chose "prefer not to answer".
 *
 * @example
 * ```ts
 * import { PREFER_NOT_TO_ANSWER, summarize } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * summarize(briefScreen, { 'asq.q4': PREFER_NOT_TO_ANSWER }).declined; // ['asq.q4']
 * ```
 */
export const PREFER_NOT_TO_ANSWER = 'prefer-not-to-answer' as const;

/** Default and hard limits for free text answers. */
export const DEFAULT_TEXT_MAX_LENGTH = 500;
export const HARD_TEXT_MAX_LENGTH = 10_000;

const base = {
  id: IdSchema,
  text: LocalizedTextSchema,
  help: z.optional(LocalizedTextSchema),
  when: z.optional(ConditionSchema),
  codes: z.optional(z.array(CodingSchema).check(z.maxLength(10))),
};
const answerable = {
  ...base,
  required: z.optional(z.boolean()),
  preferNotToAnswer: z.optional(z.boolean()),
};

const optionValue = z.string().check(z.regex(/^[a-z0-9][a-z0-9_.-]{0,79}$/, 'Option values use lower-case letters, digits, ".", "_" or "-".'));

export const ChoiceOptionSchema = z.strictObject({
  value: optionValue,
  text: LocalizedTextSchema,
  /** In a `multi` item: choosing it clears the others ("none of these"). */
  exclusive: z.optional(z.boolean()),
  codes: z.optional(z.array(CodingSchema).check(z.maxLength(10))),
});

export const ScaleOptionSchema = z.strictObject({
  value: z.int().check(z.gte(-100), z.lte(100)),
  text: LocalizedTextSchema,
  /**
   * What the option adds to a score, when that differs from its value: a
   * published form may give two answers the same weight (the CNICS AUDIT's
   * 0, 1, 2, 3, 4, 4), and an answer must still say which option was chosen.
   */
  score: z.optional(z.int().check(z.gte(-100), z.lte(100))),
  codes: z.optional(z.array(CodingSchema).check(z.maxLength(10))),
});

const choice = {
  ...answerable,
  options: z.array(ChoiceOptionSchema).check(z.minLength(1), z.maxLength(100)),
  /**
   * The id of an earlier `multi` item: the flow offers only the options the
   * person chose there ("Which one do you want help with most?" after "Which
   * have you used?"). Every option value must be one of that item's.
   */
  optionsFrom: z.optional(IdSchema),
};

export const SingleItemSchema = z.strictObject({ ...choice, kind: z.literal('single') });
export const MultiItemSchema = z.strictObject({ ...choice, kind: z.literal('multi') });
export const BooleanItemSchema = z.strictObject({ ...answerable, kind: z.literal('boolean') });
export const ScaleItemSchema = z.strictObject({
  ...answerable,
  kind: z.literal('scale'),
  options: z.array(ScaleOptionSchema).check(z.minLength(2), z.maxLength(20)),
});
export const NumberItemSchema = z.strictObject({
  ...answerable,
  kind: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  integer: z.optional(z.boolean()),
  unit: z.optional(LocalizedTextSchema),
});
export const TextItemSchema = z.strictObject({
  ...answerable,
  kind: z.literal('text'),
  maxLength: z.optional(z.int().check(z.gte(1), z.lte(HARD_TEXT_MAX_LENGTH))),
  multiline: z.optional(z.boolean()),
});
const isoDate = z.iso.date();
export const DateItemSchema = z.strictObject({
  ...answerable,
  kind: z.literal('date'),
  min: z.optional(isoDate),
  max: z.optional(isoDate),
});
export const DisplayItemSchema = z.strictObject({ ...base, kind: z.literal('display') });

/** Every item kind, one zod schema each, discriminated by `kind`. */
export const ItemSchema = z.discriminatedUnion('kind', [
  SingleItemSchema,
  MultiItemSchema,
  BooleanItemSchema,
  ScaleItemSchema,
  NumberItemSchema,
  TextItemSchema,
  DateItemSchema,
  DisplayItemSchema,
]);

/**
 * One question (or a display text) in a section.
 *
 * @example
 * ```ts
 * import type { Item } from 'intake-screening';
 * const item: Item = {
 *   id: 'support.someone-at-home',
 *   kind: 'boolean',
 *   text: { en: 'Is there someone at home who can look after you?' },
 *   required: true,
 *   preferNotToAnswer: true,
 * };
 * ```
 */
export type Item = DeepReadonly<z.infer<typeof ItemSchema>>;
/**
 * The item kinds: `single`, `multi`, `boolean`, `scale`, `number`, `text`, `date`, `display`.
 *
 * @example
 * ```ts
 * import type { ItemKind } from 'intake-screening';
 * const control: Record<ItemKind, string> = {
 *   single: 'radio', multi: 'checkbox', boolean: 'yes-no', scale: 'radio',
 *   number: 'number', text: 'textarea', date: 'date', display: 'paragraph',
 * };
 * ```
 */
export type ItemKind = Item['kind'];
/**
 * The items that take an answer (every kind but `display`).
 *
 * @example
 * ```ts
 * import type { AnswerableItem, Item } from 'intake-screening';
 * const answerable = (items: readonly Item[]) => items.filter((i): i is AnswerableItem => i.kind !== 'display');
 * ```
 */
export type AnswerableItem = Exclude<Item, { kind: 'display' }>;
/** The item kinds that take an answer. */
export type AnswerableKind = AnswerableItem['kind'];
/**
 * A choice option of a `single` or `multi` item.
 *
 * @example
 * ```ts
 * import type { ChoiceOption } from 'intake-screening';
 * const none: ChoiceOption = { value: 'none', text: { en: 'None of these' }, exclusive: true };
 * ```
 */
export type ChoiceOption = DeepReadonly<z.infer<typeof ChoiceOptionSchema>>;
/**
 * An option of a `scale` item, whose `value` is its score unless `score` says otherwise.
 *
 * @example
 * ```ts
 * import type { ScaleOption } from 'intake-screening';
 * const severalDays: ScaleOption = { value: 1, text: { en: 'Several days', es: 'Varios días' } };
 * const alsoFour: ScaleOption = { value: 5, score: 4, text: { en: 'Daily or almost daily' } };
 * ```
 */
export type ScaleOption = DeepReadonly<z.infer<typeof ScaleOptionSchema>>;

/**
 * Every item kind, in a fixed order, for exhaustive tables and tests.
 *
 * @example
 * ```ts
 * import { ITEM_KINDS } from 'intake-screening';
 * ITEM_KINDS.length; // 8
 * ```
 */
export const ITEM_KINDS = ['single', 'multi', 'boolean', 'scale', 'number', 'text', 'date', 'display'] as const satisfies readonly ItemKind[];
