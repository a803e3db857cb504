import type { AnswerValueOf, AnswerableItemsOf, ItemIdOf, Questionnaire } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { answersOf } from './answers-of.js';
import { createIntakeMachine } from './create-intake-machine.js';
import type { FlowAnswers, IntakeEvent, IntakeStatus } from './intake-context.js';
import { initialIntakeSnapshot, type IntakeSnapshot, resumeIntakeSnapshot, stepIntake } from './intake-transition.js';
import { describeIntake, type IntakeView } from './intake-view.js';

/**
 * The answer type of one item of a questionnaire, by id (`unknown` for a
 * questionnaire whose ids are not known at compile time).
 *
 * @example
 * ```ts
 * import type { AnswerOf } from 'intake-screening';
 * import type { gad7 } from 'intake-screening/questionnaires';
 * const value: AnswerOf<typeof gad7, 'gad7.q1'> = 2; // 0 | 1 | 2 | 3
 * ```
 */
export type AnswerOf<Q extends Questionnaire, K extends string> =
  string extends ItemIdOf<Q> ? unknown : AnswerValueOf<Extract<AnswerableItemsOf<Q>, { readonly id: K }>>;

/**
 * A running intake, for hosts that would rather not use XState themselves.
 * Each action returns the issues it raised: empty when it was accepted, else
 * why it was refused (nothing changed). Typed by the questionnaire: `answer`
 * takes only its item ids, each with its own answer type.
 *
 * @example
 * ```ts
 * import { startIntake } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 * const intake = startIntake(gad7);
 * intake.answer('gad7.q1', 2); // []
 * intake.answers['gad7.q1']; // 2
 * ```
 */
export interface Intake<Q extends Questionnaire = Questionnaire> {
  /** The questionnaire it runs. */
  readonly questionnaire: Q;
  /** `answering`, `safety` (crisis resources shown, waiting for `acknowledge`), `review` or `completed`. */
  readonly status: IntakeStatus;
  /** The answers so far (valid answers to visible items). */
  readonly answers: FlowAnswers<Q>;
  /** What the last action raised: empty after one that was accepted. */
  readonly issues: readonly Issue[];
  /** What a host draws now: section, visible items, missing answers, progress, crisis resources. */
  view(): IntakeView;
  /** Answer an item of the current section (or at review); `null` clears it. */
  answer<K extends ItemIdOf<Q>>(itemId: K, value: AnswerOf<Q, K> | null): readonly Issue[];
  /** Go to the next section (refused while a required item is unanswered), or to review. */
  next(): readonly Issue[];
  /** Go back a section. */
  back(): readonly Issue[];
  /** The person has seen the crisis resources; the intake goes on. */
  acknowledge(): readonly Issue[];
  /** Finish from review; `summary` is then set. */
  submit(): readonly Issue[];
  /** Any flow event, as `createIntakeMachine`'s machine takes it. */
  send(event: IntakeEvent<Q>): readonly Issue[];
  /** The referral summary, once submitted. */
  readonly summary: ReferralSummary | undefined;
  /** The intake as JSON to store; `startIntake(q, { resume })` continues from it. */
  save(): unknown;
  /**
   * Call `listener` after every action.
   *
   * @returns A function that stops calling it.
   */
  subscribe(listener: (intake: Intake<Q>) => void): () => void;
}

/**
 * Options of {@link startIntake}.
 *
 * @example
 * ```ts
 * import type { StartIntakeOptions } from 'intake-screening';
 * declare const stored: string;
 * const options: StartIntakeOptions = { resume: JSON.parse(stored) };
 * ```
 */
export interface StartIntakeOptions {
  /** What `save()` returned (parsed from storage): continue from there, with the checks `resumeIntakeSnapshot` applies. */
  readonly resume?: unknown;
}

/**
 * Start an intake without touching XState: a small handle with one method per
 * event, the answers, the view of the current step and, once submitted, the
 * referral summary. It steps the same machine `createIntakeMachine` builds,
 * with the pure step functions, so it behaves exactly as an actor does.
 *
 * @param questionnaire - A questionnaire from `defineQuestionnaire`, `parseQuestionnaire` or the bundled ones.
 * @param options - `resume`: a stored `save()` to continue from.
 * @returns The running intake.
 * @throws QuestionnaireError when `resume` is from another questionnaire, an incompatible version, or not a saved intake.
 * @example
 * ```ts
 * import { startIntake } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 *
 * const intake = startIntake(gad7);
 * for (const id of ['gad7.q1', 'gad7.q2', 'gad7.q3', 'gad7.q4', 'gad7.q5', 'gad7.q6', 'gad7.q7'] as const) intake.answer(id, 1);
 * intake.next(); // [] (now at review)
 * intake.submit(); // []
 * intake.summary?.instruments[0]?.score; // 7
 * ```
 */
export function startIntake<Q extends Questionnaire>(questionnaire: Q, options: StartIntakeOptions = {}): Intake<Q> {
  const machine = createIntakeMachine(questionnaire);
  let snapshot: IntakeSnapshot<Q> = options.resume === undefined ? initialIntakeSnapshot(machine) : resumeIntakeSnapshot(machine, options.resume);
  const listeners = new Set<(intake: Intake<Q>) => void>();
  const send = (event: IntakeEvent<Q>): readonly Issue[] => {
    snapshot = stepIntake(machine, snapshot, event);
    for (const listener of [...listeners]) listener(intake);
    return snapshot.context.issues;
  };
  const intake: Intake<Q> = {
    questionnaire,
    get status() {
      const value = snapshot.value;
      return typeof value === 'string' ? value : 'answering';
    },
    get answers() {
      return answersOf(snapshot.context) as FlowAnswers<Q>;
    },
    get issues() {
      return snapshot.context.issues;
    },
    get summary() {
      return snapshot.status === 'done' ? snapshot.output : undefined;
    },
    view: () => describeIntake(questionnaire, snapshot),
    answer: (itemId, value) => send({ type: 'ANSWER', itemId, value } as IntakeEvent<Q>),
    next: () => send({ type: 'NEXT' }),
    back: () => send({ type: 'BACK' }),
    acknowledge: () => send({ type: 'ACKNOWLEDGE' }),
    submit: () => send({ type: 'SUBMIT' }),
    send,
    save: () => JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot))) as unknown,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return intake;
}
