import type { KeyStyle } from './options.js';

/**
 * The key an item's answer has in form data (`keys: 'form'`): the id with each
 * `.` replaced by `:`. Ids never hold `:`, so the mapping is one to one.
 *
 * @param itemId - An item id.
 * @returns The form key.
 * @example
 * ```ts
 * import { formKey } from 'intake-screening/json-schema';
 * formKey('use.route'); // 'use:route'
 * ```
 */
export function formKey(itemId: string): string {
  return itemId.replaceAll('.', ':');
}

/** The key function for a key style. */
export function keyFunction(style: KeyStyle): (itemId: string) => string {
  return style === 'form' ? formKey : (id) => id;
}

/**
 * Turn an answers object into form data keyed by `formKey`, to seed a JSON
 * Forms form built with `keys: 'form'`.
 *
 * @param answers - Answers keyed by item id.
 * @returns The same values keyed by form key.
 * @example
 * ```ts
 * import { toFormData } from 'intake-screening/json-schema';
 * toFormData({ 'use.route': 'smoking' }); // { 'use:route': 'smoking' }
 * ```
 */
export function toFormData<V>(answers: { readonly [itemId: string]: V }): Record<string, V> {
  // fromEntries defines own properties, so a "__proto__" key cannot reach the prototype.
  return Object.fromEntries(Object.entries(answers).map(([id, value]) => [formKey(id), value]));
}

/**
 * Turn form data keyed by `formKey` back into an answers object keyed by item
 * id. The values are not checked; pass the result to `resolveAnswers`.
 *
 * @param data - Form data from a JSON Forms form built with `keys: 'form'`.
 * @returns The same values keyed by item id.
 * @example
 * ```ts
 * import { fromFormData } from 'intake-screening/json-schema';
 * fromFormData({ 'use:route': 'smoking' }); // { 'use.route': 'smoking' }
 * ```
 */
export function fromFormData(data: { readonly [key: string]: unknown }): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key.replaceAll(':', '.'), value]));
}
