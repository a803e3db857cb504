import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import { indexOf } from '../engine/questionnaire-index.js';
import type { Item, ItemKind } from '../definition/item.js';
import { type LocalizedText, localize } from '../definition/text.js';
import type { Questionnaire } from '../definition/types.js';
import { keyFunction } from './form-keys.js';
import { LABELS } from './labels.js';
import type { ExportOptions } from './options.js';

/**
 * The react-jsonschema-form UI options of one field.
 *
 * @example
 * ```ts
 * import type { RjsfFieldUi } from 'intake-screening/json-schema';
 * const ui: RjsfFieldUi = { 'ui:widget': 'radio', 'ui:enumNames': ['Yes', 'No'] };
 * ```
 */
export interface RjsfFieldUi {
  readonly 'ui:widget'?: 'radio' | 'checkboxes' | 'textarea';
  /** Labels of the field's `enum` values, in the same order. */
  readonly 'ui:enumNames'?: readonly string[];
}

/**
 * A react-jsonschema-form `uiSchema` for `toJsonSchema(q, { profile: 'rjsf' })`:
 * a field's options by key, and `ui:order` keeping the questionnaire's order
 * (conditional fields are added after the others by the schema's `then`s).
 *
 * @example
 * ```ts
 * import type { RjsfUiSchema } from 'intake-screening/json-schema';
 * const order = (ui: RjsfUiSchema) => ui['ui:order'];
 * ```
 */
export type RjsfUiSchema = { readonly 'ui:order': readonly string[] } & { readonly [key: string]: RjsfFieldUi | readonly string[] };

type ItemOf<K extends ItemKind> = Extract<Item, { kind: K }>;
type Localize = (text: LocalizedText) => string;

/** Option labels in the order of the rjsf profile's `enum`, "prefer not to answer" last. */
function names(item: ItemOf<'single' | 'multi' | 'scale'>, t: Localize): string[] {
  const out = item.options.map((o) => t(o.text));
  if (item.preferNotToAnswer) out.push(t(LABELS.preferNotToAnswer));
  return out;
}

/** The UI of each item kind's field. Mapped over `ItemKind`, so a new kind is a compile error here until it has an entry. */
const FIELDS: { readonly [K in ItemKind]: (item: ItemOf<K>, t: Localize) => RjsfFieldUi | undefined } = {
  single: (item, t) => ({ 'ui:widget': 'radio', 'ui:enumNames': names(item, t) }),
  multi: (item, t) => ({ 'ui:widget': 'checkboxes', 'ui:enumNames': names(item, t) }),
  scale: (item, t) => ({ 'ui:widget': 'radio', 'ui:enumNames': names(item, t) }),
  boolean: (item, t) => ({
    'ui:widget': 'radio',
    'ui:enumNames': [t(LABELS.yes), t(LABELS.no), ...(item.preferNotToAnswer ? [t(LABELS.preferNotToAnswer)] : [])],
  }),
  number: () => undefined,
  text: (item) => (item.multiline ? { 'ui:widget': 'textarea' } : undefined),
  date: () => undefined,
  display: () => undefined,
};

/**
 * Export the react-jsonschema-form `uiSchema` that goes with
 * `toJsonSchema(q, { profile: 'rjsf' })` (same `locale` and `keys`): radio
 * buttons with the options' labels for single-choice, scale and yes/no
 * questions, check boxes for multi-choice, a text area for multi-line text,
 * and `ui:order` in questionnaire order. Nothing in it selects an option.
 *
 * @param q - The questionnaire.
 * @param options - `locale` and `keys`, as given to `toJsonSchema`.
 * @returns The uiSchema.
 * @example
 * ```ts
 * import { toJsonSchema, toRjsfUiSchema } from 'intake-screening/json-schema';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const { schema } = toJsonSchema(briefScreen, { profile: 'rjsf', keys: 'form' });
 * const uiSchema = toRjsfUiSchema(briefScreen, { keys: 'form' });
 * // <Form schema={schema} uiSchema={uiSchema} validator={customizeValidator({ AjvClass: Ajv2020 })} />
 * ```
 */
export function toRjsfUiSchema(q: Questionnaire, options: Pick<ExportOptions, 'locale' | 'keys'> = {}): RjsfUiSchema {
  const locale = options.locale ?? 'en';
  const t: Localize = (text) => localize(text, locale);
  const key = keyFunction(options.keys ?? 'id');
  const out: Record<string, RjsfFieldUi | readonly string[]> = {};
  const order: string[] = [];
  for (const { item } of indexOf(checkedQuestionnaire(q)).order) {
    if (item.kind === 'display') continue;
    const k = key(item.id);
    order.push(k);
    const field = (FIELDS[item.kind] as (item: Item, t: Localize) => RjsfFieldUi | undefined)(item, t);
    if (field) out[k] = field;
  }
  return { ...out, 'ui:order': [...order, '*'] };
}
