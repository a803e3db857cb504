import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.js';
import { upsertStaff } from '../src/store/staff.js';
import { DATABASE_KIND } from './support/database.js';
import { completeBriefScreen, openIntake } from './support/flows.js';
import { call, person, signIn, type StaffClient } from './support/http.js';
import { fhirErrors } from './support/fhir-validator.js';
import { type RunningService, STAFF, startService, TEST_SCRYPT_COST, testConfig } from './support/service.js';

describe(`staff routes, sign-in and the audit log on ${DATABASE_KIND}`, () => {
  let svc: RunningService;
  let staff: StaffClient;
  const audits = async (action: string) =>
    (
      await svc.db.query<{ intake_id: string | null; staff_id: number | null; detail: Record<string, unknown> }>(
        'SELECT intake_id, staff_id, detail FROM audit_log WHERE action = $1 ORDER BY id',
        [action],
      )
    ).rows;
  const staffId = async () => (await svc.db.query<{ id: number }>('SELECT id FROM staff_users WHERE email = $1', [STAFF.email])).rows[0]?.id;

  beforeAll(async () => {
    svc = await startService();
    staff = await signIn(svc.url, STAFF.email, STAFF.password);
  });
  afterAll(() => svc.close());

  it('POST /api/staff/sign-in: a Secure, HttpOnly, SameSite=Strict host-only cookie and a CSRF token; wrong passwords get one answer', async () => {
    const r = await call(`${svc.url}/api/staff/sign-in`, { body: { email: STAFF.email.toUpperCase(), password: STAFF.password } });
    expect(r.status).toBe(200);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-intake-staff=[A-Za-z0-9_-]{43}; Path=\/; Secure; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    expect(r.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const wrong = await call(`${svc.url}/api/staff/sign-in`, { body: { email: STAFF.email, password: 'not it' } });
    const unknown = await call(`${svc.url}/api/staff/sign-in`, { body: { email: 'nobody@clinic.test', password: 'not it' } });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await audits('staff.sign-in-failed')).map((a) => a.detail.known)).toEqual([true, false]);
  });

  it("stores only a scrypt hash of each password, at the service's cost unless told otherwise", async () => {
    await upsertStaff(svc.db, 'full-cost@clinic.test', 'Full Cost', 'a password long enough');
    const rows = await svc.db.query<{ password_hash: string }>(
      "SELECT password_hash FROM staff_users WHERE email IN ('full-cost@clinic.test', $1) ORDER BY id",
      [STAFF.email],
    );
    expect(rows.rows.map((r) => r.password_hash.split('$').slice(0, 4).join('$'))).toEqual(['scrypt$16384$8$1', 'scrypt$131072$8$1']);
    for (const { password_hash } of rows.rows) expect(password_hash).toMatch(/^scrypt\$\d+\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    const full = await call(`${svc.url}/api/staff/sign-in`, { body: { email: 'full-cost@clinic.test', password: 'a password long enough' } });
    expect(full.status).toBe(200);
  });

  it('throttles an account after five failed sign-ins in fifteen minutes, even with the right password', async () => {
    await upsertStaff(svc.db, 'locked@clinic.test', 'Locked', 'the right password', TEST_SCRYPT_COST);
    for (let i = 0; i < 5; i++)
      expect((await call(`${svc.url}/api/staff/sign-in`, { body: { email: 'locked@clinic.test', password: `guess ${i}` } })).status).toBe(401);
    const r = await call(`${svc.url}/api/staff/sign-in`, { body: { email: 'locked@clinic.test', password: 'the right password' } });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('900');
  });

  it('GET /api/staff/session and POST /api/staff/sign-out: the session ends for good, and sign-out needs the CSRF token', async () => {
    const other = await signIn(svc.url, STAFF.email, STAFF.password);
    expect((await other.get('/api/staff/session')).body).toMatchObject({ staff: { email: STAFF.email }, csrfToken: other.csrf });
    expect((await call(`${svc.url}/api/staff/session`)).status).toBe(401);
    expect((await call(`${svc.url}/api/staff/sign-out`, { method: 'POST', body: {}, headers: { cookie: other.cookie } })).status).toBe(403);
    const out = await other.post('/api/staff/sign-out');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await other.get('/api/staff/session')).status).toBe(401);
    expect((await other.get('/api/staff/intakes')).status).toBe(401);
  });

  it('POST /api/staff/intakes: an unguessable link, the token shown once and stored only as a hash', async () => {
    const r = await staff.post('/api/staff/intakes', { questionnaireId: 'substance-use-intake', label: 'Jordan R.', patientReference: 'Patient/77' });
    expect(r.status).toBe(201);
    expect(r.body.link).toBe(`https://intake.clinic.test/intake#t=${r.body.token}`);
    const stored = await svc.db.query<{ token_hash: Uint8Array }>('SELECT token_hash FROM intakes WHERE id = $1', [r.body.id]);
    expect(Buffer.from(stored.rows[0]!.token_hash).toString('base64url')).not.toBe(r.body.token);
    expect((await staff.post('/api/staff/intakes', { questionnaireId: 'phq9', label: 'x' })).body.code).toBe('unknown-questionnaire');
    expect((await staff.post('/api/staff/intakes', { questionnaireId: 'brief-screen', label: 'x', patientReference: 'not a reference' })).status).toBe(400);
  });

  it('GET /api/staff/intakes: the list, labels opened, one audit entry naming every intake shown', async () => {
    const { id } = await openIntake(svc.url, staff, { label: 'Listed Person' });
    const r = await staff.get('/api/staff/intakes');
    expect(r.status).toBe(200);
    expect(r.body.intakes.find((i: { id: string }) => i.id === id)).toMatchObject({ label: 'Listed Person', status: 'open', consented: true, openFlags: 0 });
    const last = (await audits('intakes.list')).at(-1);
    expect(last?.staff_id).toBe(await staffId());
    expect(last?.detail.intakeIds).toContain(id);
  });

  it('GET /api/staff/intakes/:id: the record with the consent and the 42 CFR 2.32 notice; every read audited with who read it', async () => {
    const { id, person: p } = await openIntake(svc.url, staff, { label: 'Read Me' });
    await completeBriefScreen(p, { acute: true });
    const before = (await audits('intake.read')).length;
    const r = await staff.get(`/api/staff/intakes/${id}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      label: 'Read Me',
      status: 'submitted',
      notice: { citation: '42 CFR 2.32', text: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.' },
    });
    expect(r.body.consent.text.en).toContain('42 CFR Part 2');
    expect(r.body.flags.map((f: { triggerId: string }) => f.triggerId)).toContain('asq.acute');
    expect(r.body.submissions[0].clinicianText).toMatch(/emergency/i);
    const reads = await audits('intake.read');
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toMatchObject({ intake_id: id, staff_id: await staffId() });
    expect((await staff.get('/api/staff/intakes/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await staff.get('/api/staff/intakes/not-a-uuid')).status).toBe(400);
  });

  it('GET /api/staff/intakes/:id/fhir: the Bundle validates, carries the notice, and the export is audited', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    expect((await staff.get(`/api/staff/intakes/${id}/fhir`)).body.code).toBe('not-submitted');
    await completeBriefScreen(p);
    const r = await staff.get(`/api/staff/intakes/${id}/fhir`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(fhirErrors(r.body)).toEqual([]);
    const doc = r.body.entry.find((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'DocumentReference');
    expect(Buffer.from(doc.resource.content[0].attachment.data, 'base64').toString('utf8')).toContain('Notice (42 CFR 2.32)');
    expect((await audits('intake.export')).at(-1)).toMatchObject({ intake_id: id, staff_id: await staffId() });
  });

  it('GET /api/staff/flags and POST /api/staff/flags/:id/seen: open flags until someone marks them seen', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    await completeBriefScreen(p, { acute: true });
    const open = (await staff.get('/api/staff/flags')).body.flags.filter((f: { intakeId: string }) => f.intakeId === id);
    // The acute flag and the non-acute one recorded with the "yes" to question 1 (issue 16).
    expect(open.map((f: { triggerId: string }) => f.triggerId)).toEqual(['asq.acute', 'asq.positive']);
    expect((await audits('flags.list')).at(-1)?.detail.flagIds).toContain(open[0].id);
    expect((await call(`${svc.url}/api/staff/flags/${open[0].id}/seen`, { method: 'POST', body: {}, headers: { cookie: staff.cookie } })).status).toBe(403);
    expect((await staff.post(`/api/staff/flags/${open[0].id}/seen`)).status).toBe(204);
    expect((await staff.post(`/api/staff/flags/${open[0].id}/seen`)).status).toBe(404);
    const left = (await staff.get('/api/staff/flags')).body.flags.filter((f: { intakeId: string }) => f.intakeId === id);
    expect(left.map((f: { id: number }) => f.id)).toEqual([open[1].id]);
    expect((await staff.post(`/api/staff/flags/${open[1].id}/seen`)).status).toBe(204);
    expect((await staff.get('/api/staff/flags')).body.flags.some((f: { intakeId: string }) => f.intakeId === id)).toBe(false);
    const detail = await staff.get(`/api/staff/intakes/${id}`);
    expect(detail.body.flags[0].seenAt).not.toBeNull();
    expect((await audits('flag.seen')).at(-1)).toMatchObject({ intake_id: id, staff_id: await staffId() });
  });

  it('GET /api/staff/audit: the trail of one intake, newest first, with who did what and never an answer', async () => {
    const { id, person: p } = await openIntake(svc.url, staff);
    await completeBriefScreen(p, { acute: true });
    await staff.get(`/api/staff/intakes/${id}`);
    const r = await staff.get(`/api/staff/audit?intakeId=${id}`);
    expect(r.status).toBe(200);
    const actions = r.body.entries.map((e: { action: string }) => e.action);
    expect(actions[0]).toBe('intake.read');
    expect(actions).toEqual(expect.arrayContaining(['intake.create', 'person.consent', 'flags.raised', 'submission.accepted']));
    expect(r.body.entries[0].staffEmail).toBe(STAFF.email);
    expect(JSON.stringify(r.body)).not.toMatch(/"daily"|"weekly"|"yes"/);
  });

  it('keeps the two kinds of credentials apart: a person token opens no staff route, a staff cookie no person route', async () => {
    const { token } = await openIntake(svc.url, staff);
    expect((await call(`${svc.url}/api/staff/intakes`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await call(`${svc.url}/api/person/intake`, { headers: { cookie: staff.cookie } })).status).toBe(401);
    expect((await person(svc.url, token).read()).status).toBe(200);
  });

  it('serves the pages, health and readiness, and answers unknown routes with 404', async () => {
    expect((await call(`${svc.url}/healthz`)).body).toEqual({ ok: true });
    expect((await call(`${svc.url}/readyz`)).body).toEqual({ ok: true, database: DATABASE_KIND });
    for (const page of ['/staff', '/intake']) {
      const r = await call(`${svc.url}${page}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect((await call(`${svc.url}/assets/person.js`)).status).toBe(200);
    expect((await call(`${svc.url}/assets/../package.json`)).status).toBe(404);
    expect((await call(`${svc.url}/`)).status).toBe(200); // redirected to /staff
    expect((await call(`${svc.url}/api/nothing`)).status).toBe(404);
    expect((await call(`${svc.url}/internal/metrics`)).status).toBe(404);
  });

  it("GET /internal/metrics (INTAKE_METRICS=1, for npm run load): the library's calls and time and the process CPU, to loopback callers only", async () => {
    // A second app on the same database with metrics on; the engine's counters are the process's, so a step
    // taken through the first service counts here too.
    const { app } = buildApp({ config: testConfig({ metrics: true }), db: svc.db });
    try {
      const read = async (remoteAddress: string) => app.inject({ method: 'GET', url: '/internal/metrics', remoteAddress });
      const before = (await read('127.0.0.1')).json();
      expect(before).toEqual({ engine: { calls: expect.any(Number), ms: expect.any(Number) }, cpuMs: expect.any(Number), uptimeMs: expect.any(Number) });
      const intake = await openIntake(svc.url, staff);
      expect((await intake.person.step({ seq: 1, event: { type: 'NEXT' } })).status).toBe(200);
      const after = (await read('::1')).json();
      expect(after.engine.calls).toBeGreaterThan(before.engine.calls);
      expect(after.engine.ms).toBeGreaterThan(before.engine.ms);
      expect(after.cpuMs).toBeGreaterThanOrEqual(before.cpuMs);
      const remote = await read('10.0.0.7');
      expect(remote.statusCode).toBe(404);
      expect(remote.json()).toEqual({ code: 'not-found', message: 'No such route.' });
    } finally {
      await app.close();
    }
  });
});
