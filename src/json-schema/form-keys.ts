import { PREFER_NOT_TO_ANSWER } from '../definition/item.js';
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
 * Turn form data back into an answers object keyed by item id: keys spelled
 * by `formKey` (`keys: 'form'`) get their `.` back, and what renderers hold in
 * their own shape becomes an answer value: an empty value (`undefined`,
 * `null`, `''`, a multi-choice with nothing ticked, empty array slots) is no
 * answer, and a multi-choice of "prefer not to answer" alone (the renderer
 * profiles' box) is `'prefer-not-to-answer'`. If it was ticked together with
 * other options (the schema forbids it, but a host may not check), the other
 * options are kept, since they are what the person disclosed. The values are
 * not checked otherwise; pass the result to `resolveAnswers`.
 *
 * @param data - Form data from a form built with `toJsonSchema` (any profile, either key style).
 * @returns The answers, keyed by item id.
 * @example
 * ```ts
 * import { fromFormData } from 'intake-screening/json-schema';
 * fromFormData({ 'use:route': 'smoking', 'use:notes': '', 'use:help': ['prefer-not-to-answer'] });
 * // { 'use.route': 'smoking', 'use.help': 'prefer-not-to-answer' }
 * ```
 */
export function fromFormData(data: { readonly [key: string]: unknown }): Record<string, unknown> {
  const out: [string, unknown][] = [];
  for (const [key, raw] of Object.entries(data)) {
    const value = answerValue(raw);
    if (value !== undefined) out.push([key.replaceAll(':', '.'), value]);
  }
  // fromEntries defines own properties, so a "__proto__" key cannot reach the prototype.
  return Object.fromEntries(out);
}

const blank = (v: unknown) => v === undefined || v === null || v === '';

/** A form value as an answer value, or undefined for no answer. */
function answerValue(value: unknown): unknown {
  if (!Array.isArray(value)) return blank(value) ? undefined : value;
  const chosen = value.filter((v) => !blank(v));
  if (chosen.length === 0) return undefined;
  if (!chosen.includes(PREFER_NOT_TO_ANSWER)) return chosen;
  return chosen.length === 1 ? PREFER_NOT_TO_ANSWER : chosen.filter((v) => v !== PREFER_NOT_TO_ANSWER);
}
