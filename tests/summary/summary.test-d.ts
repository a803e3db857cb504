import { describe, expectTypeOf, it } from 'vitest';
import type { Domain, ReferralType, SettingIndicator, Urgency } from '../../src/definition/rule.js';
import type { LocalizedText } from '../../src/definition/text.js';
import type { AnswersOf, Questionnaire, QuestionnaireInput } from '../../src/definition/types.js';
import { briefScreen } from '../../questionnaires/index.js';
import type { DOMAIN_HEADINGS, SETTING_PHRASES, URGENCY_PATIENT_PHRASES, URGENCY_PHRASES } from '../../src/summary/phrases.js';
import { findGuardedPhrases, type GuardHit } from '../../src/language-guard/index.js';
import { REFERRAL_PHRASES } from '../../src/summary/phrases.js';
import { renderSummary, type RenderSummaryOptions } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import type { ReferralSummary, SafetyFlag, UrgencyReason } from '../../src/summary/referral-summary.js';
import type { FiredTriggerRef, RaisedTrigger } from '../../src/summary/summarize.js';
import type { FiredTrigger, RecordedUrgency } from '../../src/flow/intake-context.js';
import type { SummarizeOptions } from '../../src/summary/summarize-options.js';
import type { SummaryAnswer } from '../../src/summary/referral-summary.js';

