/** A UUID in its canonical text form (any version), as a `urn:uuid:` full URL needs. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A 128-bit, well-mixed (not cryptographic) hash of a string, as four 32-bit words. */
function hash128(text: string): [number, number, number, number] {
  let a = 0x6a09e667;
  let b = 0xbb67ae85;
  let c = 0x3c6ef372;
  let d = 0xa54ff53a;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    a = b ^ Math.imul(a ^ k, 0x9e3779b1);
    b = c ^ Math.imul(b ^ k, 0x85ebca77);
    c = d ^ Math.imul(c ^ k, 0xc2b2ae3d);
    d = a ^ Math.imul(d ^ k, 0x27d4eb2f);
  }
  a = Math.imul(c ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(d ^ (b >>> 13), 0xc2b2ae35);
  c = Math.imul(a ^ (c >>> 16), 0x9e3779b1);
  d = Math.imul(b ^ (d >>> 15), 0x27d4eb2f);
  a ^= b ^ c ^ d;
  return [a >>> 0, (b ^ a) >>> 0, (c ^ a) >>> 0, (d ^ a) >>> 0];
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * A version 8 (custom) UUID, RFC 9562, made from a hash of `text`: the same
 * text always gives the same UUID, with no clock and no randomness. Version 8
 * says honestly that it is neither random (v4) nor name-based SHA-1 (v5).
 */
export function hashUuid(text: string): string {
  const [a, b, c, d] = hash128(text);
  const h = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
