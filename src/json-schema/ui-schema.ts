import type { JsonSchema } from './json-schema.js';

/**
 * A JSON Forms rule condition: a schema-based condition (the data at `scope`
 * must satisfy `schema`), or an `AND`/`OR` of conditions (JSON Forms 3.x).
 *
 * @example
 * ```ts
 * import type { UiCondition } from 'intake-screening/json-schema';
 * const injects: UiCondition = {
 *   scope: '#',
 *   schema: { required: ['use.route'], properties: { 'use.route': { const: 'injection' } } },
 * };
 * ```
 */
export type UiCondition = { type: 'AND' | 'OR'; conditions: UiCondition[] } | { scope: string; schema: JsonSchema };

/**
 * A rule that shows an element only while its condition holds.
 *
 * @example
 * ```ts
 * import type { UiRule } from 'intake-screening/json-schema';
 * const rule: UiRule = { effect: 'SHOW', condition: { scope: '#', schema: { required: ['use.route'] } } };
 * ```
 */
export type UiRule = { effect: 'SHOW'; condition: UiCondition };

/**
 * Options a control carries: `multi` for multi-line text, `format: 'radio'` for
 * scales and for yes/no items that offer "prefer not to answer".
 *
 * @example
 * ```ts
 * import type { UiControlOptions } from 'intake-screening/json-schema';
 * const radio: UiControlOptions = { format: 'radio' };
 * ```
 */
export type UiControlOptions = { multi?: true; format?: 'radio' };

/**
 * A JSON Forms control bound to one answer.
 *
 * @example
 * ```ts
 * import type { UiControl } from 'intake-screening/json-schema';
 * const control: UiControl = { type: 'Control', scope: '#/properties/use.route', label: 'How?' };
 * ```
 */
export type UiControl = { type: 'Control'; scope: string; label: string; options?: UiControlOptions; rule?: UiRule };

/**
 * A JSON Forms label: a display item or a section description.
 *
 * @example
 * ```ts
 * import type { UiLabel } from 'intake-screening/json-schema';
 * const note: UiLabel = { type: 'Label', text: 'This is not a diagnosis.' };
 * ```
 */
export type UiLabel = { type: 'Label'; text: string; rule?: UiRule };

/**
 * One section as a JSON Forms category.
 *
 * @example
 * ```ts
 * import type { UiCategory } from 'intake-screening/json-schema';
 * const page: UiCategory = { type: 'Category', label: 'Use', elements: [] };
 * ```
 */
export type UiCategory = { type: 'Category'; label: string; elements: (UiControl | UiLabel)[]; rule?: UiRule };

/**
 * The UI schema of a questionnaire: one category per section.
 *
 * JSON Forms types `Rule.effect` as its `RuleEffect` enum, which a string
 * literal cannot be assigned to in TypeScript, so pass this to JSON Forms as
 * `uischema as UISchemaElement`. The values are the same.
 *
 * @example
 * ```ts
 * import type { UiSchema } from 'intake-screening/json-schema';
 * const ui: UiSchema = { type: 'Categorization', label: 'Intake', elements: [] };
 * ```
 */
export type UiSchema = { type: 'Categorization'; label: string; elements: UiCategory[] };
