import type { Item, ItemKind } from '../definition/item.js';
import { DEFAULT_TEXT_MAX_LENGTH, PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import { type LocalizedText, localize } from '../definition/text.js';
import type { JsonScalar, JsonSchema } from './json-schema.js';
import { LABELS } from './labels.js';
import type { JsonSchemaProfile } from './options.js';

type ItemOf<K extends ItemKind> = Extract<Item, { kind: K }>;
type Localize = (text: LocalizedText) => string;

/** What an item schema builder reads besides the item. */
interface Build {
  readonly t: Localize;
  readonly profile: JsonSchemaProfile;
  /** Told when a renderer profile cannot offer the item's "prefer not to answer". */
  readonly declineUnsupported: (item: ItemOf<'number' | 'text' | 'date'>) => void;
}

/**
 * The schema of one item's answer, per item kind. Mapped over `ItemKind`, so a
 * new kind is a compile error here until it has an entry. `null`: no answer.
 *
 * No profile puts a `const` or a `default` where a renderer could take it as
 * the answer: react-jsonschema-form fills every `oneOf`/`anyOf` of `const`
 * with its first branch, so choices are `enum`s there, and labelled
 * `oneOf`s only in the `jsonforms` profile (JSON Forms never fills one in).
 */
type ItemSchemaTable = { readonly [K in ItemKind]: (item: ItemOf<K>, b: Build) => JsonSchema | null };

/** The option values, "prefer not to answer" last where it is offered. */
function values(item: ItemOf<'single' | 'multi' | 'scale'>, withDecline: boolean): JsonScalar[] {
  const out: JsonScalar[] = item.options.map((o) => o.value);
  if (withDecline && item.preferNotToAnswer) out.push(PREFER_NOT_TO_ANSWER);
  return out;
}

/** Labelled choices for JSON Forms: `oneOf` of `const` + `title`. */
function labelled(item: ItemOf<'single' | 'multi' | 'scale'>, t: Localize): JsonSchema[] {
  const out: JsonSchema[] = item.options.map((o) => ({ const: o.value, title: t(o.text) }));
  if (item.preferNotToAnswer) out.push({ const: PREFER_NOT_TO_ANSWER, title: t(LABELS.preferNotToAnswer) });
  return out;
}

/** A choice among values: an `enum`, or in the `jsonforms` profile a labelled `oneOf`. */
function choice(type: 'string' | 'integer' | undefined, list: JsonScalar[], labels: () => JsonSchema[], profile: JsonSchemaProfile): JsonSchema {
  const typed = type === undefined ? {} : { type };
  return profile === 'jsonforms' ? { ...typed, oneOf: labels() } : { ...typed, enum: list };
}

/** "Prefer not to answer" beside a schema that does not accept it (validation profile only). */
function orDeclined(item: ItemOf<'number' | 'text' | 'date'>, schema: JsonSchema, b: Build): JsonSchema {
  if (!item.preferNotToAnswer) return schema;
  if (b.profile !== 'validation') {
    b.declineUnsupported(item);
    return schema;
  }
  return { anyOf: [schema, { enum: [PREFER_NOT_TO_ANSWER] }] };
}

const ITEM_SCHEMAS: ItemSchemaTable = {
  single: (item, b) => choice('string', values(item, true), () => labelled(item, b.t), b.profile),
  multi: (item, b) => {
    // In the renderer profiles "prefer not to answer" is one more box to tick, chosen alone; in validation it is the whole answer.
    const asOption = b.profile !== 'validation' && item.preferNotToAnswer === true;
    const alone = item.options.filter((o) => o.exclusive).map((o): JsonScalar => o.value);
    if (asOption) alone.push(PREFER_NOT_TO_ANSWER);
    const array: JsonSchema = {
      type: 'array',
      items: choice('string', values(item, asOption), () => (asOption ? labelled(item, b.t) : labelled({ ...item, preferNotToAnswer: false }, b.t)), b.profile),
      uniqueItems: true,
      maxItems: item.options.length + (asOption ? 1 : 0),
    };
    // "None of these" must stand alone: no two-item answer may contain it.
    if (alone.length > 0) array.not = { minItems: 2, contains: { enum: alone } };
    return item.preferNotToAnswer && !asOption ? { anyOf: [array, { enum: [PREFER_NOT_TO_ANSWER] }] } : array;
  },
  boolean: (item, b) => {
    const list: JsonScalar[] = item.preferNotToAnswer ? [true, false, PREFER_NOT_TO_ANSWER] : [true, false];
    // Never `type: 'boolean'`: react-jsonschema-form answers a required boolean with false before anyone touches it.
    if (b.profile !== 'jsonforms') return { enum: list };
    const yesNo: JsonSchema[] = [
      { const: true, title: b.t(LABELS.yes) },
      { const: false, title: b.t(LABELS.no) },
    ];
    return { oneOf: item.preferNotToAnswer ? [...yesNo, { const: PREFER_NOT_TO_ANSWER, title: b.t(LABELS.preferNotToAnswer) }] : yesNo };
  },
  // A scale that offers "prefer not to answer" mixes numbers and a string, so it has no single `type`.
  scale: (item, b) => choice(item.preferNotToAnswer ? undefined : 'integer', values(item, true), () => labelled(item, b.t), b.profile),
  number: (item, b) => {
    const schema: JsonSchema = { type: item.integer ? 'integer' : 'number' };
    if (item.min !== undefined) schema.minimum = item.min;
    if (item.max !== undefined) schema.maximum = item.max;
    return orDeclined(item, schema, b);
  },
  text: (item, b) => {
    const schema: JsonSchema = { type: 'string', maxLength: item.maxLength ?? DEFAULT_TEXT_MAX_LENGTH };
    if (!item.preferNotToAnswer) return { ...schema, not: { enum: [PREFER_NOT_TO_ANSWER] } };
    // The decline value is itself a string; only a limit shorter than it needs a second branch.
    return b.profile === 'validation' && (schema.maxLength as number) >= PREFER_NOT_TO_ANSWER.length ? schema : orDeclined(item, schema, b);
  },
  date: (item, b) => {
    const schema: JsonSchema = { type: 'string', format: 'date' };
    if (item.min !== undefined) schema.formatMinimum = item.min;
    if (item.max !== undefined) schema.formatMaximum = item.max;
    return orDeclined(item, schema, b);
  },
  display: () => null,
};

/**
 * The property schema of an item's answer, titled in the locale, or null for a
 * display item.
 */
export function itemSchema(item: Item, locale: string, profile: JsonSchemaProfile, declineUnsupported: Build['declineUnsupported']): JsonSchema | null {
  const t: Localize = (text) => localize(text, locale);
  const build = ITEM_SCHEMAS[item.kind] as (item: Item, b: Build) => JsonSchema | null;
  const schema = build(item, { t, profile, declineUnsupported });
  if (schema === null) return null;
  return { title: t(item.text), ...(item.help ? { description: t(item.help) } : {}), ...schema };
}
