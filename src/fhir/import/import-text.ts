import { LOCALE_PATTERN, type LocalizedText, MAX_DEFINITION_TEXT } from '../../definition/text.js';
import type { IssuePath } from '../../issues/issue.js';
import { readTranslations } from '../common/localized.js';
import type { ImportReporter } from './import-reporter.js';

/**
 * A LocalizedText from a FHIR string and its `_field` element: the string is
 * the English text, `translation` extensions give the other locales. Texts
 * longer than the definition allows are cut, invalid locale tags and other
 * extensions on the element are reported.
 */
export function importText(text: string, element: unknown, path: IssuePath, reporter: ImportReporter, itemId?: string): LocalizedText {
  const out: Record<string, string> = { en: fit(text, path, reporter, itemId) };
  const { found, other } = readTranslations(element);
  for (const url of other)
    reporter.extension(url, [...path.slice(0, -1), `_${String(path.at(-1))}`], `Extension ${url} on this text is not supported and is left out.`, itemId);
  for (const t of found) {
    if ('skipped' in t) {
      reporter.report(path, `A translation of this text is incomplete (${t.skipped}) and is left out.`, itemId);
      continue;
    }
    if (!LOCALE_PATTERN.test(t.lang) || t.lang === 'en') {
      reporter.report(
        path,
        `A translation has language "${t.lang.slice(0, 20)}", which is not a locale tag such as "es" or "es-MX" other than "en"; it is left out.`,
        itemId,
      );
      continue;
    }
    out[t.lang] = fit(t.content, path, reporter, itemId);
  }
  return out as LocalizedText;
}

function fit(s: string, path: IssuePath, reporter: ImportReporter, itemId?: string): string {
  const trimmed = s.length > 0 ? s : ' ';
  if (trimmed.length <= MAX_DEFINITION_TEXT) return trimmed;
  reporter.report(path, `A text is longer than ${MAX_DEFINITION_TEXT} characters and is cut to that length.`, itemId);
  return trimmed.slice(0, MAX_DEFINITION_TEXT);
}

/** Cut a plain string to a limit, reporting the cut. */
export function fitString(s: string, max: number, path: IssuePath, reporter: ImportReporter, itemId?: string): string {
  if (s.length <= max) return s;
  reporter.report(path, `A value is longer than ${max} characters and is cut to that length.`, itemId);
  return s.slice(0, max);
}
