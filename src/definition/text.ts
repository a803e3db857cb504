import * as z from 'zod/mini';

/** Longest string a definition may hold in any locale. */
export const MAX_DEFINITION_TEXT = 4000;

/**
 * A human-readable string in one or more locales. English is required; other
 * locales are keyed by BCP 47 tag (`es`, `es-MX`, `vi`).
 */
const text = z.string().check(z.minLength(1), z.maxLength(MAX_DEFINITION_TEXT));
export const LocalizedTextSchema = z.catchall(z.object({ en: text }), text);

/**
 * A localized string: `{ en: '…', es?: '…', … }`.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from 'intake-screening';
 * const title: LocalizedText = { en: 'Withdrawal now', es: 'Abstinencia ahora' };
 * ```
 */
export type LocalizedText = { readonly en: string; readonly [locale: string]: string };

/** Matches the locale tags a definition may use. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3}|-[0-9]{3})?$/;

// The library's own wording in other languages. Each English phrase table is declared with `phraseTable`, which
// remembers where each phrase sits (`['summary', 'disclaimer']`); a registered pack (`registerLocale`) is read along
// that path. The tables know no language but English, and registering a pack bundles no table the host does not use.
const paths = new WeakMap<object, readonly string[]>();
const tables: [string, object][] = [];
const packs = new Map<string, object>();

function markPaths(table: object, path: readonly string[]): void {
  for (const [key, value] of Object.entries(table)) {
    if (value === null || typeof value !== 'object') continue;
    if (typeof (value as { en?: unknown }).en === 'string') paths.set(value, [...path, key]);
    else markPaths(value, [...path, key]);
  }
}

/**
 * Declare one of the library's English phrase tables under the name its
 * translation has in a pack. Marked free of side effects so that a table no
 * code reads is left out of a bundle.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function phraseTable<T extends object>(name: string, table: T): T {
  markPaths(table, [name]);
  tables.push([name, table]);
  return table;
}

/**
 * The phrase tables declared so far (those the running code bundles), by name.
 *
 * @internal
 */
export function declaredPhraseTables(): readonly (readonly [string, object])[] {
  return tables;
}

/**
 * Make a checked pack's phrases the library's wording in `locale`.
 *
 * @internal
 */
export function setPackPhrases(locale: string, phrases: object): void {
  packs.set(locale, phrases);
}

/**
 * Whether a pack of the library's wording is registered for a locale (English always is).
 *
 * @internal
 */
export function hasPackedLocale(locale: string): boolean {
  return locale === 'en' || packs.has(locale);
}

/** A library phrase's string in a registered pack, if any. */
function packed(text: object, locale: string): string | undefined {
  const pack = packs.get(locale);
  const path = pack === undefined ? undefined : paths.get(text);
  if (path === undefined) return undefined;
  let value: unknown = pack;
  for (const key of path)
    value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Pick the text for a locale, falling back to the base language (`es-MX` → `es`)
 * and then to English. A plain string (a field that may be localized but is
 * not, such as an instrument's citation) is the same in every locale. The
 * library's own phrases (`PHRASES`, `ISSUE_MESSAGES`) are written in English
 * here; another language reads them from its registered pack
 * (`registerLocale(es)` with `es` from `intake-screening/locales/es`).
 *
 * @param text - The localized text, or a plain string.
 * @param locale - A BCP 47 tag; English when omitted.
 * @returns The best available string.
 * @example
 * ```ts
 * import { localize } from 'intake-screening';
 * localize({ en: 'Yes', es: 'Sí' }, 'es-MX'); // 'Sí'
 * ```
 */
export function localize(text: LocalizedText | string, locale = 'en'): string {
  if (typeof text === 'string') return text;
  if (locale === 'en') return text.en;
  if (Object.hasOwn(text, locale)) return text[locale] as string;
  const own = packed(text, locale);
  if (own !== undefined) return own;
  const base = locale.split('-')[0] ?? 'en';
  if (Object.hasOwn(text, base)) return text[base] as string;
  return packed(text, base) ?? text.en;
}
