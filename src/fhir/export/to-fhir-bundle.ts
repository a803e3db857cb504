import type { Score } from '../../definition/score.js';
import type { Questionnaire } from '../../definition/types.js';
import type { Evaluation } from '../../engine/evaluation.js';
import { resolveAnswers } from '../../engine/resolve-answers.js';
import { type Issue, issue, underPath } from '../../issues/issue.js';
import { QuestionnaireError } from '../../issues/questionnaire-error.js';
import { attempt, type SafeResult } from '../../issues/safe-result.js';
import { resolveLocale } from '../../locale/resolve-locale.js';
import type { InstrumentResult, ReferralSummary } from '../../summary/referral-summary.js';
import { summarize } from '../../summary/summarize.js';
import { canonicalUrl } from '../common/codings.js';
import type { FhirCoding, FhirReference } from '../common/fhir-types.js';
import type { FhirBundle, FhirBundleEntry, FhirBundleResource, FhirDocumentReference, ToFhirBundleOptions } from './bundle-types.js';
import { hashUuid, UUID_PATTERN } from './bundle-ids.js';
import { scoreObservation } from './score-observation.js';
import { securityLabels } from '../common/security.js';
import { summaryDocument } from './summary-document.js';
import { toFhirQuestionnaireResponse } from './to-fhir-questionnaire-response.js';

/** A FHIR dateTime with at least a day (US Core's us-core-1), and a zone whenever it has a time (R4). */
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,9})?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?$/;

const wrong = (name: string, message: string): Issue => issue('wrong-type', ['options', name], message);

function checkReference(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const { reference } = value as { reference?: unknown };
  return typeof reference === 'string' && /^\S+$/.test(reference);
}

function checkSecurity(value: unknown): boolean {
  if (value === undefined || value === false) return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).every((v) => v === undefined || typeof v === 'boolean');
}

/** Every problem with the options, the summary's shape included. */
function optionIssues(options: ToFhirBundleOptions): Issue[] {
  if (options === null || typeof options !== 'object') {
    return [issue('wrong-type', ['options'], 'Ensure that options is an object with at least subject and authored.')];
  }
  const issues: Issue[] = [];
  if (!checkReference(options.subject))
    issues.push(wrong('subject', 'Ensure that subject is a reference to the patient, such as { reference: "Patient/123" }; the library never invents one.'));
  if (typeof options.authored !== 'string' || !DATE_TIME.test(options.authored)) {
    issues.push(wrong('authored', 'Ensure that authored is a FHIR dateTime with at least a day, such as "2026-01-05" or "2026-01-05T10:00:00Z".'));
  }
  if (options.uuid !== undefined && typeof options.uuid !== 'function')
    issues.push(wrong('uuid', 'Ensure that uuid is a function from an entry key to a UUID, such as () => crypto.randomUUID().'));
  if (options.canonicalBase !== undefined && typeof options.canonicalBase !== 'string')
    issues.push(wrong('canonicalBase', 'Ensure that canonicalBase is a URL string.'));
  if (!checkSecurity(options.security))
    issues.push(wrong('security', 'Ensure that security is false or an object of booleans (part2, substanceUse, behavioralHealth).'));
  if (options.locale !== undefined) {
    const resolved = resolveLocale(undefined, options.locale);
    if (!resolved.success) issues.push(...underPath(['options'], resolved.issues));
  }
  if (options.summary !== undefined) issues.push(...summaryShapeIssues(options.summary));
  return issues;
}

/**
 * The parts of a summary the bundle reads, checked for their types. The whole
 * schema is not run here: `ReferralSummarySchema` in the fhir entry would move
 * its zod construction into the chunk every entry shares (a questionnaire
 * alone would grow by 0.65 kB gzipped). As for `renderSummary`, a summary read
 * back from storage is checked with `ReferralSummarySchema` by the caller.
 */
function summaryShapeIssues(summary: unknown): Issue[] {
  const at = (path: Issue['path'], what: string) =>
    issue('wrong-type', ['options', 'summary', ...path], `Ensure that summary is a ReferralSummary (${what}); check a stored one with ReferralSummarySchema.`);
  if (summary === null || typeof summary !== 'object') return [at([], 'an object from summarize or a flow')];
  const s = summary as Record<string, unknown>;
  const issues: Issue[] = [];
  if (s.summaryVersion !== '1') issues.push(at(['summaryVersion'], 'summaryVersion "1"'));
  const q = s.questionnaire as Record<string, unknown> | null | undefined;
  if (typeof q !== 'object' || q === null || typeof q.id !== 'string' || typeof q.version !== 'string' || typeof q.title !== 'string')
    issues.push(at(['questionnaire'], 'questionnaire id, version and title'));
  for (const key of ['locale', 'disclaimer'] as const) if (typeof s[key] !== 'string') issues.push(at([key], `${key} a string`));
  if (!Array.isArray(s.instruments)) issues.push(at(['instruments'], 'instruments an array'));
  else
    s.instruments.forEach((r: unknown, i) => {
      const x = r as Record<string, unknown> | null;
      const ok = typeof x === 'object' && x !== null && typeof x.scoreId === 'string' && typeof x.title === 'string' && typeof x.meaning === 'string';
      const scored =
        ok && (x.status === 'complete' ? typeof x.score === 'number' && Number.isFinite(x.score) : x.status === 'incomplete' || x.status === 'not-applicable');
      if (!scored) issues.push(at(['instruments', i], 'each instrument result with scoreId, status, score, title and meaning'));
    });
  return issues;
}

