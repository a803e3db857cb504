import { defineQuestionnaire } from 'intake-screening';

const NOTE = { en: 'Written by the clinic for follow-up visits; not a validated instrument. Answers are reported as given.' } as const;

/**
 * A clinic's own short questionnaire, defined with the library's
 * `defineQuestionnaire`, for a check-in before a follow-up visit. The bundled
 * intake has no number or date questions; this one uses every item kind, so
 * the page shows how each is drawn. Wording follows the library's rules:
 * person-first, and nothing that reads as a diagnosis.
 *
 * @example
 * ```ts
 * startIntakeApp({ root, questionnaire: followUpCheckIn, store: webStorageStore('follow-up') });
 * ```
 */
export const followUpCheckIn = defineQuestionnaire({
  id: 'follow-up-check-in',
  version: '1.0.0',
  title: { en: 'Follow-up visit check-in' },
  description: { en: 'A few questions before your follow-up visit. It takes about 3 minutes.' },
  crisisResources: {
    en: 'If you are in danger now, call 911 or go to the nearest emergency department. You can call or text 988 (Suicide & Crisis Lifeline) any time, day or night. Please tell a member of staff now.',
  },
  sections: [
    {
      id: 'since',
      title: { en: 'Since your last visit' },
      description: { en: 'You can skip any question that is not required.' },
      instrument: { kind: 'descriptive', name: 'Follow-up check-in', note: NOTE },
      items: [
        { id: 'since.intro', kind: 'display', text: { en: 'These questions are about the time since you last saw us.' } },
        { id: 'since.last-visit', kind: 'date', text: { en: 'When was your last visit with us?' }, min: '2020-01-01', max: '2099-12-31', preferNotToAnswer: true },
        {
          id: 'since.days-used',
          kind: 'number',
          text: { en: 'In the past 30 days, on how many days did you use the substance you want help with?' },
          min: 0,
          max: 30,
          integer: true,
          unit: { en: 'days' },
          required: true,
          preferNotToAnswer: true,
        },
        {
          id: 'since.cravings',
          kind: 'scale',
          text: { en: 'In the past week, how strong were your cravings?' },
          options: [
            { value: 0, text: { en: 'None' } },
            { value: 1, text: { en: 'Mild' } },
            { value: 2, text: { en: 'Moderate' } },
            { value: 3, text: { en: 'Strong' } },
            { value: 4, text: { en: 'Very strong' } },
          ],
          required: true,
        },
        { id: 'since.medication', kind: 'boolean', text: { en: 'Are you taking a medicine such as methadone, buprenorphine or naltrexone?' }, preferNotToAnswer: true },
        {
          id: 'since.missed-doses',
          kind: 'single',
          when: { item: 'since.medication', eq: true },
          text: { en: 'In the past week, how many doses did you miss?' },
          options: [
            { value: 'none', text: { en: 'None' } },
            { value: 'one-or-two', text: { en: 'One or two' } },
            { value: 'three-or-more', text: { en: 'Three or more' } },
          ],
          preferNotToAnswer: true,
        },
      ],
    },
    {
      id: 'support',
      title: { en: 'Support and anything else' },
      instrument: { kind: 'descriptive', name: 'Follow-up check-in', note: NOTE },
      items: [
        {
          id: 'support.helped',
          kind: 'multi',
          text: { en: 'Which of these helped you this past week? Choose all that apply.' },
          options: [
            { value: 'meetings', text: { en: 'Support meetings' } },
            { value: 'counselling', text: { en: 'Counseling' } },
            { value: 'family', text: { en: 'Family or friends' } },
            { value: 'none', text: { en: 'None of these' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'support.notes',
          kind: 'text',
          multiline: true,
          maxLength: 500,
          text: { en: 'Is there anything you would like your care team to know before your visit?' },
          help: { en: 'For example, a change in your medicines, your housing or your work.' },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'since.strong-cravings',
      when: { item: 'since.cravings', gte: 3 },
      domain: 'return-to-use-risk',
      finding: { en: 'Reports strong cravings in the past week.' },
      planning: { en: 'Talk about what helps with cravings and whether the care plan needs a change.' },
      urgency: 'priority',
      referrals: ['individual-therapy'],
    },
    {
      id: 'since.missed-doses',
      when: { item: 'since.missed-doses', eq: 'three-or-more' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports missing three or more medicine doses in the past week.' },
      planning: { en: 'Ask what makes taking the medicine hard (cost, transport, side effects).' },
      urgency: 'priority',
      referrals: ['moud-evaluation'],
    },
    {
      id: 'since.no-support',
      when: { item: 'support.helped', includes: 'none' },
      domain: 'recovery-environment',
      finding: { en: 'Reports that none of the listed supports helped in the past week.' },
      referrals: ['peer-support'],
    },
  ],
});
