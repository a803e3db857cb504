import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/** The migrations folder: `migrations/` at the package root, from src/db or from the bundled dist. */
const here = dirname(fileURLToPath(import.meta.url));
export const MIGRATIONS_DIR = [resolve(here, '../../migrations'), resolve(here, '../migrations')].find((dir) => {
  try {
    return readdirSync(dir).some((f) => f.endsWith('.sql'));
  } catch {
    return false;
  }
}) as string;

/** The migrations in order: `NNNN_name.sql`. */
export function migrations(dir = MIGRATIONS_DIR): { version: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Apply the migrations not applied yet, each in its own transaction with its record in
 * `schema_migrations`. An advisory lock serializes instances that start at the same time against one
 * Postgres server, so each migration runs once.
 *
 * @param db - The database.
 * @param dir - The migrations folder.
 * @returns The versions applied now.
 */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied: string[] = [];
  for (const m of migrations(dir)) {
    const ran = await db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('clinic-intake-service:migrate'))");
      await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.rows.length > 0) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
      return true;
    });
    if (ran) applied.push(m.version);
  }
  return applied;
}
