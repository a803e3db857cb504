import { NOT_VALIDATED } from '../../src/definition/instrument.js';
import type { QuestionnaireModule } from '../module.js';

const TOLD = 'cooccurring.told';
const CONCERNS = 'cooccurring.concerns';

const CONTEXT_OPTIONS = [
  { value: 'only-using', text: { en: 'Only while using or withdrawing' } },
  { value: 'other-times', text: { en: 'At other times too' } },
  { value: 'unsure', text: { en: 'Not sure' } },
] as const;
const CONTEXT_TEXT = { en: 'Does this happen only while you are using or withdrawing?' } as const;

/**
 * "Has a health professional ever told you…": the person's report of what a
 * professional told them. Findings from it never state a diagnosis of ours.
 */
export const reportedHistoryItem = {
  id: TOLD,
  kind: 'multi',
  text: { en: 'Has a doctor, nurse or other health professional ever told you that you have any of these? Choose all that apply.' },
  options: [
    { value: 'bipolar', text: { en: 'Bipolar disorder' } },
    { value: 'psychosis', text: { en: 'Schizophrenia or psychosis' } },
    { value: 'anxiety', text: { en: 'An anxiety problem' } },
    { value: 'depression', text: { en: 'Depression' } },
    { value: 'ptsd', text: { en: 'PTSD (post-traumatic stress)' } },
    { value: 'eating', text: { en: 'An eating disorder' } },
    { value: 'none', text: { en: 'None of these' }, exclusive: true },
  ],
  preferNotToAnswer: true,
} as const;

/** Current concerns the person reports, each later asked whether it happens only while using or withdrawing. */
export const currentConcernsItem = {
  id: CONCERNS,
  kind: 'multi',
  text: { en: 'Have any of these been a concern for you lately? Choose all that apply.' },
  options: [
    { value: 'mood-swings', text: { en: 'Times of feeling very up, wired or full of energy while needing little sleep' } },
    { value: 'voices', text: { en: 'Hearing or seeing things that other people do not' } },
    { value: 'eating', text: { en: 'Worries about eating, food or weight' } },
    { value: 'self-harm-now', text: { en: 'Hurting yourself on purpose, now or in the past month' } },
    { value: 'self-harm-past', text: { en: 'Hurting yourself on purpose, more than a month ago' } },
    { value: 'none', text: { en: 'None of these' }, exclusive: true },
  ],
  preferNotToAnswer: true,
} as const;

const MH = ['mental-health-assessment'] as const;
const COORDINATE = { en: 'With the person’s permission, ask for past records and coordinate with any clinician who treats them.' } as const;

/** Rules that read only the reported-history and current-concerns items, so the brief screen can reuse them. */
export const coOccurringReportRules = [
  {
    id: 'history.bipolar',
    when: { item: TOLD, includes: 'bipolar' },
    domain: 'co-occurring-history',
    finding: { en: 'Reports being told by a health professional of bipolar disorder.' },
    planning: COORDINATE,
    referrals: MH,
  },
  {
    id: 'history.psychosis',
    when: { item: TOLD, includes: 'psychosis' },
    domain: 'co-occurring-history',
    finding: { en: 'Reports being told by a health professional of schizophrenia or psychosis.' },
    planning: COORDINATE,
    referrals: MH,
  },
  {
    id: 'history.anxiety',
    when: { item: TOLD, includes: 'anxiety' },
    domain: 'co-occurring-history',
    finding: { en: 'Reports being told by a health professional of an anxiety problem.' },
    planning: COORDINATE,
    referrals: MH,
  },
  {
    id: 'history.depression',
    when: { item: TOLD, includes: 'depression' },
    domain: 'co-occurring-history',
    finding: { en: 'Reports being told by a health professional of depression.' },
    planning: COORDINATE,
    referrals: MH,
  },
  {
    id: 'history.ptsd',
    when: { item: TOLD, includes: 'ptsd' },
    domain: 'co-occurring-history',
    finding: { en: 'Reports being told by a health professional of PTSD (post-traumatic stress).' },
    planning: { en: 'Offer trauma-informed care, and coordinate with any clinician who treats the person.' },
    referrals: ['mental-health-assessment', 'trauma-informed-care'],
  },
  {
    id: 'history.eating',
    when: { item: TOLD, includes: 'eating' },
    domain: 'co-occurring-history',
    finding: { en: 'Reports being told by a health professional of an eating disorder.' },
    planning: { en: 'Eating concerns can affect withdrawal care and nutrition; an eating-concerns assessment is suggested.' },
    referrals: ['eating-concerns-assessment', 'mental-health-assessment'],
  },
  {
    id: 'concern.mood-swings',
    when: { item: CONCERNS, includes: 'mood-swings' },
    domain: 'co-occurring-concerns',
    finding: { en: 'Reports recent times of feeling very up or wired while needing little sleep.' },
    planning: { en: 'A mental-health assessment is suggested before starting medicines that can affect mood.' },
    referrals: MH,
  },
  {
    id: 'concern.voices',
    when: { item: CONCERNS, includes: 'voices' },
    domain: 'co-occurring-concerns',
    finding: { en: 'Reports recently hearing or seeing things that other people do not.' },
    planning: { en: 'A mental-health assessment is suggested; these experiences can come with some substances or withdrawal, and can also need their own care.' },
    referrals: MH,
  },
  {
    id: 'concern.eating',
    when: { item: CONCERNS, includes: 'eating' },
    domain: 'co-occurring-concerns',
    finding: { en: 'Reports recent worries about eating, food or weight.' },
    planning: { en: 'An eating-concerns assessment is suggested; some treatment settings can support this.' },
    referrals: ['eating-concerns-assessment'],
  },
  {
    id: 'concern.self-harm-now',
    when: { item: CONCERNS, includes: 'self-harm-now' },
    domain: 'safety',
    finding: { en: 'Reports hurting themselves on purpose now or in the past month.' },
    planning: { en: 'A clinician should talk with the person about safety soon, today if possible.' },
    urgency: 'urgent',
    referrals: MH,
  },
  {
    id: 'concern.self-harm-past',
    when: { item: CONCERNS, includes: 'self-harm-past' },
    domain: 'co-occurring-concerns',
    finding: { en: 'Reports hurting themselves on purpose more than a month ago.' },
    planning: { en: 'Ask about safety and what helped then; a mental-health assessment is suggested.' },
    referrals: MH,
  },
] as const;

