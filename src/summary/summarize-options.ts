import type { QuestionnaireIndex } from '../definition/questionnaire-index.js';
import { LOCALE_PATTERN } from '../definition/text.js';
import { type Issue, issue } from '../issues/issue.js';
import { QuestionnaireError } from '../issues/QuestionnaireError.js';
import { summaryLocale } from './summary-locale.js';

/**
 * Options of {@link summarize}.
 *
 * @example
 * ```ts
 * import type { SummarizeOptions } from 'intake-screening';
 * const options: SummarizeOptions = { locale: 'es', raised: ['asq.acute'] };
 * ```
 */
export interface SummarizeOptions {
  /**
   * BCP 47 tag for every string in the summary; English when omitted. Missing
   * translations fall back to the base language, then English, and the
   * summary's `locale` records the language it is actually written in.
   */
  readonly locale?: string;
  /**
   * Ids of safety triggers raised during the intake, as in
   * `snapshot.context.safety.fired.map((f) => f.id)`. A raised trigger that no
   * longer holds on the answers (the person changed the answer) is still
   * reported, with `answerChanged: true`, and still raises urgency.
   */
  readonly raised?: readonly string[];
}

/** Options after checking: the locale the summary is written in, and the raised trigger ids. */
export interface CheckedOptions {
  readonly locale: string;
  readonly raised: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

function checkRaised(index: QuestionnaireIndex, raised: unknown, issues: Issue[]): readonly string[] {
  if (raised === undefined) return NONE;
  if (!Array.isArray(raised)) {
    issues.push(issue('wrong-type', ['options', 'raised'], 'Ensure that raised is an array of safety trigger ids, such as snapshot.context.safety.fired.map((f) => f.id).'));
    return NONE;
  }
  // Each trigger fires once per flow, so a longer list is not from a flow: refuse it unread.
  if (raised.length > Math.max(index.triggers.length, 1) * 4) {
    issues.push(issue('too-long', ['options', 'raised'], `Ensure that raised lists each safety trigger id at most once (questionnaire "${index.questionnaire.id}" has ${index.triggers.length}).`));
    return NONE;
  }
  const known = index.triggers;
  const ids: string[] = [];
  raised.forEach((id: unknown, i) => {
    if (typeof id !== 'string') {
      issues.push(issue('wrong-type', ['options', 'raised', i], 'Ensure that each entry of raised is a safety trigger id (a string).'));
    } else if (!known.some((t) => t.trigger.id === id)) {
      issues.push(
        issue(
          'out-of-range',
          ['options', 'raised', i],
          `Option raised names trigger "${id.slice(0, 80)}", which questionnaire "${index.questionnaire.id}" does not have. Ensure that each entry is the id of one of its safety triggers.`,
        ),
      );
    } else if (!ids.includes(id)) ids.push(id);
  });
  return ids;
}

/**
 * Check `summarize`'s options (untrusted input is fine), reporting every
 * problem at once.
 *
 * @param index - The questionnaire index.
 * @param options - The options as given.
 * @returns The locale to word the summary in and the raised trigger ids, each once.
 * @throws QuestionnaireError with an issue per bad option, path `['options', …]`.
 * @internal
 */
export function checkOptions(index: QuestionnaireIndex, options: SummarizeOptions): CheckedOptions {
  const issues: Issue[] = [];
  const requested: unknown = options.locale ?? 'en';
  const localeOk = typeof requested === 'string' && LOCALE_PATTERN.test(requested);
  if (!localeOk) issues.push(issue('wrong-type', ['options', 'locale'], 'Ensure that locale is a BCP 47 tag such as "en", "es" or "es-MX".'));
  const raised = checkRaised(index, options.raised, issues);
  if (issues.length > 0) throw new QuestionnaireError(issues);
  return { locale: summaryLocale(index, requested as string), raised };
}
