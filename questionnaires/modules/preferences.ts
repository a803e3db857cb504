import { NOT_VALIDATED } from '../../src/definition/instrument.js';
import type { QuestionnaireModule } from '../module.js';

const SUPPORT = 'preferences.support';
const BARRIERS = 'preferences.barriers';

/**
 * Treatment preferences: kinds of support the person is open to, medication
 * for opioid use disorder, faith-based programs, and what would make it hard
 * to attend.
 *
 * @example
 * ```ts
 * import { preferencesModule } from 'intake-screening/questionnaires';
 * preferencesModule.sections[0].id; // 'preferences'
 * ```
 */
export const preferencesModule = {
  sections: [
    {
      id: 'preferences',
      title: { en: 'What kind of help you want' },
      description: { en: 'There are many ways to get help. Tell us what sounds right for you; you can change your mind later.' },
      instrument: { kind: 'descriptive', name: 'Treatment preferences', note: NOT_VALIDATED },
      items: [
        {
          id: SUPPORT,
          kind: 'multi',
          text: { en: 'Which of these would you be open to? Choose all that apply.' },
          options: [
            { value: 'individual', text: { en: 'Talking one-on-one with a counselor or therapist' } },
            { value: 'group', text: { en: 'Group therapy led by a counselor' } },
            { value: 'family', text: { en: 'Sessions with family or a partner' } },
            { value: 'peer-support', text: { en: 'Peer-support groups (people with lived experience, such as SMART Recovery or 12-step groups)' } },
            { value: 'unsure', text: { en: 'I am not sure yet' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'preferences.moud',
          kind: 'single',
          text: { en: 'Medicines such as methadone, buprenorphine or naltrexone can help with opioid use. Would you like to talk about them?' },
          options: [
            { value: 'yes', text: { en: 'Yes' } },
            { value: 'maybe', text: { en: 'Maybe, I would like to learn more' } },
            { value: 'already', text: { en: 'I already take one of these' } },
            { value: 'no', text: { en: 'No' } },
            { value: 'not-relevant', text: { en: 'This does not apply to me (I do not use opioids)' } },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'preferences.faith',
          kind: 'single',
          text: { en: 'Some programs are run by faith groups. Would that be OK for you?' },
          options: [
            { value: 'prefer', text: { en: 'Yes, I would like that' } },
            { value: 'ok', text: { en: 'It would be OK' } },
            { value: 'no', text: { en: 'I would rather not' } },
          ],
          preferNotToAnswer: true,
        },
        {
          id: BARRIERS,
          kind: 'multi',
          text: { en: 'Is there anything that would make it hard to come to treatment? Choose all that apply.' },
          options: [
            { value: 'work', text: { en: 'Work or school hours' } },
            { value: 'childcare', text: { en: 'Child care or caring for someone' } },
            { value: 'transport', text: { en: 'Getting there' } },
            { value: 'cost', text: { en: 'Cost or insurance' } },
            { value: 'privacy', text: { en: 'Worry about who might find out' } },
            { value: 'language', text: { en: 'Language' } },
            { value: 'health', text: { en: 'A health problem or disability' } },
            { value: 'other', text: { en: 'Something else' } },
            { value: 'none', text: { en: 'Nothing that I know of' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'preferences.barriers-other',
          kind: 'text',
          text: { en: 'What else would make it hard?' },
          maxLength: 300,
          when: { item: BARRIERS, includes: 'other' },
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'preferences.individual',
      when: { item: SUPPORT, includes: 'individual' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports being open to talking one-on-one with a counselor or therapist.' },
      referrals: ['individual-therapy'],
    },
    {
      id: 'preferences.group',
      when: { item: SUPPORT, includes: 'group' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports being open to group therapy.' },
      referrals: ['group-therapy'],
    },
    {
      id: 'preferences.family',
      when: { item: SUPPORT, includes: 'family' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports being open to sessions with family or a partner.' },
      referrals: ['family-therapy'],
    },
    {
      id: 'preferences.peer-support',
      when: { item: SUPPORT, includes: 'peer-support' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports being open to peer-support groups.' },
      referrals: ['peer-support'],
    },
    {
      id: 'preferences.moud-interest',
      when: { item: 'preferences.moud', in: ['yes', 'maybe'] },
      domain: 'readiness-preferences',
      finding: { en: 'Reports wanting to talk about medication for opioid use disorder.' },
      planning: { en: 'Offer an evaluation for methadone, buprenorphine or naltrexone soon, while interest is there.' },
      referrals: ['moud-evaluation'],
    },
    {
      id: 'preferences.moud-current',
      when: { item: 'preferences.moud', eq: 'already' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports already taking medication for opioid use disorder.' },
      planning: { en: 'Keep the medication going without a gap; coordinate with the prescriber.' },
      referrals: ['moud-evaluation'],
    },
    {
      id: 'preferences.moud-declined',
      when: { item: 'preferences.moud', eq: 'no' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports not wanting to talk about medication for opioid use disorder now.' },
      planning: { en: 'Respect the choice; offer information again later without pressure.' },
    },
    {
      id: 'preferences.faith-preferred',
      when: { item: 'preferences.faith', eq: 'prefer' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports wanting a faith-based program.' },
    },
    {
      id: 'preferences.faith-not-wanted',
      when: { item: 'preferences.faith', eq: 'no' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports preferring a program that is not faith-based.' },
      planning: { en: 'Refer to programs that are not faith-based, including peer-support groups that are not.' },
    },
    {
      id: 'preferences.barriers',
      when: {
        any: [
          { item: BARRIERS, includes: 'work' },
          { item: BARRIERS, includes: 'childcare' },
          { item: BARRIERS, includes: 'transport' },
          { item: BARRIERS, includes: 'cost' },
          { item: BARRIERS, includes: 'privacy' },
          { item: BARRIERS, includes: 'language' },
          { item: BARRIERS, includes: 'health' },
          { item: BARRIERS, includes: 'other' },
        ],
      },
      domain: 'readiness-preferences',
      finding: { en: 'Reports things that could make it hard to attend treatment.' },
      planning: { en: 'Talk through each one and shape the plan around it (hours, location, cost, language, access).' },
      evidence: ['preferences.barriers-other'],
    },
    {
      id: 'preferences.barrier-transport',
      when: { item: BARRIERS, includes: 'transport' },
      domain: 'readiness-preferences',
      finding: { en: 'Reports that getting to treatment would be hard.' },
      referrals: ['transport-assistance'],
    },
  ],
} as const satisfies QuestionnaireModule;
