// A clinic app's typed flow, as the consumer check builds it in each fresh project (ESM, CommonJS, bundler):
// the GAD-7 through the app's own XState, then again through startIntake without XState. It prints what it got.
import { createActor } from 'xstate';
import { answersOf, createIntakeMachine, startIntake, type AnswersOf } from 'intake-screening';
import { gad7 } from 'intake-screening/questionnaires';

const items = ['gad7.q1', 'gad7.q2', 'gad7.q3', 'gad7.q4', 'gad7.q5', 'gad7.q6', 'gad7.q7'] as const;

const actor = createActor(createIntakeMachine(gad7)).start();
for (const itemId of items) actor.send({ type: 'ANSWER', itemId, value: 2 });
actor.send({ type: 'NEXT' });
actor.send({ type: 'SUBMIT' });
// No cast: the answers are typed by the questionnaire.
const answers: AnswersOf<typeof gad7> = answersOf(actor.getSnapshot().context);
const first: 0 | 1 | 2 | 3 | undefined = answers['gad7.q1'];

const intake = startIntake(gad7);
for (const itemId of items) intake.answer(itemId, 1);
intake.next();
intake.submit();

console.log(
  JSON.stringify({
    xstate: { status: actor.getSnapshot().status, first, scores: actor.getSnapshot().output?.instruments.map((r) => [r.scoreId, r.score]) },
    startIntake: { status: intake.status, scores: intake.summary?.instruments.map((r) => [r.scoreId, r.score]) },
  }),
);
