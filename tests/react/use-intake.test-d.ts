import { describe, expectTypeOf, it } from 'vitest';
import type { Questionnaire, ReferralSummary } from 'intake-screening';
import type { asq, gad7 } from 'intake-screening/questionnaires';
import type { IntakeItemState, IntakeState, RestoreOutcome, UseIntakeResult } from 'intake-screening/react';
import { IntakeForm, useIntake } from 'intake-screening/react';

declare const intake: UseIntakeResult<typeof asq>;

describe('useIntake is typed by its questionnaire', () => {
  it('returns the result typed by the questionnaire passed', () => {
    expectTypeOf(useIntake<typeof gad7>).returns.toEqualTypeOf<UseIntakeResult<typeof gad7>>();
    expectTypeOf(intake.state).toEqualTypeOf<IntakeState<typeof asq>>();
    expectTypeOf(intake.summary).toEqualTypeOf<ReferralSummary | undefined>();
    expectTypeOf(intake.restore).toEqualTypeOf<RestoreOutcome>();
  });

  it('answer takes only item ids of the questionnaire, each with its own answer type', () => {
    intake.answer('asq.q5', 'yes');
    intake.answer('asq.q1', 0);
    intake.answer('asq.q1', null);
    // @ts-expect-error: no such item
    intake.answer('asq.q9', 'yes');
    // @ts-expect-error: the acuity question is yes/no
    intake.answer('asq.q5', 'maybe');
    // @ts-expect-error: questions 1-4 are 0 or 1
    intake.answer('asq.q1', 2);
  });

  it('an item of the state, narrowed by its id, carries that item and its answer type', () => {
    const shown = intake.state.items[0];
    expectTypeOf(shown).toEqualTypeOf<IntakeItemState<typeof asq> | undefined>();
    if (shown?.id === 'asq.q1') {
      expectTypeOf(shown.answer).toEqualTypeOf<0 | 1 | 'prefer-not-to-answer' | undefined>();
      expectTypeOf(shown.item.id).toEqualTypeOf<'asq.q1'>();
    }
    if (shown?.id === 'asq.q5') expectTypeOf(shown.answer).toEqualTypeOf<'yes' | 'no' | 'prefer-not-to-answer' | undefined>();
    expectTypeOf<IntakeItemState<typeof asq>['error']>().toEqualTypeOf<string | undefined>();
  });

  it('a questionnaire loaded at run time takes any item id and answer', () => {
    const loose = {} as UseIntakeResult<Questionnaire>;
    loose.answer('anything', ['a', 'b']);
    expectTypeOf(loose.state.items[0]?.id).toEqualTypeOf<string | undefined>();
  });

  it('<IntakeForm> takes the element events as typed props', () => {
    expectTypeOf(IntakeForm)
      .parameter(0)
      .toHaveProperty('onSafety')
      .toEqualTypeOf<
        | ((detail: {
            readonly urgency: 'emergency' | 'urgent';
            readonly triggers: readonly { readonly id: string; readonly tier: 'interrupt' | 'flag'; readonly urgency: 'emergency' | 'urgent' }[];
            readonly resumed: boolean;
          }) => void)
        | undefined
      >();
  });
});