/** Residential indicator: serious mental-health concerns reported (history or current experiences). */
export const seriousMentalHealthRule = {
  id: 'setting.serious-mental-health-concerns',
  when: {
    any: [
      { item: TOLD, includes: 'bipolar' },
      { item: TOLD, includes: 'psychosis' },
      { item: CONCERNS, includes: 'voices' },
      { item: CONCERNS, includes: 'mood-swings' },
    ],
  },
  domain: 'co-occurring-history',
  finding: {
    en: 'Reports being told by a health professional of bipolar disorder, schizophrenia or psychosis, or reports recent experiences such as hearing or seeing things others do not, or feeling very up with little sleep.',
  },
  planning: { en: 'A treatment setting with mental-health care on site may be worth considering; the clinician decides.' },
  setting: 'serious-mental-health-concerns',
} as const;

/** Safety trigger: self-harm now or in the past month. Shows crisis resources before the person moves on. */
export const selfHarmNowTrigger = {
  id: 'cooccurring.self-harm-now',
  tier: 'flag',
  when: { item: CONCERNS, includes: 'self-harm-now' },
  urgency: 'urgent',
  reason: { en: 'Reports hurting themselves on purpose now or in the past month.' },
} as const;

/**
 * Co-occurring conditions: what a health professional has told the person
 * (reported history) and current concerns, each followed by whether it happens
 * only while using or withdrawing.
 *
 * @example
 * ```ts
 * import { coOccurringModule } from 'intake-screening/questionnaires';
 * coOccurringModule.sections[0].items[0].id; // 'cooccurring.told'
 * ```
 */
export const coOccurringModule = {
  sections: [
    {
      id: 'co-occurring',
      title: { en: 'Other health concerns' },
      description: { en: 'Many people who use substances also have other health concerns. Knowing about them helps us plan care.' },
      instrument: { kind: 'descriptive', name: 'Co-occurring conditions', note: NOT_VALIDATED },
      items: [
        reportedHistoryItem,
        currentConcernsItem,
        { id: 'cooccurring.mood-swings-context', kind: 'single', text: CONTEXT_TEXT, help: { en: 'About feeling very up with little sleep.' }, options: CONTEXT_OPTIONS, when: { item: CONCERNS, includes: 'mood-swings' }, preferNotToAnswer: true },
        { id: 'cooccurring.voices-context', kind: 'single', text: CONTEXT_TEXT, help: { en: 'About hearing or seeing things others do not.' }, options: CONTEXT_OPTIONS, when: { item: CONCERNS, includes: 'voices' }, preferNotToAnswer: true },
        { id: 'cooccurring.eating-context', kind: 'single', text: CONTEXT_TEXT, help: { en: 'About worries about eating or weight.' }, options: CONTEXT_OPTIONS, when: { item: CONCERNS, includes: 'eating' }, preferNotToAnswer: true },
        {
          id: 'cooccurring.self-harm-context',
          kind: 'single',
          text: CONTEXT_TEXT,
          help: { en: 'About hurting yourself on purpose.' },
          options: CONTEXT_OPTIONS,
          when: { any: [{ item: CONCERNS, includes: 'self-harm-now' }, { item: CONCERNS, includes: 'self-harm-past' }] },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    ...coOccurringReportRules,
    seriousMentalHealthRule,
    {
      id: 'concern.only-while-using',
      when: {
        any: [
          { item: 'cooccurring.mood-swings-context', eq: 'only-using' },
          { item: 'cooccurring.voices-context', eq: 'only-using' },
          { item: 'cooccurring.eating-context', eq: 'only-using' },
          { item: 'cooccurring.self-harm-context', eq: 'only-using' },
        ],
      },
      domain: 'co-occurring-concerns',
      finding: { en: 'Reports that some of these concerns happen only while using or withdrawing.' },
      planning: { en: 'Check again once use and withdrawal are stable; these concerns can still need care in the meantime.' },
    },
  ],
  safety: [selfHarmNowTrigger],
} as const satisfies QuestionnaireModule;
