import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../src/config.js';
import { spawn } from 'node:child_process';
import { awaitReady } from '../scripts/traffic.mjs';
import { pgliteFolder } from './support/database.js';
import { call, signIn } from './support/http.js';

const REPO = join(import.meta.dirname, '../../..');

describe("npm run service (the README's command at the repository root)", () => {
  it('is what both READMEs tell a new user to run, with the test command and the demo staff sign-in that works', () => {
    const example = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
    // The quick start: one block, two commands, run at the repository root.
    expect(example).toMatch(/```sh\nnpm ci && npm run service[^\n]*\nnpm run test:service[^\n]*\n```/);
    expect(example).toContain(`| \`${DEMO_STAFF.email}\` | \`${DEMO_STAFF.password}\` |`);
    const root = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(root).toContain('`npm run service`');
    expect(root).toContain('`npm run test:service`');
    expect(root).toContain(`\`${DEMO_STAFF.email}\` / \`${DEMO_STAFF.password}\``);
  });

  it('starts the demo on PGlite, serves both pages, lets the demo staff account sign in, and stops cleanly on SIGTERM', async () => {
    const dataDir = pgliteFolder();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', INTAKE_DATA_DIR: dataDir, INTAKE_LOG: '0' };
    delete env.DATABASE_URL;
    delete env.INTAKE_ENCRYPTION_KEY;
    const child = await awaitReady(spawn('npm', ['run', 'service', '--silent'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
    try {
      expect(child.stderr()).toContain(`Staff sign-in: ${DEMO_STAFF.email} / ${DEMO_STAFF.password}`);
      expect((await call(`${child.url}/readyz`)).body).toEqual({ ok: true, database: 'pglite' });
      expect((await call(`${child.url}/staff`)).status).toBe(200);
      expect((await call(`${child.url}/intake`)).status).toBe(200);
      const staff = await signIn(child.url, DEMO_STAFF.email, DEMO_STAFF.password);
      expect((await staff.get('/api/staff/session')).body.staff.name).toBe(DEMO_STAFF.name);
    } finally {
      child.kill('SIGTERM');
      await child.exited;
      // The service closed its database on the way out: the data folder's lock is gone.
      await expect.poll(() => existsSync(join(dataDir, 'service.lock')), { timeout: 15_000 }).toBe(false);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
