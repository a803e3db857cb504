import type { Item, ItemKind } from '../definition/item.js';
import { DEFAULT_TEXT_MAX_LENGTH, PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import { type LocalizedText, localize } from '../definition/text.js';
import type { JsonSchema } from './json-schema.js';
import { LABELS } from './labels.js';

type ItemOf<K extends ItemKind> = Extract<Item, { kind: K }>;
type Localize = (text: LocalizedText) => string;

/**
 * The schema of one item's answer, per item kind. Mapped over `ItemKind`, so a
 * new kind is a compile error here until it has an entry. `null`: no answer.
 */
type ItemSchemaTable = { readonly [K in ItemKind]: (item: ItemOf<K>, t: Localize) => JsonSchema | null };

function declined(t: Localize): JsonSchema {
  return { const: PREFER_NOT_TO_ANSWER, title: t(LABELS.preferNotToAnswer) };
}

/** Offer "prefer not to answer" beside a schema that does not accept it. */
function orDeclined(item: { preferNotToAnswer?: boolean | undefined }, schema: JsonSchema, t: Localize): JsonSchema {
  return item.preferNotToAnswer ? { anyOf: [schema, declined(t)] } : schema;
}

function choices(item: ItemOf<'single' | 'multi' | 'scale'>, t: Localize): JsonSchema[] {
  return item.options.map((o) => ({ const: o.value, title: t(o.text) }));
}

const ITEM_SCHEMAS: ItemSchemaTable = {
  single: (item, t) => ({
    type: 'string',
    oneOf: item.preferNotToAnswer ? [...choices(item, t), declined(t)] : choices(item, t),
  }),
  multi: (item, t) => {
    const exclusive = item.options.filter((o) => o.exclusive).map((o) => o.value);
    const array: JsonSchema = {
      type: 'array',
      items: { type: 'string', oneOf: choices(item, t) },
      uniqueItems: true,
      maxItems: item.options.length,
    };
    // "None of these" must stand alone: no two-item answer may contain it.
    if (exclusive.length > 0) array.not = { minItems: 2, contains: exclusive.length === 1 ? { const: exclusive[0] as string } : { enum: exclusive } };
    return orDeclined(item, array, t);
  },
  boolean: (item, t) =>
    item.preferNotToAnswer
      ? { oneOf: [{ const: true, title: t(LABELS.yes) }, { const: false, title: t(LABELS.no) }, declined(t)] }
      : { type: 'boolean' },
  scale: (item, t) => (item.preferNotToAnswer ? { oneOf: [...choices(item, t), declined(t)] } : { type: 'integer', oneOf: choices(item, t) }),
  number: (item, t) => {
    const schema: JsonSchema = { type: item.integer ? 'integer' : 'number' };
    if (item.min !== undefined) schema.minimum = item.min;
    if (item.max !== undefined) schema.maximum = item.max;
    return orDeclined(item, schema, t);
  },
  text: (item, t) => {
    const maxLength = item.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
    if (!item.preferNotToAnswer) return { type: 'string', maxLength, not: { const: PREFER_NOT_TO_ANSWER } };
    // The decline value is itself a string; only a limit shorter than it needs a second branch.
    return maxLength >= PREFER_NOT_TO_ANSWER.length ? { type: 'string', maxLength } : orDeclined(item, { type: 'string', maxLength }, t);
  },
  date: (item, t) => {
    const schema: JsonSchema = { type: 'string', format: 'date' };
    if (item.min !== undefined) schema.formatMinimum = item.min;
    if (item.max !== undefined) schema.formatMaximum = item.max;
    return orDeclined(item, schema, t);
  },
  display: () => null,
};

/**
 * The property schema of an item's answer, titled in the locale, or null for a
 * display item.
 */
export function itemSchema(item: Item, locale: string): JsonSchema | null {
  const t: Localize = (text) => localize(text, locale);
  const build = ITEM_SCHEMAS[item.kind] as (item: Item, t: Localize) => JsonSchema | null;
  const schema = build(item, t);
  if (schema === null) return null;
  return { title: t(item.text), ...(item.help ? { description: t(item.help) } : {}), ...schema };
}
