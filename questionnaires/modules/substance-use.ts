import { NOT_VALIDATED } from '../../src/definition/instrument.js';
import type { QuestionnaireModule } from '../module.js';

const SUBSTANCES = [
  { value: 'heroin', text: { en: 'Heroin' } },
  { value: 'fentanyl', text: { en: 'Fentanyl' } },
  { value: 'prescription-opioids', text: { en: 'Prescription opioid pain pills (such as oxycodone or hydrocodone), not as prescribed' } },
  { value: 'methadone-buprenorphine', text: { en: 'Methadone or buprenorphine, not as prescribed' } },
  { value: 'stimulants', text: { en: 'Stimulants (such as cocaine, crack or methamphetamine)' } },
  { value: 'benzodiazepines', text: { en: 'Benzodiazepines (such as Xanax, Valium or Klonopin), not as prescribed' } },
  { value: 'alcohol', text: { en: 'Alcohol' } },
  { value: 'cannabis', text: { en: 'Cannabis (marijuana)' } },
  { value: 'other', text: { en: 'Something else' } },
] as const;

const USES_OPIOIDS = {
  any: [
    { item: 'substance.used', includes: 'heroin' },
    { item: 'substance.used', includes: 'fentanyl' },
    { item: 'substance.used', includes: 'prescription-opioids' },
    { item: 'substance.used', includes: 'methadone-buprenorphine' },
  ],
} as const;

const INJECTS = { item: 'substance.route', includes: 'injection' } as const;
const YES_NO = [
  { value: 'yes', text: { en: 'Yes' } },
  { value: 'no', text: { en: 'No' } },
] as const;

/**
 * Substance use: which substances, the main one, how often and how, time since
 * last use, overdoses, and earlier treatment. Injection opens harm-reduction
 * questions (shared equipment, naloxone at hand).
 *
 * @example
 * ```ts
 * import { substanceUseModule } from 'intake-screening/questionnaires';
 * substanceUseModule.sections[0].id; // 'substance'
 * ```
 */
