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

/**
 * Which consumer a JSON Schema is shaped for. Every profile accepts the same
 * answers, and none holds a value a renderer could take as an answer nobody
 * gave (no `default`, no `oneOf`/`anyOf` of `const` outside `jsonforms`):
 *
 * - `'validation'` (default): checking an answers object with ajv or another
 *   validator. One property per item; an answer to a hidden item fails; a
 *   required item is required exactly when shown. Choices are plain `enum`s,
 *   without labels.
 * - `'rjsf'`: rendering with react-jsonschema-form. Choices are `enum`s
 *   (react-jsonschema-form answers every `oneOf` of `const` with its first
 *   branch), labelled by `toRjsfUiSchema`; a conditional item's property is
 *   added by an `if`/`then` when it is shown, so the form shows and hides it;
 *   answers left in a hidden branch are tolerated (drop them with
 *   `dropHiddenAnswers`). "Prefer not to answer" is an option of choice items
 *   (on a multi-choice item, a box ticked alone); number, text and date items
 *   cannot offer it (reported).
 * - `'jsonforms'`: rendering with JSON Forms (vanilla or Material renderers),
 *   with `toUiSchema` for layout and show/hide rules. Choices are labelled
 *   `oneOf`s of `const`, yes/no questions too; "prefer not to answer" as in
 *   `'rjsf'`; answers left in a hidden branch are tolerated.
 *
 * @example
 * ```ts
 * import type { JsonSchemaProfile } from 'intake-screening/json-schema';
 * const forRjsf: JsonSchemaProfile = 'rjsf';
 * ```
 */
export type JsonSchemaProfile = 'validation' | 'rjsf' | 'jsonforms';

/**
 * Options of `toJsonSchema`.
 *
 * @example
 * ```ts
 * import type { JsonSchemaOptions } from 'intake-screening/json-schema';
 * const options: JsonSchemaOptions = { profile: 'jsonforms', keys: 'form', locale: 'es' };
 * ```
 */
export interface JsonSchemaOptions extends ExportOptions {
  /** The consumer the schema is shaped for; `'validation'` by default. */
  readonly profile?: JsonSchemaProfile;
}
