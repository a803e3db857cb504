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
   * Safety triggers raised during the intake: the flow's records as they are
   * (`snapshot.context.safety.fired`) or their ids. A raised trigger that no
   * longer holds on the answers is still reported, and still raises urgency:
   * with `notAsked: true` when its record says it was raised on an answer the
   * form's logic would not have asked (a restored snapshot), otherwise with
   * `answerChanged: true` (the person changed the answer).
   */
  readonly raised?: readonly (string | RaisedTrigger)[];
  /**
   * Urgency rules (rules with an `urgency`) that held on the answers at some
   * point of the intake, by id: a flow records them in
   * `snapshot.context.safety.urgencyRules`. One the answers no longer meet
   * still raises urgency, with a reason marked `answerChanged: true`; its
   * finding and referrals follow the answers.
   */
  readonly raisedRules?: readonly (string | { readonly id: string })[];
}

/**
 * A safety trigger raised during an intake, as `summarize`'s `raised` option
 * takes it; a flow's `FiredTrigger` is one.
 *
 * @example
 * ```ts
 * import type { RaisedTrigger } from 'intake-screening';
 * const raised: RaisedTrigger[] = [{ id: 'asq.acute' }, { id: 'asq.positive', notAsked: true }];
 * ```
 */
export interface RaisedTrigger {
  readonly id: string;
  /** True when it was raised only on answers the form's logic would not have asked. */
  readonly notAsked?: boolean;
}

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

function checkRaised(index: QuestionnaireIndex, raised: unknown, issues: Issue[]): CheckedOptions['raised'] {
  if (raised === undefined) return NONE;
  if (!Array.isArray(raised)) {
    issues.push(issue('wrong-type', ['options', 'raised'], 'Ensure that raised is an array of safety triggers, such as snapshot.context.safety.fired.'));
    return NONE;
  }
  // Each trigger fires once per flow, so a longer list is not from a flow: refuse it unread.
  if (raised.length > Math.max(index.triggers.length, 1) * 4) {
    const message = `Ensure that raised lists each safety trigger id at most once (questionnaire "${index.questionnaire.id}" has ${index.triggers.length}).`;
    issues.push(detailedIssue('too-long', ['options', 'raised'], message, undefined, { max: Math.max(index.triggers.length, 1) * 4 }));
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
          ['options', 'raised', i],
          'Ensure that each entry of raised is a safety trigger id (a string) or a fired-trigger record with one ({ id }).',
        ),
      );
      return;
    }
    const { id } = entry;
    if (!known.some((t) => t.trigger.id === id)) {
      issues.push(
        issue(
          'out-of-range',
          ['options', 'raised', i],
          `Option raised names trigger "${id.slice(0, 80)}", which questionnaire "${index.questionnaire.id}" does not have. Ensure that each entry is the id of one of its safety triggers.`,
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

function checkRaisedRules(index: QuestionnaireIndex, raised: unknown, issues: Issue[]): readonly string[] {
  if (raised === undefined) return [];
  const known = new Set(index.rules.filter((r) => r.rule.urgency !== undefined && r.rule.urgency !== 'routine').map((r) => r.rule.id));
  if (!Array.isArray(raised)) {
    issues.push(
      issue('wrong-type', ['options', 'raisedRules'], 'Ensure that raisedRules is an array of urgency rule ids, such as snapshot.context.safety.urgencyRules.'),
    );
    return [];
  }
  if (raised.length > Math.max(known.size, 1) * 4) {
    const message = `Ensure that raisedRules lists each urgency rule id at most once (questionnaire "${index.questionnaire.id}" has ${known.size}).`;
    issues.push(detailedIssue('too-long', ['options', 'raisedRules'], message, undefined, { max: Math.max(known.size, 1) * 4 }));
    return [];
  }
  const out = new Set<string>();
  raised.forEach((value: unknown, i) => {
    const id = typeof value === 'string' ? value : value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') {
      issues.push(
        issue(
          'wrong-type',
          ['options', 'raisedRules', i],
          'Ensure that each entry of raisedRules is an urgency rule id (a string) or a record with one ({ id }).',
        ),
      );
    } else if (!known.has(id)) {
      const message = `Option raisedRules names rule "${id.slice(0, 80)}", which questionnaire "${index.questionnaire.id}" does not have as a rule with an urgency. Ensure that each entry is the id of one.`;
      issues.push(issue('out-of-range', ['options', 'raisedRules', i], message));
    } else out.add(id);
  });
  return [...out];
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
  const issues: Issue[] = [];
  const resolved = resolveLocale(index.questionnaire, options.locale ?? 'en');
  if (!resolved.success) issues.push(...underPath(['options'], resolved.issues));
  const raised = checkRaised(index, options.raised, issues);
  const raisedRules = checkRaisedRules(index, options.raisedRules, issues);
  if (!resolved.success || issues.length > 0) throw new QuestionnaireError(issues);
  return { locale: resolved.data.locale, raised, raisedRules };
}