const mismatch = (path: Issue['path'], message: string): Issue => issue('summary-mismatch', ['options', 'summary', ...path], message);

/**
 * Whether the summary is one of these answers: same questionnaire and version,
 * and every instrument result as the answers score it (so the Observations
 * say what the response says).
 */
function mismatchIssues(q: Questionnaire, summary: ReferralSummary, evaluation: Evaluation): Issue[] {
  if (summary.questionnaire.id !== q.id || summary.questionnaire.version !== q.version) {
    return [
      mismatch(
        ['questionnaire'],
        `Summary is of questionnaire "${summary.questionnaire.id}" ${summary.questionnaire.version}, not "${q.id}" ${q.version}. Ensure that the summary was made from these answers.`,
      ),
    ];
  }
  const issues: Issue[] = [];
  const known = new Set((q.scores ?? []).map((s) => s.id));
  summary.instruments.forEach((result, i) => {
    if (!known.has(result.scoreId))
      issues.push(mismatch(['instruments', i, 'scoreId'], `Summary reports score "${result.scoreId}", which questionnaire "${q.id}" does not have.`));
  });
  for (const score of q.scores ?? []) {
    const computed = evaluation.score(score.id);
    const at = summary.instruments.findIndex((r) => r.scoreId === score.id);
    const reported = summary.instruments[at];
    const same = computed?.status === 'complete' ? reported?.status === 'complete' && reported.score === computed.value : reported?.status !== 'complete';
    if (!same)
      issues.push(
        mismatch(
          at < 0 ? ['instruments'] : ['instruments', at, 'score'],
          `Summary's score "${score.id}" differs from what these answers score. Ensure that the summary was made from these answers.`,
        ),
      );
  }
  return issues;
}

type Complete = InstrumentResult & { readonly status: 'complete'; readonly score: number };
const isComplete = (r: InstrumentResult): r is Complete => r.status === 'complete' && r.score !== null;

/** The entries' full URLs: the caller's UUIDs, checked, or ones derived from the content. */
function fullUrls(keys: readonly string[], uuid: ToFhirBundleOptions['uuid'], content: string): Map<string, string> {
  const base = hashUuid(content);
  const urls = new Map<string, string>();
  const seen = new Set<string>();
  for (const key of keys) {
    const value: unknown = uuid ? uuid(key) : hashUuid(`${base}|${key}`);
    if (typeof value !== 'string' || !UUID_PATTERN.test(value) || seen.has(value.toLowerCase())) {
      throw new QuestionnaireError([
        wrong('uuid', `Ensure that uuid returns a different UUID for each entry; it returned a repeated or malformed one for "${key}".`),
      ]);
    }
    seen.add(value.toLowerCase());
    urls.set(key, `urn:uuid:${value.toLowerCase()}`);
  }
  return urls;
}

/** The document; a caller's summary that the renderer cannot read (a broken stored one) is an issue, not a crash. */
function renderedDocument(make: () => FhirDocumentReference, given: boolean): FhirDocumentReference {
  try {
    return make();
  } catch (error) {
    if (!given || error instanceof QuestionnaireError) throw error;
    throw new QuestionnaireError([
      issue(
        'wrong-type',
        ['options', 'summary'],
        'Ensure that summary is a ReferralSummary: it could not be rendered. Check a stored one with ReferralSummarySchema.',
      ),
    ]);
  }
}

const entry = (fullUrl: string, resource: FhirBundleResource): FhirBundleEntry => ({
  fullUrl,
  resource,
  request: { method: 'POST', url: resource.resourceType },
});

