import type { SecurityLabelOptions } from '../common/options.js';
import type { FhirCoding, FhirMeta, FhirQuestionnaireResponse, FhirReference } from '../common/fhir-types.js';
import type { ReferralSummary } from '../../summary/referral-summary.js';

/**
 * An R4 `CodeableConcept`.
 *
 * @example
 * ```ts
 * import type { FhirCodeableConcept } from 'intake-screening/fhir';
 * const survey: FhirCodeableConcept = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] };
 * ```
 */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/**
 * An R4 `Quantity`; a score is `{ value, unit: '{score}', system: UCUM, code: '{score}' }`.
 *
 * @example
 * ```ts
 * import type { FhirQuantity } from 'intake-screening/fhir';
 * const total: FhirQuantity = { value: 12, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' };
 * ```
 */
export interface FhirQuantity {
  value: number;
  unit?: string;
  system?: string;
  code?: string;
}

/**
 * An R4 `Observation`, as `toFhirBundle` writes an instrument total: the US
 * Core Observation Screening Assessment profile's elements.
 *
 * @example
 * ```ts
 * import type { FhirObservation } from 'intake-screening/fhir';
 * const total: FhirObservation = {
 *   resourceType: 'Observation',
 *   status: 'final',
 *   category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
 *   code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
 *   subject: { reference: 'Patient/123' },
 *   valueQuantity: { value: 12, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' },
 *   derivedFrom: [{ reference: 'QuestionnaireResponse/1' }],
 * };
 * ```
 */
export interface FhirObservation {
  resourceType: 'Observation';
  id?: string;
  meta?: FhirMeta;
  status: 'registered' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'cancelled' | 'entered-in-error' | 'unknown';
  category?: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  subject?: FhirReference;
  effectiveDateTime?: string;
  valueQuantity?: FhirQuantity;
  interpretation?: FhirCodeableConcept[];
  note?: { text: string }[];
  derivedFrom?: FhirReference[];
}

/**
 * An R4 `Attachment` with its content inline (`data`, base64).
 *
 * @example
 * ```ts
 * import type { FhirAttachment } from 'intake-screening/fhir';
 * const note: FhirAttachment = { contentType: 'text/html', language: 'en', data: 'PGh0bWw+', title: 'Referral summary' };
 * ```
 */
export interface FhirAttachment {
  contentType?: string;
  language?: string;
  data?: string;
  size?: number;
  title?: string;
  creation?: string;
}

/**
 * An R4 `DocumentReference`, as `toFhirBundle` writes the referral summary.
 *
 * @example
 * ```ts
 * import type { FhirDocumentReference } from 'intake-screening/fhir';
 * const doc: FhirDocumentReference = {
 *   resourceType: 'DocumentReference',
 *   status: 'current',
 *   content: [{ attachment: { contentType: 'text/html', data: 'PGh0bWw+' } }],
 * };
 * ```
 */
export interface FhirDocumentReference {
  resourceType: 'DocumentReference';
  id?: string;
  meta?: FhirMeta;
  status: 'current' | 'superseded' | 'entered-in-error';
  docStatus?: 'preliminary' | 'final' | 'amended' | 'entered-in-error';
  type?: FhirCodeableConcept;
  category?: FhirCodeableConcept[];
  subject?: FhirReference;
  date?: string;
  description?: string;
  securityLabel?: FhirCodeableConcept[];
  content: { attachment: FhirAttachment }[];
  context?: { related?: FhirReference[] };
}

/**
 * A resource in the bundle `toFhirBundle` makes.
 *
 * @example
 * ```ts
 * import type { FhirBundleResource } from 'intake-screening/fhir';
 * const isTotal = (r: FhirBundleResource) => r.resourceType === 'Observation';
 * ```
 */
export type FhirBundleResource = FhirQuestionnaireResponse | FhirObservation | FhirDocumentReference;

/**
 * One entry of a transaction Bundle: a `urn:uuid:` full URL, the resource,
 * and the request that creates it.
 *
 * @example
 * ```ts
 * import type { FhirBundleEntry, FhirObservation } from 'intake-screening/fhir';
 * const totals = (entries: FhirBundleEntry[]) => entries.flatMap((e) => (e.resource.resourceType === 'Observation' ? [e.resource as FhirObservation] : []));
 * ```
 */
export interface FhirBundleEntry {
  fullUrl: string;
  resource: FhirBundleResource;
  request: { method: 'POST'; url: FhirBundleResource['resourceType'] };
}

/**
 * An R4 transaction `Bundle`.
 *
 * @example
 * ```ts
 * import type { FhirBundle } from 'intake-screening/fhir';
 * const empty: FhirBundle = { resourceType: 'Bundle', type: 'transaction', entry: [] };
 * ```
 */
export interface FhirBundle {
  resourceType: 'Bundle';
  meta?: FhirMeta;
  type: 'transaction';
  entry: FhirBundleEntry[];
}

/**
 * Options of `toFhirBundle`. `subject` and `authored` are required: the
 * library makes no network calls and never invents a patient or a clock time.
 *
 * @example
 * ```ts
 * import type { ToFhirBundleOptions } from 'intake-screening/fhir';
 * const options: ToFhirBundleOptions = { subject: { reference: 'Patient/123' }, authored: '2026-01-05T10:00:00Z', security: { part2: false } };
 * ```
 */
export interface ToFhirBundleOptions {
  /** The patient the answers are about, e.g. `{ reference: 'Patient/123' }`: the subject of every resource. */
  readonly subject: FhirReference;
  /**
   * When the answers were given: a FHIR dateTime with at least a day
   * (`2026-01-05`, `2026-01-05T10:00:00Z`). It is the response's `authored`
   * and each Observation's `effectiveDateTime`; with a time and zone, also the
   * document's `date`.
   */
  readonly authored: string;
  /**
   * The referral summary of these answers: pass the flow's output, which also
   * remembers safety triggers raised during the intake. When omitted, it is
   * `summarize(q, answers, { locale })`. It must be a summary of this
   * questionnaire and of these answers (`summary-mismatch` otherwise).
   */
  readonly summary?: ReferralSummary;
  /** Locale of the response's texts and of a computed summary; the summary's locale, else English. */
  readonly locale?: string;
  /** As for `toFhirQuestionnaire`; must match it so the response's `questionnaire` resolves. */
  readonly canonicalBase?: string;
  /** Security labels, put on the bundle and on every entry; all on by default, `false` for none. */
  readonly security?: SecurityLabelOptions | false;
  /**
   * The UUID of each entry's `urn:uuid:` full URL, given the entry's key
   * (`QuestionnaireResponse`, `Observation/<score id>`, `DocumentReference`),
   * e.g. `() => crypto.randomUUID()`. By default each is derived from the
   * response and the key (a version 8 UUID), so the same inputs give the same
   * bundle. A server assigns its own ids to the created resources either way.
   */
  readonly uuid?: (key: string) => string;
}
