// Form schemas and FHIR for another renderer.
import { toJsonSchema, toUiSchema } from 'intake-screening/json-schema';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from 'intake-screening/fhir';
import { gad7 } from 'intake-screening/questionnaires';
import { clinicScreen, sample } from './questionnaire.js';

export const schema = toJsonSchema(clinicScreen);
export const ui = toUiSchema(clinicScreen);
export const fhir = toFhirQuestionnaire(gad7).resource;
export const response = toFhirQuestionnaireResponse(clinicScreen, sample);
