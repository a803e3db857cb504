import { type Issue, issue } from '../issues/issue.js';
import { answerIssue, readAnswer } from './check-answer.js';
import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import { Evaluation } from './evaluation.js';
import { indexOf, type IndexedItem, type QuestionnaireIndex } from './questionnaire-index.js';
import type { AnswerValue, Answers, Questionnaire } from '../definition/types.js';

/**
 * The outcome of reading an untrusted answers object.
 *
 * @example
 * ```ts
 * import { resolveAnswers, type ResolvedAnswers } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const resolved: ResolvedAnswers = resolveAnswers(briefScreen, { 'asq.q1': 0, 'asq.q5': 'no' });
 * resolved.hidden; // ['asq.q5']
 * ```
 */
export interface ResolvedAnswers {
  /** Valid answers to visible items only, in document order. */
  readonly answers: Answers;
  /** Items that were answered but are hidden by the answers given, so their answers were dropped. */
  readonly hidden: readonly string[];
  /** Problems found: unknown ids, wrong types, out-of-range values. Those answers were left out. */
  readonly issues: readonly Issue[];
  /** An evaluation over the resolved answers (visibility and scores, memoized). */
  readonly evaluation: Evaluation;
}

/**
 * Read an untrusted answers object against a questionnaire: drop unknown ids
 * and invalid values (with an issue each), then drop answers to items that the
 * remaining answers hide. Nothing is thrown; the caller decides.
 *
 * @param q - The questionnaire.
 * @param input - Anything; typically parsed JSON.
 * @returns The valid visible answers, the hidden ones and the issues.
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const { answers, issues } = resolveAnswers(briefScreen, { 'nope': 1 });
 * issues[0]?.code; // 'unknown-item'
 * ```
 */
export function resolveAnswers(q: Questionnaire, input: unknown): ResolvedAnswers {
  const { answers, hidden, issues, evaluation } = resolveIndexed(indexOf(checkedQuestionnaire(q)), input, true);
  return { answers, hidden, issues, evaluation };
}

/**
 * `resolveAnswers` on an index, also giving the kept answers by document
 * position (`undefined` where there is none), so callers that walk items in
 * order need no id lookups. Unless `withObject` is set, the answers object is
 * built only when `answers` is read: a summary never needs it.
 *
 * @internal
 */
export function resolveIndexed(
  index: QuestionnaireIndex,
  input: unknown,
  withObject = false,
): ResolvedAnswers & {
  readonly byPosition: readonly (AnswerValue | undefined)[];
  /** Every valid answer by position, those to hidden items included; undefined when none is hidden. */
  readonly received: readonly (AnswerValue | undefined)[] | undefined;
} {
  const issues: Issue[] = [];
  const { order } = index;
  // Valid answers by position, read in one pass (why: docs/benchmarks.md, engine design notes).
  const byPosition: (AnswerValue | undefined)[] = index.blank.answers.slice();
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push(issue('wrong-type', [], 'Answers must be an object keyed by item id.'));
  } else {
    const pairs = Object.entries(input);
    for (let i = 0; i < pairs.length; i++) {
      const [key, value] = pairs[i] as [string, unknown];
      const entry = index.items.get(key);
      if (!entry) {
        issues.push(issue('unknown-item', [key], `Answers name item "${key.slice(0, 80)}", which this questionnaire does not have.`, key.slice(0, 80)));
        continue;
      }
      // Read once (an array is copied and frozen), so the answer checked is the
      // answer kept and a caller's later change cannot reach it.
      const read = readAnswer(entry.item, value);
      const problem = answerIssue(entry.item, read, key);
      if (problem) issues.push(problem);
      else byPosition[entry.position] = read as AnswerValue;
    }
  }
  // One pass in document order: conditions read only earlier items, so an
  // item's visibility is settled by the time it is reached.
  const answers: Record<string, AnswerValue> | undefined = withObject ? {} : undefined;
  const hidden: string[] = [];
  let received: (AnswerValue | undefined)[] | undefined;
  const evaluation = answers === undefined ? Evaluation.ofPositions(index, byPosition) : new Evaluation(index, answers);
  for (let p = 0; p < order.length; p++) {
    const value = byPosition[p];
    if (value === undefined) continue;
    const entry = order[p] as IndexedItem;
    if (evaluation.shown(entry)) {
      if (answers !== undefined) answers[entry.item.id] = value;
    } else {
      hidden.push(entry.item.id);
      // Nothing before p was hidden, so the array still holds every valid answer.
      received ??= byPosition.slice();
      byPosition[p] = undefined;
    }
  }
  return new Resolved(answers, hidden, issues, evaluation, byPosition, received);
}

/** `resolveIndexed`'s result: a class, so its lazy `answers` is a prototype getter, not one defined per result. */
class Resolved implements ResolvedAnswers {
  constructor(
    private readonly kept: Answers | undefined,
    readonly hidden: readonly string[],
    readonly issues: readonly Issue[],
    readonly evaluation: Evaluation,
    readonly byPosition: readonly (AnswerValue | undefined)[],
    readonly received: readonly (AnswerValue | undefined)[] | undefined,
  ) {}

  get answers(): Answers {
    return this.kept ?? this.evaluation.answers;
  }
}
