import { type Actor, createActor, initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Questionnaire } from '../definition/types.js';
import type { IntakeEvent } from './intake-context.js';
import type { IntakeInput, IntakeMachine } from './create-intake-machine.js';

/**
 * A snapshot of an intake flow.
 *
 * @example
 * ```ts
 * import { createIntakeMachine, initialIntakeSnapshot, type IntakeSnapshot } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 * const snapshot: IntakeSnapshot<typeof gad7> = initialIntakeSnapshot(createIntakeMachine(gad7));
 * snapshot.context.cursor; // 0
 * ```
 */
export type IntakeSnapshot<Q extends Questionnaire = Questionnaire> = SnapshotFrom<IntakeMachine<Q>>;

/**
 * The first snapshot of a flow, without starting an actor (pure).
 *
 * @param machine - From `createIntakeMachine`.
 * @param input - Optional: `locale` for the output summary.
 * @returns The initial snapshot.
 * @throws QuestionnaireError when the input's locale is not a BCP 47 tag.
 * @example
 * ```ts
 * import { createIntakeMachine, initialIntakeSnapshot, stepIntake } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const machine = createIntakeMachine(briefScreen);
 * let s = initialIntakeSnapshot(machine);
 * s = stepIntake(machine, s, { type: 'NEXT' });
 * ```
 */
export function initialIntakeSnapshot<Q extends Questionnaire>(machine: IntakeMachine<Q>, input?: Omit<IntakeInput, 'snapshot'>): IntakeSnapshot<Q> {
  return started(initialTransition(machine, input)[0]);
}

/** The snapshot a flow starts in; a refused input (XState parks the error on it) is thrown. */
function started<S extends { readonly status: string; readonly error?: unknown }>(snapshot: S): S {
  if (snapshot.status === 'error') throw snapshot.error;
  return snapshot;
}

/**
 * Apply one event to a snapshot and return the next one (pure: no actor, no
 * side effects). Servers and tests step flows with it; it agrees with the actor
 * state for state.
 *
 * @param machine - From `createIntakeMachine`.
 * @param snapshot - The current snapshot.
 * @param event - The event to apply.
 * @returns The next snapshot.
 * @example
 * ```ts
 * import { createIntakeMachine, initialIntakeSnapshot, stepIntake, type Questionnaire } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * // Typed as Questionnaire: the event comes from outside (a request), so it is checked when it runs.
 * const machine = createIntakeMachine<Questionnaire>(briefScreen);
 * const next = stepIntake(machine, initialIntakeSnapshot(machine), { type: 'ANSWER', itemId: 'nope', value: 1 });
 * next.context.issues[0]?.code; // 'unknown-item'
 * ```
 */
export function stepIntake<Q extends Questionnaire>(machine: IntakeMachine<Q>, snapshot: IntakeSnapshot<Q>, event: IntakeEvent<Q>): IntakeSnapshot<Q> {
  return transition(machine, snapshot, event)[0];
}

/**
 * Turn a persisted snapshot (from `getPersistedSnapshot()`, stored as JSON) back
 * into a snapshot for `stepIntake`, with the checks `resumeIntake` applies.
 *
 * @param machine - From `createIntakeMachine`.
 * @param persisted - The stored snapshot, parsed.
 * @param options - Optional: `locale` for the output summary (else the one it was saved with).
 * @returns A snapshot ready to step.
 * @throws QuestionnaireError with `snapshot-foreign`, `snapshot-version` or `snapshot-invalid`.
 * @example
 * ```ts
 * import { createIntakeMachine, initialIntakeSnapshot, resumeIntakeSnapshot } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const machine = createIntakeMachine(briefScreen);
 * const stored = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(initialIntakeSnapshot(machine))));
 * resumeIntakeSnapshot(machine, stored).context.cursor; // 0
 * ```
 */
export function resumeIntakeSnapshot<Q extends Questionnaire>(
  machine: IntakeMachine<Q>,
  persisted: unknown,
  options: Omit<IntakeInput, 'snapshot'> = {},
): IntakeSnapshot<Q> {
  return started(initialTransition(machine, { ...options, snapshot: persisted })[0]);
}

/**
 * A running intake flow: the XState actor of an `IntakeMachine`.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine, type IntakeActor } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 * const actor: IntakeActor<typeof gad7> = createActor(createIntakeMachine(gad7)).start();
 * ```
 */
export type IntakeActor<Q extends Questionnaire = Questionnaire> = Actor<IntakeMachine<Q>>;

/**
 * Resume a flow from a persisted snapshot as a running actor. Nothing stored is
 * trusted: the questionnaire id and version must match (same major version,
 * not newer), every answer is validated again and re-pruned for visibility
 * (what no longer fits is dropped and listed in `context.issues`), and the
 * position, safety state and state value are derived from what remains. It is
 * `createActor(machine, { input: { snapshot } })`, started, with a refusal
 * thrown here rather than parked on the actor.
 *
 * @param machine - From `createIntakeMachine`.
 * @param persisted - The stored snapshot, parsed.
 * @param options - Optional: `locale` for the output summary (else the one it was saved with).
 * @returns The started actor.
 * @throws QuestionnaireError with `snapshot-foreign`, `snapshot-version` or `snapshot-invalid`.
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine, resumeIntake } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const machine = createIntakeMachine(briefScreen);
 * const first = createActor(machine).start();
 * first.send({ type: 'NEXT' });
 * const stored = JSON.stringify(first.getPersistedSnapshot());
 * const actor = resumeIntake(machine, JSON.parse(stored), { locale: 'es' });
 * actor.getSnapshot().context.cursor; // 1
 * ```
 */
export function resumeIntake<Q extends Questionnaire>(
  machine: IntakeMachine<Q>,
  persisted: unknown,
  options: Omit<IntakeInput, 'snapshot'> = {},
): IntakeActor<Q> {
  const actor = createActor(machine, { input: { ...options, snapshot: persisted } });
  const snapshot = actor.getSnapshot();
  if (snapshot.status === 'error') throw snapshot.error;
  return actor.start();
}
