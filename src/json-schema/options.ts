import type { UnsupportedPolicy } from '../issues/unsupported-reporter.js';

/**
 * How answer keys are spelled in the exported schemas.
 *
 * - `'id'` (default): the item id, as in every answers object of this library.
 * - `'form'`: the item id with each `.` replaced by `:` (see `formKey`). JSON
 *   Forms 3 reads a `.` in a property name as nesting (eclipsesource/jsonforms
 *   issues 1631 and 2153), so its controls cannot bind dotted keys; use `'form'`
 *   for both `toJsonSchema` and `toUiSchema` there, and map data with
 *   `toFormData`/`fromFormData`.
 *
 * @example
 * ```ts
 * import type { KeyStyle } from 'intake-screening/json-schema';
 * const forJsonForms: KeyStyle = 'form';
 * ```
 */
export type KeyStyle = 'id' | 'form';

/**
 * Options shared by `toJsonSchema` and `toUiSchema`.
 *
 * @example
 * ```ts
 * import type { ExportOptions } from 'intake-screening/json-schema';
 * const options: ExportOptions = { locale: 'es', unsupported: 'throw', keys: 'form' };
 * ```
 */
export interface ExportOptions {
  /** BCP 47 tag for titles and labels; falls back to the base language, then English. */
  readonly locale?: string;
  /** What to do with what the target cannot represent; `'warn'` by default. */
  readonly unsupported?: UnsupportedPolicy;
  /** How answer keys are spelled; `'id'` by default. */
  readonly keys?: KeyStyle;
}
