import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER = 1 + 4 + IV_BYTES + TAG_BYTES;

/** A sealed value cannot be opened: another key, another row, or damaged bytes. */
export class SealError extends Error {
  override readonly name = 'SealError';
}

/**
 * Encryption at rest with AES-256-GCM (node:crypto). Each value is bound to where it is stored (`context`,
 * e.g. `intake:<id>:snapshot`) as additional authenticated data, so a ciphertext copied into another row
 * or column does not open. Layout: version (1 byte), key fingerprint (4), IV (12), tag (16), ciphertext.
 */
export interface Sealer {
  seal(plain: Buffer | string, context: string): Buffer;
  open(sealed: Uint8Array, context: string): Buffer;
  sealJson(value: unknown, context: string): Buffer;
  openJson(sealed: Uint8Array, context: string): unknown;
}

/**
 * A sealer over one 32-byte key.
 *
 * @param key - The AES-256 key.
 * @returns The sealer.
 * @example
 * ```ts
 * const sealer = createSealer(randomBytes(32));
 * const box = sealer.sealJson({ 'asq.q1': 'no' }, 'intake:1:answers');
 * sealer.openJson(box, 'intake:1:answers'); // { 'asq.q1': 'no' }
 * ```
 */
export function createSealer(key: Buffer): Sealer {
  if (key.length !== 32) throw new Error('The encryption key must be 32 bytes.');
  const fingerprint = createHash('sha256').update(key).digest().subarray(0, 4);
  const seal = (plain: Buffer | string, context: string): Buffer => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain), cipher.final()]);
    return Buffer.concat([Buffer.of(VERSION), fingerprint, iv, cipher.getAuthTag(), body]);
  };
  const open = (sealed: Uint8Array, context: string): Buffer => {
    const box = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (box.length < HEADER || box[0] !== VERSION) throw new SealError('Not a sealed value of this service.');
    if (!box.subarray(1, 5).equals(fingerprint))
      throw new SealError('Sealed with another key: ensure that INTAKE_ENCRYPTION_KEY is the key this database was written with.');
    const decipher = createDecipheriv('aes-256-gcm', key, box.subarray(5, 5 + IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(box.subarray(5 + IV_BYTES, HEADER));
    try {
      return Buffer.concat([decipher.update(box.subarray(HEADER)), decipher.final()]);
    } catch {
      throw new SealError(`Sealed value for ${context.split(':')[0]} failed authentication (damaged, or moved from another row).`);
    }
  };
  return {
    seal,
    open,
    sealJson: (value, context) => seal(JSON.stringify(value), context),
    openJson: (sealed, context) => JSON.parse(open(sealed, context).toString('utf8')) as unknown,
  };
}