/**
 * Export an intake for the record, SDC-extraction style: one FHIR R4
 * transaction Bundle holding the QuestionnaireResponse, one Observation per
 * complete instrument total (US Core 8.0.0 Observation Screening Assessment
 * profile: LOINC code where the instrument has one, else the questionnaire's
 * own score code; value in `{score}`; interpretation in screening words,
 * "screened positive; further assessment recommended", never a diagnosis;
 * `derivedFrom` the response), and the referral summary as a
 * DocumentReference (LOINC 57133-1 referral note) with the clinician render
 * (HTML) and the summary JSON inline. Every entry has a `urn:uuid:` full URL,
 * a POST request and the same security labels as the response. No Condition
 * and no diagnosis code is ever written. Incomplete and not-applicable scores
 * get no Observation; the document lists them.
 *
 * @param q - The questionnaire.
 * @param answers - The answers object, keyed by item id.
 * @param options - The patient (`subject`) and the date (`authored`), both required; the flow's `summary`; locale, canonical base, security labels, entry UUIDs.
 * @returns The transaction Bundle, the same for the same inputs and options.
 * @throws QuestionnaireError when an answer is invalid (as `toFhirQuestionnaireResponse`), an option has the wrong type or the summary
 *   does not fit its schema (`wrong-type`, path `['options', …]`), or the summary is not one of these answers (`summary-mismatch`).
 * @example
 * ```ts
 * import { toFhirBundle } from 'intake-screening/fhir';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const answers = { 'phq9.q1': 2, 'phq9.q2': 2 };
 * const bundle = toFhirBundle(briefScreen, answers, { subject: { reference: 'Patient/123' }, authored: '2026-01-05T10:00:00Z' });
 * bundle.entry.map((e) => e.resource.resourceType); // ['QuestionnaireResponse', 'Observation', 'DocumentReference']
 * ```
 */
export function toFhirBundle(q: Questionnaire, answers: unknown, options: ToFhirBundleOptions): FhirBundle {
  const problems = optionIssues(options);
  if (problems.length > 0)
    throw new QuestionnaireError(problems, `Options of toFhirBundle have ${problems.length} issue${problems.length > 1 ? 's' : ''}: ${problems[0]?.message}`);
  const { subject, authored } = options;
  const summary = options.summary ?? summarize(q, answers, options.locale === undefined ? {} : { locale: options.locale });
  const response = toFhirQuestionnaireResponse(q, answers, {
    subject,
    authored,
    locale: options.locale ?? summary.locale,
    ...(options.canonicalBase === undefined ? {} : { canonicalBase: options.canonicalBase }),
    ...(options.security === undefined ? {} : { security: options.security }),
  });
  const mismatched = mismatchIssues(q, summary, resolveAnswers(q, answers).evaluation);
  if (mismatched.length > 0) throw new QuestionnaireError(mismatched);

  const scores = new Map<string, Score>((q.scores ?? []).map((s) => [s.id, s]));
  const totals = summary.instruments.filter(isComplete);
  const keys = ['QuestionnaireResponse', ...totals.map((r) => `Observation/${r.scoreId}`), 'DocumentReference'];
  const urls = fullUrls(keys, options.uuid, JSON.stringify([response, summary]));
  const url = (key: string) => urls.get(key) as string;
  const security: FhirCoding[] = securityLabels(options.security);
  const shared = { subject: subject as FhirReference, authored, security };
  const observations = totals.map((r) =>
    entry(
      url(`Observation/${r.scoreId}`),
      scoreObservation(scores.get(r.scoreId) as Score, r, {
        ...shared,
        canonical: canonicalUrl(q, options.canonicalBase),
        response: url('QuestionnaireResponse'),
        disclaimer: summary.disclaimer,
      }),
    ),
  );
  const document = renderedDocument(() => summaryDocument(summary, { ...shared, related: keys.slice(0, -1).map(url) }), options.summary !== undefined);
  return {
    resourceType: 'Bundle',
    ...(security.length > 0 ? { meta: { security: security.map((c) => ({ ...c })) } } : {}),
    type: 'transaction',
    entry: [entry(url('QuestionnaireResponse'), response), ...observations, entry(url('DocumentReference'), document)],
  };
}

/**
 * `toFhirBundle` that returns its issues (bad answers, options or summary) instead of throwing them.
 *
 * @param q - The questionnaire.
 * @param answers - Anything; typically a flow's answers.
 * @param options - As for `toFhirBundle`.
 * @returns `{ success: true, data }` with the Bundle, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { safeToFhirBundle } from 'intake-screening/fhir';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const result = safeToFhirBundle(briefScreen, {}, { subject: { reference: 'Patient/123' }, authored: 'yesterday' });
 * if (!result.success) result.issues[0]?.path; // ['options', 'authored']
 * ```
 */
export function safeToFhirBundle(q: Questionnaire, answers: unknown, options: ToFhirBundleOptions): SafeResult<FhirBundle> {
  return attempt(() => toFhirBundle(q, answers, options));
}
