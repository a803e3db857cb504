import { LIBRARY_LOCALES, type LocalizedText, type Questionnaire, resolveLocale } from 'intake-screening';

/**
 * The person's page's own words: only what the page puts around the
 * `<intake-form>` element (its header and footer). The questions, errors,
 * crisis panel, review and summary are worded by the element and the library.
 */
export const PAGE_WORDING = {
  skip: { en: 'Skip to the questions', es: 'Ir a las preguntas' },
  language: { en: 'Language', es: 'Idioma' },
  privacy: {
    en: 'Your answers are kept only in this browser until you send them to your care team.',
    es: 'Sus respuestas se guardan solo en este navegador hasta que las envíe a su equipo de atención.',
  },
  clear: { en: 'Clear my answers and start again', es: 'Borrar mis respuestas y empezar de nuevo' },
  clearConfirm: { en: 'Clear all your answers from this device and start again?', es: '¿Borrar todas sus respuestas de este dispositivo y empezar de nuevo?' },
  finish: { en: 'Finish and clear my answers from this device', es: 'Terminar y borrar mis respuestas de este dispositivo' },
} as const satisfies Record<string, LocalizedText>;

/** Each language the library words, named in itself, so a person finds theirs whatever the page shows. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', es: 'Español' };

/**
 * The languages the page offers for a questionnaire: those the library words
 * (the element's phrases, errors and summary) that the questionnaire is fully
 * translated into, English first.
 *
 * @param questionnaire - The questionnaire the page runs.
 * @returns Locale tags, `['en']` for an English-only questionnaire.
 */
export function offeredLocales(questionnaire: Questionnaire): string[] {
  return LIBRARY_LOCALES.filter((tag) => {
    const resolved = resolveLocale(questionnaire, tag);
    return resolved.success && resolved.data.translated && resolved.data.locale === tag;
  });
}

/**
 * The language to start in: the one the person chose earlier (kept with their
 * progress), else the first of the browser's languages the page offers
 * (`es-MX` reads Spanish), else English.
 *
 * @param questionnaire - The questionnaire the page runs.
 * @param chosen - The stored choice, or null.
 * @param browser - `navigator.languages`.
 * @returns One of `offeredLocales(questionnaire)`.
 */
export function startLocale(questionnaire: Questionnaire, chosen: string | null, browser: readonly string[]): string {
  const offered = offeredLocales(questionnaire);
  if (chosen !== null && offered.includes(chosen)) return chosen;
  for (const tag of browser) {
    const resolved = resolveLocale(questionnaire, tag);
    // resolveLocale falls back to English for a language nothing is written in: that is no match for `fr-FR`.
    const base = resolved.success ? resolved.data.locale.split('-')[0] : undefined;
    if (base !== undefined && base === tag.split('-')[0]?.toLowerCase() && offered.includes(base)) return base;
  }
  return 'en';
}
