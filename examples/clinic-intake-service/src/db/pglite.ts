import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './database.js';

/** A data folder another live process has open (PGlite is single-process). */
export class DataDirBusyError extends Error {
  override readonly name = 'DataDirBusyError';
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Take the data folder: PGlite runs Postgres inside the process, so two databases on one folder (in two
 * processes, or twice in one) would corrupt it. A lock left by a process that died (SIGKILL) is taken over.
 */
function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'service.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(owner) && alive(owner)) {
        throw new DataDirBusyError(
          `The data folder ${dir} is in use by process ${owner}. PGlite serves one process: stop it, or set DATABASE_URL to share a Postgres server between instances.`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
  throw new DataDirBusyError(`Could not lock the data folder ${dir}.`);
}

/**
 * Open (or create) the embedded database in a folder. Every committed transaction is written to the
 * folder's files before the call returns, so a process killed afterwards loses nothing acknowledged.
 *
 * @param dir - The data folder, or undefined for an in-memory database (tests).
 * @returns The database.
 */
export async function openPglite(dir: string | undefined): Promise<Database> {
  const unlock = dir === undefined ? () => undefined : lockDataDir(dir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dir === undefined ? undefined : join(dir, 'pgdata'));
  } catch (error) {
    unlock();
    throw error;
  }
  const run =
    (target: Pick<PGlite, 'query'>) =>
    async <R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> => {
      const r = await target.query<R>(sql, params as unknown[] | undefined);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    };
  return {
    kind: 'pglite',
    query: run(pglite),
    async exec(sql) {
      await pglite.exec(sql);
    },
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          query: run(tx),
          async exec(sql) {
            await tx.exec(sql);
          },
        } satisfies Queryable),
      ),
    async close() {
      try {
        await pglite.close();
      } finally {
        unlock();
      }
    },
  };
}
