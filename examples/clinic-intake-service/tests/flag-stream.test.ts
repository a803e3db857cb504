import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KIND } from './support/database.js';
import { briefScreenEvents, device } from './support/device.js';
import { openIntake } from './support/flows.js';
import { call, signIn, type StaffClient } from './support/http.js';
import { listen } from './support/sse.js';
import { type RunningService, STAFF, startService } from './support/service.js';

describe(`GET /api/staff/flags/stream on ${DATABASE_KIND}`, () => {
  let svc: RunningService;
  let staff: StaffClient;

  beforeAll(async () => {
    svc = await startService();
    staff = await signIn(svc.url, STAFF.email, STAFF.password);
  });
  afterAll(() => svc.close());

  it('needs a staff session', async () => {
    expect((await call(`${svc.url}/api/staff/flags/stream`)).status).toBe(401);
  });

  it('sends a flag the moment a step raises it, and "seen" when someone marks it seen; each flag sent is audited', async () => {
    const stream = await listen(`${svc.url}/api/staff/flags/stream`, staff.cookie);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const { id, person } = await openIntake(svc.url, staff);
    const d = device();
    let seq = 0;
    for (const event of briefScreenEvents({ acute: true })) {
      await person.step({ seq: ++seq, snapshot: d.send(event) });
      if (event.type === 'ANSWER' && event.itemId === 'asq.q5') break;
    }
    // (The non-acute flag, recorded with the "yes" to question 1, came first.)
    const flag = await stream.next(
      (e) =>
        e.event === 'flag' &&
        (e.data as { intakeId: string; triggerId: string }).intakeId === id &&
        (e.data as { triggerId: string }).triggerId === 'asq.acute',
    );
    expect(flag.data).toMatchObject({ triggerId: 'asq.acute', tier: 'interrupt', urgency: 'emergency', reasonText: expect.stringMatching(/ASQ acute/) });
    const flagId = (flag.data as { id: number }).id;
    const audited = await svc.db.query<{ detail: { flagIds: number[] }; staff_id: number }>(
      "SELECT detail, staff_id FROM audit_log WHERE action = 'flags.stream'",
    );
    expect(audited.rows.some((r) => r.detail.flagIds.includes(flagId))).toBe(true);

    // A page that connects later is sent the open flag at once.
    const late = await listen(`${svc.url}/api/staff/flags/stream`, staff.cookie);
    await late.next((e) => e.event === 'flag' && (e.data as { id: number }).id === flagId);

    expect((await staff.post(`/api/staff/flags/${flagId}/seen`)).status).toBe(204);
    await stream.next((e) => e.event === 'seen' && (e.data as { id: number }).id === flagId);
    await late.next((e) => e.event === 'seen' && (e.data as { id: number }).id === flagId);
    await stream.close();
    await late.close();
  });

  it('ends the stream when the session is signed out', async () => {
    const other = await signIn(svc.url, STAFF.email, STAFF.password);
    const stream = await listen(`${svc.url}/api/staff/flags/stream`, other.cookie);
    expect(stream.status).toBe(200);
    expect((await other.post('/api/staff/sign-out')).status).toBe(204);
    await stream.ended;
    expect((await call(`${svc.url}/api/staff/flags/stream`, { headers: { cookie: other.cookie } })).status).toBe(401);
  });
});
