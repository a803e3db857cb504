import { assign, setup, type EventObject, type MetaObject, type ParameterizedObject, type StateMachine, type StateSchema } from 'xstate';
import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import { LOCALE_PATTERN } from '../definition/text.js';
import type { Questionnaire } from '../definition/types.js';
import { Evaluation } from '../engine/evaluation.js';
import { settleValues } from '../engine/evaluation-cache.js';
import { indexOf, type QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { issue } from '../issues/issue.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { checkOptions } from '../summary/summarize-options.js';
import { answerStep } from './answer-step.js';
import { flowSummary } from './flow-summary.js';
import type { IntakeContext, IntakeEvent } from './intake-context.js';
import { intakeGuards } from './intake-guards.js';
import { acknowledge, advance, goBack, raiseFlags, refuseBack, rejectStep, reportMissing, submit } from './navigation-steps.js';
import { restoreContext } from './restore-context.js';
import { nextSection } from './section-navigation.js';

/**
 * What a flow starts from: `createActor(machine, { input })`.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine, type IntakeInput } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const input: IntakeInput = { locale: 'es' };
 * const actor = createActor(createIntakeMachine(briefScreen), { input }).start();
 * actor.getSnapshot().context.locale; // 'es'
 * ```
 */
export interface IntakeInput {
  /**
   * BCP 47 tag the flow's output summary is written in (`en` when omitted;
   * `es-MX` falls back to `es`, then `en`, as `summarize` does). A resumed
   * flow keeps the locale it was saved with unless this is given.
   */
  readonly locale?: string;
  /**
   * A persisted snapshot (`getPersistedSnapshot()`, stored as JSON) to resume
   * from. Nothing in it is trusted: it is checked as `resumeIntake` describes.
   */
  readonly snapshot?: unknown;
}

// Building an XState machine (and warming its lazily computed transitions)
// costs far more than running one; a host starts one actor per person.
const machines = new WeakMap<QuestionnaireIndex, IntakeMachine>();

/**
 * Build the XState machine that runs a questionnaire. It has four states:
 * `answering` (the current section is `context.cursor`), `safety` (crisis
 * resources shown, waiting for ACKNOWLEDGE), `review`, and the final
 * `completed`, whose output is the referral summary in the flow's locale. Its
 * guards and actions are named for the rules they apply (see the picture in
 * docs/running-the-flow.md); the number of transitions does not depend on the
 * number of sections, and every event is one transition.
 *
 * Bad events never throw: they leave answers as they were and put issues in
 * `context.issues`. `input` sets the summary's locale and resumes a persisted
 * snapshot (checked; `resumeIntake` wraps it).
 *
 * The machine depends only on the questionnaire, so it is built once per
 * questionnaire and shared: XState machines hold no actor state.
 *
 * The machine is typed by the questionnaire: with one from
 * `defineQuestionnaire` (or a bundled one), `actor.send({ type: 'ANSWER', … })`
 * takes only its item ids, each with its own answer type, and
 * `answersOf(snapshot.context)` is `AnswersOf<typeof q>`.
 *
 * @param questionnaire - A questionnaire from `defineQuestionnaire` or `parseQuestionnaire`.
 * @returns An XState v5 state machine.
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 *
 * const actor = createActor(createIntakeMachine(briefScreen), { input: { locale: 'es' } }).start();
 * actor.send({ type: 'NEXT' }); // past the introduction
 * actor.send({ type: 'ANSWER', itemId: 'about.age', value: 40 });
 * actor.send({ type: 'NEXT' }); // refused: the sex question is required (it may be declined)
 * actor.getSnapshot().context.issues.map((i) => i.code); // ['required']
 * ```
 */
export function createIntakeMachine<Q extends Questionnaire>(questionnaire: Q): IntakeMachine<Q> {
  const index = indexOf(checkedQuestionnaire(questionnaire));
  let machine = machines.get(index);
  // The built machine runs on untyped events; its public type is the typed one (see IntakeMachine).
  if (machine === undefined) machines.set(index, (machine = buildMachine(index) as unknown as IntakeMachine));
  return machine as unknown as IntakeMachine<Q>;
}

/** The locale a flow's summary is written in, checked and resolved as `summarize` checks its `locale` option. */
const flowLocale = (index: QuestionnaireIndex, locale: unknown): string => checkOptions(index, locale === undefined ? {} : { locale: locale as string }).locale;

/** The context a flow starts from: fresh, or a persisted snapshot checked and rebuilt. */
function startContext(index: QuestionnaireIndex, fresh: IntakeContext, input: IntakeInput | undefined): IntakeContext {
  if (input === undefined) return fresh;
  if (input === null || typeof input !== 'object') {
    throw new QuestionnaireError([issue('wrong-type', ['input'], 'Ensure that input is an object such as { locale: "es" }.')]);
  }
  if (input.snapshot === undefined) return { ...fresh, locale: flowLocale(index, input.locale) };
  const { context } = restoreContext(index, input.snapshot);
  const stored = (input.snapshot as { context?: { locale?: unknown } }).context?.locale;
  const locale = input.locale ?? (typeof stored === 'string' && LOCALE_PATTERN.test(stored) ? stored : undefined);
  return { ...context, locale: flowLocale(index, locale) };
}

function buildMachine(index: QuestionnaireIndex) {
  const q = index.questionnaire;
  // Every flow of this questionnaire starts from the same (frozen) empty answers.
  const empty = Evaluation.ofPositions(index, index.blank.answers);
  const fresh: IntakeContext = {
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    locale: 'en',
    answerEntries: settleValues(index, empty, index.blank.answers),
    cursor: nextSection(empty, -1),
    issues: [],
    dropped: [],
    safety: { fired: [], pending: [], deferred: [], resume: 'stay' },
    submitted: false,
  };
  const refuse = (state: string) => ({ actions: { type: 'reject' as const, params: { state } } });

  return setup({
    types: {
      context: {} as IntakeContext,
      events: {} as IntakeEvent,
      input: {} as IntakeInput | undefined,
      output: {} as ReferralSummary,
    },
    guards: intakeGuards(index),
    actions: {
      recordAnswer: assign(({ context, event }) => answerStep(index, context, event as { itemId?: unknown; value?: unknown })),
      reportMissing: assign(({ context }) => reportMissing(index, context)),
      raiseFlags: assign(({ context }) => raiseFlags(index, context)),
      advance: assign(({ context }) => advance(index, context)),
      goBack: assign(({ context }) => goBack(index, context)),
      refuseBack: assign(() => refuseBack()),
      acknowledge: assign(({ context }) => acknowledge(index, context)),
      submit: assign(() => submit()),
      reject: assign(({ event }, params: { state: string }) => rejectStep(event.type, params.state)),
    },
  }).createMachine({
    id: 'intake',
    context: ({ input }) => startContext(index, fresh, input),
    // Where a new or resumed flow stands follows from its context alone.
    initial: 'start',
    on: { '*': refuse('this state') },
    states: {
      start: {
        always: [
          { guard: 'isSubmitted', target: 'completed' },
          { guard: 'hasPendingSafety', target: 'safety' },
          { guard: 'isAtReview', target: 'review' },
          { target: 'answering' },
        ],
      },
      answering: {
        on: {
          ANSWER: [{ guard: 'answerRaisesInterrupt', target: 'safety', actions: 'recordAnswer' }, { actions: 'recordAnswer' }],
          NEXT: [
            { guard: 'sectionHasMissingRequired', actions: 'reportMissing' },
            { guard: 'flagPendingOnLeave', target: 'safety', actions: 'raiseFlags' },
            { guard: 'isLastVisibleSection', target: 'review', actions: 'advance' },
            { actions: 'advance' },
          ],
          BACK: [{ guard: 'isFirstVisibleSection', actions: 'refuseBack' }, { actions: 'goBack' }],
          SUBMIT: refuse('a section'),
          ACKNOWLEDGE: refuse('a section'),
        },
      },
      safety: {
        on: {
          ACKNOWLEDGE: [
            { guard: 'continuesAtReview', target: 'review', actions: 'acknowledge' },
            { target: 'answering', actions: 'acknowledge' },
          ],
          ANSWER: refuse('safety'),
          NEXT: refuse('safety'),
          BACK: refuse('safety'),
          SUBMIT: refuse('safety'),
        },
      },
      review: {
        on: {
          ANSWER: [{ guard: 'answerRaisesInterrupt', target: 'safety', actions: 'recordAnswer' }, { actions: 'recordAnswer' }],
          BACK: [
            { guard: 'isFirstVisibleSection', actions: 'refuseBack' },
            { target: 'answering', actions: 'goBack' },
          ],
          SUBMIT: [
            { guard: 'sectionHasMissingRequired', actions: 'reportMissing' },
            { guard: 'flagPendingOnLeave', target: 'safety', actions: 'raiseFlags' },
            { target: 'completed', actions: 'submit' },
          ],
          NEXT: refuse('review'),
          ACKNOWLEDGE: refuse('review'),
        },
      },
      completed: { type: 'final' },
    },
    output: ({ context }) => flowSummary(index, context.answerEntries, context.safety, context.locale),
  });
}

/**
 * Where an intake flow stands: `answering` (the section is `context.cursor`),
 * `safety`, `review`, or the final `completed`.
 *
 * @example
 * ```ts
 * import type { IntakeStateValue } from 'intake-screening';
 * const atReview: IntakeStateValue = 'review';
 * const inSection: IntakeStateValue = 'answering';
 * ```
 */
export type IntakeStateValue = 'answering' | 'safety' | 'review' | 'completed';

/**
 * The machine type `createIntakeMachine` returns, typed by its questionnaire:
 * its events are `IntakeEvent<Q>`, its context `IntakeContext<Q>`, its output
 * the `ReferralSummary`. It is written out rather than inferred from the
 * machine's configuration, so it stays the same whatever states the machine
 * is built from, and it reads the same in every XState 5 version the package
 * supports (the peer range).
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine, type IntakeMachine } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 * const machine: IntakeMachine<typeof gad7> = createIntakeMachine(gad7);
 * createActor(machine).start().getSnapshot().value; // 'answering'
 * ```
 */
export type IntakeMachine<Q extends Questionnaire = Questionnaire> = StateMachine<
  IntakeContext<Q>,
  IntakeEvent<Q>,
  Record<string, never>,
  never,
  ParameterizedObject,
  ParameterizedObject,
  never,
  IntakeStateValue,
  string,
  IntakeInput | undefined,
  ReferralSummary,
  EventObject,
  MetaObject,
  StateSchema
>;
