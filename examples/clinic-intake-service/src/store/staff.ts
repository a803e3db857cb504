import type { Queryable } from '../db/database.js';
import { hashPassword } from '../crypto/passwords.js';
import { newToken, tokenHash } from '../crypto/tokens.js';

/** A signed-in staff member, as a request sees them. */
export interface StaffSession {
  readonly userId: number;
  readonly email: string;
  readonly name: string;
  readonly csrfToken: string;
}

/** Sessions end after 30 idle minutes, and 12 hours after sign-in whatever happens. */
export const IDLE_MINUTES = 30;
export const MAX_HOURS = 12;

/**
 * Add a staff account (or change its password and name).
 *
 * @param q - The database.
 * @param email - Lower-cased before it is stored.
 * @param name - Shown on the staff page and in the audit log.
 * @param password - Hashed with scrypt; never stored.
 * @param cost - scrypt's N, when not the service's default (tests).
 * @returns The account id.
 */
export async function upsertStaff(q: Queryable, email: string, name: string, password: string, cost?: number): Promise<number> {
  const hash = await hashPassword(password, cost);
  const r = await q.query<{ id: number }>(
    `INSERT INTO staff_users (email, display_name, password_hash) VALUES ($1, $2, $3)
     ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name, password_hash = EXCLUDED.password_hash
     RETURNING id`,
    [email.toLowerCase(), name, hash],
  );
  return (r.rows[0] as { id: number }).id;
}

/** Whether any staff account exists (demo mode seeds one when none does). */
export async function hasStaff(q: Queryable): Promise<boolean> {
  return (await q.query('SELECT 1 FROM staff_users LIMIT 1')).rows.length > 0;
}

/** The account with this email, with its password hash. */
export async function findStaffByEmail(q: Queryable, email: string) {
  const r = await q.query<{ id: number; email: string; name: string; passwordHash: string }>(
    'SELECT id, email, display_name AS name, password_hash AS "passwordHash" FROM staff_users WHERE email = $1',
    [email.toLowerCase()],
  );
  return r.rows[0];
}

/** Failed sign-ins for an email hash in the last 15 minutes. */
export async function recentFailures(q: Queryable, emailHash: Buffer): Promise<number> {
  const r = await q.query<{ n: number }>("SELECT count(*)::int AS n FROM sign_in_failures WHERE email_hash = $1 AND at > now() - interval '15 minutes'", [
    emailHash,
  ]);
  return r.rows[0]?.n ?? 0;
}

export async function recordFailure(q: Queryable, emailHash: Buffer): Promise<void> {
  await q.query('INSERT INTO sign_in_failures (email_hash) VALUES ($1)', [emailHash]);
}

/**
 * Start a session: a random cookie token (only its hash is stored) and a CSRF token for the page.
 *
 * @param q - The database.
 * @param userId - Who signed in.
 * @returns The cookie token and the CSRF token.
 */
export async function createSession(q: Queryable, userId: number): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await q.query(`INSERT INTO staff_sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + interval '${MAX_HOURS} hours')`, [
    tokenHash(token),
    userId,
    csrfToken,
  ]);
  return { token, csrfToken };
}

/**
 * The live session for a cookie token, if any; using it keeps it from idling out.
 *
 * @param q - The database.
 * @param token - The cookie's value.
 * @returns The session, or undefined when it is unknown, revoked, expired or idle too long.
 */
export async function findSession(q: Queryable, token: string): Promise<StaffSession | undefined> {
  const r = await q.query<StaffSession>(
    `UPDATE staff_sessions s SET last_seen_at = now()
       FROM staff_users u
      WHERE s.token_hash = $1 AND u.id = s.user_id AND s.revoked_at IS NULL AND s.expires_at > now()
        AND s.last_seen_at > now() - interval '${IDLE_MINUTES} minutes'
      RETURNING u.id AS "userId", u.email, u.display_name AS name, s.csrf_token AS "csrfToken"`,
    [tokenHash(token)],
  );
  return r.rows[0];
}

export async function revokeSession(q: Queryable, token: string): Promise<void> {
  await q.query('UPDATE staff_sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL', [tokenHash(token)]);
}
