import { answersOf } from 'intake-screening';
import { briefScreen } from 'intake-screening/questionnaires';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT } from '../src/notices.js';
import { DATABASE_KIND } from './support/database.js';
import { briefScreenAnswers, briefScreenEvents, device } from './support/device.js';
import { completeBriefScreen, openIntake } from './support/flows.js';
import { signIn, type StaffClient } from './support/http.js';
import { type RunningService, STAFF, startService } from './support/service.js';

describe(`person routes on ${DATABASE_KIND}`, () => {
  let svc: RunningService;
  let staff: StaffClient;
  const auditOf = async (intakeId: string) =>
    (await svc.db.query<{ action: string; actor: string }>('SELECT action, actor FROM audit_log WHERE intake_id = $1 ORDER BY id', [intakeId])).rows;

  beforeAll(async () => {
    svc = await startService();
    staff = await signIn(svc.url, STAFF.email, STAFF.password);
  });
  afterAll(() => svc.close());

  it('GET /api/person/intake: the questionnaire, the consent to show, no snapshot yet; the read is audited', async () => {
    const { id, person: p } = await openIntake(svc.url, staff, { consent: false });
    const r = await p.read();
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ questionnaire: { id: 'brief-screen', version: briefScreen.version }, status: 'open', seq: 0, snapshot: null });
    expect(r.body.consent).toMatchObject({ version: CONSENT.version, given: false });
    expect(r.body.consent.text.en).toContain('42 CFR Part 2');
    expect(r.body.consent.text.es).toContain('42 CFR Part 2');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(await auditOf(id)).toContainEqual({ action: 'person.read', actor: 'person' });
  });

  it('POST /api/person/consent: steps wait for consent; an outdated consent version is refused; consent is recorded once', async () => {
    const { id, person: p } = await openIntake(svc.url, staff, { consent: false });
    const d = device();
    expect((await p.step({ seq: 1, snapshot: d.send({ type: 'NEXT' }) })).status).toBe(403);
    expect((await p.consent('1999-01-01')).status).toBe(409);
    expect((await p.consent(CONSENT.version)).status).toBe(204);
    expect((await p.consent(CONSENT.version)).status).toBe(204);
    expect((await auditOf(id)).filter((a) => a.action === 'person.consent')).toHaveLength(1);
    expect((await p.read()).body.consent.given).toBe(true);
    expect((await p.step({ seq: 1, snapshot: d.send({ type: 'ANSWER', itemId: 'auditc.sex', value: 'male' }) })).status).toBe(200);
  });

  it('POST /api/person/steps and /submissions: a whole brief screen, every step stored, the server summarizes the submission itself', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    const { steps, submission } = await completeBriefScreen(p);
    expect(steps.map((s) => s.status)).toEqual(steps.map(() => 200));
    expect(steps.map((s) => s.body.seq)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.at(-1)?.body.status).toBe('review');
    expect(submission.status).toBe(201);
    expect(submission.body).toMatchObject({ status: 'accepted' });
    const read = await p.read();
    expect(read.body).toMatchObject({ status: 'submitted', snapshot: null, seq: steps.length });
    const detail = await staff.get(`/api/staff/intakes/${id}`);
    const accepted = detail.body.submissions.find((s: { status: string }) => s.status === 'accepted');
    expect(accepted.summary.questionnaire.id).toBe('brief-screen');
    expect(accepted.urgency).toBe(accepted.summary.urgency.level);
    expect(accepted.clinicianText).toContain('PHQ-2');
    // The person cannot step a submitted intake.
    expect((await p.step({ seq: steps.length + 1, snapshot: device().send({ type: 'NEXT' }) })).body.code).toBe('intake-submitted');
  });

  it('records an interrupt-tier trigger at once, with the step that raised it, before the person finishes', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    const d = device();
    let seq = 0;
    for (const event of briefScreenEvents({ acute: true })) {
      const r = await p.step({ seq: ++seq, snapshot: d.send(event) });
      expect(r.status).toBe(200);
      if (event.type === 'ANSWER' && event.itemId === 'asq.q5') {
        expect(r.body.status).toBe('safety');
        expect(r.body.raised).toContainEqual({ id: 'asq.acute', tier: 'interrupt', urgency: 'emergency' });
        // Staff see it now, while the person is still on the crisis panel.
        const flags = await staff.get('/api/staff/flags');
        const flag = flags.body.flags.find((f: { intakeId: string; triggerId: string }) => f.intakeId === id && f.triggerId === 'asq.acute');
        expect(flag).toMatchObject({ triggerId: 'asq.acute', tier: 'interrupt', urgency: 'emergency', evidence: expect.arrayContaining(['asq.q5']) });
        expect(flag.reasonText).toMatch(/ASQ acute positive/);
        const stored = await svc.db.query<{ trigger_id: string; raised_seq: number }>(
          'SELECT trigger_id, raised_seq FROM safety_flags WHERE intake_id = $1 ORDER BY raised_seq',
          [id],
        );
        // The non-acute flag was recorded earlier, with the "yes" to question 1 (issue 16); the acute one with this step.
        expect(stored.rows.map((r) => r.trigger_id)).toEqual(['asq.positive', 'asq.acute']);
        expect(stored.rows[0]?.raised_seq).toBeLessThan(seq);
        expect(stored.rows[1]?.raised_seq).toBe(seq);
        break;
      }
    }
  });

  it('raises an interrupt-tier trigger from the answers even when the device did not fire it', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    const d = device();
    let snapshot: unknown;
    for (const event of briefScreenEvents({ acute: true })) {
      snapshot = d.send(event);
      if (event.type === 'ANSWER' && event.itemId === 'asq.q5') break;
    }
    // A device that forgot (or hid) what fired: same answers, empty safety state.
    const forged = JSON.parse(JSON.stringify(snapshot)) as { context: { safety: { fired: unknown[]; pending: unknown[] } } };
    forged.context.safety.fired = [];
    forged.context.safety.pending = [];
    const r = await p.step({ seq: 1, snapshot: forged });
    expect(r.status).toBe(200);
    expect(r.body.raised).toContainEqual({ id: 'asq.acute', tier: 'interrupt', urgency: 'emergency' });
    const rows = await svc.db.query<{ trigger_id: string }>('SELECT trigger_id FROM safety_flags WHERE intake_id = $1', [id]);
    expect(rows.rows.map((x) => x.trigger_id)).toEqual(['asq.acute']);
  });

  it("steps a thin device's events on the server and returns each new snapshot", async () => {
    const { person: p } = await openIntake(svc.url, staff);
    let seq = 0;
    let last: { status: number; body: { status: string; snapshot: unknown; issues: unknown[]; raised: unknown[] } } | undefined;
    for (const event of briefScreenEvents({ acute: true })) {
      if (event.type === 'SUBMIT') break;
      last = await p.step({ seq: ++seq, event });
      expect(last.status).toBe(200);
      expect(last.body.issues).toEqual([]);
    }
    expect(last?.body.status).toBe('review');
    expect(last?.body.raised).toContainEqual({ id: 'asq.acute', tier: 'interrupt', urgency: 'emergency' });
    // A refused answer leaves the flow as it was and says why (by item id, never the value).
    const bad = await p.step({ seq: seq + 1, event: { type: 'ANSWER', itemId: 'phq9.q1', value: 77 } });
    expect(bad.status).toBe(200);
    expect(bad.body.issues[0]).toMatchObject({ code: 'out-of-range', itemId: 'phq9.q1' });
    expect(JSON.stringify(bad.body.issues)).not.toContain('77');
    expect(answersOf(bad.body.snapshot.context)['phq9.q1']).toBe(2);
  });

  it('answers a retried step as the first time; another step with a stale or skipped number gets 409 and the current number', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    const d = device();
    const first = { seq: 1, snapshot: d.send({ type: 'NEXT' }) };
    const a = await p.step(first);
    const again = await p.step(first);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(a.body);
    const other = await p.step({ seq: 1, snapshot: d.send({ type: 'ANSWER', itemId: 'auditc.sex', value: 'female' }) });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'seq-conflict', seq: 1 });
    expect((await p.step({ seq: 3, snapshot: d.send({ type: 'BACK' }) })).body).toMatchObject({ code: 'seq-conflict', seq: 1 });
    const row = await svc.db.query<{ seq: number }>('SELECT seq FROM intakes WHERE id = $1', [id]);
    expect(row.rows[0]?.seq).toBe(1);
    // An event step retried: the same issues again.
    const e = { seq: 2, event: { type: 'ANSWER', itemId: 'auditc.sex', value: 'hourly' } };
    const firstTry = await p.step(e);
    expect(firstTry.body.issues[0]).toMatchObject({ code: 'out-of-range', itemId: 'auditc.sex' });
    expect((await p.step(e)).body).toEqual(firstTry.body);
  });

  it('takes a retried submission once: same id and body answer the same; same id with another body is refused', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    const body = { submissionId: 'retry-1', answers: briefScreenAnswers(), locale: 'es' };
    const first = await p.submit(body);
    const second = await p.submit(body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect((await p.submit({ ...body, locale: 'en' })).body.code).toBe('submission-id-reused');
    const rows = await svc.db.query<{ status: string; locale: string }>('SELECT status, locale FROM submissions WHERE intake_id = $1', [id]);
    expect(rows.rows).toEqual([{ status: 'accepted', locale: 'es' }]);
    // A later, different submission is not lost: kept as received, refused for review.
    const later = await p.submit({ submissionId: 'retry-2', answers: { ...body.answers, 'living.transport': true } });
    expect(later.status).toBe(422);
    expect(later.body.issues[0].code).toBe('intake-submitted');
    expect((await svc.db.query('SELECT 1 FROM submissions WHERE intake_id = $1', [id])).rows).toHaveLength(2);
  });

  it('refuses answers that do not pass the questionnaire, keeps them as received for review, and takes a corrected submission', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    const answers = { ...briefScreenAnswers(), 'phq9.q1': 'lots', 'no.such.item': 1 };
    const r = await p.submit({ submissionId: 'bad-1', answers });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('submission-refused');
    expect(r.body.issues.map((i: { code: string; itemId?: string }) => [i.code, i.itemId])).toEqual(
      expect.arrayContaining([
        ['wrong-type', 'phq9.q1'],
        ['unknown-item', 'no.such.item'],
      ]),
    );
    expect(JSON.stringify(r.body)).not.toContain('lots');
    expect((await p.read()).body.status).toBe('open');
    const detail = await staff.get(`/api/staff/intakes/${id}`);
    const refused = detail.body.submissions[0];
    expect(refused).toMatchObject({ status: 'refused', id: r.body.submissionId });
    const received = await staff.get(`/api/staff/intakes/${id}/submissions/${refused.id}/received`);
    expect(received.status).toBe(200);
    expect(received.body.received).toEqual({ submissionId: 'bad-1', answers });
    const missing = { ...briefScreenAnswers() };
    delete missing['gad7.q2'];
    const incomplete = await p.submit({ submissionId: 'bad-2', answers: missing });
    expect(incomplete.body.issues).toEqual([expect.objectContaining({ code: 'required', itemId: 'gad7.q2' })]);
    expect((await p.submit({ submissionId: 'good', answers: briefScreenAnswers() })).status).toBe(201);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(expect.arrayContaining(['submission.refused', 'submission.accepted', 'submission.received.read']));
  });

  it('summarizes with the triggers it recorded: a risk disclosed and then taken back stays in the summary', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    const d = device();
    let seq = 0;
    for (const event of briefScreenEvents({ acute: true })) {
      if (event.type === 'SUBMIT') break;
      expect((await p.step({ seq: ++seq, snapshot: d.send(event) })).status).toBe(200);
    }
    // The submission comes without the acuity "yes" (changed on a device, or never sent): the server's record holds.
    const answers = { ...answersOf(d.context), 'asq.q5': 'no' };
    expect((await p.submit({ submissionId: 'changed', answers })).status).toBe(201);
    const detail = await staff.get(`/api/staff/intakes/${id}`);
    const summary = detail.body.submissions[0].summary;
    expect(summary.urgency.level).toBe('emergency');
    expect(summary.safetyFlags).toContainEqual(expect.objectContaining({ id: 'asq.acute', answerChanged: true }));
  });
});
