import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { type QuestionnaireModule, US_CRISIS_RESOURCES } from '../module.js';
import { YES_NO_CHOICE, YES_NO_SCALE } from './answer-options.js';
import { loinc } from './loinc.js';

/** TAPS-1 answers in the published order, with the LOINC answer codes of the US Core TAPS Questionnaire. */
const FREQUENCY = [
  { value: 'daily', text: { en: 'Daily or almost daily' }, codes: [loinc('LA18934-2', 'Daily or almost daily')] },
  { value: 'weekly', text: { en: 'Weekly' }, codes: [loinc('LA18891-4', 'Weekly')] },
  { value: 'monthly', text: { en: 'Monthly' }, codes: [loinc('LA18876-5', 'Monthly')] },
  { value: 'less-than-monthly', text: { en: 'Less than monthly' }, codes: [loinc('LA18933-4', 'Less than monthly')] },
  { value: 'never', text: { en: 'Never' }, codes: [loinc('LA6270-8', 'Never')] },
] as const;
const TAPS1 = { kind: 'single', options: FREQUENCY, required: true, preferNotToAnswer: true } as const;
const YES_NO = { kind: 'scale', options: YES_NO_SCALE, required: true, preferNotToAnswer: true } as const;

// TAPS-2 follows only the TAPS-1 classes answered other than "Never". A declined TAPS-1
// answer is respected: the detailed questions about that class are not asked.
const TOBACCO = { item: 'taps.tobacco.frequency', ne: 'never' } as const;
const ALCOHOL = { item: 'taps.alcohol.frequency', ne: 'never' } as const;
const DRUGS = { item: 'taps.drugs.frequency', ne: 'never' } as const;
const RX = { item: 'taps.rx.frequency', ne: 'never' } as const;

const BANDS_3 = [
  { min: 0, max: 0, label: { en: 'No use in the past 3 months' } },
  { min: 1, max: 1, label: { en: 'Problem use' } },
  { min: 2, max: 3, label: { en: 'Higher risk' } },
] as const;
const CUTOFF = [{ gte: 1, label: { en: '≥ 1 (problem use or higher; McNeely et al. 2016 recommend 1+ for screening; 2+ is "higher risk")' } }] as const;
const FURTHER = 'further assessment by a qualified clinician is recommended.';

/**
 * The NIDA Tobacco, Alcohol, Prescription medication, and other Substance use
 * (TAPS) Tool: the four TAPS-1 frequency questions (past 12 months), then the
 * TAPS-2 yes/no questions (past 3 months) for each class used, each class's
 * detail questions only after "yes" to its use question.
 *
 * TAPS-1 items: `taps.tobacco.frequency`, `taps.alcohol.frequency`,
 * `taps.drugs.frequency`, `taps.rx.frequency`. Scores (sum of "yes" answers to
 * a substance's TAPS-2 questions): `taps.tobacco`, `taps.alcohol`,
 * `taps.marijuana`, `taps.cocaine`, `taps.heroin`, `taps.rx-opioids`,
 * `taps.sedatives`, `taps.rx-stimulants`; 0 no use in the past 3 months,
 * 1 problem use, 2+ higher risk; `not-applicable` when the TAPS-1 class was
 * "Never". "Other drugs" is asked and reported, not scored, as in TAPS.
 *
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { tapsModule } from 'intake-screening/questionnaires';
 * const q = defineQuestionnaire({ id: 'use', version: '1.0.0', title: { en: 'Substance use' }, ...tapsModule });
 * ```
 */
