// Running the clinic's questionnaire and a bundled instrument as XState flows.
import { createActor } from 'xstate';
import { answersOf, createIntakeMachine, describeIntake } from 'intake-screening';
import { gad7 } from 'intake-screening/questionnaires';
import { clinicScreen } from './questionnaire.js';

const actor = createActor(createIntakeMachine(clinicScreen)).start();
actor.send({ type: 'ANSWER', itemId: 'use.substances', value: ['opioids'] });
actor.send({ type: 'ANSWER', itemId: 'use.route', value: 'injection' });
actor.send({ type: 'NEXT' });
export const answers = answersOf(actor.getSnapshot().context);
export const view = describeIntake(clinicScreen, actor.getSnapshot());

const anxiety = createActor(createIntakeMachine(gad7)).start();
anxiety.send({ type: 'ANSWER', itemId: 'gad7.q1', value: 2 });
export const anxietyIssues = anxiety.getSnapshot().context.issues;
