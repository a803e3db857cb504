import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { PHRASES } from './phrases.js';

// A summary's `locale` says what language it is written in, so a host can
// label it and render it consistently. `localize` falls back string by string
// (es-MX → es → en); the summary records the first tag of that chain that some
// string actually has, so recording it changes no string of the summary.

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

let phraseLocales: ReadonlySet<string> | undefined;
const written = new WeakMap<QuestionnaireIndex, ReadonlySet<string>>();

/** Locales some string of the summary can be in: the questionnaire's texts and the library's phrase tables. */
function localesOf(index: QuestionnaireIndex): ReadonlySet<string> {
  const cached = written.get(index);
  if (cached) return cached;
  if (phraseLocales === undefined) {
    const fromPhrases = new Set<string>(['en']);
    collectLocales(PHRASES, fromPhrases);
    phraseLocales = fromPhrases;
  }
  const all = new Set(phraseLocales);
  collectLocales(index.questionnaire, all);
  written.set(index, all);
  return all;
}

/**
 * The language a summary asked for in `requested` is actually written in: the
 * tag itself if any string of the questionnaire or of the library's phrases
 * has it, else its base language (`es-MX` → `es`) if any has that, else `en`.
 * Wording the summary in the returned tag gives the same strings as wording it
 * in `requested`.
 *
 * @param index - The questionnaire index.
 * @param requested - A tag already checked against `LOCALE_PATTERN`.
 * @returns The tag to record as the summary's `locale`.
 * @internal
 */
export function summaryLocale(index: QuestionnaireIndex, requested: string): string {
  if (requested === 'en') return 'en';
  const have = localesOf(index);
  if (have.has(requested)) return requested;
  const base = requested.split('-')[0] ?? 'en';
  return have.has(base) ? base : 'en';
}
