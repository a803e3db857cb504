import { type Issue, issue } from '../issues/issue.js';
import { checkAnswer, freezeAnswer } from './check-answer.js';
import { indexOf } from './define-questionnaire.js';
import { Evaluation } from './evaluation.js';
import type { AnswerValue, Answers, QuestionnaireInput } from './types.js';

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
export function resolveAnswers(q: QuestionnaireInput, input: unknown): ResolvedAnswers {
  const index = indexOf(q);
  const issues: Issue[] = [];
  const valid: Record<string, AnswerValue> = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push(issue('wrong-type', [], 'Answers must be an object keyed by item id.'));
  } else {
    for (const key of Object.keys(input)) {
      const entry = index.items.get(key);
      if (!entry) {
        issues.push(issue('unknown-item', [key], `Answers name item "${key.slice(0, 80)}", which this questionnaire does not have.`, key.slice(0, 80)));
        continue;
      }
      const value = (input as Record<string, unknown>)[key];
      const problem = checkAnswer(entry.item, value, [key]);
      if (problem) issues.push(problem);
      else valid[key] = freezeAnswer(value as AnswerValue);
    }
  }
  // One pass in document order: conditions read only earlier items, so an
  // item's visibility is settled by the time it is reached.
  const answers: Record<string, AnswerValue> = {};
  const hidden: string[] = [];
  const evaluation = new Evaluation(index, answers);
  for (const entry of index.order) {
    const id = entry.item.id;
    if (!Object.hasOwn(valid, id)) continue;
    if (evaluation.visible(id)) answers[id] = valid[id] as AnswerValue;
    else hidden.push(id);
  }
  return { answers, hidden, issues, evaluation };
}
