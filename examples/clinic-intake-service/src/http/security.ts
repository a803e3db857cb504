import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isToken } from '../crypto/tokens.js';
import type { Deps } from '../service/deps.js';
import { findSession, IDLE_MINUTES, MAX_HOURS, type StaffSession } from '../store/staff.js';

/**
 * The staff session cookie. `__Host-` makes browsers refuse it unless it is Secure, host-only and for
 * path /; HttpOnly keeps scripts from reading it; SameSite=Strict keeps other sites from sending it.
 */
export const SESSION_COOKIE = '__Host-intake-staff';

/** The value of one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A Set-Cookie value for the session (empty value and Max-Age=0 to clear it). */
export const sessionCookie = (token: string | undefined): string =>
  `${SESSION_COOKIE}=${token ?? ''}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=${token === undefined ? 0 : MAX_HOURS * 3600}`;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const equal = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A request came from another site (browsers say so in Sec-Fetch-Site and Origin). */
export function crossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/**
 * The signed-in staff member, or a 401/403 sent. State-changing requests must carry the session's CSRF token
 * in `x-csrf-token` (the staff page reads it from /api/staff/session; another site cannot).
 *
 * @returns The session and its cookie token, or undefined when a refusal was sent.
 */
export async function requireStaff(deps: Deps, request: FastifyRequest, reply: FastifyReply): Promise<{ session: StaffSession; token: string } | undefined> {
  const token = readCookie(request.headers.cookie, SESSION_COOKIE);
  const session = isToken(token) ? await findSession(deps.db, token) : undefined;
  if (session === undefined || token === undefined) {
    void reply.code(401).send({ code: 'sign-in-required', message: `Sign in first (sessions end after ${IDLE_MINUTES} idle minutes).` });
    return undefined;
  }
  if (UNSAFE.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !equal(sent, session.csrfToken) || crossSite(request)) {
      void reply.code(403).send({ code: 'csrf', message: 'Missing or wrong CSRF token. Ensure that the request comes from the staff page of this service.' });
      return undefined;
    }
  }
  return { session, token };
}

/** The person's link token from `Authorization: Bearer …` (the page keeps it in the URL fragment, which is never sent). */
export function personToken(request: FastifyRequest, reply: FastifyReply): string | undefined {
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  if (!isToken(token)) {
    void reply.code(401).send({ code: 'unknown-token', message: 'This intake link is not valid. Ensure that the whole link from the clinic was opened.' });
    return undefined;
  }
  return token;
}

/** Headers on every response: no framing, no sniffing, no referrer (links carry tokens), a strict CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};