describe('summary types', () => {
  it('keeps each deprecated name as the same type as the name that replaced it', () => {
    expectTypeOf<QuestionnaireInput>().toEqualTypeOf<Questionnaire>();
    expectTypeOf<RaisedTrigger>().toEqualTypeOf<FiredTriggerRef>();
    expectTypeOf<NonNullable<SummarizeOptions['raised']>>().toEqualTypeOf<NonNullable<SummarizeOptions['fired']>>();
    expectTypeOf<NonNullable<SummarizeOptions['raisedRules']>>().toEqualTypeOf<NonNullable<SummarizeOptions['urgencyRules']>>();
  });

  it('keeps the summarize signature the flow calls', () => {
    expectTypeOf(summarize).parameters.toEqualTypeOf<
      [
        QuestionnaireInput,
        unknown,
        (
          | {
              readonly locale?: string;
              readonly fired?: readonly (string | RaisedTrigger)[];
              readonly urgencyRules?: readonly (string | { readonly id: string })[];
              readonly raised?: readonly (string | RaisedTrigger)[];
              readonly raisedRules?: readonly (string | { readonly id: string })[];
            }
          | undefined
        )?,
      ]
    >();
    expectTypeOf(summarize).returns.toEqualTypeOf<ReferralSummary>();
  });

  it('checks answers written in place against the questionnaire, and leaves data from outside to run time', () => {
    summarize(briefScreen, { 'asq.q1': 1, 'withdrawal.screen': ['alcohol'] });
    // @ts-expect-error an item id the questionnaire does not have
    summarize(briefScreen, { 'asq.q9': 1 });
    // @ts-expect-error a value the item does not take (ASQ answers are 0 or 1)
    summarize(briefScreen, { 'asq.q1': 2 });
    // @ts-expect-error an option value with a typo
    summarize(briefScreen, { 'withdrawal.screen': ['alcohl'] });
    const widened = { 'asq.q1': 0, 'withdrawal.screen': ['alcohol'] };
    summarize(briefScreen, widened); // number and string[]: the item's kind, values checked at run time
    const wrongKind = { 'asq.q1': Boolean('yes') };
    // @ts-expect-error a boolean for a numeric item
    summarize(briefScreen, wrongKind);
    summarize(briefScreen, JSON.parse('{}') as unknown);
    summarize(briefScreen, {} as Record<string, unknown>);
    const either = Math.random() < 2 ? ({} as Record<string, unknown>) : ({ 'asq.q1': 1 } as const);
    summarize(briefScreen, either); // a union: each member is checked alone
    const answers: AnswersOf<typeof briefScreen> = { 'asq.q5': 'yes' };
    summarize(briefScreen, answers);
    const parsed: Questionnaire = briefScreen;
    summarize(parsed, { 'anything.at-all': 7 }); // a questionnaire parsed at run time knows no ids
  });

  it('marks a flag whose answer changed with an optional literal true, nothing else', () => {
    expectTypeOf<SafetyFlag['answerChanged']>().toEqualTypeOf<true | undefined>();
    expectTypeOf<SafetyFlag>().toHaveProperty('answerChanged');
    // @ts-expect-error the marker is the literal true; `false` is written by leaving it out
    const notAllowed: SafetyFlag['answerChanged'] = false;
    void notAllowed;
    // Summaries written before the marker existed still type-check.
    expectTypeOf<{ id: string; tier: 'flag'; urgency: 'urgent'; reason: string; evidence: [] }>().toExtend<SafetyFlag>();
  });

  it('takes the flow’s fired records as raised triggers, and marks answers not asked with a literal true', () => {
    expectTypeOf<FiredTrigger>().toExtend<RaisedTrigger>();
    // The flow's urgency records are what raisedRules takes.
    expectTypeOf<RecordedUrgency>().toExtend<NonNullable<SummarizeOptions['raisedRules']>[number]>();
    expectTypeOf<UrgencyReason['answerChanged']>().toEqualTypeOf<true | undefined>();
    expectTypeOf<SafetyFlag['notAsked']>().toEqualTypeOf<true | undefined>();
    expectTypeOf<SummaryAnswer['notAsked']>().toEqualTypeOf<true | undefined>();
    // Summaries written before the answers part existed still type-check.
    expectTypeOf<ReferralSummary['answers']>().toEqualTypeOf<{ section: string; title: string; answers: SummaryAnswer[] }[] | undefined>();
  });

  it('has no field that can hold a diagnosis', () => {
    type Keys = keyof ReferralSummary;
    expectTypeOf<Extract<Keys, 'diagnosis' | 'diagnoses' | 'conditions' | 'disorders'>>().toBeNever();
    expectTypeOf<keyof ReferralSummary['findings']>().toEqualTypeOf<Domain>();
    // `asam` holds dimension names from a closed enum, never free text.
    expectTypeOf<keyof ReferralSummary['findings'][Domain][number]>().toEqualTypeOf<'ruleId' | 'text' | 'planning' | 'asam' | 'evidence'>();
    expectTypeOf<ReferralSummary['urgency']['level']>().toEqualTypeOf<Urgency>();
    expectTypeOf<ReferralSummary['summaryVersion']>().toEqualTypeOf<'1'>();
  });

  it('words every enum value in the phrase tables', () => {
    expectTypeOf(REFERRAL_PHRASES).toExtend<Record<ReferralType, LocalizedText>>();
    expectTypeOf<keyof typeof REFERRAL_PHRASES>().toEqualTypeOf<ReferralType>();
    expectTypeOf<keyof typeof SETTING_PHRASES>().toEqualTypeOf<SettingIndicator>();
    expectTypeOf<keyof typeof DOMAIN_HEADINGS>().toEqualTypeOf<Domain>();
    expectTypeOf<keyof typeof URGENCY_PHRASES>().toEqualTypeOf<Urgency>();
    expectTypeOf<keyof typeof URGENCY_PATIENT_PHRASES>().toEqualTypeOf<Urgency>();
  });

  it('types renderer options and guard hits as literal unions', () => {
    expectTypeOf<RenderSummaryOptions['format']>().toEqualTypeOf<'text' | 'markdown' | 'html'>();
    expectTypeOf<RenderSummaryOptions['audience']>().toEqualTypeOf<'clinician' | 'patient'>();
    expectTypeOf(renderSummary).returns.toEqualTypeOf<string>();
    expectTypeOf(findGuardedPhrases).returns.toEqualTypeOf<GuardHit[]>();
    expectTypeOf<GuardHit['kind']>().toEqualTypeOf<'diagnostic' | 'stigmatizing'>();
    // @ts-expect-error an unknown format is a compile error
    renderSummary({} as ReferralSummary, { format: 'pdf', audience: 'patient' });
  });
});
