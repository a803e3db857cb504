import type { ReferralSummary } from '../../summary/referral-summary.js';
import { renderSummary } from '../../summary/render-summary.js';
import type { FhirCoding, FhirReference } from '../common/fhir-types.js';
import type { FhirAttachment, FhirDocumentReference } from './bundle-types.js';

/**
 * LOINC 57133-1 "Referral note", one of the clinical note types US Core 8.0.0
 * asks servers to support (clinical-notes.html); the document is the referral
 * summary written for the care team.
 */
const REFERRAL_NOTE: FhirCoding = { system: 'http://loinc.org', code: '57133-1', display: 'Referral note' };
const CLINICAL_NOTE: FhirCoding = {
  system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category',
  code: 'clinical-note',
  display: 'Clinical Note',
};

/** An R4 instant: a dateTime down to the second, with a zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The UTF-8 bytes of a text, base64-encoded (no Buffer or btoa, so it runs the same in browsers and Node). */
export function base64Utf8(text: string): { readonly data: string; readonly size: number } {
  const bytes = new TextEncoder().encode(text);
  let data = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    data +=
      BASE64[n >> 18] +
      (BASE64[(n >> 12) & 63] as string) +
      (b === undefined ? '=' : (BASE64[(n >> 6) & 63] as string)) +
      (c === undefined ? '=' : (BASE64[n & 63] as string));
  }
  return { data, size: bytes.length };
}

function inline(contentType: string, text: string, title: string, language: string, creation: string): FhirAttachment {
  const { data, size } = base64Utf8(text);
  return { contentType, language, data, size, title, creation };
}

/** What the document shares with the rest of the bundle. */
export interface DocumentContext {
  readonly subject: FhirReference;
  readonly authored: string;
  /** Full URLs of the response and the Observations, for `context.related`. */
  readonly related: readonly string[];
  readonly security: readonly FhirCoding[];
}

/**
 * The referral summary as a DocumentReference the care team can open: the
 * clinician render (a whole HTML document, every text escaped) and the
 * `ReferralSummary` JSON, both inline. A DocumentReference rather than a
 * Composition because a Composition belongs in a `document` Bundle with its
 * sections as narrative, which would need the render cut into sections and
 * re-checked as FHIR narrative; US Core carries clinical notes as
 * DocumentReferences with an attachment.
 */
export function summaryDocument(summary: ReferralSummary, context: DocumentContext): FhirDocumentReference {
  const html = renderSummary(summary, { format: 'html', audience: 'clinician' });
  const json = JSON.stringify(summary);
  const { locale } = summary;
  const security = context.security.map((c) => ({ ...c }));
  return {
    resourceType: 'DocumentReference',
    ...(security.length > 0 ? { meta: { security } } : {}),
    status: 'current',
    docStatus: 'final',
    type: { coding: [{ ...REFERRAL_NOTE }], text: summary.questionnaire.title },
    category: [{ coding: [{ ...CLINICAL_NOTE }] }],
    subject: { ...context.subject },
    ...(INSTANT.test(context.authored) ? { date: context.authored } : {}),
    description: summary.disclaimer,
    ...(security.length > 0 ? { securityLabel: security.map((c) => ({ coding: [c] })) } : {}),
    content: [
      { attachment: inline('text/html', html, summary.questionnaire.title, locale, context.authored) },
      { attachment: inline('application/json', json, `ReferralSummary ${summary.summaryVersion}`, locale, context.authored) },
    ],
    context: { related: context.related.map((reference) => ({ reference })) },
  };
}
