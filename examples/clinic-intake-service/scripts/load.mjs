// `npm run load` (in examples/clinic-intake-service): load and fault figures of the reference service, written
// to docs/benchmarks.md (the "Clinic intake service: load and faults" section) with the machine and its load
// average. Bounded in count and time; loopback only. `--quick` for a smoke run.
//
// Load: for PGlite and for Postgres (a throwaway server), a service process (node dist/main.js) and devices
// in this process sending whole brief screens over HTTP with keep-alive: every answer step persisted, then the
// submission re-checked by the server. Then submissions alone, to intakes opened beforehand. The library's
// share of the server's time comes from the service's own counters (/internal/metrics, INTAKE_METRICS=1).
// Faults: scripts/faults.mjs (SIGKILL mid-stream and restart, on both databases; Postgres stopped and started).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { databaseOutage, killDuringStream } from './faults.mjs';
import { postgresBin, removeCluster, startCluster } from './pg-cluster.mjs';
import { addStaff, briefScreenTraffic, call, device, newIntake, SERVICE_ROOT, sleep, staffSession, startService } from './traffic.mjs';

const quick = process.argv.includes('--quick');
const DEVICES = 8;
const INTAKE_SECONDS = quick ? 4 : 20;
const MAX_INTAKES = quick ? 40 : 2000;
const SUBMISSIONS = quick ? 40 : 600;
const STAFF = { email: 'load@clinic.test', password: 'load script password', name: 'Load Script' };

const say = (text) => process.stderr.write(`load: ${text}\n`);
const pct = (sorted, p) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
const summary = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: pct(s, 50), p99: pct(s, 99) };
};

async function consentVersion(base) {
  // The consent text's version, as a person's page reads it.
  const staff = await staffSession(base, STAFF.email, STAFF.password);
  const r = await call(`${base}/api/staff/intakes`, {
    body: { questionnaireId: 'brief-screen', label: 'probe' },
    headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf },
  });
  return (await call(`${base}/api/person/intake`, { headers: { authorization: `Bearer ${r.body.token}` } })).body.consent.version;
}

const metrics = async (base) => (await call(`${base}/internal/metrics`)).body;

