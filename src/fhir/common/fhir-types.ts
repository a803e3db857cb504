/**
 * The part of FHIR R4 (4.0.1) this entry writes and reads, typed here so the
 * published declarations need no FHIR type package. Each interface is
 * assignable to its `fhir4` counterpart in `@types/fhir` (checked in the type
 * tests).
 */

/**
 * An R4 `Extension` with the value types this library uses.
 *
 * @example
 * ```ts
 * import type { FhirExtension } from 'intake-screening/fhir';
 * const weight: FhirExtension = { url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 2 };
 * ```
 */
export interface FhirExtension {
  url: string;
  extension?: FhirExtension[];
  valueString?: string;
  valueCode?: string;
  valueUri?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  valueDate?: string;
  valueCoding?: FhirCoding;
  valueCodeableConcept?: { coding?: FhirCoding[]; text?: string };
  valueExpression?: FhirExpression;
}

/**
 * The `_field` companion of a primitive: its id and extensions (translations here).
 *
 * @example
 * ```ts
 * import type { FhirPrimitiveElement } from 'intake-screening/fhir';
 * const spanishTitle: FhirPrimitiveElement = {
 *   extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/translation', extension: [{ url: 'lang', valueCode: 'es' }, { url: 'content', valueString: 'Registro' }] }],
 * };
 * ```
 */
export interface FhirPrimitiveElement {
  id?: string;
  extension?: FhirExtension[];
}

/**
 * An R4 `Coding`.
 *
 * @example
 * ```ts
 * import type { FhirCoding } from 'intake-screening/fhir';
 * const never: FhirCoding = { system: 'http://loinc.org', code: 'LA6270-8', display: 'Never' };
 * ```
 */
export interface FhirCoding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
  _display?: FhirPrimitiveElement;
  extension?: FhirExtension[];
}

/**
 * An R4 `Expression` (SDC expressions).
 *
 * @example
 * ```ts
 * import type { FhirExpression } from 'intake-screening/fhir';
 * const shown: FhirExpression = { language: 'text/fhirpath', expression: "%resource.repeat(item).where(linkId = 'use.injects').answer.value = true" };
 * ```
 */
export interface FhirExpression {
  name?: string;
  language: string;
  expression?: string;
  description?: string;
}

/**
 * `Questionnaire.item.type` in R4.
 *
 * @example
 * ```ts
 * import type { FhirItemType } from 'intake-screening/fhir';
 * const choice: FhirItemType = 'choice';
 * ```
 */
export type FhirItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity';

/** Every R4 item type, for exhaustive tables. */
export const FHIR_ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'attachment',
  'reference',
  'quantity',
] as const satisfies readonly FhirItemType[];

/**
 * `Questionnaire.item.enableWhen.operator`.
 *
 * @example
 * ```ts
 * import type { FhirEnableOperator } from 'intake-screening/fhir';
 * const atLeast: FhirEnableOperator = '>=';
 * ```
 */
export type FhirEnableOperator = 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';

/**
 * One `Questionnaire.item.enableWhen`.
 *
 * @example
 * ```ts
 * import type { FhirEnableWhen } from 'intake-screening/fhir';
 * const afterYes: FhirEnableWhen = { question: 'use.injects', operator: '=', answerBoolean: true };
 * ```
 */
export interface FhirEnableWhen {
  question: string;
  operator: FhirEnableOperator;
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerInteger?: number;
  answerDate?: string;
  answerString?: string;
  answerCoding?: FhirCoding;
}

/**
 * One `Questionnaire.item.answerOption`.
 *
 * @example
 * ```ts
 * import type { FhirAnswerOption } from 'intake-screening/fhir';
 * const never: FhirAnswerOption = {
 *   valueCoding: { system: 'http://loinc.org', code: 'LA6270-8', display: 'Never' },
 *   extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 0 }],
 * };
 * ```
 */
export interface FhirAnswerOption {
  extension?: FhirExtension[];
  valueCoding?: FhirCoding;
  valueString?: string;
  valueInteger?: number;
  valueDate?: string;
  initialSelected?: boolean;
}

/**
 * One `Questionnaire.item`.
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireItem } from 'intake-screening/fhir';
 * const item: FhirQuestionnaireItem = { linkId: 'use.naloxone', type: 'boolean', text: 'Do you have naloxone?' };
 * ```
 */
export interface FhirQuestionnaireItem {
  linkId: string;
  extension?: FhirExtension[];
  code?: FhirCoding[];
  text?: string;
  _text?: FhirPrimitiveElement;
  type: FhirItemType;
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerOption?: FhirAnswerOption[];
  item?: FhirQuestionnaireItem[];
}

/**
 * `Meta` with what this library sets.
 *
 * @example
 * ```ts
 * import type { FhirMeta } from 'intake-screening/fhir';
 * const meta: FhirMeta = { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: '42CFRPart2' }] };
 * ```
 */
export interface FhirMeta {
  profile?: string[];
  security?: FhirCoding[];
}

/**
 * An R4 `Questionnaire`.
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaire } from 'intake-screening/fhir';
 * const q: FhirQuestionnaire = { resourceType: 'Questionnaire', status: 'draft', item: [{ linkId: 'a', type: 'boolean', text: 'A?' }] };
 * ```
 */
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  meta?: FhirMeta;
  language?: string;
  extension?: FhirExtension[];
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  _title?: FhirPrimitiveElement;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  publisher?: string;
  description?: string;
  _description?: FhirPrimitiveElement;
  copyright?: string;
  /** Translations of `copyright` (the licence), as for `title`. */
  _copyright?: FhirPrimitiveElement;
  code?: FhirCoding[];
  item?: FhirQuestionnaireItem[];
}

/**
 * One `QuestionnaireResponse.item.answer`.
 *
 * @example
 * ```ts
 * import type { FhirResponseAnswer } from 'intake-screening/fhir';
 * const answers: FhirResponseAnswer[] = [{ valueBoolean: true }, { valueCoding: { system: 'http://loinc.org', code: 'LA6569-3' } }];
 * ```
 */
export interface FhirResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueString?: string;
  valueCoding?: FhirCoding;
}

/**
 * One `QuestionnaireResponse.item`.
 *
 * @example
 * ```ts
 * import type { FhirResponseItem } from 'intake-screening/fhir';
 * const answered: FhirResponseItem = { linkId: 'use.naloxone', answer: [{ valueBoolean: true }] };
 * ```
 */
export interface FhirResponseItem {
  linkId: string;
  extension?: FhirExtension[];
  text?: string;
  answer?: FhirResponseAnswer[];
  item?: FhirResponseItem[];
}

/**
 * An R4 `Reference`, as the subject of a response.
 *
 * @example
 * ```ts
 * import type { FhirReference } from 'intake-screening/fhir';
 * const subject: FhirReference = { reference: 'Patient/123' };
 * ```
 */
export interface FhirReference {
  reference?: string;
  type?: string;
  display?: string;
}

/**
 * An R4 `QuestionnaireResponse`.
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireResponse } from 'intake-screening/fhir';
 * const qr: FhirQuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [] };
 * ```
 */
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  meta?: FhirMeta;
  language?: string;
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: FhirReference;
  authored?: string;
  item?: FhirResponseItem[];
}