export const substanceUseModule = {
  sections: [
    {
      id: 'substance',
      title: { en: 'Substance use' },
      description: { en: 'These questions are about the substances you use now or have used in the past year.' },
      instrument: { kind: 'descriptive', name: 'Substance use', note: NOT_VALIDATED },
      items: [
        {
          id: 'substance.used',
          kind: 'multi',
          text: { en: 'In the past 12 months, which of these have you used? Choose all that apply.' },
          options: SUBSTANCES,
          preferNotToAnswer: true,
        },
        {
          id: 'substance.used-other',
          kind: 'text',
          text: { en: 'What else have you used?' },
          maxLength: 300,
          when: { item: 'substance.used', includes: 'other' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.main',
          kind: 'single',
          text: { en: 'Which one do you want help with most?' },
          options: SUBSTANCES,
          when: { answered: 'substance.used' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.frequency',
          kind: 'single',
          text: { en: 'In the past month, how often have you used that substance?' },
          options: [
            { value: 'daily', text: { en: 'Every day or almost every day' } },
            { value: 'weekly', text: { en: 'A few times a week' } },
            { value: 'monthly', text: { en: 'A few times a month' } },
            { value: 'less', text: { en: 'Less often, or not in the past month' } },
          ],
          when: { answered: 'substance.used' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.route',
          kind: 'multi',
          text: { en: 'How do you usually take the substances you use? Choose all that apply.' },
          options: [
            { value: 'swallowing', text: { en: 'Swallowing (by mouth)' } },
            { value: 'smoking', text: { en: 'Smoking or vaping' } },
            { value: 'snorting', text: { en: 'Snorting (sniffing)' } },
            { value: 'injection', text: { en: 'Injecting (with a needle)' } },
            { value: 'other', text: { en: 'Another way' } },
          ],
          when: { answered: 'substance.used' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.shared-equipment',
          kind: 'boolean',
          text: { en: 'In the past 3 months, have you shared needles, syringes or other injecting supplies (such as cookers, cotton or water) with anyone?' },
          when: INJECTS,
          preferNotToAnswer: true,
        },
        {
          id: 'substance.naloxone',
          kind: 'single',
          text: { en: 'Do you have naloxone (Narcan) with you or close by, in case of an overdose?' },
          options: [
            { value: 'yes', text: { en: 'Yes' } },
            { value: 'no', text: { en: 'No' } },
            { value: 'unsure', text: { en: 'I am not sure what naloxone is' } },
          ],
          when: INJECTS,
          preferNotToAnswer: true,
        },
        {
          id: 'substance.last-use',
          kind: 'single',
          text: { en: 'When did you last use?' },
          options: [
            { value: 'today', text: { en: 'In the past 24 hours' } },
            { value: 'days', text: { en: '1 to 3 days ago' } },
            { value: 'week', text: { en: '4 to 7 days ago' } },
            { value: 'month', text: { en: '1 to 4 weeks ago' } },
            { value: 'longer', text: { en: 'More than a month ago' } },
          ],
          when: { answered: 'substance.used' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.overdose',
          kind: 'boolean',
          text: { en: 'Have you ever had an overdose? For example, you passed out or stopped breathing, or someone gave you naloxone or called 911 after you used.' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.overdose-count',
          kind: 'single',
          text: { en: 'How many times has this happened?' },
          options: [
            { value: 'once', text: { en: 'Once' } },
            { value: 'two-to-three', text: { en: '2 or 3 times' } },
            { value: 'four-or-more', text: { en: '4 or more times' } },
          ],
          when: { item: 'substance.overdose', eq: true },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.overdose-recent',
          kind: 'boolean',
          text: { en: 'Did any of these happen in the past 12 months?' },
          when: { item: 'substance.overdose', eq: true },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.prior-treatment',
          kind: 'boolean',
          text: { en: 'Have you ever had treatment or counseling for substance use before?' },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.prior-treatment-end',
          kind: 'single',
          text: { en: 'How did your most recent treatment end?' },
          options: [
            { value: 'completed', text: { en: 'I finished it' } },
            { value: 'left-early', text: { en: 'I left before it was finished' } },
            { value: 'ongoing', text: { en: 'I am still in it' } },
          ],
          when: { item: 'substance.prior-treatment', eq: true },
          preferNotToAnswer: true,
        },
        {
          id: 'substance.prior-treatment-return',
          kind: 'single',
          text: { en: 'After it ended, did you return to use within a few months?' },
          options: YES_NO,
          when: { item: 'substance.prior-treatment-end', in: ['completed', 'left-early'] },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'substance.opioid-use',
      when: USES_OPIOIDS,
      domain: 'substance-use',
      finding: { en: 'Reports using opioids in the past 12 months (heroin, fentanyl, or opioid medicines not as prescribed).' },
      planning: { en: 'Medication for opioid use disorder (methadone, buprenorphine or naltrexone) is a first-line option; offer to discuss it whether or not the person asks.' },
      referrals: ['moud-evaluation'],
      evidence: ['substance.main', 'substance.frequency'],
    },
    {
      id: 'substance.fentanyl-use',
      when: { item: 'substance.used', includes: 'fentanyl' },
      domain: 'safety',
      finding: { en: 'Reports using fentanyl, which carries a high risk of overdose.' },
      planning: { en: 'Offer naloxone and overdose-prevention information at the first visit.' },
      referrals: ['harm-reduction-naloxone'],
    },
    {
      id: 'substance.opioids-with-sedatives',
      when: {
        all: [USES_OPIOIDS, { any: [{ item: 'substance.used', includes: 'benzodiazepines' }, { item: 'substance.used', includes: 'alcohol' }] }],
      },
      domain: 'safety',
      finding: { en: 'Reports using opioids together with alcohol or benzodiazepines in the past 12 months.' },
      planning: { en: 'Mixing opioids with alcohol or benzodiazepines raises the risk of overdose; offer naloxone and talk about safer use.' },
      referrals: ['harm-reduction-naloxone'],
    },
    {
      id: 'substance.benzodiazepine-use',
      when: { item: 'substance.used', includes: 'benzodiazepines' },
      domain: 'withdrawal-medical',
      finding: { en: 'Reports using benzodiazepines not as prescribed.' },
      planning: { en: 'Stopping benzodiazepines suddenly can cause seizures; withdrawal should be planned with a medical clinician.' },
      referrals: ['medical-detox-evaluation'],
    },
    {
      id: 'substance.daily-use',
      when: { item: 'substance.frequency', eq: 'daily' },
      domain: 'substance-use',
      finding: { en: 'Reports using every day or almost every day in the past month.' },
      planning: { en: 'Daily use makes withdrawal more likely when use stops; plan for withdrawal care.' },
      evidence: ['substance.main', 'substance.last-use'],
    },
    {
      id: 'substance.injection',
      when: INJECTS,
      domain: 'substance-use',
      finding: { en: 'Reports injecting drugs.' },
      planning: { en: 'Offer sterile supplies, naloxone, and testing for HIV and hepatitis C.' },
      referrals: ['harm-reduction-naloxone', 'medical-care'],
    },
    {
      id: 'substance.shared-equipment',
      when: { item: 'substance.shared-equipment', eq: true },
      domain: 'safety',
      finding: { en: 'Reports sharing needles or other injecting supplies in the past 3 months.' },
      planning: { en: 'Offer sterile supplies and testing for HIV and hepatitis C; explain where to get new supplies.' },
      referrals: ['harm-reduction-naloxone', 'medical-care'],
    },
    {
      id: 'substance.no-naloxone',
      when: { item: 'substance.naloxone', in: ['no', 'unsure'] },
      domain: 'safety',
      finding: { en: 'Reports injecting drugs without naloxone at hand, or not knowing what naloxone is.' },
      planning: { en: 'Give naloxone and show how to use it before the person leaves.' },
      referrals: ['harm-reduction-naloxone'],
    },
    {
      id: 'substance.overdose-history',
      when: { item: 'substance.overdose', eq: true },
      domain: 'safety',
      finding: { en: 'Reports at least one past overdose.' },
      planning: { en: 'A past overdose is the strongest sign of a future one; offer naloxone and an overdose-prevention plan.' },
      referrals: ['harm-reduction-naloxone'],
      evidence: ['substance.overdose-count'],
    },
    {
      id: 'substance.overdose-recent',
      when: { item: 'substance.overdose-recent', eq: true },
      domain: 'safety',
      finding: { en: 'Reports an overdose in the past 12 months.' },
      planning: { en: 'A recent overdose calls for an early appointment and naloxone now.' },
      urgency: 'priority',
      referrals: ['harm-reduction-naloxone'],
      evidence: ['substance.overdose-count'],
    },
    {
      id: 'substance.overdose-and-injection',
      when: { all: [{ item: 'substance.overdose', eq: true }, INJECTS] },
      domain: 'safety',
      finding: { en: 'Reports a past overdose and injecting drugs.' },
      planning: { en: 'Together these raise overdose risk: see the person soon, give naloxone, and discuss medication for opioid use disorder where opioids are involved.' },
      urgency: 'priority',
      referrals: ['harm-reduction-naloxone'],
      evidence: ['substance.overdose-count', 'substance.naloxone'],
    },
    {
      id: 'substance.prior-treatment-left-early',
      when: { item: 'substance.prior-treatment-end', eq: 'left-early' },
      domain: 'return-to-use-risk',
      finding: { en: 'Reports leaving earlier treatment before it was finished.' },
      planning: { en: 'Ask what made it hard to stay, and shape this plan around it (for example, schedule, setting or medication).' },
    },
    {
      id: 'substance.prior-treatment-return',
      when: { item: 'substance.prior-treatment-return', eq: 'yes' },
      domain: 'return-to-use-risk',
      finding: { en: 'Reports returning to use within a few months after earlier treatment ended.' },
      planning: { en: 'Plan continuing care from the start: follow-up visits, peer support and, where it fits, medication.' },
      referrals: ['peer-support'],
      evidence: ['substance.prior-treatment-end'],
    },
  ],
} as const satisfies QuestionnaireModule;
