import { describe, expectTypeOf, it } from 'vitest';
import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';
import type { AnswersOf, ItemIdOf, ScoreIdOf } from '../../src/definition/types.js';
import { substanceUseModule } from '../../questionnaires/modules/substance-use.js';
import type { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';

type Intake = AnswersOf<typeof substanceUseIntake>;
type Brief = AnswersOf<typeof briefScreen>;

describe('AnswersOf<typeof substanceUseIntake>', () => {
  it('keys answers by literal item ids, descriptive and instrument alike', () => {
    expectTypeOf<'substance.route'>().toExtend<keyof Intake>();
    expectTypeOf<'motivation.reasons'>().toExtend<keyof Intake>();
    expectTypeOf<'taps.heroin.any'>().toExtend<keyof Intake>();
    expectTypeOf<'phq9.q9'>().toExtend<keyof Intake>();
    expectTypeOf<string>().not.toExtend<keyof Intake>();
    // Display items take no answer.
    expectTypeOf<'about.purpose'>().not.toExtend<keyof Intake>();
  });

  it('types each answer by its item kind and options', () => {
    expectTypeOf<NonNullable<Intake['substance.route']>>().toEqualTypeOf<
      readonly ('swallowing' | 'smoking' | 'snorting' | 'injection' | 'other')[] | 'prefer-not-to-answer'
    >();
    expectTypeOf<NonNullable<Intake['withdrawal.severity']>>().toEqualTypeOf<'mild' | 'moderate' | 'severe' | 'prefer-not-to-answer'>();
    expectTypeOf<NonNullable<Intake['living.home-support']>>().toEqualTypeOf<boolean | 'prefer-not-to-answer'>();
    expectTypeOf<NonNullable<Intake['motivation.other']>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Intake['phq9.q1']>>().toEqualTypeOf<0 | 1 | 2 | 3>();
  });

  it('accepts a well-typed answers object', () => {
    const answers: Intake = {
      'substance.used': ['heroin', 'fentanyl'],
      'substance.route': ['injection'],
      'substance.naloxone': 'no',
      'withdrawal.severity': 'severe',
      'phq9.q9': 1,
      'living.transport': 'prefer-not-to-answer',
    };
    expectTypeOf(answers).toExtend<Intake>();
  });

  it('rejects typos in item ids and option values', () => {
    // @ts-expect-error "substance.rout" is not an item id
    const badId: Intake = { 'substance.rout': ['injection'] };
    // @ts-expect-error "injecting" is not an option of substance.route
    const badOption: Intake = { 'substance.route': ['injecting'] };
    // @ts-expect-error "very-severe" is not an option of withdrawal.severity
    const badSingle: Intake = { 'withdrawal.severity': 'very-severe' };
    // @ts-expect-error 4 is not a PHQ-9 answer value
    const badScale: Intake = { 'phq9.q1': 4 };
    // @ts-expect-error a boolean item takes true or false, not "yes"
    const badBoolean: Intake = { 'living.home-support': 'yes' };
    expectTypeOf([badId, badOption, badSingle, badScale, badBoolean]).not.toBeNever();
  });

  it('names scores literally', () => {
    expectTypeOf<'phq9' | 'taps.heroin' | 'auditc'>().toExtend<ScoreIdOf<typeof substanceUseIntake>>();
    expectTypeOf<'phq9'>().not.toExtend<ScoreIdOf<typeof briefScreen>>();
  });
});

describe('AnswersOf<typeof briefScreen>', () => {
  it('holds only the questions the brief screen asks', () => {
    expectTypeOf<'phq9.q1' | 'phq9.q2' | 'gad7.q2' | 'asq.q5' | 'living.transport' | 'cooccurring.told'>().toExtend<ItemIdOf<typeof briefScreen>>();
    expectTypeOf<'phq9.q3'>().not.toExtend<keyof Brief>();
    expectTypeOf<'taps.heroin.any'>().not.toExtend<keyof Brief>();
  });
});

describe('descriptive modules in defineQuestionnaire', () => {
  it('check a rule’s option values against the module’s items at compile time', () => {
    defineQuestionnaire({
      id: 'x',
      version: '1.0.0',
      title: { en: 'X' },
      sections: substanceUseModule.sections,
      rules: substanceUseModule.rules,
    });
    defineQuestionnaire({
      id: 'x',
      version: '1.0.0',
      title: { en: 'X' },
      sections: substanceUseModule.sections,
      // @ts-expect-error "injecting" is not an option of substance.route
      rules: [{ id: 'r', when: { item: 'substance.route', includes: 'injecting' }, domain: 'substance-use', finding: { en: 'Reports injecting.' } }],
    });
  });
});
