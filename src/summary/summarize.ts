import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import { indexOf, type IndexedItem } from '../engine/questionnaire-index.js';
import { PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import { resolveIndexed } from '../engine/resolve-answers.js';
import { type Domain, URGENCIES, type Urgency } from '../definition/rule.js';
import { localize } from '../definition/text.js';
import { Evaluation } from '../engine/evaluation.js';
import type { AnswersInput, AnswerValue, Answers, Questionnaire } from '../definition/types.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import { EvidenceBuilder } from './evidence.js';
import { instrumentResult } from './instrument-result.js';
import { REFERRAL_PHRASES, SETTING_PHRASES, SUMMARY_PHRASES } from './phrases.js';
import type { Finding, ReferralSummary } from './referral-summary.js';
import { type Received, safetyFlags as flagsOf } from './safety-flags.js';
import { checkOptions, type CheckedOptions, type SummarizeOptions } from './summarize-options.js';
import { summaryAnswers } from './summary-answers.js';
import { type PlannedGroup, type PlannedScore, planOf, type SummaryPlan } from './summary-plan.js';
import { attempt, type SafeResult } from '../issues/safe-result.js';

export type { FiredTriggerRef, RaisedTrigger } from './summarize-options.js';
export type { SummarizeOptions };

const NO_ANSWERS: Answers = Object.freeze({});

const RANK: Readonly<Record<Urgency, number>> = Object.fromEntries(URGENCIES.map((u, i) => [u, i])) as Record<Urgency, number>;

// A literal, not Object.fromEntries: faster to build, and `satisfies` still
// fails to compile when a domain is added without a key here.
function emptyFindings(): Record<Domain, Finding[]> {
  return {
    safety: [],
    'withdrawal-medical': [],
    'substance-use': [],
    'co-occurring-screens': [],
    'co-occurring-history': [],
    'co-occurring-concerns': [],
    motivations: [],
    'readiness-preferences': [],
    'return-to-use-risk': [],
    'recovery-environment': [],
    consequences: [],
    'screening-scope': [],
  } satisfies Record<Domain, Finding[]>;
}

interface Gathered {
  /** Ids of the fired rules behind it, each once, in rule order. */
  readonly rules: string[];
  /** The items those rules cite, each once, in document order. */
  readonly items: IndexedItem[];
}

/** The fired rules of a referral type or setting indicator and their evidence items; undefined when none fired. */
function gather(plan: SummaryPlan, group: PlannedGroup<string>, fired: readonly boolean[]): Gathered | undefined {
  // A group lists each rule once, and rule ids are unique (static checks).
  let rules: string[] | undefined;
  const members = group.rules;
  for (let i = 0; i < members.length; i++) {
    const r = members[i] as number;
    if (fired[r]) (rules ??= []).push((plan.rules[r] as SummaryPlan['rules'][number]).entry.rule.id);
  }
  if (rules === undefined) return undefined;
  const items: IndexedItem[] = [];
  const cited = group.items;
  for (let i = 0; i < cited.length; i++) {
    const { entry, rules: by } = cited[i] as PlannedGroup<string>['items'][number];
    for (let k = 0; k < by.length; k++) {
      if (fired[by[k] as number]) {
        items.push(entry);
        break;
      }
    }
  }
  return { rules, items };
}

/**
 * Summarize a set of answers into a non-diagnostic referral summary: urgency
 * with every reason, safety flags, instrument results, findings by domain,
 * setting considerations, suggested referrals, and unanswered and declined
 * items. Every entry carries the answers behind it as evidence. The output
 * depends only on the inputs (no clock, no randomness), in document order.
 *
 * Every answer is listed in the summary's `answers`, by section, so nothing
 * the person said is left out because no rule cites it.
 *
 * Answers to items that the other answers hide (questions the form's logic
 * would not have asked) are kept out of scores, rules and findings, listed
 * in `answers` marked `notAsked`, and reported in `issues` (`item-hidden`,
 * by item id). Safety triggers are checked on them too: a trigger that holds
 * only on the answers as received is still flagged, at its tier and urgency,
 * marked `notAsked`. A disclosure is never discarded because of branching.
 *
 * A flow's safety triggers fire as the person answers; pass them as `fired`
 * (`snapshot.context.safety.fired`) so that a risk disclosed and then taken
 * back stays in front of the clinician: a fired trigger that no longer holds
 * is reported with `answerChanged: true` and keeps its urgency. The flow's own
 * output does this.
 *
 * @param q - The questionnaire.
 * @param answers - The answers object, `{ [itemId]: value }` (untrusted input is fine).
 * @param options - `locale` for the summary's strings; `fired`, the safety triggers that fired during the intake; `urgencyRules`, the urgency rules recorded.
 * @returns The referral summary; it satisfies `ReferralSummarySchema`.
 * @throws QuestionnaireError listing every invalid answer (unknown item, wrong type,
 *   out of range) by item id, or every invalid option (path `['options', …]`);
 *   messages never contain answer values.
 * @example
 * ```ts
 * import { summarize } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const summary = summarize(briefScreen, { 'asq.q1': 1, 'asq.q5': 'yes' }, { locale: 'es' });
 * summary.urgency.level; // 'emergency'
 * summary.safetyFlags[0]?.evidence[0]?.itemId; // 'asq.q5'
 *
 * // The person said "yes" to question 1, saw the crisis resources, then changed it to "no".
 * const changed = summarize(briefScreen, { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0 }, { fired: ['asq.positive'] });
 * changed.urgency.level; // 'urgent'
 * changed.safetyFlags[0]?.answerChanged; // true
 *
 * // Another system sent only the acuity question, which the form asks after a "yes" to 1-4.
 * const imported = summarize(briefScreen, { 'asq.q5': 'yes' });
 * imported.urgency.level; // 'emergency'
 * imported.safetyFlags[0]?.notAsked; // true
 * imported.issues?.map((i) => [i.code, i.itemId]); // [['item-hidden', 'asq.q5']]
 * ```
 */
export function summarize<Q extends Questionnaire, const A>(q: Q, answers: A & AnswersInput<Q, A>, options: SummarizeOptions = {}): ReferralSummary {
  const index = indexOf(checkedQuestionnaire(q));
  const { locale, raised, raisedRules } = checkOptions(index, options);
  const resolved = resolveIndexed(index, answers);
  if (resolved.issues.length > 0) {
    // Document order (unknown ids last), so the report does not depend on key order.
    const at = (id: string | undefined) => (id === undefined ? -1 : (index.items.get(id)?.position ?? Number.MAX_SAFE_INTEGER));
    const issues = [...resolved.issues].sort((a, b) => at(a.itemId) - at(b.itemId));
    throw new QuestionnaireError(issues, `Answers to questionnaire "${q.id}" are invalid: ${issues[0]?.message ?? ''}`);
  }
  return summarizeEvaluated(q, resolved.evaluation, resolved.byPosition, { locale, raised, raisedRules, received: resolved.received });
}

/** What `summarizeEvaluated` needs beyond the answers. */
export interface EvaluatedOptions {
  /** A locale already checked against `LOCALE_PATTERN` and resolved to what the summary is written in. */
  readonly locale: string;
  /** Safety triggers raised during the intake, all known to the questionnaire. */
  readonly raised?: CheckedOptions['raised'];
  /** Urgency rules raised during the intake, all known to the questionnaire. */
  readonly raisedRules?: CheckedOptions['raisedRules'];
  /** Every valid answer by position, those to hidden items included, when some were hidden. */
  readonly received?: readonly (AnswerValue | undefined)[] | undefined;
}

/**
 * The summary of answers already known to be valid and visible (as a flow's
 * are), from their evaluation: nothing is validated again.
 *
 * @param q - The questionnaire (its id, version, title and crisis resources are quoted).
 * @param evaluation - An evaluation of exactly these answers.
 * @param given - The answers by item position (`undefined` where there is none).
 * @param options - The locale, the raised triggers and the answers as received.
 * @returns The referral summary.
 * @internal
 */
export function summarizeEvaluated(
  q: Questionnaire,
  evaluation: Evaluation,
  given: readonly (AnswerValue | undefined)[],
  options: EvaluatedOptions,
): ReferralSummary {
  const { locale, raised = [], raisedRules = [], received } = options;
  const index = evaluation.index;
  const plan = planOf(index);
  // Evidence reads the answers by position; the answers object is never built.
  const cite = new EvidenceBuilder(NO_ANSWERS, evaluation, locale, given);
  let asReceived: Received | undefined;
  if (received !== undefined) {
    const all = Evaluation.unpruned(index, received);
    asReceived = { evaluation: all, cite: new EvidenceBuilder(NO_ANSWERS, all, locale, received) };
  }
  const { flags: safetyFlags, reasons } = flagsOf(plan, evaluation, cite, locale, raised, asReceived);

  const findings = emptyFindings();
  const fired: boolean[] = new Array<boolean>(plan.rules.length).fill(false);
  for (let i = 0; i < plan.rules.length; i++) {
    const { entry, items, asam } = plan.rules[i] as SummaryPlan['rules'][number];
    if (!entry.test(evaluation)) continue;
    fired[i] = true;
    const rule = entry.rule;
    const evidence = cite.of(items);
    const text = localize(rule.finding, locale);
    findings[rule.domain].push(
      rule.planning === undefined
        ? { ruleId: rule.id, text, asam: asam.slice(), evidence }
        : { ruleId: rule.id, text, planning: localize(rule.planning, locale), asam: asam.slice(), evidence },
    );
    if (rule.urgency !== undefined) reasons.push({ urgency: rule.urgency, text, source: { kind: 'rule', id: rule.id }, evidence });
  }
  // An urgency rule that held during the intake and no longer does keeps its urgency when that is above what
  // the final answers give (urgency errs on the side of safety; one at or below it would only repeat the level).
  // The evidence shows the final answers, so the clinician sees the change.
  if (raisedRules.length > 0) {
    const live = Math.min(RANK.routine, ...reasons.map((r) => RANK[r.urgency]));
    plan.rules.forEach(({ entry, items }, i) => {
      const { rule } = entry;
      if (fired[i] || rule.urgency === undefined || RANK[rule.urgency] >= live || !raisedRules.includes(rule.id)) return;
      const text = `${localize(rule.finding, locale)} ${localize(SUMMARY_PHRASES.answerChanged, locale)}`;
      reasons.push({ urgency: rule.urgency, text, source: { kind: 'rule', id: rule.id }, evidence: cite.current(items), answerChanged: true });
    });
  }
  // Stable sort: most urgent first, document order (safety, then rules) within a level.
  reasons.sort((a, b) => RANK[a.urgency] - RANK[b.urgency]);
  const level: Urgency = reasons[0]?.urgency ?? 'routine';

  const referrals: ReferralSummary['referrals'] = [];
  for (const group of plan.referrals) {
    const g = gather(plan, group, fired);
    if (g)
      referrals.push({
        type: group.key,
        text: localize(REFERRAL_PHRASES[group.key], locale),
        reasons: g.rules,
        asam: group.asam.slice(),
        evidence: cite.of(g.items),
      });
  }
  const setting: ReferralSummary['setting'] = [];
  for (const group of plan.settings) {
    const g = gather(plan, group, fired);
    if (g)
      setting.push({
        indicator: group.key,
        text: localize(SETTING_PHRASES[group.key], locale),
        reasons: g.rules,
        asam: group.asam.slice(),
        evidence: cite.of(g.items),
      });
  }

  const unanswered: string[] = [];
  const declined: string[] = [];
  for (const entry of plan.answerable) {
    const value = given[entry.position];
    if (value === undefined) {
      if (evaluation.shown(entry)) unanswered.push(entry.item.id);
    } else if (value === PREFER_NOT_TO_ANSWER) declined.push(entry.item.id);
  }

  const questionnaire = { id: q.id, version: q.version, title: localize(q.title, locale) };
  const urgency = { level, reasons };
  const instruments: ReferralSummary['instruments'] = new Array<ReferralSummary['instruments'][number]>(plan.scores.length);
  for (let i = 0; i < instruments.length; i++) instruments[i] = instrumentResult(plan.scores[i] as PlannedScore, evaluation, cite, locale);
  const settingNote = localize(SUMMARY_PHRASES.settingNote, locale);
  const { answers, issues } = summaryAnswers(index, cite, locale, asReceived?.cite);
  const disclaimer = localize(plan.clinicianRated ? SUMMARY_PHRASES.disclaimerWithRatings : SUMMARY_PHRASES.disclaimer, locale);
  // One literal per shape (with and without crisis resources), in the published order, with no spread, so the
  // compiler checks every key (why no spread: docs/benchmarks.md, engine design notes).
  if (safetyFlags.length === 0 && level !== 'emergency') {
    // prettier-ignore
    return { summaryVersion: '1', questionnaire, locale, urgency, safetyFlags, instruments, findings, setting, settingNote, referrals, unanswered, declined, answers, issues, disclaimer };
  }
  const crisisResources = localize(q.crisisResources ?? SUMMARY_PHRASES.defaultCrisisResources, locale);
  // prettier-ignore
  return { summaryVersion: '1', questionnaire, locale, urgency, safetyFlags, crisisResources, instruments, findings, setting, settingNote, referrals, unanswered, declined, answers, issues, disclaimer };
}

/**
 * `summarize` that returns its issues (bad answers or options) instead of throwing them.
 *
 * @param q - The questionnaire.
 * @param answers - Anything; typically a flow's answers or parsed JSON.
 * @param options - As for `summarize`.
 * @returns `{ success: true, data }` with the summary, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { formatIssue, safeSummarize } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const result = safeSummarize(briefScreen, { 'asq.q1': 7 });
 * if (!result.success) formatIssue(result.issues[0]!, { locale: 'es' }); // 'Elija una de las opciones.'
 * ```
 */
export function safeSummarize(q: Questionnaire, answers: unknown, options: SummarizeOptions = {}): SafeResult<ReferralSummary> {
  return attempt(() => summarize(q, answers, options));
}
