import * as z from 'zod/mini';
import { ReferralSummarySchema } from '../summary/referral-summary.js';

let jsonSchema: string | undefined;

/**
 * The referral summary schema as JSON Schema (draft 2020-12), so a host can
 * validate a stored summary without this library. It is derived from
 * `ReferralSummarySchema` (the zod schema in the core entry), so the two never
 * disagree; it lives here so the core entry does not carry zod's JSON Schema
 * generator.
 *
 * @returns A fresh JSON Schema object (safe to mutate).
 * @example
 * ```ts
 * import { referralSummaryJsonSchema } from 'intake-screening/json-schema';
 * import { Ajv2020 } from 'ajv/dist/2020.js';
 * const validate = new Ajv2020().compile(referralSummaryJsonSchema());
 * ```
 */
export function referralSummaryJsonSchema(): Record<string, unknown> {
  jsonSchema ??= JSON.stringify(z.toJSONSchema(ReferralSummarySchema, { target: 'draft-2020-12' }));
  return JSON.parse(jsonSchema) as Record<string, unknown>;
}
