/** One result of a query: rows as plain objects, and how many rows the statement touched. */
export interface QueryResult<R> {
  readonly rows: R[];
  readonly rowCount: number;
}

/** Something that runs SQL with `$1`-style parameters: the database, or a transaction on it. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Run a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The service's database: PGlite (Postgres compiled to WebAssembly, in this process, data in a folder) or a
 * Postgres server. Both run the same SQL and the same migrations; the service holds no state besides it.
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Run `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The database could not be reached (down, restarting, out of connections): answer 503 and let the caller retry. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

// Postgres error classes that mean "not reachable right now", not "your query is wrong".
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]|53300|53400)/;
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connect ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down|in recovery)|Connection ended unexpectedly|Cannot use a pool after calling end/i;

/**
 * Whether an error from a driver means the database is unavailable.
 *
 * @param error - Anything thrown by a query.
 * @returns True for connection failures and server shutdowns.
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (error === null || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(code)))
    return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message);
}

/** Whether a transaction failed only because it raced another one (retry it). */
export const isConflict = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40001' || code === '40P01';
};

/** A bytea column as a Buffer, whichever driver read it. */
export const bytes = (value: unknown): Buffer => {
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError('Expected a bytea value.');
};
