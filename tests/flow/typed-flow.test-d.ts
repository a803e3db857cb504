import { answersOf } from '../../src/flow/answers-of.js';
import { createActor } from 'xstate';
import { describe, expectTypeOf, it } from 'vitest';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { initialIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { startIntake } from '../../src/flow/start-intake.js';
import type { AnswersOf, Questionnaire } from '../../src/definition/types.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { gad7, substanceUseIntake } from '../../questionnaires/index.js';
import type { flowFixture } from '../fixtures/flow-fixture.js';

declare const fixture: typeof flowFixture;
type Fixture = typeof flowFixture;

describe('the flow of a questionnaire whose ids are known', () => {
  const actor = createActor(createIntakeMachine(fixture)).start();

  it('takes ANSWER events with its item ids and each item’s own answer type', () => {
    actor.send({ type: 'ANSWER', itemId: 'use.substances', value: ['heroin'] });
    actor.send({ type: 'ANSWER', itemId: 'use.route', value: 'injection' });
    actor.send({ type: 'ANSWER', itemId: 'use.age', value: 'prefer-not-to-answer' });
    actor.send({ type: 'ANSWER', itemId: 'mood.q1', value: 3 });
    actor.send({ type: 'ANSWER', itemId: 'use.route', value: null });
    actor.send({ type: 'NEXT' });
  });

  it('refuses a wrong item id, a wrong option value and a wrong kind of value', () => {
    // @ts-expect-error "use.rout" is not an item id
    actor.send({ type: 'ANSWER', itemId: 'use.rout', value: 'injection' });
    // @ts-expect-error "needle" is not an option of use.route
    actor.send({ type: 'ANSWER', itemId: 'use.route', value: 'needle' });
    // @ts-expect-error use.substances takes a list of options, not one
    actor.send({ type: 'ANSWER', itemId: 'use.substances', value: 'heroin' });
    // @ts-expect-error use.naloxone is yes/no
    actor.send({ type: 'ANSWER', itemId: 'use.naloxone', value: 'yes' });
    // @ts-expect-error 4 is not a value of the mood.q1 scale
    actor.send({ type: 'ANSWER', itemId: 'mood.q1', value: 4 });
    // @ts-expect-error use.naloxone does not offer "prefer not to answer"
    actor.send({ type: 'ANSWER', itemId: 'use.naloxone', value: 'prefer-not-to-answer' });
    // @ts-expect-error a display item takes no answer
    actor.send({ type: 'ANSWER', itemId: 'use.info', value: 'x' });
  });

  it('types the context’s answers without a cast, and the output as the referral summary', () => {
    expectTypeOf(answersOf(actor.getSnapshot().context)).toEqualTypeOf<AnswersOf<Fixture>>();
    expectTypeOf(answersOf(actor.getSnapshot().context)['use.route']).toEqualTypeOf<'smoking' | 'injection' | undefined>();
    expectTypeOf(actor.getSnapshot().output).toEqualTypeOf<ReferralSummary | undefined>();
  });

  it('types each answer entry by its item, so a check of the id narrows the value', () => {
    for (const [id, value] of actor.getSnapshot().context.answerEntries) {
      if (id === 'use.route') expectTypeOf(value).toEqualTypeOf<'smoking' | 'injection'>();
      if (id === 'mood.q1') expectTypeOf(value).toEqualTypeOf<0 | 1 | 2 | 3>();
      // @ts-expect-error "use.rout" is not an item id
      if (id === 'use.rout') break;
    }
  });

  it('types the pure step functions the same way', () => {
    const machine = createIntakeMachine(gad7);
    const s = stepIntake(machine, initialIntakeSnapshot(machine), { type: 'ANSWER', itemId: 'gad7.q1', value: 2 });
    expectTypeOf(answersOf(s.context)['gad7.q1']).toEqualTypeOf<0 | 1 | 2 | 3 | undefined>();
    // @ts-expect-error "gad7.q8" is not an item of the GAD-7
    stepIntake(machine, s, { type: 'ANSWER', itemId: 'gad7.q8', value: 2 });
  });

  it('types the bundled intake too', () => {
    const intake = createActor(createIntakeMachine(substanceUseIntake)).start();
    intake.send({ type: 'ANSWER', itemId: 'substance.used', value: ['heroin', 'fentanyl'] });
    // @ts-expect-error "opioid" is not one of the substances offered
    intake.send({ type: 'ANSWER', itemId: 'substance.used', value: ['opioid'] });
    // @ts-expect-error a typo in the item id
    intake.send({ type: 'ANSWER', itemId: 'substance.use', value: ['heroin'] });
  });
});

describe('startIntake', () => {
  it('types answer() by item id and the answers it holds', () => {
    const intake = startIntake(fixture);
    intake.answer('use.substances', ['alcohol']);
    intake.answer('use.age', 31);
    intake.answer('use.route', null);
    // @ts-expect-error "use.rout" is not an item id
    intake.answer('use.rout', 'smoking');
    // @ts-expect-error "needle" is not an option of use.route
    intake.answer('use.route', 'needle');
    // @ts-expect-error use.age takes a number
    intake.answer('use.age', '31');
    expectTypeOf(intake.answers).toEqualTypeOf<AnswersOf<Fixture>>();
    expectTypeOf(intake.summary).toEqualTypeOf<ReferralSummary | undefined>();
  });
});

describe('the flow of a questionnaire known only at run time', () => {
  it('takes any item id and value, checked when the flow runs', () => {
    const parsed: Questionnaire = fixture;
    createActor(createIntakeMachine(parsed))
      .start()
      .send({ type: 'ANSWER', itemId: 'anything', value: { from: 'a form' } });
    startIntake(parsed).answer('anything', 42);
    expectTypeOf(startIntake(parsed).answers).toEqualTypeOf<{ readonly [itemId: string]: string | number | boolean | readonly string[] }>();
  });
});
