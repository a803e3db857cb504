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

/**
 * Pick the text for a locale, falling back to the base language (`es-MX` → `es`)
 * and then to English. A plain string (a field that may be localized but is
 * not, such as an instrument's citation) is the same in every locale.
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
  const base = locale.split('-')[0] ?? 'en';
  if (Object.hasOwn(text, base)) return text[base] as string;
  return text.en;
}
