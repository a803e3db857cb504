// Fault scenarios, run by the tests (which assert nothing is lost) and by the load script (which records the
// figures in docs/benchmarks.md). Each drives real service processes (node dist/main.js) over loopback HTTP
// with devices sending whole brief screens, bounded in count and time.
import { isDeepStrictEqual } from 'node:util';
import { addStaff, briefScreenTraffic, call, device, newIntake, sleep, staffSession, startService } from './traffic.mjs';
import { startServer, stopServer } from './pg-cluster.mjs';

const STAFF = { email: 'faults@clinic.test', password: 'fault scenario password', name: 'Fault Scenario' };

/** Intakes for a scenario, every other one with the acute ASQ path, each with what its device will send. */
async function openIntakes(base, count, consentVersion) {
  const staff = await staffSession(base, STAFF.email, STAFF.password);
  const intakes = [];
  for (let i = 0; i < count; i++) {
    const { id, token } = await newIntake(base, staff, consentVersion);
    const traffic = briefScreenTraffic({ acute: i % 2 === 0 });
    intakes.push({ id, token, ...traffic, acked: 0, submitted: false, submissionId: `sub-${id}` });
  }
  return { staff, intakes };
}

/**
 * What the service holds now, checked against what each device was told: steps acknowledged but not stored
 * (lost), a stored snapshot that is not the one sent for its step number (half-written), submissions
 * acknowledged but not stored, and records that do not open.
 */
async function check(base, staff, intakes) {
  const found = { lostSteps: 0, lostSubmissions: 0, halfWritten: 0, unreadable: 0, missingFlags: 0 };
  const flags = await call(`${base}/api/staff/flags`, { headers: { cookie: staff.cookie } });
  const flagged = new Set((flags.body?.flags ?? []).filter((f) => f.triggerId === 'asq.acute').map((f) => f.intakeId));
  for (const intake of intakes) {
    const r = await device(() => base, intake.token).read();
    if (r.status !== 200) {
      found.unreadable++;
      continue;
    }
    const { seq, status, snapshot } = r.body;
    if (seq < intake.acked) found.lostSteps++;
    if (seq > intake.acked + 1 || (status === 'open' && seq > 0 && !isDeepStrictEqual(snapshot, intake.snapshots[seq - 1]))) found.halfWritten++;
    if (intake.submitted && status !== 'submitted') found.lostSubmissions++;
    if (intake.acuteStep !== undefined && seq >= intake.acuteStep && !flagged.has(intake.id)) found.missingFlags++;
    const detail = await call(`${base}/api/staff/intakes/${intake.id}`, { headers: { cookie: staff.cookie } });
    if (detail.status !== 200) found.unreadable++;
    intake.stored = seq;
    intake.acceptedCount = (detail.body?.submissions ?? []).filter((s) => s.status === 'accepted').length;
  }
  return found;
}

/**
 * Send an intake's remaining steps and its submission, retrying each request on a network error or a 503
 * (the same step number and body, the same submission id) until `deadline`.
 */
async function finish(base, intake, deadline, seen) {
  const d = device(base, intake.token);
  const send = async (request) => {
    for (let wait = 100; ; wait = Math.min(wait * 2, 1000)) {
      const r = await request();
      seen.push(r.status);
      if (r.status !== 0 && r.status !== 503) return r;
      if (Date.now() > deadline) return r;
      await sleep(wait);
    }
  };
  for (let seq = (intake.stored ?? intake.acked) + 1; seq <= intake.snapshots.length; seq++) {
    const r = await send(() => d.step(seq, intake.snapshots[seq - 1]));
    if (r.status !== 200) return false;
    intake.acked = seq;
  }
  const s = await send(() => d.submit(intake.submissionId, intake.answers));
  if (s.status !== 201) return false;
  intake.submitted = true;
  return true;
}

/**
 * SIGKILL the service while devices stream steps and submissions, restart it on the same database, then check
 * that every acknowledged step and submission is there and nothing is half-written, and let the devices
 * finish (retrying what was in flight).
 *
 * @param env - The service's environment (INTAKE_ENCRYPTION_KEY, and DATABASE_URL or INTAKE_DATA_DIR).
 * @param options - How many intakes, and after how many acknowledged steps to kill.
 */
