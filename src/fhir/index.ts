/**
 * intake-screening/fhir: FHIR R4 (4.0.1) Questionnaire and
 * QuestionnaireResponse export and import, with SDC extensions for
 * conditions and scores that R4 alone cannot express, and a transaction
 * Bundle that puts the instrument totals and the referral summary in the record.
 *
 * @packageDocumentation
 */
export { toFhirQuestionnaire, type FhirQuestionnaireExport } from './export/to-fhir-questionnaire.js';
export { toFhirQuestionnaireResponse, safeToFhirQuestionnaireResponse } from './export/to-fhir-questionnaire-response.js';
export { toFhirBundle, safeToFhirBundle } from './export/to-fhir-bundle.js';
export type {
  ToFhirBundleOptions,
  FhirBundle,
  FhirBundleEntry,
  FhirBundleResource,
  FhirObservation,
  FhirDocumentReference,
  FhirAttachment,
  FhirCodeableConcept,
  FhirQuantity,
} from './export/bundle-types.js';
export { fromFhirQuestionnaire, safeFromFhirQuestionnaire, type FhirQuestionnaireImport } from './import/from-fhir-questionnaire.js';
export {
  fromFhirQuestionnaireResponse,
  safeFromFhirQuestionnaireResponse,
  type FhirResponseImport,
  type FromFhirResponseOptions,
} from './import/from-fhir-questionnaire-response.js';
export { answerMappingOf, answerKey, type FhirAnswerMapping, type MappedAnswer, type AnswerLike } from './import/answer-mapping.js';
export type { SecurityLabelOptions, ToFhirQuestionnaireOptions, ToFhirResponseOptions, FromFhirOptions } from './common/options.js';
export type {
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirResponseItem,
  FhirResponseAnswer,
  FhirCoding,
  FhirExtension,
  FhirExpression,
  FhirPrimitiveElement,
  FhirItemType,
  FhirEnableWhen,
  FhirEnableOperator,
  FhirAnswerOption,
  FhirMeta,
  FhirReference,
} from './common/fhir-types.js';
export { EXT as FHIR_EXTENSIONS, SECURITY_LABELS, DECLINED as DECLINED_CODING, DEFAULT_CANONICAL_BASE } from './common/constants.js';
export type { UnsupportedPolicy } from '../issues/unsupported-reporter.js';
export type { SafeResult } from '../issues/safe-result.js';
