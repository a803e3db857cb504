import type { IntakeMachine } from '../flow/create-intake-machine.js';
import type { IntakeEvent } from '../flow/intake-context.js';
import { type IntakeSnapshot, stepIntake } from '../flow/intake-transition.js';
import { describeIntake } from '../flow/intake-view.js';
import type { Questionnaire } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';

/** How a non-interactive run ended. */
export type DriveOutcome =
  | { readonly status: 'completed'; readonly snapshot: IntakeSnapshot; readonly safetyShown: number }
  | { readonly status: 'rejected'; readonly snapshot: IntakeSnapshot; readonly issues: readonly Issue[] };

/**
 * Drive an intake flow with a fixed set of answers, exactly as a person would:
 * section by section, each visible item in document order, re-reading the
 * view after every answer so branching and safety triggers apply as they do
 * interactively. Crisis resources are acknowledged, then NEXT, and SUBMIT at
 * review. It stops at the first event the flow refuses.
 *
 * @param q - The questionnaire the machine runs.
 * @param machine - From `createIntakeMachine(q)`.
 * @param start - The snapshot to start from (initial, or resumed).
 * @param answers - `{ [itemId]: value }`; items the flow never shows are not sent.
 * @returns The completed snapshot, or the issues of the refused event.
 * @example
 * ```ts
 * const machine = createIntakeMachine(briefScreen);
 * const outcome = driveFlow(briefScreen, machine, initialIntakeSnapshot(machine), answers);
 * ```
 */
export function driveFlow(q: Questionnaire, machine: IntakeMachine, start: IntakeSnapshot, answers: Readonly<Record<string, unknown>>): DriveOutcome {
  let snapshot = start;
  let safetyShown = 0;
  const sent = new Set<string>();
  const send = (event: IntakeEvent) => {
    snapshot = stepIntake(machine, snapshot, event);
    return snapshot.context.issues;
  };
  // A required item the flow asks for that the answers hold but the driver
  // never reached (it lies before a resumed snapshot's position): go back to
  // its section and go on from there. Each detour sends at least one new item.
  const detour = (issues: readonly Issue[]): boolean => {
    const wanted = issues.find((i) => i.code === 'required' && i.itemId !== undefined && !sent.has(i.itemId) && Object.hasOwn(answers, i.itemId));
    if (!wanted) return false;
    const target = q.sections.findIndex((sec) => sec.items.some((item) => item.id === wanted.itemId));
    while (snapshot.context.cursor > target && send({ type: 'BACK' }).length === 0);
    return snapshot.context.cursor === target;
  };
  // Each item is sent at most once and NEXT only moves forward, so the flow
  // ends; the bound is a guard against a flow that refuses to, not a limit.
  const bound = 4 * (q.sections.reduce((n, s) => n + s.items.length, 0) + q.sections.length) + 16;
  for (let step = 0; step < bound; step++) {
    const view = describeIntake(q, snapshot);
    switch (view.status) {
      case 'completed':
        return { status: 'completed', snapshot, safetyShown };
      case 'safety':
        safetyShown += 1;
        send({ type: 'ACKNOWLEDGE' });
        break;
      case 'review': {
        const issues = send({ type: 'SUBMIT' });
        if (issues.length > 0 && !detour(issues)) return { status: 'rejected', snapshot, issues };
        break;
      }
      case 'answering': {
        const item = view.items.find((i) => i.kind !== 'display' && !sent.has(i.id) && Object.hasOwn(answers, i.id));
        if (item) {
          sent.add(item.id);
          const issues = send({ type: 'ANSWER', itemId: item.id, value: answers[item.id] });
          if (issues.length > 0) return { status: 'rejected', snapshot, issues };
        } else {
          const issues = send({ type: 'NEXT' });
          if (issues.length > 0 && !detour(issues)) return { status: 'rejected', snapshot, issues };
        }
        break;
      }
    }
  }
  return {
    status: 'rejected',
    snapshot,
    issues: [{ code: 'invalid-event', path: [], message: 'The flow did not finish with these answers.' }],
  };
}
