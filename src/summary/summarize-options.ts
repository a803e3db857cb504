import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { detailedIssue, type Issue, issue, underPath } from '../issues/issue.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import { resolveLocale } from '../locale/resolve-locale.js';

/**
 * Options of {@link summarize}.
 *
 * @example
 * ```ts
 * import type { SummarizeOptions } from 'intake-screening';
 * const options: SummarizeOptions = { locale: 'es', fired: ['asq.acute'] };
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
   * Safety triggers that fired during the intake: the flow's records as they
   * are (`snapshot.context.safety.fired`) or their ids. A fired trigger that no
   * longer holds on the answers is still reported, and still raises urgency:
   * with `notAsked: true` when its record says it fired on an answer the
   * form's logic would not have asked (a restored snapshot), otherwise with
   * `answerChanged: true` (the person changed the answer).
   */
  readonly fired?: readonly (string | FiredTriggerRef)[];
  /**
   * Urgency rules (rules with an `urgency`) that held on the answers at some
   * point of the intake, by id: a flow records them in
   * `snapshot.context.safety.urgencyRules`. One the answers no longer meet
   * still raises urgency, with a reason marked `answerChanged: true`; its
   * finding and referrals follow the answers.
   */
  readonly urgencyRules?: readonly (string | { readonly id: string })[];
  /**
   * The same as `fired`, under its old name; both may be given (the lists are merged).
   *
   * @deprecated Use `fired` (one name per concept, issue 19).
   */
  readonly raised?: readonly (string | FiredTriggerRef)[];
  /**
   * The same as `urgencyRules`, under its old name; both may be given (the lists are merged).
   *
   * @deprecated Use `urgencyRules`.
   */
  readonly raisedRules?: readonly (string | { readonly id: string })[];
}

/**
 * A safety trigger that fired during an intake, as `summarize`'s `fired`
 * option takes it: its id, and whether it fired only on answers the form
 * would not have asked. A flow's `FiredTrigger` is one.
 *
 * @example
 * ```ts
 * import type { FiredTriggerRef } from 'intake-screening';
 * const fired: FiredTriggerRef[] = [{ id: 'asq.acute' }, { id: 'asq.positive', notAsked: true }];
 * ```
 */
export interface FiredTriggerRef {
  readonly id: string;
  /** True when it fired only on answers the form's logic would not have asked. */
  readonly notAsked?: boolean;
}

/**
 * The same type as {@link FiredTriggerRef}, under its old name.
 *
 * @deprecated Use `FiredTriggerRef` (one name per concept, issue 19; see docs/glossary.md).
 * @example
 * ```ts
 * import type { FiredTriggerRef, RaisedTrigger } from 'intake-screening';
 * const same = (t: RaisedTrigger): FiredTriggerRef => t;
 * ```
 */
export type RaisedTrigger = FiredTriggerRef;

/** Options after checking: the locale the summary is written in, and the raised triggers, each once. */
export interface CheckedOptions {
  readonly locale: string;
  readonly raised: readonly { readonly id: string; readonly notAsked: boolean }[];
  /** Ids of urgency rules raised during the intake, each once. */
  readonly raisedRules: readonly string[];
}

const NONE: CheckedOptions['raised'] = Object.freeze([]);

/** The id (and notAsked mark) of one `raised` entry, or undefined when it is neither an id nor a record with one. */
function raisedEntry(entry: unknown): { id: string; notAsked: boolean } | undefined {
  if (typeof entry === 'string') return { id: entry, notAsked: false };
  if (entry === null || typeof entry !== 'object') return undefined;
  const { id, notAsked } = entry as { id?: unknown; notAsked?: unknown };
  return typeof id === 'string' ? { id, notAsked: notAsked === true } : undefined;
}

function checkRaised(index: QuestionnaireIndex, raised: unknown, name: 'fired' | 'raised', issues: Issue[]): CheckedOptions['raised'] {
  if (raised === undefined) return NONE;
  if (!Array.isArray(raised)) {
    issues.push(issue('wrong-type', ['options', name], `Ensure that ${name} is an array of safety triggers, such as snapshot.context.safety.fired.`));
    return NONE;
  }
  // Each trigger fires once per flow, so a longer list is not from a flow: refuse it unread.
  if (raised.length > Math.max(index.triggers.length, 1) * 4) {
    const message = `Ensure that ${name} lists each safety trigger id at most once (questionnaire "${index.questionnaire.id}" has ${index.triggers.length}).`;
    issues.push(detailedIssue('too-long', ['options', name], message, undefined, { max: Math.max(index.triggers.length, 1) * 4 }));
    return NONE;
  }
  const known = index.triggers;
  const out: { id: string; notAsked: boolean }[] = [];
  raised.forEach((value: unknown, i) => {
    const entry = raisedEntry(value);
    if (entry === undefined) {
      issues.push(
        issue(
          'wrong-type',
          ['options', name, i],
          `Ensure that each entry of ${name} is a safety trigger id (a string) or a fired-trigger record with one ({ id }).`,
        ),
      );
      return;
    }
    const { id } = entry;
    if (!known.some((t) => t.trigger.id === id)) {
      issues.push(
        issue(
          'out-of-range',
          ['options', name, i],
          `Option ${name} names trigger "${id.slice(0, 80)}", which questionnaire "${index.questionnaire.id}" does not have. Ensure that each entry is the id of one of its safety triggers.`,
        ),
      );
      return;
    }
    const seen = out.find((r) => r.id === id);
    // Raised once on an answer the person gave outweighs a mark that it was not asked.
    if (seen) seen.notAsked &&= entry.notAsked;
    else out.push(entry);
  });
  return out;
}

