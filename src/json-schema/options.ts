/**
 * What an exporter does with a part of the definition its target cannot
 * represent (a score condition in JSON Schema, say):
 *
 * - `'throw'`: collect every such part, then throw one `QuestionnaireError`
 *   (issue code `'unsupported'`).
 * - `'warn'` (default): leave the output unconstrained by that part and return
 *   an `'unsupported'` issue for it in `issues`.
 * - `'omit'`: as `'warn'`, but return no issue.
 *
 * @example
 * ```ts
 * import type { UnsupportedPolicy } from 'intake-screening/json-schema';
 * const strict: UnsupportedPolicy = 'throw';
 * ```
 */
export type UnsupportedPolicy = 'throw' | 'warn' | 'omit';

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
