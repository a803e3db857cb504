import { ID_PATTERN } from '../../definition/item.js';

/** Ids that would shadow `Object.prototype` members (the definition checks refuse them too). */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype).concat(['prototype', '__proto__']));

/**
 * Turn any string into a candidate id: letters, digits, `.`, `_` and `-`,
 * starting with a lower-case letter, at most 80 characters. `/44250-9`
 * becomes `q-44250-9`, `AUDIT-C` becomes `audit-c`.
 */
export function slugId(raw: string, prefix = 'q'): string {
  let s = raw.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-_.]+|[-_.]+$/g, '');
  if (/^[A-Z]/.test(s) && s === s.toUpperCase()) s = s.toLowerCase();
  else if (/^[A-Z]/.test(s)) s = (s[0] as string).toLowerCase() + s.slice(1);
  if (!/^[a-z]/.test(s)) s = s.length > 0 ? `${prefix}-${s}` : prefix;
  return s.slice(0, 80);
}

/**
 * Gives every imported group and item a library id, deterministically: a
 * linkId that already is a valid, unreserved, unused id is kept (so this
 * library's own exports round-trip unchanged); any other is slugged and, if
 * taken, suffixed `-2`, `-3`, ….
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  /** linkId → id, in document order. */
  readonly ids = new Map<string, string>();

  /** The id for a linkId (the same linkId always gets the same id). */
  claim(linkId: string): string {
    const known = this.ids.get(linkId);
    if (known !== undefined) return known;
    const id = this.fresh(ID_PATTERN.test(linkId) && !RESERVED.has(linkId) ? linkId : slugId(linkId));
    this.ids.set(linkId, id);
    return id;
  }

  /** An unused id near `base`, for what FHIR has no linkId for (a section made of top-level questions). */
  fresh(base: string): string {
    const root = ID_PATTERN.test(base) && !RESERVED.has(base) ? base : slugId(base);
    let id = root;
    for (let n = 2; this.taken.has(id) || RESERVED.has(id); n++) id = `${root.slice(0, 75)}-${n}`;
    this.taken.add(id);
    return id;
  }
}