export const tapsModule = {
  sections: [
    {
      id: 'taps',
      title: { en: 'Tobacco, alcohol, prescription medications and other substances' },
      instrument: {
        kind: 'validated',
        name: 'TAPS',
        title: 'Tobacco, Alcohol, Prescription medication, and other Substance use Tool',
        citation:
          'McNeely J, Wu LT, Subramaniam G, Sharma G, Cathers LA, Svikis D, Sleiter L, Russell L, Nordeck C, Sharma A, O’Grady KE, Bouk LB, Cushing C, King J, Wahle A, Schwartz RP. Performance of the Tobacco, Alcohol, Prescription Medication, and Other Substance Use (TAPS) Tool for substance use screening in primary care patients. Ann Intern Med. 2016;165(10):690-699. doi:10.7326/M16-0317.',
        licence:
          'Developed by the National Institute on Drug Abuse (NIDA) Clinical Trials Network. As a federally funded (NIH) tool it is in the public domain in the US. LOINC codes: LOINC is copyright © Regenstrief Institute, Inc., available at no cost under the licence at https://loinc.org/license.',
        url: 'https://nida.nih.gov/taps2/',
        codes: [loinc('96841-2', 'Tobacco, Alcohol, Prescription medications, and other Substance use screen [TAPS]')],
      },
      items: [
        {
          id: 'taps.tobacco.frequency',
          text: { en: 'In the PAST 12 MONTHS, how often have you used any tobacco product (for example, cigarettes, e-cigarettes, cigars, pipes, or smokeless tobacco)?' },
          ...TAPS1,
          codes: [loinc('96842-0', 'How often have you used any tobacco product in past 12 months')],
        },
        {
          id: 'taps.alcohol.frequency',
          // One neutral wording states both published sex-specific amounts, so the tool asks no sex question.
          // LOINC codes each amount separately (88037-7, 75889-6), so neither code fits this item.
          text: { en: 'In the PAST 12 MONTHS, how often have you had 5 or more drinks (men) / 4 or more drinks (women) containing alcohol in one day?' },
          help: { en: 'One standard drink is about 1 small glass of wine (5 oz), 1 beer (12 oz), or 1 single shot of liquor.' },
          ...TAPS1,
        },
        {
          id: 'taps.drugs.frequency',
          text: { en: 'In the PAST 12 MONTHS, how often have you used any drugs including marijuana, cocaine or crack, heroin, methamphetamine (crystal meth), hallucinogens, ecstasy/MDMA?' },
          ...TAPS1,
          codes: [loinc('96843-8', 'How often have you used illegal or recreational drugs in past 12 months')],
        },
        {
          id: 'taps.rx.frequency',
          text: { en: 'In the PAST 12 MONTHS, how often have you used any prescription medications just for the feeling, more than prescribed or that were not prescribed for you?' },
          help: {
            en: 'Prescription medications that may be used this way include: opiate pain relievers (for example, OxyContin, Vicodin, Percocet, methadone); medications for anxiety or sleeping (for example, Xanax, Ativan, Klonopin); medications for ADHD (for example, Adderall or Ritalin).',
          },
          ...TAPS1,
          codes: [loinc('96844-6', 'How often have you used any prescription medications just for the feeling, more than prescribed or that were not prescribed for you in past 12 months [TAPS]')],
        },

        { id: 'taps.tobacco.cigarettes', text: { en: 'In the PAST 3 MONTHS, did you smoke a cigarette containing tobacco?' }, when: TOBACCO, ...YES_NO },
        {
          id: 'taps.tobacco.more-than-10',
          text: { en: 'In the PAST 3 MONTHS, did you usually smoke more than 10 cigarettes each day?' },
          when: { item: 'taps.tobacco.cigarettes', eq: 1 },
          ...YES_NO,
        },
        {
          id: 'taps.tobacco.within-30-min',
          text: { en: 'In the PAST 3 MONTHS, did you usually smoke within 30 minutes after waking?' },
          when: { item: 'taps.tobacco.cigarettes', eq: 1 },
          ...YES_NO,
        },

        { id: 'taps.alcohol.any', text: { en: 'In the PAST 3 MONTHS, did you have a drink containing alcohol?' }, when: ALCOHOL, ...YES_NO },
        {
          id: 'taps.alcohol.heavy-day',
          text: { en: 'In the PAST 3 MONTHS, did you have 5 or more drinks (men) / 4 or more drinks (women) containing alcohol in a day?' },
          when: { item: 'taps.alcohol.any', eq: 1 },
          ...YES_NO,
        },
        {
          id: 'taps.alcohol.failed-to-cut-down',
          text: { en: 'In the PAST 3 MONTHS, have you tried and failed to control, cut down or stop drinking?' },
          when: { item: 'taps.alcohol.any', eq: 1 },
          ...YES_NO,
        },
        {
          id: 'taps.alcohol.concern',
          text: { en: 'In the PAST 3 MONTHS, has anyone expressed concern about your drinking?' },
          when: { item: 'taps.alcohol.any', eq: 1 },
          ...YES_NO,
        },

        { id: 'taps.marijuana.any', text: { en: 'In the PAST 3 MONTHS, did you use marijuana (hash, weed)?' }, when: DRUGS, ...YES_NO },
        {
          id: 'taps.marijuana.weekly-urge',
          text: { en: 'In the PAST 3 MONTHS, have you had a strong desire or urge to use marijuana at least once a week or more often?' },
          when: { item: 'taps.marijuana.any', eq: 1 },
          ...YES_NO,
        },
        {
          id: 'taps.marijuana.concern',
          text: { en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of marijuana?' },
          when: { item: 'taps.marijuana.any', eq: 1 },
          ...YES_NO,
        },

        { id: 'taps.cocaine.any', text: { en: 'In the PAST 3 MONTHS, did you use cocaine, crack, or methamphetamine (crystal meth)?' }, when: DRUGS, ...YES_NO },
        {
          id: 'taps.cocaine.weekly',
          text: { en: 'In the PAST 3 MONTHS, did you use cocaine, crack, or methamphetamine (crystal meth) at least once a week or more often?' },
          when: { item: 'taps.cocaine.any', eq: 1 },
          ...YES_NO,
        },
        {
          id: 'taps.cocaine.concern',
          text: { en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of cocaine, crack, or methamphetamine (crystal meth)?' },
          when: { item: 'taps.cocaine.any', eq: 1 },
          ...YES_NO,
        },

        { id: 'taps.heroin.any', text: { en: 'In the PAST 3 MONTHS, did you use heroin?' }, when: DRUGS, ...YES_NO },
        {
          id: 'taps.heroin.failed-to-cut-down',
          text: { en: 'In the PAST 3 MONTHS, have you tried and failed to control, cut down or stop using heroin?' },
          when: { item: 'taps.heroin.any', eq: 1 },
          ...YES_NO,
        },
        {
          id: 'taps.heroin.concern',
          text: { en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of heroin?' },
          when: { item: 'taps.heroin.any', eq: 1 },
          ...YES_NO,
        },

        {
          id: 'taps.rx-opioids.any',
          text: { en: 'In the PAST 3 MONTHS, did you use a prescription opiate pain reliever (for example, Percocet or Vicodin) not as prescribed or that was not prescribed for you?' },
          when: RX,
          ...YES_NO,
        },
        {
          id: 'taps.rx-opioids.failed-to-cut-down',
          text: { en: 'In the PAST 3 MONTHS, have you tried and failed to control, cut down or stop using an opiate pain reliever?' },
          when: { item: 'taps.rx-opioids.any', eq: 1 },
          ...YES_NO,
        },
        {
          id: 'taps.rx-opioids.concern',
          text: { en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of an opiate pain reliever?' },
          when: { item: 'taps.rx-opioids.any', eq: 1 },
          ...YES_NO,
        },

        {
          id: 'taps.sedatives.any',
          text: { en: 'In the PAST 3 MONTHS, did you use a medication for anxiety or sleep (for example, Xanax, Ativan, or Klonopin) not as prescribed or that was not prescribed for you?' },
          when: RX,
          ...YES_NO,
        },
        {
          id: 'taps.sedatives.weekly-urge',
          text: { en: 'In the PAST 3 MONTHS, have you had a strong desire or urge to use medications for anxiety or sleep at least once a week or more often?' },
          when: { item: 'taps.sedatives.any', eq: 1 },
          ...YES_NO,
        },
        {
          id: 'taps.sedatives.concern',
          text: { en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of medication for anxiety or sleep?' },
          when: { item: 'taps.sedatives.any', eq: 1 },
          ...YES_NO,
        },

        {
          id: 'taps.rx-stimulants.any',
          text: { en: 'In the PAST 3 MONTHS, did you use a medication for ADHD (for example, Adderall, Ritalin) not as prescribed or that was not prescribed for you?' },
          when: RX,
          ...YES_NO,
        },
        {
          id: 'taps.rx-stimulants.weekly',
          text: { en: 'In the PAST 3 MONTHS, did you use a medication for ADHD (for example, Adderall, Ritalin) at least once a week or more often?' },
          when: { item: 'taps.rx-stimulants.any', eq: 1 },
          ...YES_NO,
        },
        {
          id: 'taps.rx-stimulants.concern',
          text: { en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of a medication for ADHD (for example, Adderall or Ritalin)?' },
          when: { item: 'taps.rx-stimulants.any', eq: 1 },
          ...YES_NO,
        },

        {
          id: 'taps.other.any',
          kind: 'single',
          text: {
            en: 'In the PAST 3 MONTHS, did you use any other illegal or recreational drug (for example, ecstasy/molly, GHB, poppers, LSD, mushrooms, special K, bath salts, synthetic marijuana ("spice"), whip-its, etc.)?',
          },
          when: DRUGS,
          options: YES_NO_CHOICE,
          required: true,
          preferNotToAnswer: true,
        },
        {
          id: 'taps.other.which',
          kind: 'text',
          text: { en: 'In the PAST 3 MONTHS, what other drug(s) did you use?' },
          when: { item: 'taps.other.any', eq: 'yes' },
          maxLength: 500,
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  scores: [
    {
      id: 'taps.tobacco',
      title: { en: 'TAPS tobacco' },
      section: 'taps',
      items: ['taps.tobacco.cigarettes', 'taps.tobacco.more-than-10', 'taps.tobacco.within-30-min'],
      bands: BANDS_3,
      cutoffs: CUTOFF,
      positiveMeaning: { en: `Screened positive for tobacco use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}` },
    },
    {
      id: 'taps.alcohol',
      title: { en: 'TAPS alcohol' },
      section: 'taps',
      items: ['taps.alcohol.any', 'taps.alcohol.heavy-day', 'taps.alcohol.failed-to-cut-down', 'taps.alcohol.concern'],
      // Alcohol has four TAPS-2 questions, so its "higher risk" band runs to 4.
      bands: [
        { min: 0, max: 0, label: { en: 'No use in the past 3 months' } },
        { min: 1, max: 1, label: { en: 'Problem use' } },
        { min: 2, max: 4, label: { en: 'Higher risk' } },
      ],
      cutoffs: CUTOFF,
      positiveMeaning: { en: `Screened positive for alcohol use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}` },
    },
    {
      id: 'taps.marijuana',
      title: { en: 'TAPS marijuana' },
      section: 'taps',
      items: ['taps.marijuana.any', 'taps.marijuana.weekly-urge', 'taps.marijuana.concern'],
      bands: BANDS_3,
      cutoffs: CUTOFF,
      positiveMeaning: { en: `Screened positive for marijuana use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}` },
    },
    {
      id: 'taps.cocaine',
      title: { en: 'TAPS cocaine, crack or methamphetamine' },
      section: 'taps',
      items: ['taps.cocaine.any', 'taps.cocaine.weekly', 'taps.cocaine.concern'],
      bands: BANDS_3,
      cutoffs: CUTOFF,
      positiveMeaning: { en: `Screened positive for cocaine, crack or methamphetamine use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}` },
    },
    {
      id: 'taps.heroin',
      title: { en: 'TAPS heroin' },
      section: 'taps',
      items: ['taps.heroin.any', 'taps.heroin.failed-to-cut-down', 'taps.heroin.concern'],
      bands: BANDS_3,
      cutoffs: CUTOFF,
      positiveMeaning: { en: `Screened positive for heroin use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}` },
    },
    {
      id: 'taps.rx-opioids',
      title: { en: 'TAPS prescription opioids (not as prescribed)' },
      section: 'taps',
      items: ['taps.rx-opioids.any', 'taps.rx-opioids.failed-to-cut-down', 'taps.rx-opioids.concern'],
      bands: BANDS_3,
      cutoffs: CUTOFF,
      positiveMeaning: { en: `Screened positive for use of prescription opioids not as prescribed in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}` },
    },
    {
      id: 'taps.sedatives',
      title: { en: 'TAPS medications for anxiety or sleep (not as prescribed)' },
      section: 'taps',
      items: ['taps.sedatives.any', 'taps.sedatives.weekly-urge', 'taps.sedatives.concern'],
      bands: BANDS_3,
      cutoffs: CUTOFF,
      positiveMeaning: { en: `Screened positive for use of medications for anxiety or sleep not as prescribed in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}` },
    },
    {
      id: 'taps.rx-stimulants',
      title: { en: 'TAPS medications for ADHD (not as prescribed)' },
      section: 'taps',
      items: ['taps.rx-stimulants.any', 'taps.rx-stimulants.weekly', 'taps.rx-stimulants.concern'],
      bands: BANDS_3,
      cutoffs: CUTOFF,
      positiveMeaning: { en: `Screened positive for use of medications for ADHD not as prescribed in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}` },
    },
  ],
} as const satisfies QuestionnaireModule;

/**
 * The TAPS Tool on its own, as a complete questionnaire.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { taps } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(taps, { 'taps.tobacco.frequency': 'never' });
 * evaluation.visible('taps.tobacco.cigarettes'); // false
 * ```
 */
export const taps = defineQuestionnaire({
  id: 'taps',
  version: '1.0.0',
  title: { en: 'Tobacco, Alcohol, Prescription medication, and other Substance use (TAPS) Tool' },
  crisisResources: US_CRISIS_RESOURCES,
  ...tapsModule,
});
