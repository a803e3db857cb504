/**
 * `intake-screening/json-schema`: a questionnaire's answers object as JSON
 * Schema (draft 2020-12), its form as a JSON Forms UI schema, and the referral
 * summary's JSON Schema.
 *
 * @packageDocumentation
 */
export { toJsonSchema, type JsonSchemaExport } from './to-json-schema.js';
export { referralSummaryJsonSchema } from './referral-summary-json-schema.js';
export { toUiSchema, type UiSchemaExport } from './to-ui-schema.js';
export { toRjsfUiSchema, type RjsfUiSchema, type RjsfFieldUi } from './to-rjsf-ui-schema.js';
export { dropHiddenAnswers, type HiddenAnswersDropped } from './drop-hidden-answers.js';
export { formKey, toFormData, fromFormData } from './form-keys.js';
export { DRAFT_2020_12, type JsonSchema, type JsonScalar } from './json-schema.js';
export type { ExportOptions, JsonSchemaOptions, JsonSchemaProfile, KeyStyle } from './options.js';
export type { UiSchema, UiCategory, UiControl, UiControlOptions, UiLabel, UiRule, UiCondition } from './ui-schema.js';
export type { UnsupportedPolicy } from '../issues/unsupported-reporter.js';
