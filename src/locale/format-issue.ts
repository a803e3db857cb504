import { localize } from '../definition/text.js';
import { type AnswerLimits, type Issue, type IssueCode, type IssueOf, underPath } from '../issues/issue.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import { ISSUE_MESSAGES, type IssueMessageKey } from './issue-messages.js';
import { resolveLocale } from './resolve-locale.js';

/**
 * How `formatIssue` words an issue: for the `person` answering (plain, in
 * their language, about the question on screen), or for the `developer`
 * (the issue's own message: English, naming item ids and how to fix it).
 *
 * @example
 * ```ts
 * import type { FormatIssueOptions } from 'intake-screening';
 * const options: FormatIssueOptions = { locale: 'es', audience: 'person' };
 * ```
 */
export interface FormatIssueOptions {
  /** A BCP 47 tag; `es-MX` reads Spanish (once its pack is registered), an unknown language English. Default `en`. */
  readonly locale?: string;
  /** Default `person`. */
  readonly audience?: 'person' | 'developer';
}

type Filled = { readonly key: IssueMessageKey; readonly values?: Readonly<Record<string, string | number>> };

/** Which key a code's message is, for codes that need no details. */
const BY_CODE: { readonly [C in IssueCode]?: IssueMessageKey } = {
  'decline-not-offered': 'declineNotOffered',
  'item-hidden': 'hidden',
  'not-in-section': 'notHere',
  'invalid-event': 'step',
  'snapshot-invalid': 'snapshot',
  'snapshot-foreign': 'snapshot',
  'snapshot-version': 'snapshot',
  'snapshot-unfinished': 'snapshot',
  'summary-mismatch': 'summaryMismatch',
  'security-labels-missing': 'privacyLabels',
};

/** Codes of a definition's static checks and of conversions: a person can do nothing about them but tell the clinic. */
const DEFINITION_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'invalid-definition',
  'duplicate-id',
  'reserved-id',
  'unknown-score',
  'forward-reference',
  'self-reference',
  'condition-mismatch',
  'score-item-not-scale',
  'band-overlap',
  'band-gap',
  'empty-section',
  'invalid-range',
  'missing-translation',
  'reserved-value',
  'cycle',
  'unsupported',
  'score-mismatch',
]);

function bounded(prefix: 'number' | 'wholeNumber' | 'date', min: string | number | undefined, max: string | number | undefined): Filled {
  if (min !== undefined && max !== undefined) return { key: `${prefix}Range`, values: { min, max } };
  if (min !== undefined) return { key: `${prefix}Min`, values: { min } };
  if (max !== undefined) return { key: `${prefix}Max`, values: { max } };
  return { key: prefix === 'wholeNumber' ? 'wholeNumber' : prefix };
}

function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

function limitsMessage(limits: AnswerLimits, problem: IssueOf<'out-of-range'>['problem'], locale: string): Filled {
  switch (limits.kind) {
    case 'number':
      return bounded(limits.integer ? 'wholeNumber' : 'number', limits.min, limits.max);
    case 'date':
      return bounded(
        'date',
        limits.min === undefined ? undefined : formatDate(limits.min, locale),
        limits.max === undefined ? undefined : formatDate(limits.max, locale),
      );
    case 'single':
    case 'scale':
      return { key: problem === 'not-chosen' ? 'chooseFrom' : 'chooseOne' };
    case 'multi':
      if (problem === 'too-many') return { key: 'tooMany', values: { max: limits.options } };
      if (problem === 'repeated') return { key: 'repeated' };
      if (problem === 'exclusive') return { key: 'exclusive' };
      return { key: 'chooseFrom' };
  }
}

const EXPECTED: { readonly [K in NonNullable<IssueOf<'wrong-type'>['expected']>]: Filled } = {
  single: { key: 'chooseOne' },
  scale: { key: 'chooseOne' },
  multi: { key: 'chooseFrom' },
  boolean: { key: 'yesNo' },
  number: { key: 'number' },
  text: { key: 'text' },
  date: { key: 'date' },
  display: { key: 'noAnswer' },
};

function personMessage(issue: Issue, locale: string): Filled {
  switch (issue.code) {
    case 'required':
      return { key: issue.preferNotToAnswer ? 'requiredDecline' : 'required' };
    case 'too-long':
      return { key: 'tooLong', values: { max: issue.max } };
    case 'wrong-type':
      return issue.expected === undefined ? { key: 'other' } : EXPECTED[issue.expected];
    case 'out-of-range':
      return issue.limits === undefined ? { key: 'other' } : limitsMessage(issue.limits, issue.problem, locale);
    case 'answer-dropped':
      return { key: issue.cause === 'hidden' ? 'droppedHidden' : 'droppedInvalid' };
    default: {
      const key = BY_CODE[issue.code];
      if (key !== undefined) return { key };
      return { key: DEFINITION_CODES.has(issue.code) ? 'definition' : 'other' };
    }
  }
}

/**
 * Word an issue for the person answering or for the developer. A person's
 * message is built from the code and its details (an item's limits, the kind
 * it expects), which come from the definition, so it never repeats what the
 * person typed or chose, nor names an item id. English is built in, Spanish
 * comes with its pack (`registerLocale(es)`); other languages read their base
 * language, then English.
 *
 * @param issue - Any issue the library returned or threw.
 * @param options - The locale and the audience (default: a person, in English).
 * @returns One sentence.
 * @throws QuestionnaireError (`locale-unavailable`, path `['options', 'locale']`) when the locale is a library
 *   language whose pack is not registered; `resolveLocale` tells beforehand without throwing.
 * @example
 * ```ts
 * import { formatIssue, registerLocale, type Issue } from 'intake-screening';
 * import { es } from 'intake-screening/locales/es';
 * registerLocale(es);
 * const issue: Issue = {
 *   code: 'out-of-range',
 *   path: ['value'],
 *   itemId: 'since.days-used',
 *   limits: { kind: 'number', min: 0, max: 30, integer: true },
 *   problem: 'outside',
 *   message: 'Answer to "since.days-used" is outside 0–30.',
 * };
 * formatIssue(issue, { locale: 'es' }); // 'Escriba un número entero del 0 al 30.'
 * formatIssue(issue, { audience: 'developer' }); // 'Answer to "since.days-used" is outside 0–30.'
 * ```
 */
export function formatIssue(issue: Issue, options: FormatIssueOptions = {}): string {
  if (options.audience === 'developer') return issue.message;
  const locale = options.locale ?? 'en';
  if (locale !== 'en') {
    const resolved = resolveLocale(undefined, locale);
    if (!resolved.success && resolved.issues[0]?.code === 'locale-unavailable') throw new QuestionnaireError(underPath(['options'], resolved.issues));
  }
  const { key, values } = personMessage(issue, locale);
  const template = localize(ISSUE_MESSAGES[key], locale);
  if (values === undefined) return template;
  return template.replace(/\{(min|max)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
