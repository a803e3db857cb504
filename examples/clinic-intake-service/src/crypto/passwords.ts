import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// OWASP's scrypt floor (N=2^17, r=8, p=1): ~128 MiB and ~0.1-0.3 s per hash on this class of machine.
const N = 2 ** 17;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const MAXMEM = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((done, fail) => {
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, { N: n, r, p, maxmem: MAXMEM }, (error, key) => (error ? fail(error) : done(key)));
  });
}

/** scrypt's CPU/memory cost (N) for new hashes. */
export const SCRYPT_COST = N;

/**
 * Hash a password with scrypt and a random salt. The result names its parameters, so they can be raised
 * later without breaking stored hashes.
 *
 * @param password - The password.
 * @param cost - scrypt's N (a power of two); the default is the service's. Tests seed accounts cheaper.
 * @returns `scrypt$N$r$p$salt$hash` (base64).
 */
export async function hashPassword(password: string, cost = N): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, R, P);
  return ['scrypt', cost, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * Check a password against a stored hash in constant time.
 *
 * @param password - What was typed.
 * @param stored - From `hashPassword`.
 * @returns Whether it matches.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of nothing anyone can type, checked when the email is unknown so both answers take as long. */
export const DUMMY_HASH = `scrypt$${N}$${R}$${P}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_BYTES).toString('base64')}`;
