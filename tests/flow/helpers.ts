import { createActor } from 'xstate';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import type { Questionnaire } from '../../src/definition/types.js';

// Events here are built at run time (item id and value as data), as a host forwarding form input builds them:
// the machine of the questionnaire typed as `Questionnaire` takes any item id and value and checks them when run.
export const machine = createIntakeMachine<Questionnaire>(flowFixture);

/** Start an actor on the fixture and send events in order. */
export function run(...events: IntakeEvent[]) {
  const actor = createActor(machine).start();
  for (const e of events) actor.send(e);
  return actor;
}

export const answer = (itemId: string, value: unknown): IntakeEvent => ({ type: 'ANSWER', itemId, value });
export const NEXT: IntakeEvent = { type: 'NEXT' };
export const BACK: IntakeEvent = { type: 'BACK' };
export const SUBMIT: IntakeEvent = { type: 'SUBMIT' };
export const ACK: IntakeEvent = { type: 'ACKNOWLEDGE' };

/** Answers that pass the first two sections without triggering anything. */
export const throughMood: IntakeEvent[] = [
  answer('use.substances', ['heroin']),
  answer('use.route', 'smoking'),
  NEXT,
  answer('mood.q1', 1),
  answer('mood.q2', 0),
  answer('mood.q9', 0),
  NEXT,
];
