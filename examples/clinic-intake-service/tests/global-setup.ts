import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAll, stale } from '../scripts/build.mjs';
import { openDatabase } from '../src/db/open-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty PGlite data folder that test files copy (creating one costs seconds; copying, milliseconds). */
    pgliteTemplate: string;
  }
}

/** Build the service when stale (the pages and dist/main.js some tests start), and make the PGlite template once. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (stale()) await buildAll();
  const dir = mkdtempSync(join(tmpdir(), 'cis-template-'));
  const db = await openDatabase({ databaseUrl: undefined, dataDir: dir });
  await db.close();
  project.provide('pgliteTemplate', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
