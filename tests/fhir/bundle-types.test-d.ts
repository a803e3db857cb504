// `fhir` resolves to FHIR.js (the validator), so the R4 types of @types/fhir are imported by path.
import type * as fhir4 from '../../node_modules/@types/fhir/r4.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { FhirBundle, FhirDocumentReference, FhirObservation, SafeResult, ToFhirBundleOptions } from '../../src/fhir/index.js';
import { safeToFhirBundle, toFhirBundle } from '../../src/fhir/index.js';

describe('FHIR bundle types', () => {
  it('are assignable to the R4 types of @types/fhir', () => {
    expectTypeOf<FhirBundle>().toExtend<fhir4.Bundle>();
    expectTypeOf<FhirObservation>().toExtend<fhir4.Observation>();
    expectTypeOf<FhirDocumentReference>().toExtend<fhir4.DocumentReference>();
  });

  it('type the public functions: a patient and a date are required', () => {
    expectTypeOf(toFhirBundle).returns.toEqualTypeOf<FhirBundle>();
    expectTypeOf(safeToFhirBundle).returns.toEqualTypeOf<SafeResult<FhirBundle>>();
    expectTypeOf<{ subject: { reference: string } }>().not.toExtend<ToFhirBundleOptions>();
    expectTypeOf<{ subject: { reference: string }; authored: string }>().toExtend<ToFhirBundleOptions>();
  });
});
