// Traffic for the fault tests and the load script: a person's device running the brief screen (each step's
// persisted snapshot, as the page sends it), the HTTP calls of a device and of the staff page, and a service
// process started the way a clinic starts it (node dist/main.js) with its READY line awaited.
/* global fetch, AbortSignal, clearTimeout -- Node 20 globals */
import { answersOf } from 'intake-screening';
import { execFileSync, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIntakeMachine, initialIntakeSnapshot, stepIntake } from 'intake-screening';
import { briefScreen } from 'intake-screening/questionnaires';

/** The service's folder. */
export const SERVICE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const answer = (itemId, value) => ({ type: 'ANSWER', itemId, value });

/**
 * The events of a whole brief screen, ending in SUBMIT. With `acute`, the person answers yes to ASQ
 * question 1 and to the acuity question (an interrupt-tier trigger: the crisis panel, acknowledged).
 */
export function briefScreenEvents({ acute = false } = {}) {
  return [
    { type: 'NEXT' },
    answer('about.age', 58),
    answer('auditc.sex', 'male'),
    { type: 'NEXT' },
    answer('taps.tobacco.frequency', 'never'),
    answer('taps.alcohol.frequency-male', 'daily'),
    answer('taps.drugs.frequency', 'weekly'),
    answer('taps.rx.frequency', 'never'),
    { type: 'NEXT' },
    answer('withdrawal.screen', ['no']),
    { type: 'NEXT' },
    answer('phq9.q1', 2),
    answer('phq9.q2', 1),
    { type: 'NEXT' },
    answer('gad7.q1', 1),
    answer('gad7.q2', 1),
    { type: 'NEXT' },
    answer('asq.q1', acute ? 1 : 0),
    answer('asq.q2', 0),
    answer('asq.q3', 0),
    answer('asq.q4', 0),
    ...(acute ? [answer('asq.q5', 'yes'), { type: 'ACKNOWLEDGE' }] : []),
    { type: 'NEXT' },
    answer('living.home-support', true),
    answer('living.transport', false),
    answer('cooccurring.told', ['depression']),
    answer('cooccurring.concerns', ['none']),
    { type: 'NEXT' },
    { type: 'SUBMIT' },
  ];
}

/**
 * What a device sends for one brief screen: the persisted snapshot after each event but the last (step
 * `seq` is `snapshots[seq - 1]`), then the finished flow's answers as a submission.
 */
export function briefScreenTraffic({ acute = false } = {}) {
  const machine = createIntakeMachine(briefScreen);
  let snapshot = initialIntakeSnapshot(machine);
  const snapshots = [];
  const events = briefScreenEvents({ acute });
  for (const event of events) {
    snapshot = stepIntake(machine, snapshot, event);
    if (event.type !== 'SUBMIT') snapshots.push(JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot))));
  }
  const acuteStep = acute ? events.findIndex((e) => e.type === 'ANSWER' && e.itemId === 'asq.q5') + 1 : undefined;
  return { snapshots, answers: { ...answersOf(snapshot.context) }, acuteStep };
}

/**
 * One HTTP call, timed. Never throws for an HTTP status; a network failure (server gone) gives status 0.
 *
 * @returns `{ status, body, ms, retryAfter }`.
 */
export async function call(url, { method, body, headers = {} } = {}) {
  const start = performance.now();
  try {
    const res = await fetch(url, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let parsed;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    return {
      status: res.status,
      body: parsed,
      ms: performance.now() - start,
      retryAfter: res.headers.get('retry-after'),
      setCookie: res.headers.get('set-cookie'),
    };
  } catch (error) {
    return {
      status: 0,
      body: { code: 'network', message: String(error?.cause?.code ?? error?.message ?? error) },
      ms: performance.now() - start,
      retryAfter: null,
      setCookie: null,
    };
  }
}

/** Sign a staff member in: the cookie and CSRF token to send. */
export async function staffSession(base, email, password) {
  const r = await call(`${base}/api/staff/sign-in`, { body: { email, password } });
  if (r.status !== 200) throw new Error(`sign-in: ${r.status} ${JSON.stringify(r.body)}`);
  return { cookie: (r.setCookie ?? '').split(';')[0], csrf: r.body.csrfToken };
}

/** Open an intake as staff and give the person's consent: `{ id, token }`. */
export async function newIntake(base, staff, consentVersion, questionnaireId = 'brief-screen') {
  const r = await call(`${base}/api/staff/intakes`, {
    body: { questionnaireId, label: 'Load Person' },
    headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf },
  });
  if (r.status !== 201) throw new Error(`create intake: ${r.status} ${JSON.stringify(r.body)}`);
  const c = await call(`${base}/api/person/consent`, { body: { version: consentVersion }, headers: { authorization: `Bearer ${r.body.token}` } });
  if (c.status !== 204) throw new Error(`consent: ${c.status}`);
  return { id: r.body.id, token: r.body.token };
}

/** A device's two calls, against whatever address `base()` gives now (a restarted service moves). */
export function device(base, token) {
  const headers = { authorization: `Bearer ${token}` };
  return {
    step: (seq, snapshot) => call(`${base()}/api/person/steps`, { body: { seq, snapshot }, headers }),
    submit: (submissionId, answers) => call(`${base()}/api/person/submissions`, { body: { submissionId, answers, locale: 'en' }, headers }),
    read: () => call(`${base()}/api/person/intake`, { headers }),
  };
}

/**
 * Start the service as a clinic does (`node dist/main.js`), in its own process group, and wait (bounded)
 * for its `READY <url>` line.
 *
 * @returns `{ child, url, stderr(), kill(signal), exited }`.
 */
export function startService(env, { timeoutMs = 90_000 } = {}) {
  const child = spawn(process.execPath, [join(SERVICE_ROOT, 'dist/main.js')], { cwd: SERVICE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return awaitReady(child, timeoutMs);
}

/** Wait for a spawned service's READY line; see {@link startService}. */
export function awaitReady(child, timeoutMs = 90_000) {
  let err = '';
  let out = '';
  child.stderr.on('data', (d) => (err += d.toString()));
  const exited = new Promise((done) => child.on('exit', (code, signal) => done(code ?? signal)));
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      kill('SIGKILL');
      reject(new Error(`no READY line within ${timeoutMs} ms; stderr:\n${err}`));
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], stderr: () => err, kill, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${String(code)}) before READY; stderr:\n${err}`));
    });
  });
}

/** Add a staff account with the service's own command (`node dist/main.js add-staff`). */
export function addStaff(env, { email, name, password }) {
  execFileSync(process.execPath, [join(SERVICE_ROOT, 'dist/main.js'), 'add-staff', email, name], {
    env: { ...env, INTAKE_NEW_STAFF_PASSWORD: password },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
  });
}

/** Milliseconds to wait. */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
