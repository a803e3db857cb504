import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** Everything the service reads from its environment, checked once at start. */
export interface Config {
  readonly host: string;
  readonly port: number;
  /** A Postgres connection string, or undefined for the embedded PGlite database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** The 32-byte AES-256-GCM key for answers, summaries, snapshots and labels at rest. */
  readonly encryptionKey: Buffer;
  /** Demo mode: a published key, a seeded staff account, plain-HTTP links. Never for real records. */
  readonly demo: boolean;
  /** The address people's links start with, e.g. https://intake.clinic.example */
  readonly publicUrl: string;
  /** How often each instance looks for safety flags raised on any instance (ms). */
  readonly flagPollMs: number;
  /** The language of the summaries staff read (the person's own language is kept with each submission). */
  readonly staffLocale: string;
  /** Expose engine timings at /internal/metrics (loopback only), for the load script. */
  readonly metrics: boolean;
}

/** Thrown when the environment cannot run the service; the message says what to set. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * The demo key: derived from a published phrase, so anyone can decrypt demo data. It exists so that
 * `npm run service` works on a fresh clone; the service refuses it outside demo mode.
 */
export const DEMO_KEY = createHash('sha256').update('intake-screening clinic-intake-service DEMO KEY: not for real records').digest();

/** The demo staff account that demo mode creates (shown in the README). */
export const DEMO_STAFF = { email: 'demo@clinic.example', password: 'demo-staff-password', name: 'Demo Clinician' } as const;

function parseKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new ConfigError(
      "INTAKE_ENCRYPTION_KEY must be 32 bytes, as 64 hex digits or base64 (make one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\").",
    );
  }
  if (key.equals(DEMO_KEY)) throw new ConfigError('INTAKE_ENCRYPTION_KEY is the published demo key. Ensure that a real deployment uses a key of its own.');
  return key;
}

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}.`);
  return n;
}

function oneOf(name: string, text: string | undefined, allowed: readonly string[]): string {
  if (text === undefined || text === '') return allowed[0] as string;
  if (!allowed.includes(text)) throw new ConfigError(`${name} must be one of: ${allowed.join(', ')}.`);
  return text;
}

/**
 * Read the configuration from an environment.
 *
 * - `INTAKE_ENCRYPTION_KEY` (required unless `INTAKE_DEMO=1`): 32 bytes, hex or base64.
 * - `INTAKE_DEMO=1`: demo mode (the published demo key, a demo staff account).
 * - `DATABASE_URL`: a Postgres server; without it, PGlite in `INTAKE_DATA_DIR` (default `./data`).
 * - `HOST` (default 127.0.0.1), `PORT` (default 3000), `PUBLIC_URL` (default http://HOST:PORT).
 *
 * @param env - Usually `process.env`.
 * @returns The checked configuration.
 * @throws ConfigError naming the variable to set.
 */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const demo = env.INTAKE_DEMO === '1';
  const keyText = env.INTAKE_ENCRYPTION_KEY;
  let encryptionKey: Buffer;
  if (keyText !== undefined && keyText !== '') encryptionKey = parseKey(keyText);
  else if (demo) encryptionKey = DEMO_KEY;
  else {
    throw new ConfigError(
      'Refusing to start: INTAKE_ENCRYPTION_KEY is not set. Answers are encrypted at rest (42 CFR Part 2 records); set a 32-byte key (hex or base64), or INTAKE_DEMO=1 for the demo with its published key and no real records.',
    );
  }
  const host = env.HOST || '127.0.0.1';
  const port = integer('PORT', env.PORT, 3000, 0, 65535);
  const databaseUrl = env.DATABASE_URL || undefined;
  const publicUrl = (env.PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, '');
  if (!demo && !publicUrl.startsWith('https://') && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(publicUrl)) {
    throw new ConfigError('PUBLIC_URL must be https:// outside demo mode (people open their intake links there; cookies are Secure).');
  }
  return {
    host,
    port,
    databaseUrl,
    dataDir: resolve(env.INTAKE_DATA_DIR || 'data'),
    encryptionKey,
    demo,
    publicUrl,
    flagPollMs: integer('INTAKE_FLAG_POLL_MS', env.INTAKE_FLAG_POLL_MS, 1000, 50, 60_000),
    staffLocale: oneOf('INTAKE_STAFF_LOCALE', env.INTAKE_STAFF_LOCALE, ['en', 'es']),
    metrics: env.INTAKE_METRICS === '1',
  };
}
