import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  acceptSnapshot,
  clinicianView,
  fhirBundle,
  type FhirResource,
  offeredQuestionnaires,
  recheckSubmission,
  startFlow,
  stepFlow,
  storedState,
} from '../src/engine/engine.js';
import { partUrn } from '../src/engine/fhir-bundle.js';
import { disclosureNotice } from '../src/notices.js';
import { briefScreenAnswers, briefScreenEvents, device } from './support/device.js';
import { fhirErrors } from './support/fhir-validator.js';

const recheck = (answers: unknown, raised: string[] = [], subject?: string) =>
  recheckSubmission('brief-screen', answers, {
    raised,
    locale: 'en',
    responseId: randomUUID(),
    authored: '2026-12-04T10:00:00.000Z',
    ...(subject ? { subject } : {}),
  });

describe('the engine adapter (the one place the service calls the library)', () => {
  it('offers the two intakes, each in English and Spanish', () => {
    expect(offeredQuestionnaires().map((q) => [q.id, q.locales])).toEqual([
      ['brief-screen', ['en', 'es']],
      ['substance-use-intake', ['en', 'es']],
    ]);
  });

  it('starts, steps and re-reads a flow as plain JSON', () => {
    const start = startFlow('brief-screen');
    expect(start.status).toBe('answering');
    let persisted = start.persisted;
    for (const event of briefScreenEvents({ acute: true }).slice(0, -1)) {
      const r = stepFlow('brief-screen', JSON.parse(JSON.stringify(persisted)), event);
      if (!r.ok) throw new Error('step refused');
      persisted = r.value.persisted;
    }
    const state = storedState('brief-screen', persisted);
    expect(state.status).toBe('review');
    // Each trigger is recorded on the answer that makes it hold (issue 16): the non-acute screen with the "yes" to question 1, the acute one with question 5.
    expect(state.raised.map((t) => t.id)).toEqual(['asq.positive', 'asq.acute']);
    expect(state.raised[0]?.reason.es).toMatch(/ASQ/);
  });

  it('refuses a snapshot of another questionnaire, and one with a tampered answer', () => {
    const other = device();
    const foreign = JSON.parse(JSON.stringify(other.send({ type: 'NEXT' }))) as { context: { questionnaireId: string; answerEntries: [string, unknown][] } };
    foreign.context.questionnaireId = 'substance-use-intake';
    const r = acceptSnapshot('brief-screen', foreign);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('snapshot-foreign');
    const d = device();
    d.send({ type: 'NEXT' });
    const tampered = JSON.parse(JSON.stringify(d.send({ type: 'ANSWER', itemId: 'auditc.sex', value: 'male' }))) as typeof foreign;
    const sex = tampered.context.answerEntries.findIndex(([id]) => id === 'auditc.sex');
    tampered.context.answerEntries[sex] = ['auditc.sex', 'hourly'];
    const t = acceptSnapshot('brief-screen', tampered);
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.issues[0]).toMatchObject({ code: 'answer-dropped', itemId: 'auditc.sex' });
  });

  it('re-checks a submission: its own summary, the raised triggers it was given, and a QuestionnaireResponse', () => {
    const r = recheck({ ...briefScreenAnswers({ acute: true }), 'asq.q5': 'no' }, ['asq.acute']);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.urgency).toBe('emergency');
    expect(r.value.raised.map((t) => t.id).sort()).toEqual(['asq.acute', 'asq.positive']);
    expect(r.value.response.resourceType).toBe('QuestionnaireResponse');
    expect(fhirErrors(r.value.response)).toEqual([]);
    expect(clinicianView(r.value.summary, 'en').text).toMatch(/Raised during the intake; the final answers no longer meet it/);
  });

  it('keeps the urgency of a rule the stored snapshot recorded when the submitted answers no longer meet it (issue 16)', () => {
    // The person reported withdrawal after alcohol (urgent: same-day medical evaluation), then changed it to "no".
    const answers = { ...briefScreenAnswers(), 'withdrawal.screen': ['no'] };
    const plain = recheckSubmission('brief-screen', answers, { raised: [], locale: 'en', responseId: randomUUID(), authored: '2026-12-04T10:00:00.000Z' });
    const kept = recheckSubmission('brief-screen', answers, {
      raised: [],
      raisedRules: ['withdrawal.screen-sedatives', 'not-a-rule'],
      locale: 'en',
      responseId: randomUUID(),
      authored: '2026-12-04T10:00:00.000Z',
    });
    if (!plain.ok || !kept.ok) throw new Error('recheck failed');
    expect(plain.value.urgency).not.toBe('urgent');
    expect(kept.value.urgency).toBe('urgent');
    const reasons = (kept.value.summary as { urgency: { reasons: { source: { id: string }; answerChanged?: true }[] } }).urgency.reasons;
    expect(reasons.find((r) => r.source.id === 'withdrawal.screen-sedatives')?.answerChanged).toBe(true);
  });

  describe('the FHIR transaction Bundle', () => {
    const submissionId = randomUUID();
    const r = recheck(briefScreenAnswers(), [], 'Patient/123');
    if (!r.ok) throw new Error('recheck failed');
    // Read as loose JSON: the assertions check the shape.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Loose = any;
    const bundle = fhirBundle({
      submissionId,
      questionnaireId: 'brief-screen',
      summary: r.value.summary,
      response: r.value.response,
      subject: 'Patient/123',
      notice: disclosureNotice('2026-12-04', new Date()),
    }) as FhirResource & {
      entry: { fullUrl: string; resource: FhirResource & Record<string, Loose>; request: { method: string; url: string; ifNoneExist: string } }[];
    };
    const byType = (type: string) => bundle.entry.filter((e) => e.resource.resourceType === type);

    it('passes the FHIR R4 validator, whole and entry by entry', () => {
      expect(fhirErrors(bundle)).toEqual([]);
      for (const e of bundle.entry) expect(fhirErrors(e.resource)).toEqual([]);
    });

    it('holds the response, an Observation per complete instrument total with its LOINC code, and the clinician document', () => {
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
      expect(byType('QuestionnaireResponse')).toHaveLength(1);
      const observations = byType('Observation').map((e) => e.resource);
      const phq2 = observations.find((o) => o.code.coding?.[0]?.code === '55758-7');
      expect(phq2).toMatchObject({
        status: 'final',
        valueQuantity: { value: 3 },
        subject: { reference: 'Patient/123' },
        derivedFrom: [{ reference: partUrn(submissionId, 'response') }],
      });
      expect(observations.map((o) => o.code.text)).toEqual(expect.arrayContaining([expect.stringMatching(/GAD-2/)]));
      const doc = byType('DocumentReference')[0]?.resource;
      const text = Buffer.from(doc?.content[0].attachment.data, 'base64').toString('utf8');
      expect(text).toContain('PHQ-2');
      expect(text).toContain('42 CFR part 2 prohibits unauthorized use or disclosure of these records.');
    });

    it('labels every resource as the response is labelled (42 CFR Part 2) and codes no diagnosis', () => {
      const labels = (r.value.response.meta as { security: unknown[] }).security;
      expect(labels).toContainEqual(expect.objectContaining({ code: '42CFRPart2' }));
      for (const e of bundle.entry) expect(e.resource.meta.security).toEqual(labels);
      expect(new Set(bundle.entry.map((e) => e.resource.resourceType))).toEqual(new Set(['QuestionnaireResponse', 'Observation', 'DocumentReference']));
      expect(JSON.stringify(bundle)).not.toMatch(/icd-?10|"Condition"|diagnos(is|tic)"/i);
    });

    it('is a set of conditional creates keyed by stable identifiers, so posting it twice creates nothing twice', () => {
      for (const e of bundle.entry) {
        expect(e.request.method).toBe('POST');
        expect(e.request.ifNoneExist).toBe(`identifier=urn:ietf:rfc:3986|${e.fullUrl}`);
      }
      const again = fhirBundle({
        submissionId,
        questionnaireId: 'brief-screen',
        summary: r.value.summary,
        response: r.value.response,
        subject: 'Patient/123',
        notice: '',
      }) as typeof bundle;
      expect(again.entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => e.fullUrl));
    });
  });
});
