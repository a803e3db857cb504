import { hasPackedLocale, LOCALE_PATTERN } from '../definition/text.js';
import type { Questionnaire } from '../definition/types.js';
import { detailedIssue, issue } from '../issues/issue.js';
import type { SafeResult } from '../issues/safe-result.js';

/**
 * The languages the library's own wording is written in: summary phrases,
 * issue messages, the CLI. English is built in; every other one is a pack
 * (`intake-screening/locales/es`) that a host registers with
 * `registerLocale`. A test keeps this equal to the published packs.
 *
 * @example
 * ```ts
 * import { LIBRARY_LOCALES } from 'intake-screening';
 * LIBRARY_LOCALES.includes('es'); // true
 * ```
 */
export const LIBRARY_LOCALES: readonly string[] = Object.freeze(['en', 'es']);

/**
 * The language text will be written in for a requested tag.
 *
 * @example
 * ```ts
 * import type { ResolvedLocale } from 'intake-screening';
 * const spanish: ResolvedLocale = { locale: 'es', translated: true };
 * ```
 */
export interface ResolvedLocale {
  /**
   * The tag itself if some text (the questionnaire's or a registered
   * pack's) has it, else its base language (`es-MX` → `es`) if some text has
   * that, else `en`. Wording in it gives exactly the strings wording in the tag gives,
   * since `localize` falls back string by string along the same chain.
   */
  readonly locale: string;
  /**
   * Whether the questionnaire promises a full translation into `locale`
   * (declared in its `locales`, where the static checks require every text),
   * or `locale` is English. A host asking questions in an untranslated
   * language would mix languages inside one question; it should ask in
   * English instead.
   */
  readonly translated: boolean;
}

/** Adds every locale key of every localized text in `value` (objects with a string `en` and only string values). */
function collectLocales(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectLocales(v, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const values = Object.values(value);
  if (typeof (value as { en?: unknown }).en === 'string' && values.every((v) => typeof v === 'string')) {
    for (const key of Object.keys(value)) into.add(key);
    return;
  }
  for (const v of values) collectLocales(v, into);
}

const written = new WeakMap<object, ReadonlySet<string>>();

/** Locales the questionnaire's own texts are written in. */
function localesOf(q: Questionnaire): ReadonlySet<string> {
  const cached = written.get(q);
  if (cached) return cached;
  const all = new Set<string>();
  collectLocales(q, all);
  written.set(q, all);
  return all;
}

/**
 * Resolve a requested language once, for everything worded for it: the
 * questions a host asks, the summary's strings and its recorded `locale`, the
 * renderers' phrases and issue messages. Every entry point that takes a locale
 * (summarize, renderSummary, the CLI's `--locale`) checks it here. A
 * language the library publishes a pack for (`LIBRARY_LOCALES`) must have its
 * pack registered (`registerLocale`): otherwise the summary's own phrases
 * would be English in a Spanish summary, so it is an issue instead. Other
 * languages read the questionnaire's wording and English for the library's.
 *
 * @param questionnaire - The questionnaire whose texts count, or `undefined` for the library's own wording only.
 * @param tag - The requested BCP 47 tag (untrusted input is fine); English when omitted.
 * @returns `{ success: true, data }` with the resolved locale, or `{ success: false, issues }`, path `['locale']`:
 *   `wrong-type` for a tag that is not a BCP 47 tag such as `es` or `es-MX`, `locale-unavailable` for a library
 *   language whose pack is not registered.
 * @example
 * ```ts
 * import { registerLocale, resolveLocale } from 'intake-screening';
 * import { es } from 'intake-screening/locales/es';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * resolveLocale(briefScreen, 'es').success; // false until the pack is registered: locale-unavailable
 * registerLocale(es);
 * const mexico = resolveLocale(briefScreen, 'es-MX');
 * if (mexico.success) mexico.data; // { locale: 'es', translated: true }
 * const vietnamese = resolveLocale(briefScreen, 'vi');
 * if (vietnamese.success) vietnamese.data; // { locale: 'en', translated: true }
 * resolveLocale(briefScreen, 'Spanish').success; // false
 * ```
 */
export function resolveLocale(questionnaire: Questionnaire | undefined, tag: unknown = 'en'): SafeResult<ResolvedLocale> {
  if (typeof tag !== 'string' || !LOCALE_PATTERN.test(tag)) {
    return { success: false, issues: [issue('wrong-type', ['locale'], 'Ensure that locale is a BCP 47 tag such as "en", "es" or "es-MX".')] };
  }
  const base = tag.split('-')[0] ?? 'en';
  const library = LIBRARY_LOCALES.includes(tag) ? tag : LIBRARY_LOCALES.includes(base) ? base : undefined;
  if (library !== undefined && !hasPackedLocale(library) && !hasPackedLocale(tag)) {
    const message = `Ensure that the "${library}" pack is registered before asking for "${tag}": import { ${library} } from 'intake-screening/locales/${library}' and call registerLocale(${library}) once at start-up.`;
    return { success: false, issues: [detailedIssue('locale-unavailable', ['locale'], message, undefined, { locale: library })] };
  }
  const own = questionnaire === undefined ? undefined : localesOf(questionnaire);
  const has = (l: string) => hasPackedLocale(l) || own?.has(l) === true;
  const locale = has(tag) ? tag : has(base) ? base : 'en';
  const declared = questionnaire?.locales ?? [];
  const translated = locale === 'en' || declared.includes(locale) || declared.includes(locale.split('-')[0] ?? locale);
  return { success: true, data: { locale, translated } };
}