export async function killDuringStream(env, { intakes: count = 6, killAfterAcks = 40, killAfterSubmissions = 2, consentVersion } = {}) {
  addStaff(env, STAFF);
  const first = await startService(env);
  const { intakes } = await openIntakes(first.url, count, consentVersion);
  let acks = 0;
  let submitted = 0;
  let killedAt;
  const kill = () => {
    if (killedAt === undefined && acks >= killAfterAcks && submitted >= killAfterSubmissions) {
      killedAt = performance.now();
      first.kill('SIGKILL');
    }
  };
  const stream = async (intake) => {
    const d = device(() => first.url, intake.token);
    for (let seq = 1; seq <= intake.snapshots.length; seq++) {
      const r = await d.step(seq, intake.snapshots[seq - 1]);
      if (r.status !== 200) return;
      intake.acked = seq;
      acks++;
      kill();
    }
    const s = await d.submit(intake.submissionId, intake.answers);
    if (s.status === 201) {
      intake.submitted = true;
      submitted++;
      kill();
    }
  };
  // Staggered starts (device i after 8 i acknowledged steps), so the kill finds some intakes submitting or
  // submitted and others mid-way: it comes once both counts are reached.
  await Promise.all(
    intakes.map(async (intake, i) => {
      while (acks < i * 8 && killedAt === undefined) await sleep(5);
      if (killedAt === undefined) await stream(intake);
    }),
  );
  if (killedAt === undefined) first.kill('SIGKILL');
  await first.exited;
  const restartStart = performance.now();
  const second = await startService(env);
  const restartMs = performance.now() - restartStart;
  try {
    const staff = await staffSession(second.url, STAFF.email, STAFF.password);
    const ackedSteps = intakes.reduce((n, i) => n + i.acked, 0);
    const ackedSubmissions = intakes.filter((i) => i.submitted).length;
    const afterRestart = await check(second.url, staff, intakes);
    const seen = [];
    const deadline = Date.now() + 60_000;
    const completed = (await Promise.all(intakes.map((i) => finish(() => second.url, i, deadline, seen)))).filter(Boolean).length;
    const final = await check(second.url, staff, intakes);
    return {
      intakes: count,
      ackedSteps,
      ackedSubmissions,
      afterRestart,
      final,
      completed,
      acceptedPerIntake: intakes.map((i) => i.acceptedCount),
      restartMs,
    };
  } finally {
    second.kill('SIGTERM');
    await second.exited;
  }
}

/**
 * Stop the Postgres server while devices stream steps and submissions (retrying on 503 as the page does), start
 * it again, and check that the service answered 503 (and nothing else) while it was down, and that every
 * acknowledged write is there afterwards.
 *
 * @param env - The service's environment, DATABASE_URL pointing at `cluster`.
 * @param cluster - The cluster to stop and start (its own, so nothing else is disturbed).
 */
export async function databaseOutage(env, cluster, { intakes: count = 6, stopAfterAcks = 30, outageMs = 3000, consentVersion } = {}) {
  addStaff(env, STAFF);
  const svc = await startService(env);
  try {
    const { staff, intakes } = await openIntakes(svc.url, count, consentVersion);
    const seen = [];
    let acks = 0;
    let outage;
    const during = { ready: [], codes: new Set(), retryAfter: new Set() };
    const deadline = Date.now() + 90_000;
    const base = () => svc.url;
    const watch = (r) => {
      if (r.status === 200 && ++acks === stopAfterAcks) outage = takeDown();
      if (r.status === 503) {
        during.codes.add(r.body?.code);
        during.retryAfter.add(r.retryAfter);
      }
    };
    const takeDown = async () => {
      const down = performance.now();
      stopServer(cluster);
      const stopped = performance.now();
      for (let t = 0; t < outageMs; t += 500) {
        during.ready.push((await call(`${svc.url}/readyz`)).status);
        await sleep(500);
      }
      startServer(cluster);
      return { stopMs: stopped - down, downMs: performance.now() - down };
    };
    const streams = intakes.map(async (intake) => {
      const d = device(base, intake.token);
      for (let seq = 1; seq <= intake.snapshots.length; seq++) {
        for (let wait = 100; ; wait = Math.min(wait * 2, 1000)) {
          const r = await d.step(seq, intake.snapshots[seq - 1]);
          seen.push(r.status);
          watch(r);
          if (r.status === 200) break;
          if ((r.status !== 503 && r.status !== 0) || Date.now() > deadline) return;
          await sleep(wait);
        }
        intake.acked = seq;
      }
      for (let wait = 100; ; wait = Math.min(wait * 2, 1000)) {
        const s = await d.submit(intake.submissionId, intake.answers);
        seen.push(s.status);
        watch(s);
        if (s.status === 201) {
          intake.submitted = true;
          return;
        }
        if ((s.status !== 503 && s.status !== 0) || Date.now() > deadline) return;
        await sleep(wait);
      }
    });
    await Promise.all(streams);
    const window = outage === undefined ? undefined : await outage;
    const final = await check(svc.url, staff, intakes);
    const statuses = {};
    for (const s of seen) statuses[s] = (statuses[s] ?? 0) + 1;
    return {
      intakes: count,
      ackedSteps: intakes.reduce((n, i) => n + i.acked, 0),
      ackedSubmissions: intakes.filter((i) => i.submitted).length,
      statuses,
      codes503: [...during.codes],
      retryAfter: [...during.retryAfter],
      readyDuringOutage: during.ready,
      outage: window,
      final,
      acceptedPerIntake: intakes.map((i) => i.acceptedCount),
    };
  } finally {
    svc.kill('SIGTERM');
    await svc.exited;
  }
}
