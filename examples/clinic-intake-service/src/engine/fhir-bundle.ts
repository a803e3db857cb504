import { createHash } from 'node:crypto';

/**
 * The FHIR transaction Bundle of a submitted intake, shaped here until the library ships its own
 * `toFhirBundle` (issue 20); then `engine.fhirBundle` calls that and this file goes. It reads only plain data.
 */

/** A FHIR resource as JSON. */
export type FhirResource = { readonly resourceType: string } & Readonly<Record<string, unknown>>;

interface Coding {
  readonly system?: string | undefined;
  readonly code: string;
  readonly display?: string | undefined;
}

/** What the Bundle is made of. */
export interface BundleParts {
  /** The submission's id: every resource's identifier derives from it, so a re-export creates nothing twice. */
  readonly id: string;
  /** The library's QuestionnaireResponse (with its security labels). */
  readonly response: FhirResource;
  /** Each complete instrument total. */
  readonly instruments: readonly { readonly scoreId: string; readonly title: string; readonly score: number; readonly codes: readonly Coding[] }[];
  /** The clinician view, with the consent and redisclosure notice. */
  readonly document: { readonly title: string; readonly text: string; readonly language: string };
  /** A reference to the person (e.g. `Patient/123`), when the clinic gave one. */
  readonly subject?: string;
}

const URI = 'urn:ietf:rfc:3986';
const US_CORE_SCREENING = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment';
const SURVEY = { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' };

/** A stable urn:uuid for one part of one submission (UUID version 8 from SHA-256). */
export function partUrn(id: string, part: string): string {
  const h = createHash('sha256').update(`${id}\u0000${part}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A conditional create: the server makes the resource only if none has its identifier yet. */
function entry(fullUrl: string, resource: FhirResource) {
  return { fullUrl, resource, request: { method: 'POST', url: resource.resourceType, ifNoneExist: `identifier=${URI}|${fullUrl}` } };
}

/**
 * Build the transaction Bundle.
 *
 * @param parts - The response, the instrument totals, the document and the subject.
 * @returns A `transaction` Bundle of conditional creates.
 */
export function transactionBundle(parts: BundleParts): FhirResource {
  const meta = parts.response.meta as { security?: readonly Coding[] } | undefined;
  const security = meta?.security ?? [];
  const subject = parts.subject === undefined ? {} : { subject: { reference: parts.subject } };
  const authored = String(parts.response.authored ?? new Date().toISOString());
  const responseUrl = partUrn(parts.id, 'response');
  const { id: _id, ...response } = parts.response;
  const entries = [entry(responseUrl, { ...response, resourceType: 'QuestionnaireResponse', identifier: { system: URI, value: responseUrl } })];

  for (const i of parts.instruments) {
    const url = partUrn(parts.id, `score:${i.scoreId}`);
    entries.push(
      entry(url, {
        resourceType: 'Observation',
        // The US Core screening profile needs a subject; claim it only when there is one.
        meta: { ...(parts.subject === undefined ? {} : { profile: [US_CORE_SCREENING] }), security },
        identifier: [{ system: URI, value: url }],
        status: 'final',
        category: [{ coding: [SURVEY] }],
        code: i.codes.length > 0 ? { coding: i.codes, text: i.title } : { text: i.title },
        ...subject,
        effectiveDateTime: authored,
        valueQuantity: { value: i.score, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' },
        derivedFrom: [{ reference: responseUrl }],
      }),
    );
  }

  const documentUrl = partUrn(parts.id, 'document');
  entries.push(
    entry(documentUrl, {
      resourceType: 'DocumentReference',
      meta: { security },
      identifier: [{ system: URI, value: documentUrl }],
      status: 'current',
      docStatus: 'final',
      // Text only: a referral summary is not a diagnosis, so no coded diagnosis or problem appears anywhere.
      type: { text: 'Intake screening referral summary (non-diagnostic)' },
      ...subject,
      date: authored,
      description: parts.document.title,
      content: [
        {
          attachment: {
            contentType: 'text/plain; charset=utf-8',
            language: parts.document.language,
            title: parts.document.title,
            data: Buffer.from(parts.document.text, 'utf8').toString('base64'),
          },
        },
      ],
      context: { related: [{ reference: responseUrl }] },
    }),
  );
  return { resourceType: 'Bundle', type: 'transaction', meta: { security }, entry: entries };
}
