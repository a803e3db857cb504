import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseOutage, killDuringStream } from '../scripts/faults.mjs';
import { removeCluster, startCluster } from '../scripts/pg-cluster.mjs';
import { briefScreenTraffic } from '../scripts/traffic.mjs';
import { CONSENT } from '../src/notices.js';
import { DATABASE_KIND, databaseSpace, type TestDatabaseSpace } from './support/database.js';

// Every other intake takes the acute ASQ path (two steps more).
const ALL_STEPS = [0, 1, 2, 3, 4, 5].reduce((n, i) => n + briefScreenTraffic({ acute: i % 2 === 0 }).snapshots.length, 0);
const NOTHING_LOST = { lostSteps: 0, lostSubmissions: 0, halfWritten: 0, unreadable: 0, missingFlags: 0 };

describe(`faults on ${DATABASE_KIND}`, { timeout: 240_000 }, () => {
  const spaces: TestDatabaseSpace[] = [];
  afterAll(async () => {
    for (const s of spaces) await s.remove();
  });
  const serviceEnv = async (): Promise<NodeJS.ProcessEnv> => {
    const space = await databaseSpace();
    spaces.push(space);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      INTAKE_LOG: '0',
      INTAKE_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      PUBLIC_URL: 'https://intake.clinic.test',
    };
    if (space.databaseUrl === undefined) env.INTAKE_DATA_DIR = space.dataDir;
    else env.DATABASE_URL = space.databaseUrl;
    return env;
  };

  it('SIGKILL during a stream of steps and submissions: after a restart every acknowledged write is there, nothing half-written, and retries finish each intake once', async () => {
    const r = await killDuringStream(await serviceEnv(), { intakes: 6, killAfterAcks: 45, killAfterSubmissions: 2, consentVersion: CONSENT.version });
    // The kill landed mid-stream: some steps and submissions were acknowledged, not all.
    expect(r.ackedSteps).toBeGreaterThanOrEqual(45);
    expect(r.ackedSteps).toBeLessThan(ALL_STEPS);
    expect(r.ackedSubmissions).toBeGreaterThanOrEqual(2);
    expect(r.ackedSubmissions).toBeLessThan(6);
    expect(r.afterRestart).toEqual(NOTHING_LOST);
    expect(r.completed).toBe(6);
    expect(r.final).toEqual(NOTHING_LOST);
    expect(r.acceptedPerIntake).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it.runIf(DATABASE_KIND === 'postgres')(
    'Postgres stopped and started: clear 503s while it is down, then every acknowledged write is there and each intake finishes once',
    async () => {
      // A server of its own, so stopping it disturbs no other test.
      const cluster = await startCluster();
      try {
        const env: NodeJS.ProcessEnv = {
          PATH: process.env.PATH,
          HOST: '127.0.0.1',
          PORT: '0',
          INTAKE_LOG: '0',
          INTAKE_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
          PUBLIC_URL: 'https://intake.clinic.test',
          DATABASE_URL: cluster.url,
        };
        const r = await databaseOutage(env, cluster, { intakes: 6, stopAfterAcks: 30, outageMs: 3000, consentVersion: CONSENT.version });
        expect(r.outage).toBeDefined();
        expect(r.statuses['503']).toBeGreaterThan(0);
        // 503 and nothing else went wrong: no 500, no dropped connection.
        expect(Object.keys(r.statuses).sort()).toEqual(['200', '201', '503']);
        expect(r.codes503).toEqual(['database-unavailable']);
        expect(r.retryAfter).toEqual(['2']);
        expect(r.readyDuringOutage).toContain(503);
        expect(r.ackedSteps).toBe(ALL_STEPS);
        expect(r.ackedSubmissions).toBe(6);
        expect(r.final).toEqual(NOTHING_LOST);
        expect(r.acceptedPerIntake).toEqual([1, 1, 1, 1, 1, 1]);
      } finally {
        removeCluster(cluster);
      }
    },
  );
});
