import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { type QuestionnaireModule, US_CRISIS_RESOURCES } from '../module.js';
import { PHQ_FREQUENCY } from './answer-options.js';
import { loinc } from './loinc.js';

const REQUIRED = { kind: 'scale', options: PHQ_FREQUENCY, required: true } as const;

/**
 * The Patient Health Questionnaire-9 as published by Pfizer (phqscreeners.com),
 * with the PHQ-2 (items 1–2) scored from the same answers. Item and answer
 * codes are LOINC's, as in the HL7 US Core PHQ-9 Questionnaire.
 *
 * Items: `phq9.q1`…`phq9.q9` (0–3) and the unscored `phq9.difficulty`, asked
 * only when some problem was reported. Scores: `phq9` (0–27, positive ≥ 10) and
 * `phq2` (0–6, positive ≥ 3). Safety: `phq9.item9` flags any answer above
 * "Not at all" to item 9.
 *
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { phq9Module } from 'intake-screening/questionnaires';
 * const q = defineQuestionnaire({ id: 'mood', version: '1.0.0', title: { en: 'Mood' }, ...phq9Module });
 * ```
 */
export const phq9Module = {
  sections: [
    {
      id: 'phq9',
      title: { en: 'Mood over the last 2 weeks' },
      instrument: {
        kind: 'validated',
        name: 'PHQ-9',
        title: 'Patient Health Questionnaire-9',
        citation:
          'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613. doi:10.1046/j.1525-1497.2001.016009606.x. PHQ-2: Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
        licence:
          'Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. LOINC codes: LOINC is copyright © Regenstrief Institute, Inc., available at no cost under the licence at https://loinc.org/license.',
        url: 'https://www.phqscreeners.com/',
        codes: [loinc('44249-1', 'PHQ-9 quick depression assessment panel [Reported.PHQ]')],
      },
      items: [
        { id: 'phq9.stem', kind: 'display', text: { en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?' } },
        { id: 'phq9.q1', text: { en: 'Little interest or pleasure in doing things' }, ...REQUIRED, codes: [loinc('44250-9', 'Little interest or pleasure in doing things in last 2 weeks')] },
        { id: 'phq9.q2', text: { en: 'Feeling down, depressed, or hopeless' }, ...REQUIRED, codes: [loinc('44255-8', 'Feeling down, depressed, or hopeless in last 2 weeks')] },
        {
          id: 'phq9.q3',
          text: { en: 'Trouble falling or staying asleep, or sleeping too much' },
          ...REQUIRED,
          codes: [loinc('44259-0', 'Trouble falling or staying asleep, or sleeping too much in last 2 weeks [Reported.PHQ]')],
        },
        { id: 'phq9.q4', text: { en: 'Feeling tired or having little energy' }, ...REQUIRED, codes: [loinc('44254-1', 'Feeling tired or having little energy in last 2 weeks [Reported.PHQ]')] },
        { id: 'phq9.q5', text: { en: 'Poor appetite or overeating' }, ...REQUIRED, codes: [loinc('44251-7', 'Poor appetite or overeating in last 2 weeks [Reported.PHQ]')] },
        {
          id: 'phq9.q6',
          text: { en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down' },
          ...REQUIRED,
          codes: [loinc('44258-2', 'Feeling bad about yourself - or that you are a failure or have let yourself or your family down in last 2 weeks [Reported.PHQ]')],
        },
        {
          id: 'phq9.q7',
          text: { en: 'Trouble concentrating on things, such as reading the newspaper or watching television' },
          ...REQUIRED,
          codes: [loinc('44252-5', 'Trouble concentrating on things, such as reading the newspaper or watching television in last 2 weeks [Reported.PHQ]')],
        },
        {
          id: 'phq9.q8',
          text: { en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual' },
          ...REQUIRED,
          codes: [
            loinc(
              '44253-3',
              'Moving or speaking so slowly that other people could have noticed. Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual in last 2 weeks [Reported.PHQ]',
            ),
          ],
        },
        {
          id: 'phq9.q9',
          text: { en: 'Thoughts that you would be better off dead or of hurting yourself in some way' },
          ...REQUIRED,
          codes: [loinc('44260-8', 'Thoughts that you would be better off dead, or of hurting yourself in some way in last 2 weeks [Reported.PHQ]')],
        },
        {
          id: 'phq9.difficulty',
          kind: 'single',
          text: { en: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?' },
          // The published form asks this only "if you checked off any problems".
          when: {
            any: [
              { item: 'phq9.q1', gte: 1 },
              { item: 'phq9.q2', gte: 1 },
              { item: 'phq9.q3', gte: 1 },
              { item: 'phq9.q4', gte: 1 },
              { item: 'phq9.q5', gte: 1 },
              { item: 'phq9.q6', gte: 1 },
              { item: 'phq9.q7', gte: 1 },
              { item: 'phq9.q8', gte: 1 },
              { item: 'phq9.q9', gte: 1 },
            ],
          },
          options: [
            { value: 'not-difficult', text: { en: 'Not difficult at all' }, codes: [loinc('LA6572-7', 'Not difficult at all')] },
            { value: 'somewhat', text: { en: 'Somewhat difficult' }, codes: [loinc('LA6573-5', 'Somewhat difficult')] },
            { value: 'very', text: { en: 'Very difficult' }, codes: [loinc('LA6575-0', 'Very difficult')] },
            { value: 'extremely', text: { en: 'Extremely difficult' }, codes: [loinc('LA6574-3', 'Extremely difficult')] },
          ],
          codes: [loinc('69722-7', 'How difficult have these made it for you to do your work, take care of things at home, or get along with other people [Reported.PHQ]')],
        },
      ],
    },
  ],
  scores: [
    {
      id: 'phq9',
      title: { en: 'PHQ-9 depression symptom severity' },
      section: 'phq9',
      items: ['phq9.q1', 'phq9.q2', 'phq9.q3', 'phq9.q4', 'phq9.q5', 'phq9.q6', 'phq9.q7', 'phq9.q8', 'phq9.q9'],
      // Kroenke et al. 2001: 5, 10, 15 and 20 are the cut points for mild, moderate, moderately severe and severe.
      bands: [
        { min: 0, max: 4, label: { en: 'None–minimal' } },
        { min: 5, max: 9, label: { en: 'Mild' } },
        { min: 10, max: 14, label: { en: 'Moderate' } },
        { min: 15, max: 19, label: { en: 'Moderately severe' } },
        { min: 20, max: 27, label: { en: 'Severe' } },
      ],
      cutoffs: [{ gte: 10, label: { en: '≥ 10 (Kroenke et al. 2001: sensitivity and specificity 88% against a structured interview)' } }],
      positiveMeaning: { en: 'Screened positive for symptoms of depression; further assessment by a qualified clinician is recommended.' },
      codes: [loinc('44261-6', 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]')],
    },
    {
      id: 'phq2',
      title: { en: 'PHQ-2 (PHQ-9 items 1 and 2)' },
      section: 'phq9',
      items: ['phq9.q1', 'phq9.q2'],
      bands: [
        { min: 0, max: 2, label: { en: 'Below the PHQ-2 cut-off' } },
        { min: 3, max: 6, label: { en: 'At or above the PHQ-2 cut-off' } },
      ],
      cutoffs: [{ gte: 3, label: { en: '≥ 3 (Kroenke et al. 2003)' } }],
      positiveMeaning: { en: 'Screened positive for symptoms of depression on the two core items; further assessment by a qualified clinician is recommended.' },
      codes: [loinc('55758-7', 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]')],
    },
  ],
  safety: [
    {
      id: 'phq9.item9',
      tier: 'flag',
      urgency: 'urgent',
      when: { item: 'phq9.q9', gte: 1 },
      reason: {
        en: 'PHQ-9 item 9: reported thoughts of being better off dead or of self-harm on at least several days in the last 2 weeks. Ask directly about current suicidal thoughts (for example with the ASQ) before the person leaves.',
      },
    },
  ],
} as const satisfies QuestionnaireModule;

/**
 * The PHQ-9 on its own, as a complete questionnaire.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { phq9 } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(phq9, { 'phq9.q1': 2, 'phq9.q2': 1 });
 * evaluation.score('phq2')?.value; // 3
 * ```
 */
export const phq9 = defineQuestionnaire({
  id: 'phq9',
  version: '1.0.0',
  title: { en: 'Patient Health Questionnaire-9 (PHQ-9)' },
  crisisResources: US_CRISIS_RESOURCES,
  ...phq9Module,
});
