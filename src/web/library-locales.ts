import { hasPackedLocale } from '../definition/text.js';
import { es } from '../locales/es.js';
import { registerLocale } from '../summary/register-locale.js';

/**
 * Register the packs of the languages `<intake-form>` and the React entry
 * offer (Spanish), unless the host registered its own first. Called where
 * those entries resolve a locale, never on import.
 */
export function ensureLibraryLocales(): void {
  if (!hasPackedLocale(es.locale)) registerLocale(es);
}
