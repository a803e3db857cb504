/**
 * The dialect every schema from `toJsonSchema` declares as `$schema`.
 *
 * @example
 * ```ts
 * import { DRAFT_2020_12, toJsonSchema } from 'intake-screening/json-schema';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * toJsonSchema(briefScreen).schema.$schema === DRAFT_2020_12; // true
 * ```
 */
export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * A constant a schema compares an answer with (`const`, `enum`).
 *
 * @example
 * ```ts
 * import type { JsonScalar } from 'intake-screening/json-schema';
 * const values: JsonScalar[] = ['injection', 3, true];
 * ```
 */
export type JsonScalar = string | number | boolean;

/**
 * The subset of JSON Schema draft 2020-12 the exporters emit. Subschemas are
 * always objects (never `true`/`false`) so the type also fits JSON Forms'
 * `JsonSchema7` and ajv's `SchemaObject` without a cast. It is a type alias,
 * not an interface, so it keeps an implicit index signature.
 *
 * `formatMinimum`/`formatMaximum` come from the ajv-formats vocabulary
 * (`addFormats(ajv)` adds them); they bound date answers.
 *
 * @example
 * ```ts
 * import type { JsonSchema } from 'intake-screening/json-schema';
 * const age: JsonSchema = { type: 'integer', minimum: 12, maximum: 120, title: 'Age' };
 * ```
 */
export type JsonSchema = {
  $schema?: string;
  $id?: string;
  $comment?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: { [key: string]: JsonSchema };
  additionalProperties?: boolean;
  propertyNames?: JsonSchema;
  required?: string[];
  items?: JsonSchema;
  uniqueItems?: boolean;
  minItems?: number;
  maxItems?: number;
  contains?: JsonSchema;
  const?: JsonScalar;
  /** Arrays only in condition tests (a multi-choice answer of "prefer not to answer" alone, as renderers hold it). */
  enum?: (JsonScalar | JsonScalar[])[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  maxLength?: number;
  format?: 'date';
  formatMinimum?: string;
  formatMaximum?: string;
};

/** The schema no value satisfies, spelled without boolean subschemas (see `JsonSchema`). */
export function never(): JsonSchema {
  return { not: {} };
}

/**
 * Escape one JSON Pointer reference token (RFC 6901): `~` → `~0`, `/` → `~1`.
 * Item ids cannot hold either today; escaping keeps scopes right if that changes.
 */
export function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
