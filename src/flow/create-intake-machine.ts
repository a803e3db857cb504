import { assign, setup, type StateValue } from 'xstate';
import { indexOf } from '../definition/define-questionnaire.js';
import { Evaluation } from '../definition/evaluation.js';
import type { QuestionnaireIndex } from '../definition/questionnaire-index.js';
import type { QuestionnaireInput } from '../definition/types.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { answerStep } from './answer-step.js';
import { settleAnswers } from './flow-evaluation.js';
import { flowSummary } from './flow-summary.js';
import type { IntakeContext, IntakeEvent } from './intake-context.js';
import { acknowledgeStep, backStep, nextStep, rejectStep, submitStep } from './navigation-steps.js';
import { restoreContext } from './restore-context.js';
import { nextSection } from './section-navigation.js';
import { sectionStateKeys } from './section-state-keys.js';

// Building an XState machine (and warming its lazily computed transitions)
// costs far more than running one; a host starts one actor per person.
const machines = new WeakMap<QuestionnaireIndex, IntakeMachine>();

/**
 * Build the XState machine that runs a questionnaire: one state per section
 * under `answering`, then `review` and the final `completed`, whose output is
 * the referral summary. A `safety` state interrupts at once when an
 * interrupt-tier trigger holds, and before leaving a section for a flag-tier
 * one; ACKNOWLEDGE continues.
 *
 * Bad events never throw: they leave answers as they were and put issues in
 * `context.issues`. Persisted snapshots resume through `createActor(machine, { snapshot })`;
 * one from another questionnaire, or an incompatible version, is refused with a
 * `QuestionnaireError`.
 *
 * The machine depends only on the questionnaire, so it is built once per
 * questionnaire and shared: XState machines hold no actor state.
 *
 * @param questionnaire - A questionnaire from `defineQuestionnaire` or `parseQuestionnaire`.
 * @returns An XState v5 state machine.
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 *
 * const actor = createActor(createIntakeMachine(briefScreen)).start();
 * actor.send({ type: 'NEXT' }); // past the introduction
 * actor.send({ type: 'ANSWER', itemId: 'taps.tobacco.frequency', value: 'never' });
 * actor.send({ type: 'NEXT' });
 * actor.getSnapshot().context.issues.map((i) => i.code); // ['required', 'required', 'required']
 * ```
 */
export function createIntakeMachine(questionnaire: QuestionnaireInput): IntakeMachine {
  const index = indexOf(questionnaire);
  let machine = machines.get(index);
  if (machine === undefined) machines.set(index, (machine = buildMachine(index)));
  return machine;
}

function buildMachine(index: QuestionnaireIndex) {
  const q = index.questionnaire;
  const keys = sectionStateKeys(q.sections.map((s) => s.id));
  const count = q.sections.length;
  // Every flow of this questionnaire starts from the same (frozen) empty answers.
  const empty = new Evaluation(index, {});
  const noAnswers = settleAnswers(empty, 0);
  const start = nextSection(empty, -1);

  const machine = setup({
    types: {
      context: {} as IntakeContext,
      events: {} as IntakeEvent,
      output: {} as ReferralSummary,
    },
    actions: {
      answer: assign(({ context, event }) => answerStep(index, context, event as { itemId?: unknown; value?: unknown })),
      next: assign(({ context }) => nextStep(index, context)),
      back: assign(({ context }) => backStep(index, context)),
      submit: assign(({ context }) => submitStep(index, context)),
      acknowledge: assign(({ context }) => acknowledgeStep(index, context)),
      reject: assign(({ event }, params: { state: string }) => rejectStep(event.type, params.state)),
    },
    guards: {
      safetyPending: ({ context }) => context.safety.pending.length > 0,
      submitted: ({ context }) => context.submitted,
      atSection: ({ context }, params: { index: number }) => context.cursor === params.index,
    },
  }).createMachine({
    id: 'intake',
    context: {
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      answers: noAnswers,
      cursor: start,
      issues: [],
      dropped: [],
      safety: { fired: [], pending: [], resume: 'stay' },
      submitted: false,
    },
    initial: 'route',
    on: { '*': { actions: { type: 'reject', params: { state: 'this state' } } } },
    states: {
      route: {
        always: [
          { guard: 'safetyPending', target: 'safety' },
          { guard: 'submitted', target: 'completed' },
          ...keys.map((key, i) => ({ guard: { type: 'atSection' as const, params: { index: i } }, target: `answering.${key}` })),
          { target: 'review' },
        ],
      },
      answering: {
        // Never entered through `initial`: `route` always targets a section directly.
        initial: keys[0] as string,
        always: { guard: 'safetyPending', target: 'safety' },
        on: {
          ANSWER: { actions: 'answer' },
          NEXT: { actions: 'next', target: 'route' },
          BACK: { actions: 'back', target: 'route' },
          SUBMIT: { actions: { type: 'reject', params: { state: 'a section' } } },
          ACKNOWLEDGE: { actions: { type: 'reject', params: { state: 'a section' } } },
        },
        states: Object.fromEntries(keys.map((key) => [key, {}])),
      },
      safety: {
        on: {
          ACKNOWLEDGE: { actions: 'acknowledge', target: 'route' },
          ANSWER: { actions: { type: 'reject', params: { state: 'safety' } } },
          NEXT: { actions: { type: 'reject', params: { state: 'safety' } } },
          BACK: { actions: { type: 'reject', params: { state: 'safety' } } },
          SUBMIT: { actions: { type: 'reject', params: { state: 'safety' } } },
        },
      },
      review: {
        always: { guard: 'safetyPending', target: 'safety' },
        on: {
          ANSWER: { actions: 'answer' },
          BACK: { actions: 'back', target: 'route' },
          SUBMIT: { actions: 'submit', target: 'route' },
          NEXT: { actions: { type: 'reject', params: { state: 'review' } } },
          ACKNOWLEDGE: { actions: { type: 'reject', params: { state: 'review' } } },
        },
      },
      completed: { type: 'final' },
    },
    output: ({ context }) => flowSummary(index, context.answers),
  });

  // Resuming validates the snapshot: a foreign or incompatible one is refused,
  // stored answers are checked again, and the state is re-derived from context.
  const restore = machine.restoreSnapshot.bind(machine);
  const stateValue = (context: IntakeContext): StateValue => {
    if (context.submitted) return 'completed';
    if (context.safety.pending.length > 0) return 'safety';
    if (context.cursor >= count) return 'review';
    return { answering: keys[context.cursor] as string };
  };
  machine.restoreSnapshot = (persisted, scope) => {
    const { context, done } = restoreContext(index, persisted);
    const rebuilt = {
      status: done ? 'done' : 'active',
      value: stateValue(context),
      context,
      children: {},
      historyValue: {},
      output: done ? flowSummary(index, context.answers) : undefined,
      error: undefined,
    };
    return restore(rebuilt as Parameters<typeof restore>[0], scope);
  };
  return machine;
}

/**
 * The machine type `createIntakeMachine` returns.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine, type IntakeMachine } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 * const machine: IntakeMachine = createIntakeMachine(gad7);
 * createActor(machine).start().getSnapshot().value; // { answering: 'gad7' }
 * ```
 */
export type IntakeMachine = ReturnType<typeof buildMachine>;
