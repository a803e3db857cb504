import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, briefScreenTraffic, device, newIntake, type ServiceProcess, staffSession, startService } from '../scripts/traffic.mjs';
import { CONSENT } from '../src/notices.js';
import { DATABASE_KIND, databaseSpace, type TestDatabaseSpace } from './support/database.js';
import { call } from './support/http.js';
import { listen } from './support/sse.js';

const STAFF = { email: 'two@clinic.test', password: 'two instances password', name: 'Two Instances' };

describe(`two instances on one database (${DATABASE_KIND})`, { timeout: 240_000 }, () => {
  let space: TestDatabaseSpace;
  let env: NodeJS.ProcessEnv;
  const running: ServiceProcess[] = [];

  beforeAll(async () => {
    space = await databaseSpace();
    env = {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      INTAKE_LOG: '0',
      INTAKE_FLAG_POLL_MS: '200',
      INTAKE_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      PUBLIC_URL: 'https://intake.clinic.test',
    };
    if (space.databaseUrl === undefined) env.INTAKE_DATA_DIR = space.dataDir;
    else env.DATABASE_URL = space.databaseUrl;
    addStaff(env, STAFF);
  });
  afterAll(async () => {
    for (const s of running) {
      s.kill('SIGTERM');
      await s.exited;
    }
    await space.remove();
  });

  it.runIf(DATABASE_KIND === 'postgres')(
    'serve one intake with its steps alternating between them: sessions, steps, flags and the record are shared through Postgres',
    async () => {
      const [a, b] = await Promise.all([startService(env), startService(env)]);
      running.push(a as ServiceProcess, b as ServiceProcess);
      const urls = [a!.url, b!.url];
      // Signed in on A; the session works on B (it lives in the database).
      const staff = await staffSession(urls[0]!, STAFF.email, STAFF.password);
      expect((await call(`${urls[1]}/api/staff/session`, { headers: { cookie: staff.cookie } })).status).toBe(200);
      // A staff page listening on A.
      const stream = await listen(`${urls[0]}/api/staff/flags/stream`, staff.cookie);
      const { id, token } = await newIntake(urls[1]!, staff, CONSENT.version);
      const traffic = briefScreenTraffic({ acute: true });
      let which = 0;
      const d = device(() => urls[which % 2]!, token);
      for (let seq = 1; seq <= traffic.snapshots.length; seq++, which++) {
        const r = await d.step(seq, traffic.snapshots[seq - 1]);
        expect(r.status).toBe(200);
        expect(r.body.seq).toBe(seq);
        if (seq === 5) {
          // The same step retried through the other instance gets the same answer; an old one is refused there.
          const other = device(() => urls[(which + 1) % 2]!, token);
          expect((await other.step(seq, traffic.snapshots[seq - 1])).body).toEqual(r.body);
          expect((await other.step(3, traffic.snapshots[3])).body).toMatchObject({ code: 'seq-conflict', seq: 5 });
        }
      }
      // The staff page on A shows the flags, whichever instance took the step that raised each: the non-acute ASQ
      // flag with the "yes" to question 1, then the acute one (each trigger is recorded on its answer, issue 16).
      const flag = (triggerId: string) => (e: { event: string; data: unknown }) =>
        e.event === 'flag' && (e.data as { intakeId: string }).intakeId === id && (e.data as { triggerId: string }).triggerId === triggerId;
      const positive = await stream.next(flag('asq.positive'));
      const acute = await stream.next(flag('asq.acute'));
      expect(stream.events.indexOf(positive)).toBeLessThan(stream.events.indexOf(acute));
      expect((await d.submit('two-instances', traffic.answers)).status).toBe(201);
      // The retry lands on the other instance and gets the same answer.
      which++;
      expect((await d.submit('two-instances', traffic.answers)).status).toBe(201);
      const record = await call(`${urls[0]}/api/staff/intakes/${id}`, { headers: { cookie: staff.cookie } });
      expect(record.body.submissions.filter((s: { status: string }) => s.status === 'accepted')).toHaveLength(1);
      expect(record.body.steps).toBe(traffic.snapshots.length);
      // Seen on B, gone from the page on A.
      expect(
        (
          await call(`${urls[1]}/api/staff/flags/${(acute.data as { id: number }).id}/seen`, {
            method: 'POST',
            body: {},
            headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf },
          })
        ).status,
      ).toBe(204);
      await stream.next((e) => e.event === 'seen');
      await stream.close();
    },
  );

  it.runIf(DATABASE_KIND === 'pglite')('refuse to share one PGlite folder: the second instance stops with a message that says to use Postgres', async () => {
    const first = await startService(env);
    running.push(first);
    await expect(startService(env)).rejects.toThrow(/in use by process \d+\. PGlite serves one process: stop it, or set DATABASE_URL/);
    expect((await call(`${first.url}/readyz`)).body).toEqual({ ok: true, database: 'pglite' });
  });
});