/** Whole intakes, back to back, from DEVICES devices, for INTAKE_SECONDS (at most MAX_INTAKES). */
async function intakePhase(base, staff, version) {
  const plain = briefScreenTraffic();
  const acute = briefScreenTraffic({ acute: true });
  const lat = { create: [], step: [], submit: [] };
  let done = 0;
  let started = 0;
  let failures = 0;
  const before = await metrics(base);
  const t0 = performance.now();
  const end = t0 + INTAKE_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: DEVICES }, async () => {
      while (performance.now() < end && started < MAX_INTAKES) {
        const n = started++;
        const traffic = n % 4 === 0 ? acute : plain;
        const c0 = performance.now();
        const { token } = await newIntake(base, staff, version);
        lat.create.push(performance.now() - c0);
        const d = device(() => base, token);
        for (let seq = 1; seq <= traffic.snapshots.length; seq++) {
          const r = await d.step(seq, traffic.snapshots[seq - 1]);
          if (r.status !== 200) failures++;
          lat.step.push(r.ms);
        }
        const s = await d.submit(`load-${n}`, traffic.answers);
        if (s.status !== 201) failures++;
        lat.submit.push(s.ms);
        done++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const after = await metrics(base);
  return {
    intakes: done,
    seconds,
    intakesPerSecond: done / seconds,
    stepsPerSecond: lat.step.length / seconds,
    step: summary(lat.step),
    submit: summary(lat.submit),
    create: summary(lat.create),
    failures,
    libraryShare: (after.engine.ms - before.engine.ms) / (after.cpuMs - before.cpuMs),
    serverCpuPerIntakeMs: (after.cpuMs - before.cpuMs) / done,
  };
}

/** Submissions alone: SUBMISSIONS intakes opened beforehand, submitted by DEVICES devices. */
async function submissionPhase(base, staff, version) {
  const answers = briefScreenTraffic().answers;
  const tokens = [];
  for (let i = 0; i < SUBMISSIONS; i++) tokens.push((await newIntake(base, staff, version)).token);
  const lat = [];
  let failures = 0;
  let next = 0;
  const before = await metrics(base);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: DEVICES }, async () => {
      while (next < tokens.length) {
        const token = tokens[next++];
        const r = await device(() => base, token).submit(`only-${next}`, answers);
        if (r.status !== 201) failures++;
        lat.push(r.ms);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const after = await metrics(base);
  return {
    submissions: lat.length,
    seconds,
    perSecond: lat.length / seconds,
    latency: summary(lat),
    failures,
    libraryShare: (after.engine.ms - before.engine.ms) / (after.cpuMs - before.cpuMs),
  };
}

async function loadRun(kind, env) {
  addStaff(env, STAFF);
  const svc = await startService({ ...env, INTAKE_METRICS: '1' });
  try {
    const version = await consentVersion(svc.url);
    const staff = await staffSession(svc.url, STAFF.email, STAFF.password);
    say(`${kind}: intakes for ${INTAKE_SECONDS} s…`);
    const intakes = await intakePhase(svc.url, staff, version);
    say(`${kind}: ${SUBMISSIONS} submissions…`);
    const submissions = await submissionPhase(svc.url, staff, version);
    return { kind, intakes, submissions, version };
  } finally {
    svc.kill('SIGTERM');
    await svc.exited;
  }
}

const baseEnv = () => ({
  PATH: process.env.PATH,
  HOST: '127.0.0.1',
  PORT: '0',
  INTAKE_LOG: '0',
  INTAKE_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  PUBLIC_URL: 'https://intake.clinic.test',
});

const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memoryGiB: totalmem() / 2 ** 30,
  freeGiB: freemem() / 2 ** 30,
  os: `Linux ${release()}`,
  node: process.version,
  pglite: JSON.parse(readFileSync(join(SERVICE_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version,
  postgres: execFileSync(join(postgresBin(), 'postgres'), ['--version']).toString().trim(),
  loadBefore: loadavg(),
};

const results = { date: new Date().toISOString(), quick, machine, load: [], faults: [] };
const folders = [];
const cluster = await startCluster();
try {
  const pgliteDir = mkdtempSync(join(tmpdir(), 'cis-load-'));
  folders.push(pgliteDir);
  results.load.push(await loadRun('PGlite', { ...baseEnv(), INTAKE_DATA_DIR: pgliteDir }));
  await sleep(1000);
  execFileSync('psql', [cluster.url, '-qc', 'CREATE DATABASE load_run'], { stdio: 'ignore' });
  results.load.push(await loadRun('Postgres', { ...baseEnv(), DATABASE_URL: cluster.url.replace(/\/postgres$/, '/load_run') }));
  const version = results.load[0].version;

  say('faults: SIGKILL mid-stream on PGlite…');
  const killDir = mkdtempSync(join(tmpdir(), 'cis-faults-'));
  folders.push(killDir);
  results.faults.push({
    scenario: 'sigkill',
    kind: 'PGlite',
    ...(await killDuringStream({ ...baseEnv(), INTAKE_DATA_DIR: killDir }, { intakes: 8, killAfterAcks: 60, consentVersion: version })),
  });
  say('faults: SIGKILL mid-stream on Postgres…');
  execFileSync('psql', [cluster.url, '-qc', 'CREATE DATABASE faults_kill'], { stdio: 'ignore' });
  results.faults.push({
    scenario: 'sigkill',
    kind: 'Postgres',
    ...(await killDuringStream(
      { ...baseEnv(), DATABASE_URL: cluster.url.replace(/\/postgres$/, '/faults_kill') },
      { intakes: 8, killAfterAcks: 60, consentVersion: version },
    )),
  });
  say('faults: Postgres stopped for 3 s mid-stream…');
  results.faults.push({
    scenario: 'outage',
    kind: 'Postgres',
    ...(await databaseOutage({ ...baseEnv(), DATABASE_URL: cluster.url }, cluster, { intakes: 8, stopAfterAcks: 40, outageMs: 3000, consentVersion: version })),
  });
} finally {
  removeCluster(cluster);
  for (const f of folders) rmSync(f, { recursive: true, force: true });
}
results.machine.loadAfter = loadavg();

writeFileSync(join(SERVICE_ROOT, 'load-results.json'), `${JSON.stringify(results, null, 2)}\n`);
// Into the page and into bench/notes.md, which `npm run bench` renders at the end of the page (as the shapes
// table is), so a bench run keeps this section.
const START = '<!-- clinic-intake-service:start -->';
const END = '<!-- clinic-intake-service:end -->';
const section = `${START}\n${render(results)}\n${END}`;
for (const file of [join(SERVICE_ROOT, '../../bench/notes.md'), join(SERVICE_ROOT, '../../docs/benchmarks.md')]) {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  writeFileSync(file, start >= 0 && end > start ? `${text.slice(0, start)}${section}${text.slice(end + END.length)}` : `${text.trimEnd()}\n\n${section}\n`);
}
say('wrote docs/benchmarks.md and bench/notes.md (and load-results.json)');

function render(r) {
  const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const ms = (n) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms` : '–');
  const share = (x) => `${(x * 100).toFixed(1)} %`;
  const avg = (l) => l.map((x) => x.toFixed(2)).join(' / ');
  const m = r.machine;
  const lines = [
    '## Clinic intake service: load and faults',
    '',
    `<!-- Written by \`npm run load\` in examples/clinic-intake-service (scripts/load.mjs), ${r.date.slice(0, 16).replace('T', ' ')} UTC. Run it again; do not edit by hand. -->`,
    '',
    ...(r.quick ? ['> **Smoke run (`--quick`)**: a few seconds per phase; these numbers only show that the script works.', ''] : []),
    `The reference service ([examples/clinic-intake-service](https://github.com/intake-screening/intake-screening/tree/main/examples/clinic-intake-service#readme)) as a clinic runs it: \`node dist/main.js\` in its own process, on PGlite ${m.pglite} (in-process, data in a folder) and on ${m.postgres} (a throwaway server on 127.0.0.1), driven over loopback HTTP by ${DEVICES} devices in one Node process beside it. A device sends a whole brief screen as the person's page does: one persisted snapshot per answer step (${briefScreenTraffic().snapshots.length} steps, ${briefScreenTraffic({ acute: true }).snapshots.length} on the acute path taken by every fourth intake), each stored and acknowledged before the next, then the answers as a submission, which the server re-checks and summarizes itself. Staff open each intake first (counted).`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(0)} GiB (${m.freeGiB.toFixed(0)} GiB free), ${m.os}, Node ${m.node}. **Load average (1 / 5 / 15 min): ${avg(m.loadBefore)} before, ${avg(m.loadAfter)} after.** The machine is shared with other work, so the load generator, the service and the database compete for the same two cores with whatever else runs: read these as a floor, not a ceiling.`,
    '',
    '### Load',
    '',
    '| database | intakes per second (every step stored) | steps per second | step p50 / p99 | submission p50 / p99 (in the intake run) | submissions per second (alone) | submission p50 / p99 (alone) | library share of server CPU (intakes / submissions) | server CPU per intake | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.load.map((l) => {
      const i = l.intakes;
      const s = l.submissions;
      return `| ${l.kind} | ${f1(i.intakesPerSecond)} (${i.intakes} in ${f1(i.seconds)} s) | ${f1(i.stepsPerSecond)} | ${ms(i.step.p50)} / ${ms(i.step.p99)} | ${ms(i.submit.p50)} / ${ms(i.submit.p99)} | ${f1(s.perSecond)} (${s.submissions}) | ${ms(s.latency.p50)} / ${ms(s.latency.p99)} | ${share(i.libraryShare)} / ${share(s.libraryShare)} | ${ms(i.serverCpuPerIntakeMs)} | ${i.failures + s.failures} |`;
    }),
    '',
    "Latencies are measured by the devices (request sent to response read). The library share is the time the service spent inside intake-screening (its engine adapter times every call) over the service process's CPU time in the same phase; the rest is HTTP, JSON, AES-GCM, the database driver and, for PGlite, Postgres itself running in the same process.",
    '',
    '### Faults',
    '',
    '| scenario | database | intakes | acknowledged steps / submissions at the fault | lost after restart (steps / submissions) | half-written | unreadable | flags missing | finished afterwards (each accepted once) | detail |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...r.faults.map((f) => {
      const found = f.scenario === 'sigkill' ? f.afterRestart : f.final;
      const once = f.acceptedPerIntake.every((n) => n === 1);
      const detail =
        f.scenario === 'sigkill'
          ? `restart to READY ${ms(f.restartMs)}`
          : `responses ${Object.entries(f.statuses)
              .map(([k, v]) => `${k}: ${v}`)
              .join(
                ', ',
              )}; 503 code ${f.codes503.join(', ')}, Retry-After ${f.retryAfter.join(', ')}; /readyz while down: ${[...new Set(f.readyDuringOutage)].join(', ')}; server down ${ms(f.outage?.downMs)}`;
      const name =
        f.scenario === 'sigkill'
          ? 'SIGKILL during a stream of steps and submissions, then restart'
          : 'Postgres stopped (fast shutdown), left down 3 s, started again';
      const finished = f.scenario === 'sigkill' ? f.completed : f.ackedSubmissions;
      return `| ${name} | ${f.kind} | ${f.intakes} | ${f.ackedSteps} / ${f.ackedSubmissions} | ${found.lostSteps} / ${found.lostSubmissions} | ${found.halfWritten} | ${found.unreadable} | ${found.missingFlags} | ${finished} of ${f.intakes} (${once ? 'yes' : 'NO'}) | ${detail} |`;
    }),
    '',
    'After a SIGKILL the devices retry what was in flight (the same step number and body, the same submission id) against the restarted service: a step that had committed before the kill is answered as the first time, one that had not is applied; a submission is accepted once. "Half-written" counts intakes whose stored snapshot is not exactly the one sent for the stored step number (the step and its safety flags commit in one transaction). The tests (tests/faults.test.ts, tests/two-instances.test.ts) assert these zeros; this table records the counts of one run.',
  ];
  return lines.join('\n');
}
