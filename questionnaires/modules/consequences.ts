import { NOT_VALIDATED } from '../../src/definition/instrument.js';
import type { QuestionnaireModule } from '../module.js';

/**
 * Consequences: effects of substance use on relationships and on work or
 * school, and legal matters pending.
 *
 * @example
 * ```ts
 * import { consequencesModule } from 'intake-screening/questionnaires';
 * consequencesModule.rules.length; // 3
 * ```
 */
export const consequencesModule = {
  sections: [
    {
      id: 'consequences',
      title: { en: 'Effects on your life' },
      instrument: { kind: 'descriptive', name: 'Consequences', note: NOT_VALIDATED },
      items: [
        {
          id: 'consequences.areas',
          kind: 'multi',
          text: { en: 'In the past year, has substance use caused problems in any of these parts of your life? Choose all that apply.' },
          options: [
            { value: 'relationships', text: { en: 'Relationships with family, a partner or friends' } },
            { value: 'work-school', text: { en: 'Work or school' } },
            { value: 'none', text: { en: 'None of these' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'consequences.legal',
          kind: 'boolean',
          text: { en: 'Do you have any legal matters coming up, such as a court date, probation or parole?' },
          help: { en: 'We ask so we can help you plan around them. You can choose not to answer.' },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'consequences.relationships',
      when: { item: 'consequences.areas', includes: 'relationships' },
      domain: 'consequences',
      finding: { en: 'Reports that substance use has caused problems in relationships in the past year.' },
      planning: { en: 'Family or couples sessions may help repair relationships and build support.' },
      referrals: ['family-therapy'],
    },
    {
      id: 'consequences.work-school',
      when: { item: 'consequences.areas', includes: 'work-school' },
      domain: 'consequences',
      finding: { en: 'Reports that substance use has caused problems at work or school in the past year.' },
      planning: { en: 'Help with work or study, and a treatment schedule that fits around it, may help.' },
      referrals: ['employment-support'],
    },
    {
      id: 'consequences.legal',
      when: { item: 'consequences.legal', eq: true },
      domain: 'consequences',
      finding: { en: 'Reports legal matters pending (such as a court date, probation or parole).' },
      planning: { en: 'Legal help and, with consent, contact with the court or probation officer may help the person stay in treatment.' },
      referrals: ['legal-support'],
    },
  ],
} as const satisfies QuestionnaireModule;
