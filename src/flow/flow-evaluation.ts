import { Evaluation } from '../definition/evaluation.js';
import type { QuestionnaireIndex } from '../definition/questionnaire-index.js';
import type { Answers } from '../definition/types.js';

/** What the flow keeps about one answers object. */
export interface Known {
  readonly evaluation: Evaluation;
  /** How many answers the object holds. */
  readonly count: number;
  /** Built by a step of ours: every answer valid and visible. */
  readonly settled: boolean;
}

// Every step and every view of one flow state reads the same answers object,
// so its evaluation is kept beside it. Only frozen objects are remembered: a
// host cannot change them behind the cache's back.
const known = new WeakMap<Answers, Known>();

/** The evaluation and answer count of a flow's answers (remembered when the object is frozen). */
export function lookup(index: QuestionnaireIndex, answers: Answers): Known {
  const hit = known.get(answers);
  if (hit !== undefined && hit.evaluation.index === index) return hit;
  const fresh: Known = { evaluation: new Evaluation(index, answers), count: Object.keys(answers).length, settled: false };
  if (typeof answers === 'object' && answers !== null && Object.isFrozen(answers)) known.set(answers, fresh);
  return fresh;
}

/** The evaluation of a flow's answers, shared by the steps and views that read them. */
export function evaluationOf(index: QuestionnaireIndex, answers: Answers): Evaluation {
  return lookup(index, answers).evaluation;
}

/** How many answers a flow's answers object holds. */
export function answerCount(index: QuestionnaireIndex, answers: Answers): number {
  return lookup(index, answers).count;
}

/**
 * Freeze answers a step built and remember their evaluation and count, so the
 * next step and every view start from it instead of from scratch.
 */
export function settleAnswers(evaluation: Evaluation, count: number): Answers {
  const answers = Object.freeze(evaluation.answers);
  known.set(answers, { evaluation, count, settled: true });
  return answers;
}

/**
 * The evaluation of answers a step of ours settled (so valid and visible), or
 * undefined for any other object, which must be checked in full.
 */
export function settledEvaluation(index: QuestionnaireIndex, answers: Answers): Evaluation | undefined {
  const hit = known.get(answers);
  return hit !== undefined && hit.settled && hit.evaluation.index === index ? hit.evaluation : undefined;
}