function checkRaisedRules(index: QuestionnaireIndex, raised: unknown, name: 'urgencyRules' | 'raisedRules', issues: Issue[]): readonly string[] {
  if (raised === undefined) return [];
  const known = new Set(index.rules.filter((r) => r.rule.urgency !== undefined && r.rule.urgency !== 'routine').map((r) => r.rule.id));
  if (!Array.isArray(raised)) {
    issues.push(issue('wrong-type', ['options', name], `Ensure that ${name} is an array of urgency rule ids, such as snapshot.context.safety.urgencyRules.`));
    return [];
  }
  if (raised.length > Math.max(known.size, 1) * 4) {
    const message = `Ensure that ${name} lists each urgency rule id at most once (questionnaire "${index.questionnaire.id}" has ${known.size}).`;
    issues.push(detailedIssue('too-long', ['options', name], message, undefined, { max: Math.max(known.size, 1) * 4 }));
    return [];
  }
  const out = new Set<string>();
  raised.forEach((value: unknown, i) => {
    const id = typeof value === 'string' ? value : value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') {
      issues.push(
        issue('wrong-type', ['options', name, i], `Ensure that each entry of ${name} is an urgency rule id (a string) or a record with one ({ id }).`),
      );
    } else if (!known.has(id)) {
      const message = `Option ${name} names rule "${id.slice(0, 80)}", which questionnaire "${index.questionnaire.id}" does not have as a rule with an urgency. Ensure that each entry is the id of one.`;
      issues.push(issue('out-of-range', ['options', name, i], message));
    } else out.add(id);
  });
  return [...out];
}

/** What the common call's options check to: English, nothing raised. */
// Stryker disable next-line ArrayDeclaration: equivalent: a rule id no rule has raises nothing
const PLAIN: CheckedOptions = Object.freeze({ locale: 'en', raised: NONE, raisedRules: Object.freeze([]) });

/** The fired triggers of the `fired` option and of its deprecated twin `raised`, each once. */
function merged(a: CheckedOptions['raised'], b: CheckedOptions['raised']): CheckedOptions['raised'] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = a.map((r) => ({ ...r }));
  for (const r of b) {
    const seen = out.find((o) => o.id === r.id);
    if (seen) seen.notAsked &&= r.notAsked;
    else out.push(r);
  }
  return out;
}

/**
 * Check `summarize`'s options (untrusted input is fine), reporting every
 * problem at once.
 *
 * @param index - The questionnaire index.
 * @param options - The options as given.
 * @returns The locale to word the summary in and the raised triggers, each once.
 * @throws QuestionnaireError with an issue per bad option, path `['options', …]`.
 * @internal
 */
export function checkOptions(index: QuestionnaireIndex, options: SummarizeOptions): CheckedOptions {
  // The common call (English, nothing raised) has nothing to check: `resolveLocale(q, 'en')` is always English.
  const { locale, fired, raised: raisedOption, urgencyRules, raisedRules: rulesOption } = options;
  // Stryker disable all: equivalent: without the fast path the checks below return the same options
  if (
    (locale === undefined || locale === 'en') &&
    fired === undefined &&
    raisedOption === undefined &&
    urgencyRules === undefined &&
    rulesOption === undefined
  ) {
    return PLAIN;
  }
  // Stryker restore all
  const issues: Issue[] = [];
  const resolved = resolveLocale(index.questionnaire, locale ?? 'en');
  if (!resolved.success) issues.push(...underPath(['options'], resolved.issues));
  const raised = merged(checkRaised(index, fired, 'fired', issues), checkRaised(index, raisedOption, 'raised', issues));
  const raisedRules = [
    ...new Set([...checkRaisedRules(index, urgencyRules, 'urgencyRules', issues), ...checkRaisedRules(index, rulesOption, 'raisedRules', issues)]),
  ];
  if (!resolved.success || issues.length > 0) throw new QuestionnaireError(issues);
  return { locale: resolved.data.locale, raised, raisedRules };
}
