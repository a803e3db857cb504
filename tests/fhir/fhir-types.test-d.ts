// `fhir` resolves to FHIR.js (the validator), so the R4 types of @types/fhir are imported by path.
import type * as fhir4 from '../../node_modules/@types/fhir/r4.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { FhirQuestionnaireExport, FhirQuestionnaireImport } from '../../src/fhir/index.js';
import type { FhirCoding, FhirQuestionnaire, FhirQuestionnaireItem, FhirQuestionnaireResponse } from '../../src/fhir/common/fhir-types.js';
import { fromFhirQuestionnaire, toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import type { Questionnaire } from '../../src/definition/types.js';

describe('FHIR types', () => {
  it('are assignable to the R4 types of @types/fhir', () => {
    expectTypeOf<FhirQuestionnaire>().toExtend<fhir4.Questionnaire>();
    expectTypeOf<FhirQuestionnaireItem>().toExtend<fhir4.QuestionnaireItem>();
    expectTypeOf<FhirQuestionnaireResponse>().toExtend<fhir4.QuestionnaireResponse>();
    expectTypeOf<FhirCoding>().toExtend<fhir4.Coding>();
  });

  it('type the public functions', () => {
    expectTypeOf(toFhirQuestionnaire).returns.toEqualTypeOf<FhirQuestionnaireExport>();
    expectTypeOf(toFhirQuestionnaireResponse).returns.toEqualTypeOf<FhirQuestionnaireResponse>();
    expectTypeOf(fromFhirQuestionnaire).returns.toEqualTypeOf<FhirQuestionnaireImport>();
    expectTypeOf<FhirQuestionnaireImport['questionnaire']>().toEqualTypeOf<Questionnaire>();
    expectTypeOf(toFhirQuestionnaire).parameter(1).toEqualTypeOf<Parameters<typeof toFhirQuestionnaire>[1]>();
  });
});
