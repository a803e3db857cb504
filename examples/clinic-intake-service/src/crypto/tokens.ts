import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token: 32 random bytes, base64url (43 characters, 256 bits). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a token: its SHA-256, so a copy of the database opens no intake or session. */
export const tokenHash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** Whether a string has the shape of a token (checked before any lookup). */
export const isToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);

/** SHA-256 of a request body, to tell a retried request from a different one. */
export const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
