import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefScreen, bundledQuestionnaires, substanceUseIntake } from '../../questionnaires/index.js';
import { LOINC } from '../../src/definition/coding.js';
import type { Score } from '../../src/definition/score.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { Issue } from '../../src/issues/issue.js';
import { formatIssue } from '../../src/locale/format-issue.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import type { FhirBundle, FhirDocumentReference, FhirObservation, ToFhirBundleOptions } from '../../src/fhir/index.js';
import { safeToFhirBundle, SECURITY_LABELS, toFhirBundle, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { answersFor } from './arbitrary-answers.js';
import { fhirValidatorProblems, medplumProblems } from './fhir-validators.js';

const SEED = 20261204;
const examples = path.resolve(import.meta.dirname, '../../examples/answers');
const OPTIONS = { subject: { reference: 'Patient/p-1' }, authored: '2026-01-05T10:00:00Z' } as const satisfies ToFhirBundleOptions;

const exampleFiles = readdirSync(examples)
  .filter((f) => f.endsWith('.json'))
  .map((file) => {
    const { questionnaire, answers } = JSON.parse(readFileSync(path.join(examples, file), 'utf8')) as {
      questionnaire: string;
      answers: Record<string, unknown>;
    };
    return { file, q: bundledQuestionnaires[questionnaire as keyof typeof bundledQuestionnaires] as QuestionnaireInput, answers };
  });

const observations = (b: FhirBundle) => b.entry.flatMap((e) => (e.resource.resourceType === 'Observation' ? [e.resource] : []));
const documentOf = (b: FhirBundle) => b.entry.find((e) => e.resource.resourceType === 'DocumentReference')?.resource as FhirDocumentReference;
const decode = (data: string | undefined) => Buffer.from(data ?? '', 'base64').toString('utf8');

/** Every string a bundle holds, its inline attachments decoded. */
function strings(b: FhirBundle): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key?: string): void => {
    if (typeof v === 'string') out.push(key === 'data' ? decode(v) : v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(b);
  return out;
}

/**
 * The US Core 8.0.0 Observation Screening Assessment profile's checks that a
 * base-R4 validator does not run: its invariants (FHIRPath, as published in
 * the profile) and its mandatory elements.
 */
function usCoreProblems(o: FhirObservation): string[] {
  const problems: string[] = [];
  // An element's invariant holds for each occurrence of the element, as its context: `<element>.all(<invariant>)`.
  const holds = (expression: string) => (fhirpath.evaluate(o, expression, undefined, r4) as unknown[])[0] === true;
  if (!holds('(component.empty() and hasMember.empty()) implies (dataAbsentReason.exists() or value.exists())')) problems.push('us-core-2');
  if (!holds("value.all(ofType(Quantity).system.empty() or ofType(Quantity).system = 'http://unitsofmeasure.org')")) problems.push('us-core-3');
  if (!holds('effective.all($this is dateTime implies $this.toString().length() >= 10)')) problems.push('us-core-1');
  if (
    o.category?.filter((c) => c.coding?.some((x) => x.system === 'http://terminology.hl7.org/CodeSystem/observation-category' && x.code === 'survey'))
      .length !== 1
  )
    problems.push('category:survey 1..1');
  if (!o.subject?.reference) problems.push('subject 1..1');
  if (!o.effectiveDateTime) problems.push('effective (must support)');
  if (!o.derivedFrom?.length) problems.push('derivedFrom (must support)');
  return problems;
}

// Medplum indexes the R4 definitions once per file (several seconds).
beforeAll(() => void medplumProblems({ resourceType: 'Basic', code: { text: 'warm-up' } }));

describe('toFhirBundle: both validators, on the example answer files', () => {
  it('the profile checks catch a broken Observation', () => {
    const o = observations(toFhirBundle(briefScreen, { 'phq9.q1': 2, 'phq9.q2': 2 }, OPTIONS))[0] as FhirObservation;
    expect(usCoreProblems(o)).toEqual([]);
    const { valueQuantity, ...noValue } = o;
    expect(
      usCoreProblems({ ...o, effectiveDateTime: '2026', valueQuantity: { ...valueQuantity, system: 'http://example.org' } as never, category: [] }),
    ).toEqual(['us-core-3', 'us-core-1', 'category:survey 1..1']);
    expect(usCoreProblems(noValue)).toEqual(['us-core-2']);
  });

  it.each(exampleFiles)('$file makes a transaction bundle with no errors', ({ q, answers }) => {
    const bundle = toFhirBundle(q, answers, OPTIONS);
    expect(bundle.type).toBe('transaction');
    expect(fhirValidatorProblems(bundle)).toEqual([]);
    for (const e of bundle.entry) expect(fhirValidatorProblems(e.resource), e.resource.resourceType).toEqual([]);
    for (const o of observations(bundle)) expect(usCoreProblems(o), o.code.text).toEqual([]);
  });
});

describe.each([
  ['brief-screen', briefScreen],
  ['substance-use-intake', substanceUseIntake],
] as const)('toFhirBundle on %s with random answers', (_id, q) => {
  const cases = fc.sample(answersFor(q), { seed: SEED, numRuns: 6 }).map((raw) => resolveAnswers(q, raw).answers);

  it('passes both validators and the profile checks, whatever was answered', () => {
    for (const answers of [{}, ...cases]) {
      const bundle = toFhirBundle(q, answers, { ...OPTIONS, locale: 'es' });
      expect(fhirValidatorProblems(bundle)).toEqual([]);
      for (const o of observations(bundle)) expect(usCoreProblems(o)).toEqual([]);
    }
  });

  it("writes one Observation per complete score, its value the summary's score and its code the score's LOINC code where it has one", () => {
    let totals = 0;
    for (const answers of [...cases, ...exampleFiles.filter((e) => e.q === q).map((e) => e.answers)]) {
      const summary = summarize(q, answers);
      const bundle = toFhirBundle(q, answers, { ...OPTIONS, summary });
      const complete = summary.instruments.filter((r) => r.status === 'complete');
      const written = observations(bundle);
      expect(written.map((o) => o.valueQuantity?.value)).toEqual(complete.map((r) => r.score));
      complete.forEach((r, i) => {
        const score: Score | undefined = q.scores?.find((s) => s.id === r.scoreId);
        const loinc = score?.codes?.find((c) => c.system === LOINC)?.code;
        const coding = written[i]?.code.coding?.[0];
        if (loinc) expect(coding).toMatchObject({ system: LOINC, code: loinc });
        else expect(coding).toMatchObject({ system: expect.stringMatching(/\/CodeSystem\/Scores$/), code: r.scoreId });
        expect(written[i]?.interpretation?.[0]?.text).toBe(r.meaning);
        expect(written[i]?.interpretation?.[0]?.coding?.[0]?.code).toBe(r.positive === null ? undefined : r.positive ? 'POS' : 'NEG');
      });
      totals += written.length;
    }
    expect(totals).toBeGreaterThan(3);
  });

  it('resolves every reference inside the bundle and labels every entry as the response is labelled', () => {
    for (const answers of cases) {
      const bundle = toFhirBundle(q, answers, OPTIONS);
      const urls = bundle.entry.map((e) => e.fullUrl);
      expect(new Set(urls).size).toBe(urls.length);
      for (const url of urls) expect(url).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const response = bundle.entry[0];
      expect(response?.resource.resourceType).toBe('QuestionnaireResponse');
      for (const o of observations(bundle)) expect(o.derivedFrom).toEqual([{ reference: response?.fullUrl }]);
      expect(documentOf(bundle).context?.related?.map((r) => r.reference)).toEqual(urls.slice(0, -1));
      const labels = toFhirQuestionnaireResponse(q, answers).meta?.security;
      expect(labels?.map((l) => l.code)).toEqual(['42CFRPart2', 'ETH', 'BH', 'PSY']);
      expect(bundle.meta?.security).toEqual(labels);
      for (const e of bundle.entry) {
        expect(e.resource.meta?.security, e.resource.resourceType).toEqual(labels);
        expect(e.request).toEqual({ method: 'POST', url: e.resource.resourceType });
        expect((e.resource as { subject?: unknown }).subject).toEqual(OPTIONS.subject);
      }
    }
  });

  it('never writes a Condition, an ICD or SNOMED code, or anything but LOINC, UCUM and HL7 codes beside its own', () => {
    for (const answers of cases) {
      const bundle = toFhirBundle(q, answers, OPTIONS);
      expect(
        bundle.entry.map((e) => e.resource.resourceType).filter((t) => !['QuestionnaireResponse', 'Observation', 'DocumentReference'].includes(t)),
      ).toEqual([]);
      const all = strings(bundle).join('\n');
      expect(all).not.toMatch(/snomed|icd-?10|icd-?9|hl7\.org\/fhir\/sid\/icd|\/Condition/i);
      const systems = new Set(JSON.stringify(bundle).match(/"system":"[^"]+"/g));
      for (const s of systems)
        expect(s).toMatch(/loinc\.org|unitsofmeasure\.org|terminology\.hl7\.org|hl7\.org\/fhir\/us\/core\/CodeSystem|intake-screening\.dev/);
    }
  });
});

describe('the referral document', () => {
  const answers = exampleFiles.find((e) => e.file.startsWith('03-'))?.answers ?? {};

  it('holds the clinician render and the summary JSON, inline and exact', () => {
    const summary = summarize(substanceUseIntake, answers, { raised: ['asq.acute'] });
    const doc = documentOf(toFhirBundle(substanceUseIntake, answers, { ...OPTIONS, summary }));
    const [html, json] = doc.content.map((c) => c.attachment);
    const rendered = renderSummary(summary, { format: 'html', audience: 'clinician' });
    expect(html).toMatchObject({ contentType: 'text/html', language: 'en', size: Buffer.byteLength(rendered) });
    expect(decode(html?.data)).toBe(rendered);
    expect(json?.contentType).toBe('application/json');
    expect(JSON.parse(decode(json?.data))).toEqual(summary);
    expect(doc.type?.coding?.[0]).toMatchObject({ system: LOINC, code: '57133-1' });
    expect(doc.date).toBe(OPTIONS.authored);
    expect(doc.securityLabel?.map((l) => l.coding?.[0]?.code)).toEqual(['42CFRPart2', 'ETH', 'BH', 'PSY']);
  });

  it('is written in the summary’s language, and has no date when authored is a day only (an instant needs a time)', () => {
    const doc = documentOf(toFhirBundle(briefScreen, {}, { ...OPTIONS, authored: '2026-01-05', locale: 'es' }));
    expect(doc.content[0]?.attachment.language).toBe('es');
    expect(decode(doc.content[0]?.attachment.data)).toContain('lang="es"');
    expect(doc.date).toBeUndefined();
  });
});

describe('ids and labels', () => {
  const answers = { 'phq9.q1': 2, 'phq9.q2': 2 };

  it('gives the same bundle for the same inputs, and other ids for other answers or another patient', () => {
    const a = toFhirBundle(briefScreen, answers, OPTIONS);
    expect(toFhirBundle(briefScreen, answers, OPTIONS)).toEqual(a);
    const urls = (b: FhirBundle) => b.entry.map((e) => e.fullUrl);
    expect(urls(toFhirBundle(briefScreen, { ...answers, 'phq9.q2': 1 }, OPTIONS))).not.toEqual(expect.arrayContaining([urls(a)[0]]));
    expect(urls(toFhirBundle(briefScreen, answers, { ...OPTIONS, subject: { reference: 'Patient/p-2' } }))[0]).not.toBe(urls(a)[0]);
  });

  it("takes the caller's UUIDs by entry key, and refuses repeated or malformed ones", () => {
    const keys: string[] = [];
    const uuid = (key: string) => {
      keys.push(key);
      return `00000000-0000-4000-8000-${String(keys.length).padStart(12, '0')}`;
    };
    const bundle = toFhirBundle(briefScreen, answers, { ...OPTIONS, uuid });
    expect(keys).toEqual(['QuestionnaireResponse', 'Observation/phq2', 'DocumentReference']);
    expect(bundle.entry[1]?.fullUrl).toBe('urn:uuid:00000000-0000-4000-8000-000000000002');
    for (const bad of [() => '00000000-0000-4000-8000-000000000001', () => 'not-a-uuid']) {
      const result = safeToFhirBundle(briefScreen, answers, { ...OPTIONS, uuid: bad });
      expect(result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['wrong-type', 'options.uuid']]);
    }
  });

  it('puts no labels anywhere with security: false, and follows the response with part2: false', () => {
    const none = toFhirBundle(briefScreen, answers, { ...OPTIONS, security: false });
    expect([none.meta, ...none.entry.map((e) => e.resource.meta?.security)].filter((m) => m !== undefined)).toEqual([]);
    const notPart2 = toFhirBundle(briefScreen, answers, { ...OPTIONS, security: { part2: false } });
    for (const e of notPart2.entry) expect(e.resource.meta?.security?.map((l) => l.code)).toEqual(['ETH', 'BH', 'PSY']);
    expect(notPart2.meta?.security?.some((l) => l.code === SECURITY_LABELS.part2.code)).toBe(false);
  });
});

describe('bad input: typed issues, never a half-made bundle', () => {
  const codes = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.path.join('.')]);
  const refused = (q: QuestionnaireInput, answers: unknown, options: unknown) => {
    const result = safeToFhirBundle(q, answers, options as ToFhirBundleOptions);
    if (result.success) throw new Error('accepted');
    return result.issues;
  };

  it('needs a patient and a date, and checks the type of every option', () => {
    expect(codes(refused(briefScreen, {}, {}))).toEqual([
      ['wrong-type', 'options.subject'],
      ['wrong-type', 'options.authored'],
    ]);
    expect(codes(refused(briefScreen, {}, undefined))).toEqual([['wrong-type', 'options']]);
    const bad = { subject: 'Patient/1', authored: '2026-01', uuid: 'x', canonicalBase: 3, security: 'on', locale: 'not a locale' };
    expect(codes(refused(briefScreen, {}, bad)).map(([, p]) => p)).toEqual([
      'options.subject',
      'options.authored',
      'options.uuid',
      'options.canonicalBase',
      'options.security',
      'options.locale',
    ]);
    expect(() => toFhirBundle(briefScreen, {}, { ...OPTIONS, authored: '2026-01-05T10:00:00' })).toThrow(/authored/);
  });

  it('reports bad answers as the response export does, by item id', () => {
    expect(codes(refused(briefScreen, { 'asq.q1': 'maybe' }, OPTIONS))).toEqual([['wrong-type', 'asq.q1']]);
  });

  it('refuses a summary that is not one, by path', () => {
    const summary = summarize(briefScreen, { 'phq9.q1': 2, 'phq9.q2': 2 });
    const paths = (s: unknown) => codes(refused(briefScreen, { 'phq9.q1': 2, 'phq9.q2': 2 }, { ...OPTIONS, summary: s }));
    expect(paths('summary')).toEqual([['wrong-type', 'options.summary']]);
    expect(paths({ ...summary, summaryVersion: '2', locale: 3 })).toEqual([
      ['wrong-type', 'options.summary.summaryVersion'],
      ['wrong-type', 'options.summary.locale'],
    ]);
    const instruments = summary.instruments.map((r, i) => (i === 0 ? { ...r, score: '4' } : r));
    expect(paths({ ...summary, instruments })).toEqual([['wrong-type', 'options.summary.instruments.0']]);
    expect(paths({ ...summary, findings: null })).toEqual([['wrong-type', 'options.summary']]);
  });

  it('refuses a summary of other answers or of another questionnaire (summary-mismatch), worded for a person in English and Spanish', () => {
    const other = summarize(briefScreen, { 'phq9.q1': 3, 'phq9.q2': 3 });
    const issues = refused(briefScreen, { 'phq9.q1': 0, 'phq9.q2': 0 }, { ...OPTIONS, summary: other });
    expect(codes(issues)).toEqual([['summary-mismatch', 'options.summary.instruments.0.score']]);
    const first = issues[0] as Issue;
    expect(formatIssue(first)).toBe('Your answers could not be added to your record. Please tell the clinic.');
    expect(formatIssue(first, { locale: 'es' })).toBe('No se pudieron agregar sus respuestas a su expediente. Por favor, avise a la clínica.');
    expect(first.message).not.toMatch(/\b[0-3]\b/);
    const foreign = summarize(substanceUseIntake, {});
    expect(codes(refused(briefScreen, {}, { ...OPTIONS, summary: foreign }))).toEqual([['summary-mismatch', 'options.summary.questionnaire']]);
  });

  it("accepts a flow's summary that remembers a trigger raised and taken back, and carries it in the document", () => {
    const answers = { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0 };
    const summary = summarize(briefScreen, answers, { raised: ['asq.positive'] });
    const doc = documentOf(toFhirBundle(briefScreen, answers, { ...OPTIONS, summary }));
    expect(JSON.parse(decode(doc.content[1]?.attachment.data)).safetyFlags[0]).toMatchObject({ id: 'asq.positive', answerChanged: true });
  });
});
