import pg from 'pg';
import { type Database, DatabaseUnavailableError, isUnavailable, type Queryable, type QueryResult } from './database.js';

/** Options for the connection pool. */
export interface PostgresOptions {
  /** Connections per instance (default 10). */
  readonly max?: number;
}

// bigint (int8) ids and counts fit in a double for any table this service will hold; read them as numbers.
pg.types.setTypeParser(20, (text) => Number(text));

const wrap = (error: unknown): unknown =>
  isUnavailable(error) && !(error instanceof DatabaseUnavailableError) ? new DatabaseUnavailableError('The database is unavailable.', { cause: error }) : error;

/**
 * Connect to a Postgres server. The pool fails fast when the server is down (2 s to connect, 10 s per
 * statement), so requests get a clear 503 instead of hanging, and it reconnects by itself when the server
 * is back.
 *
 * @param url - A `postgres://` connection string.
 * @param options - Pool size.
 * @returns The database.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 10_000,
    statement_timeout: 10_000,
    query_timeout: 12_000,
    application_name: 'clinic-intake-service',
  });
  // An idle connection dropped by a server restart: the pool discards it; nothing to do but not crash.
  pool.on('error', () => undefined);
  const query = async <R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> => {
    try {
      const r = await pool.query(sql, params as unknown[] | undefined);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
    } catch (error) {
      throw wrap(error);
    }
  };
  const db: Database = {
    kind: 'postgres',
    query,
    async exec(sql) {
      await query(sql);
    },
    async transaction(work) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw wrap(error);
      }
      const tx: Queryable = {
        async query<R>(sql: string, params?: readonly unknown[]) {
          const r = await client.query(sql, params as unknown[] | undefined);
          return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
        },
        async exec(sql: string) {
          await client.query(sql);
        },
      };
      // The pool stops watching a client it hands out: a connection cut while this transaction holds it (a server
      // restart, a terminated backend) is emitted on the client, and with no listener it would crash the process.
      // Recorded, it fails the transaction as unavailable and the client is discarded on release.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken ??= error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken ??= rollbackError as Error;
        }
        throw wrap(error);
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
  return db;
}
