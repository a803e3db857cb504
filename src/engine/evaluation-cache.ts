import { Evaluation } from './evaluation.js';
import type { QuestionnaireIndex } from './questionnaire-index.js';
import type { Answers } from '../definition/types.js';

/** What the flow keeps about one answers object. */
export interface Known {
  readonly evaluation: Evaluation;
  /** How many answers the object holds. */
  readonly count: number;
  /** Built by a step of ours: every answer valid and visible. */
  readonly settled: boolean;
  /** A later step was built from this object, so its flow has moved on. */
  replaced: boolean;
}

// Every step and every view of one flow state reads the same answers object,
// so its evaluation is kept beside it. Only frozen objects are remembered: a
// host cannot change them behind the cache's back.
//
// The newest objects sit in a small ring, as a flow's next step nearly always
// reads the object its last step settled. A WeakMap entry per step made the
// garbage collector's ephemeron work cost more than the step itself (ANSWER
// events ~25% slower). An object whose slot is reused while its flow still
// stands on it (a flow left idle while others ran) moves to the WeakMap; a
// replaced one is dropped, so the ring holds at most RECENT objects alive.
const RECENT = 32;
const recentKeys: (Answers | undefined)[] = new Array<Answers | undefined>(RECENT).fill(undefined);
const recentValues: (Known | undefined)[] = new Array<Known | undefined>(RECENT).fill(undefined);
let slot = 0;
const older = new WeakMap<Answers, Known>();

function find(answers: Answers): Known | undefined {
  for (let i = 1; i <= RECENT; i++) {
    const j = (slot - i + RECENT) % RECENT;
    if (recentKeys[j] === answers) return recentValues[j];
  }
  return older.get(answers);
}

function remember(answers: Answers, known: Known): void {
  const leavingKey = recentKeys[slot];
  const leaving = recentValues[slot];
  if (leavingKey !== undefined && leaving !== undefined && !leaving.replaced) older.set(leavingKey, leaving);
  recentKeys[slot] = answers;
  recentValues[slot] = known;
  slot = (slot + 1) % RECENT;
}

/** The evaluation and answer count of a flow's answers (remembered when the object is frozen). */
export function lookup(index: QuestionnaireIndex, answers: Answers): Known {
  const hit = find(answers);
  if (hit !== undefined && hit.evaluation.index === index) return hit;
  const fresh: Known = { evaluation: new Evaluation(index, answers), count: Object.keys(answers).length, settled: false, replaced: false };
  if (typeof answers === 'object' && answers !== null && Object.isFrozen(answers)) remember(answers, fresh);
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
  remember(answers, { evaluation, count, settled: true, replaced: false });
  return answers;
}

/**
 * The evaluation of answers a step of ours settled (so valid and visible), or
 * undefined for any other object, which must be checked in full.
 */
export function settledEvaluation(index: QuestionnaireIndex, answers: Answers): Evaluation | undefined {
  const hit = find(answers);
  return hit !== undefined && hit.settled && hit.evaluation.index === index ? hit.evaluation : undefined;
}
