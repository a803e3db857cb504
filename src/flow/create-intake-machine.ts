import { assign, setup, type StateValue } from 'xstate';
import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import { Evaluation } from '../engine/evaluation.js';
import { indexOf, type QuestionnaireIndex } from '../engine/questionnaire-index.js';
import type { QuestionnaireInput } from '../definition/types.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { settleAnswers } from '../engine/evaluation-cache.js';
import { flowSummary } from './flow-summary.js';
import type { IntakeContext, IntakeEvent } from './intake-context.js';
import { rejectStep } from './navigation-steps.js';
import { restoreContext } from './restore-context.js';
import { nextSection } from './section-navigation.js';
import { sectionStateKeys } from './section-state-keys.js';
import { pathOf, placesOf, stepPlanner } from './step-planner.js';

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
 * actor.send({ type: 'ANSWER', itemId: 'about.age', value: 40 });
 * actor.send({ type: 'NEXT' }); // refused: the sex question is required (it may be declined)
 * actor.getSnapshot().context.issues.map((i) => i.code); // ['required']
 * ```
 */
export function createIntakeMachine(questionnaire: QuestionnaireInput): IntakeMachine {
  const index = indexOf(checkedQuestionnaire(questionnaire));
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
  const places = placesOf(count);
  const planner = stepPlanner(index, places);

  // Each event goes straight to the state its step leads to (one microstep),
  // instead of through a routing state with eventless transitions, which cost
  // XState about as much as the step itself. Every place is a candidate, so no
  // outcome can fall through; the usual ones come first (stay, then the
  // sections after this one), as XState tests guards in order.
  const everywhere = [...keys.map((_, i) => i), places.review, places.safety, places.completed];
  const candidates = (from: number, first: readonly number[]) => [
    { guard: 'stays' as const, actions: 'step' as const },
    ...[...first, ...everywhere.filter((p) => !first.includes(p))]
      .filter((p) => p !== from)
      .map((place) => ({ guard: { type: 'leadsTo' as const, params: { place } }, target: `#intake.${pathOf(place, keys)}`, actions: 'step' as const })),
  ];
  const after = (i: number) => everywhere.filter((p) => p > i);

  const machine = setup({
    types: {
      context: {} as IntakeContext,
      events: {} as IntakeEvent,
      output: {} as ReferralSummary,
    },
    actions: {
      step: assign(({ context, event }) => planner.take(context, event)),
      reject: assign(({ event }, params: { state: string }) => rejectStep(event.type, params.state)),
    },
    guards: {
      stays: ({ context, event }) => planner.peek(context, event) === places.of(context),
      leadsTo: ({ context, event }, params: { place: number }) => planner.peek(context, event) === params.place,
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
    initial: start < count ? 'answering' : 'review',
    on: { '*': { actions: { type: 'reject', params: { state: 'this state' } } } },
    states: {
      answering: {
        initial: keys[Math.min(start, count - 1)] as string,
        on: {
          ANSWER: candidates(-1, [places.safety]),
          SUBMIT: { actions: { type: 'reject', params: { state: 'a section' } } },
          ACKNOWLEDGE: { actions: { type: 'reject', params: { state: 'a section' } } },
        },
        states: Object.fromEntries(
          keys.map((key, i) => [key, { on: { NEXT: candidates(i, after(i)), BACK: candidates(i, everywhere.filter((p) => p < i).reverse()) } }]),
        ),
      },
      safety: {
        on: {
          ACKNOWLEDGE: candidates(places.safety, []),
          ANSWER: { actions: { type: 'reject', params: { state: 'safety' } } },
          NEXT: { actions: { type: 'reject', params: { state: 'safety' } } },
          BACK: { actions: { type: 'reject', params: { state: 'safety' } } },
          SUBMIT: { actions: { type: 'reject', params: { state: 'safety' } } },
        },
      },
      review: {
        on: {
          ANSWER: candidates(places.review, [places.safety]),
          BACK: candidates(places.review, everywhere.filter((p) => p < count).reverse()),
          SUBMIT: candidates(places.review, [places.completed]),
          NEXT: { actions: { type: 'reject', params: { state: 'review' } } },
          ACKNOWLEDGE: { actions: { type: 'reject', params: { state: 'review' } } },
        },
      },
      completed: { type: 'final' },
    },
    output: ({ context }) => flowSummary(index, context.answers, context.safety.fired),
  });

  // Resuming validates the snapshot: a foreign or incompatible one is refused,
  // stored answers are checked again, and the state is re-derived from context.
  const restore = machine.restoreSnapshot.bind(machine);
  const stateValue = (context: IntakeContext): StateValue => {
    const place = places.of(context);
    return place < count ? { answering: keys[place] as string } : pathOf(place, keys);
  };
  machine.restoreSnapshot = (persisted, scope) => {
    const { context, done } = restoreContext(index, persisted);
    const rebuilt = {
      status: done ? 'done' : 'active',
      value: stateValue(context),
      context,
      children: {},
      historyValue: {},
      output: done ? flowSummary(index, context.answers, context.safety.fired) : undefined,
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
