import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open-database.js';

/** Which database the suite runs against: Postgres when TEST_DATABASE_URL is set, else PGlite. */
export const DATABASE_KIND: 'postgres' | 'pglite' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** Where a test database lives: a Postgres database of its own, or a PGlite folder. */
export interface TestDatabaseSpace {
  /** DATABASE_URL for a child process, or undefined for PGlite. */
  readonly databaseUrl: string | undefined;
  /** The PGlite folder (also a scratch folder for Postgres runs). */
  readonly dataDir: string;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

/** A new PGlite data folder, copied from the run's migrated template. */
export function pgliteFolder(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'cis-test-'));
  cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
  return dataDir;
}

/**
 * A fresh, empty database for one test file: a new database on the Postgres server (created with a random
 * name, dropped after), or a new PGlite folder.
 */
export async function databaseSpace(): Promise<TestDatabaseSpace> {
  const dataDir = pgliteFolder();
  const server = process.env.TEST_DATABASE_URL;
  if (server === undefined) {
    return {
      databaseUrl: undefined,
      dataDir,
      open: () => openDatabase({ databaseUrl: undefined, dataDir }),
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `cis_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir,
    open: () => openDatabase({ databaseUrl: url.toString(), dataDir }),
    async remove() {
      rmSync(dataDir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
