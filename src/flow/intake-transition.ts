import { createActor, initialTransition, transition } from 'xstate';
import type { IntakeEvent } from './intake-context.js';
import type { IntakeMachine } from './create-intake-machine.js';

/**
 * A snapshot of an intake flow.
 *
 * @example
 * ```ts
 * import { createIntakeMachine, initialIntakeSnapshot, type IntakeSnapshot } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 * const snapshot: IntakeSnapshot = initialIntakeSnapshot(createIntakeMachine(gad7));
 * snapshot.context.cursor; // 0
 * ```
 */
export type IntakeSnapshot = ReturnType<IntakeMachine['getInitialSnapshot']>;

/**
 * The first snapshot of a flow, without starting an actor (pure).
 *
 * @param machine - From `createIntakeMachine`.
 * @returns The initial snapshot.
 * @example
 * ```ts
 * import { createIntakeMachine, initialIntakeSnapshot, stepIntake } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const machine = createIntakeMachine(briefScreen);
 * let s = initialIntakeSnapshot(machine);
 * s = stepIntake(machine, s, { type: 'NEXT' });
 * ```
 */
export function initialIntakeSnapshot(machine: IntakeMachine): IntakeSnapshot {
  return initialTransition(machine)[0];
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
 * import { createIntakeMachine, initialIntakeSnapshot, stepIntake } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const machine = createIntakeMachine(briefScreen);
 * const next = stepIntake(machine, initialIntakeSnapshot(machine), { type: 'ANSWER', itemId: 'nope', value: 1 });
 * next.context.issues[0]?.code; // 'unknown-item'
 * ```
 */
export function stepIntake(machine: IntakeMachine, snapshot: IntakeSnapshot, event: IntakeEvent): IntakeSnapshot {
  return transition(machine, snapshot, event)[0];
}

/**
 * Turn a persisted snapshot (from `getPersistedSnapshot()`, stored as JSON) back
 * into a snapshot for `stepIntake`, with the same checks an actor applies.
 *
 * @param machine - From `createIntakeMachine`.
 * @param persisted - The stored snapshot, parsed.
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
export function resumeIntakeSnapshot(machine: IntakeMachine, persisted: unknown): IntakeSnapshot {
  // An actor that is never started runs nothing; creating it only restores.
  // XState catches a refusal in restoreSnapshot and parks it on the snapshot.
  const snapshot = createActor(machine, { snapshot: persisted as IntakeSnapshot }).getSnapshot();
  if (snapshot.status === 'error') throw snapshot.error;
  return snapshot;
}
