import { useSelector } from '@xstate/react';
import { useEffect, useReducer, useState } from 'react';
import type { ItemIdOf, Questionnaire } from '../definition/types.js';
import type { AnswerOf } from '../flow/start-intake.js';
import type { IntakeActor } from '../flow/intake-transition.js';
import { patientView, type PatientView } from '../summary/patient-view.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { IntakeSession, type RestoreOutcome } from '../web/intake-session.js';
import { type IntakeStore, webStorageStore } from '../web/intake-store.js';
import { intakeLocale, intakeState, type IntakeState } from './intake-state.js';

/**
 * Options of {@link useIntake}.
 *
 * @example
 * ```ts
 * import type { UseIntakeOptions } from 'intake-screening/react';
 * const options: UseIntakeOptions = { locale: 'es', store: null };
 * ```
 */
export interface UseIntakeOptions {
  /** BCP 47 tag; the intake is shown and summarized in it when the questionnaire is translated into it, else in English. It may change at any time. */
  readonly locale?: string;
  /**
   * Where progress is kept: an `IntakeStore` (from `intake-screening/web`), `null` for nowhere, or unset for this
   * browser's `localStorage` under `intake-screening/<questionnaire id>` (nothing during server rendering). Read when
   * the intake starts (first render, or a new questionnaire).
   */
  readonly store?: IntakeStore | null;
}

/**
 * What {@link useIntake} returns: the typed state to draw, the actions, and the
 * summary once the person has sent their answers.
 *
 * @example
 * ```ts
 * import type { UseIntakeResult } from 'intake-screening/react';
 * import type { asq } from 'intake-screening/questionnaires';
 * declare const intake: UseIntakeResult<typeof asq>;
 * intake.answer('asq.q5', 'yes'); // typed: only ASQ's ids, each with its own answer type
 * ```
 */
export interface UseIntakeResult<Q extends Questionnaire = Questionnaire> {
  /** What to draw now. */
  readonly state: IntakeState<Q>;
  /** The locale shown (the `locale` option when the questionnaire is translated into it, else `en`). */
  readonly locale: string;
  /** Answer an item (`null` clears it). Returns false when the flow refused it: the item's `error` says why. */
  answer<K extends ItemIdOf<Q>>(itemId: K, value: AnswerOf<Q, K> | null): boolean;
  /** Go on to the next section or review. Returns false when refused (a required question): the items say why. */
  next(): boolean;
  /** Go back a section. */
  back(): void;
  /** The person has read the crisis resources; the intake goes on. */
  acknowledge(): void;
  /** Send the answers from review; `summary` is then set. */
  submit(): void;
  /** Forget the stored progress and start again (the next person on a shared device). */
  reset(): void;
  /** The referral summary (for the care team), once submitted. */
  readonly summary: ReferralSummary | undefined;
  /** What of the summary the person may see (`patientView`), once submitted. Show the person this, never the summary. */
  readonly patientView: PatientView | undefined;
  /** How the intake began: `fresh`, `resumed` (with answers that no longer fit), or `refused` (the stored one was set aside). */
  readonly restore: RestoreOutcome;
  /** The flow's persisted snapshot (plain JSON): what the store keeps. */
  snapshot(): unknown;
  /** The running XState actor (read-only use: `useSelector(intake.actorRef, …)`); send events through the actions. */
  readonly actorRef: IntakeActor<Q>;
}

function startSession(questionnaire: Questionnaire, options: UseIntakeOptions, locale: string): IntakeSession {
  const store =
    options.store === undefined
      ? typeof window === 'undefined'
        ? undefined
        : webStorageStore(`intake-screening/${questionnaire.id}`)
      : (options.store ?? undefined);
  return new IntakeSession(questionnaire, store, locale);
}

/**
 * Run a questionnaire in a React component: the flow's actor (through
 * `@xstate/react`), saved after every step and resumed on the next visit, the
 * current step's typed state with the person's errors in their language,
 * progress that only moves forward, the safety interrupt, and the summary.
 * You draw the controls; `<IntakeForm>` draws them for you.
 *
 * A stored intake the flow refuses (another questionnaire, an incompatible
 * version, damaged data) is set aside through `store.setAside`, never
 * dropped, and reported in `restore`.
 *
 * @param questionnaire - The questionnaire to run (a bundled one, or one from `defineQuestionnaire`/`parseQuestionnaire`). A new one starts a new intake.
 * @param options - `locale` and `store`.
 * @returns The state, actions and summary.
 * @example
 * ```ts
 * import { createElement as h } from 'react';
 * import { localize } from 'intake-screening';
 * import { asq } from 'intake-screening/questionnaires';
 * import { useIntake } from 'intake-screening/react';
 *
 * export function Progress() {
 *   const { state, locale } = useIntake(asq, { locale: 'es' });
 *   return h('p', null, state.section ? localize(state.section.title, locale) : '', ` ${state.progress.section}/${state.progress.sections}`);
 * }
 * ```
 */
export function useIntake<const Q extends Questionnaire>(questionnaire: Q, options: UseIntakeOptions = {}): UseIntakeResult<Q> {
  const locale = intakeLocale(questionnaire, options.locale);
  const [started, setStarted] = useState(() => startSession(questionnaire, options, locale));
  let session = started;
  if (session.questionnaire !== questionnaire) {
    // A new questionnaire is a new intake (React's way to reset state from a prop during render).
    session = startSession(questionnaire, options, locale);
    setStarted(session);
  }
  // The session keeps errors and progress beside the actor; a version bump redraws after every action.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const snapshot = useSelector(session.running, (s) => s);
  useEffect(() => {
    if (session.snapshot().context.locale === locale) return;
    session.setLocale(locale);
    redraw();
  }, [session, locale]);

  const act = <T>(step: () => T): T => {
    const before = session.screenKey();
    const result = step();
    // A new screen starts without the last one's errors, as the element's does.
    if (session.screenKey() !== before) session.newScreen();
    redraw();
    return result;
  };
  const summary = snapshot.status === 'done' ? snapshot.output : undefined;
  return {
    state: intakeState<Q>(session, locale),
    locale,
    answer: (itemId, value) => act(() => session.answer(itemId, value as never)),
    next: () => act(() => session.next()),
    back: () => act(() => session.back()),
    acknowledge: () => act(() => session.acknowledge()),
    submit: () => act(() => session.submit()),
    reset: () => act(() => session.reset(locale)),
    summary,
    patientView: summary === undefined ? undefined : patientView(summary),
    restore: session.restore,
    snapshot: () => session.persisted(),
    actorRef: session.running as unknown as IntakeActor<Q>,
  };
}
