import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../src/http/app.js';
import { DATABASE_KIND } from './support/database.js';
import { briefScreenAnswers, device } from './support/device.js';
import { openIntake } from './support/flows.js';
import { call, signIn, type StaffClient } from './support/http.js';
import { type RunningService, STAFF, startService } from './support/service.js';
import { substanceUseIntake } from 'intake-screening/questionnaires';

/** Bad input over HTTP: each is refused with its status, and nothing changes. */
describe(`bad input on ${DATABASE_KIND}`, () => {
  let svc: RunningService;
  let staff: StaffClient;
  let intake: Awaited<ReturnType<typeof openIntake>>;
  let other: Awaited<ReturnType<typeof openIntake>>;
  /** Everything a request could have changed, to compare before and after. */
  const state = async () => ({
    intakes: (await svc.db.query('SELECT id, status, seq, snapshot_sealed, consented_at FROM intakes ORDER BY id')).rows.map((r) => JSON.stringify(r)),
    submissions: (await svc.db.query('SELECT id FROM submissions ORDER BY id')).rows,
    flags: (await svc.db.query('SELECT id, seen_at FROM safety_flags ORDER BY id')).rows,
  });
  const unchanged = async (request: () => Promise<{ status: number; body: { code?: string } }>, status: number, code?: string) => {
    const before = await state();
    const r = await request();
    expect(r.status).toBe(status);
    if (code !== undefined) expect(r.body.code).toBe(code);
    expect(await state()).toEqual(before);
    return r;
  };
  const step = (body: unknown, token = intake.token) => call(`${svc.url}/api/person/steps`, { body, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    svc = await startService();
    staff = await signIn(svc.url, STAFF.email, STAFF.password);
    intake = await openIntake(svc.url, staff);
    other = await openIntake(svc.url, staff, { label: 'Other Person' });
    const d = device();
    expect((await intake.person.step({ seq: 1, snapshot: d.send({ type: 'NEXT' }) })).status).toBe(200);
  });
  afterAll(() => svc.close());

  it('refuses an oversized body with 413', async () => {
    const big = { seq: 2, snapshot: { padding: 'x'.repeat(BODY_LIMIT) } };
    await unchanged(() => step(big), 413, 'body-too-large');
    await unchanged(() => intake.person.submit({ submissionId: 'big', answers: { 'about.text': 'x'.repeat(BODY_LIMIT) } }), 413, 'body-too-large');
  });

  it('refuses wrong types and unknown fields with 400, without coercing anything', async () => {
    const snapshot = device().send({ type: 'NEXT' });
    for (const body of [
      { seq: '2', snapshot },
      { seq: 2.5, snapshot },
      { seq: 0, snapshot },
      { seq: 2, snapshot: [snapshot] },
      { seq: 2, snapshot, event: { type: 'NEXT' } },
      { seq: 2 },
      { seq: 2, event: { type: 'JUMP' } },
      { seq: 2, event: { type: 'NEXT', itemId: 'phq9.q1' } },
      { seq: 2, event: { type: 'ANSWER', itemId: 'phq9.q1' } },
      { seq: 2, snapshot, summary: { urgency: { level: 'routine' } } },
    ]) {
      const r = await unchanged(() => step(body), 400, 'bad-request');
      expect(r.body).toHaveProperty('path');
    }
    for (const body of [
      { submissionId: 'a', answers: [1, 2] },
      { submissionId: 'a b', answers: {} },
      { submissionId: 'a', answers: {}, locale: 'fr' },
      { submissionId: 'a', answers: briefScreenAnswers(), summary: { urgency: { level: 'routine' } } },
    ]) {
      await unchanged(() => intake.person.submit(body), 400, 'bad-request');
    }
    await unchanged(() => staff.post('/api/staff/intakes', { questionnaireId: 'brief-screen', label: 42 }), 400, 'bad-request');
    await unchanged(() => call(`${svc.url}/api/staff/sign-in`, { body: { email: ['a'], password: 'x' } }), 400, 'bad-request');
  });

  it('refuses bodies that are not JSON objects, and __proto__ keys', async () => {
    await unchanged(() => step('{"seq": 2, "snapshot": '), 400, 'bad-request');
    await unchanged(
      () =>
        call(`${svc.url}/api/person/steps`, {
          body: 'seq=2',
          headers: { authorization: `Bearer ${intake.token}`, 'content-type': 'application/x-www-form-urlencoded' },
        }),
      415,
      'unsupported-media-type',
    );
    await unchanged(() => step('{"seq": 2, "snapshot": {"__proto__": {"polluted": true}}}'), 400, 'bad-request');
    await unchanged(() => intake.person.submit('{"submissionId": "p", "answers": {"constructor": {"prototype": {"polluted": true}}}}'), 400, 'bad-request');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a snapshot of another questionnaire, or with a tampered answer, with 422 and the library's issue", async () => {
    const foreign = device(substanceUseIntake).send({ type: 'NEXT' });
    const r = await unchanged(() => step({ seq: 2, snapshot: foreign }), 422, 'snapshot-refused');
    expect(r.body).toMatchObject({ issues: [expect.objectContaining({ code: 'snapshot-foreign' })] });
    const d = device();
    d.send({ type: 'NEXT' });
    const tampered = JSON.parse(JSON.stringify(d.send({ type: 'ANSWER', itemId: 'auditc.sex', value: 'male' })));
    const entries = tampered.context.answerEntries as [string, unknown][];
    entries[entries.findIndex(([id]) => id === 'auditc.sex')] = ['auditc.sex', ['male', 'female']];
    await unchanged(() => step({ seq: 2, snapshot: tampered }), 422, 'snapshot-refused');
    await unchanged(() => step({ seq: 2, snapshot: { status: 'active' } }), 422, 'snapshot-refused');
  });

  it("opens only the token's own intake: unknown and malformed tokens get 401; no route takes an intake id from a person", async () => {
    const fake = 'A'.repeat(43);
    for (const token of [fake, 'short', `${intake.token}x`, '']) {
      await unchanged(() => step({ seq: 2, snapshot: device().send({ type: 'NEXT' }) }, token), 401, 'unknown-token');
      expect((await call(`${svc.url}/api/person/intake`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    }
    await unchanged(() => call(`${svc.url}/api/person/intake`), 401, 'unknown-token');
    // The other person's token reads and changes only the other intake.
    const mine = await intake.person.read();
    const theirs = await other.person.read();
    expect(theirs.body.seq).toBe(0);
    expect(mine.body.seq).toBe(1);
    expect((await other.person.step({ seq: 1, snapshot: device().send({ type: 'NEXT' }) })).status).toBe(200);
    expect((await intake.person.read()).body.snapshot).toEqual(mine.body.snapshot);
    expect((await call(`${svc.url}/api/person/intake?id=${other.id}`, { headers: { authorization: `Bearer ${intake.token}` } })).body.seq).toBe(1);
  });

  it("refuses staff changes without the session's CSRF token, with a forged one, or from another site", async () => {
    const body = { questionnaireId: 'brief-screen', label: 'CSRF' };
    await unchanged(() => call(`${svc.url}/api/staff/intakes`, { body, headers: { cookie: staff.cookie } }), 403, 'csrf');
    await unchanged(() => staff.post('/api/staff/intakes', body, { 'x-csrf-token': 'A'.repeat(43) }), 403, 'csrf');
    await unchanged(() => staff.post('/api/staff/intakes', body, { 'x-csrf-token': '' }), 403, 'csrf');
    await unchanged(() => staff.post('/api/staff/intakes', body, { origin: 'https://evil.example' }), 403, 'csrf');
    await unchanged(() => staff.post('/api/staff/intakes', body, { 'sec-fetch-site': 'cross-site' }), 403, 'csrf');
    // Another session's token is no good either.
    const second = await signIn(svc.url, STAFF.email, STAFF.password);
    await unchanged(() => staff.post('/api/staff/intakes', body, { 'x-csrf-token': second.csrf }), 403, 'csrf');
    await unchanged(
      () => call(`${svc.url}/api/staff/sign-in`, { body: { email: STAFF.email, password: STAFF.password }, headers: { origin: 'https://evil.example' } }),
      403,
      'csrf',
    );
    // A forged session cookie is not a session.
    await unchanged(
      () => call(`${svc.url}/api/staff/intakes`, { body, headers: { cookie: `__Host-intake-staff=${'B'.repeat(43)}`, 'x-csrf-token': staff.csrf } }),
      401,
      'sign-in-required',
    );
    expect((await staff.post('/api/staff/intakes', body)).status).toBe(201);
  });
});
