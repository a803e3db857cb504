import { declaredPhraseTables, LOCALE_PATTERN, type LocalizedText, MAX_DEFINITION_TEXT, setPackPhrases } from '../definition/text.js';
import { type Issue, issue, type IssuePath } from '../issues/issue.js';
import type { SafeResult } from '../issues/safe-result.js';
import type { ISSUE_MESSAGES } from '../locale/issue-messages.js';
import type { ASAM_DIMENSION_NAMES } from './asam.js';
import type { PHRASES } from './phrases.js';

/** Every table of the library's own wording, by the name a pack gives it (types only: nothing here is bundled). */
type LibraryWording = typeof PHRASES & { readonly asamDimensions: typeof ASAM_DIMENSION_NAMES; readonly issueMessages: typeof ISSUE_MESSAGES };

/**
 * A table of the library's wording in one language: the same keys, each
 * English phrase replaced by its string (numbers and other data left out).
 *
 * @example
 * ```ts
 * import type { PHRASES, Translated } from 'intake-screening';
 * const labels: Translated<typeof PHRASES.urgencyLabels> = { emergency: 'Emergencia', urgent: 'Urgente', priority: 'Prioritario', routine: 'Habitual' };
 * ```
 */
export type Translated<T> = {
  readonly [K in keyof T as T[K] extends object ? K : never]: T[K] extends LocalizedText ? string : Translated<T[K]>;
};

/**
 * The library's own wording in one language other than English: every
 * phrase of `PHRASES`, the ASAM dimension names and `ISSUE_MESSAGES`, keyed
 * like them. The library publishes `es` (`intake-screening/locales/es`); the
 * type makes a pack that leaves a phrase out a compile error.
 *
 * @example
 * ```ts
 * import type { LocalePack } from 'intake-screening';
 * import { es } from 'intake-screening/locales/es';
 * const spanish: LocalePack = es;
 * spanish.phrases.urgencyLabels.priority; // 'Prioritario'
 * ```
 */
export interface LocalePack {
  /** The BCP 47 tag it is written in (`es`); `es-MX` and other regions read it too. */
  readonly locale: string;
  /** The phrases, table by table: `urgency`, `summary`, `clinician`, … as in `PHRASES`, plus `asamDimensions` and `issueMessages`. */
  readonly phrases: Translated<LibraryWording>;
}

const PLACEHOLDER = /\{[a-zA-Z]+\}/g;

/** Checks that `pack` words each English phrase of `english`, keeping its placeholders. */
function check(english: object, pack: unknown, path: IssuePath, issues: Issue[]): void {
  if (pack === null || typeof pack !== 'object') {
    issues.push(issue('missing-translation', path, `Ensure that the pack has the table ${path.slice(2).join('.')}.`));
    return;
  }
  for (const [key, value] of Object.entries(english)) {
    if (value === null || typeof value !== 'object') continue;
    const given = Object.hasOwn(pack, key) ? (pack as Record<string, unknown>)[key] : undefined;
    const at = [...path, key];
    if (typeof (value as { en?: unknown }).en !== 'string') {
      check(value, given, at, issues);
      continue;
    }
    const en = (value as LocalizedText).en;
    if (typeof given !== 'string' || given.trim() === '' || given.length > MAX_DEFINITION_TEXT) {
      issues.push(
        issue('missing-translation', at, `Ensure that the pack words ${at.slice(2).join('.')} as a string of 1 to ${MAX_DEFINITION_TEXT} characters.`),
      );
      continue;
    }
    const lost = (en.match(PLACEHOLDER) ?? []).filter((p) => !given.includes(p));
    if (lost.length > 0) {
      issues.push(issue('missing-translation', at, `Ensure that ${at.slice(2).join('.')} keeps the placeholders ${lost.join(', ')}.`));
    }
  }
}

/**
 * Register a pack of the library's wording (from `intake-screening/locales/…`)
 * so that summaries, their renderings and `formatIssue` can be written in its
 * language. Call it once at start-up, before the first summary in that
 * language; registering the same language again replaces its phrases. Until
 * then, asking for that language (`summarize`'s `locale`, the flow's input,
 * `renderSummary`) is a `locale-unavailable` issue rather than English in its
 * place. English is built in.
 *
 * @param pack - The pack, e.g. `es`.
 * @returns `{ success: true, data: { locale } }`, or `{ success: false, issues }` (`wrong-type` for the tag,
 *   `missing-translation` per phrase missing, empty or without a placeholder the English has); nothing is
 *   registered then.
 * @example
 * ```ts
 * import { registerLocale, renderSummary, summarize } from 'intake-screening';
 * import { es } from 'intake-screening/locales/es';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * registerLocale(es).success; // true
 * renderSummary(summarize(briefScreen, {}, { locale: 'es' }), { format: 'text', audience: 'patient' });
 * ```
 */
export function registerLocale(pack: LocalePack): SafeResult<{ readonly locale: string }> {
  const locale: unknown = (pack as Partial<LocalePack> | null)?.locale;
  if (typeof locale !== 'string' || !LOCALE_PATTERN.test(locale) || locale === 'en') {
    return {
      success: false,
      issues: [issue('wrong-type', ['pack', 'locale'], 'Ensure that the pack is a LocalePack whose locale is a BCP 47 tag other than "en", such as "es".')],
    };
  }
  const phrases: unknown = pack.phrases;
  const issues: Issue[] = [];
  if (phrases === null || typeof phrases !== 'object')
    issues.push(issue('wrong-type', ['pack', 'phrases'], 'Ensure that the pack has its phrases, table by table.'));
  // The tables this program bundles; one a lazily loaded part declares later is read as the pack has it.
  else for (const [name, table] of declaredPhraseTables()) check({ [name]: table }, phrases, ['pack', 'phrases'], issues);
  if (issues.length > 0) return { success: false, issues };
  setPackPhrases(locale, structuredClone(phrases as object));
  return { success: true, data: { locale } };
}
