import { NOT_VALIDATED } from '../../src/definition/instrument.js';
import type { QuestionnaireModule } from '../module.js';

/** Some current symptom was chosen (not "none", not declined). */
const HAS_SYMPTOMS = {
  all: [{ answered: 'withdrawal.symptoms' }, { not: { item: 'withdrawal.symptoms', includes: 'none' } }],
} as const;

/**
 * Withdrawal now: current symptoms, how severe they are, and severe withdrawal
 * in the past (seizures, hallucinations, hospital care). Withdrawal is a
 * medical matter; its rules point to a medical evaluation, never to stopping
 * alone.
 *
 * @example
 * ```ts
 * import { withdrawalModule } from 'intake-screening/questionnaires';
 * withdrawalModule.sections[0].items.map((i) => i.id); // ['withdrawal.symptoms', 'withdrawal.severity', 'withdrawal.history']
 * ```
 */
export const withdrawalModule = {
  sections: [
    {
      id: 'withdrawal',
      title: { en: 'How you feel right now' },
      description: { en: 'When someone cuts down or stops using, their body can react. These questions help us keep you safe.' },
      instrument: { kind: 'descriptive', name: 'Withdrawal now', note: NOT_VALIDATED },
      items: [
        {
          id: 'withdrawal.symptoms',
          kind: 'multi',
          text: { en: 'Today or in the past day, have you had any of these? Choose all that apply.' },
          options: [
            { value: 'anxiety', text: { en: 'Feeling anxious or on edge' } },
            { value: 'low-mood', text: { en: 'Feeling low or down' } },
            { value: 'vomiting', text: { en: 'Throwing up or feeling sick to your stomach' } },
            { value: 'diarrhea', text: { en: 'Diarrhea' } },
            { value: 'muscle-aches', text: { en: 'Muscle or bone aches' } },
            { value: 'sweating', text: { en: 'Sweating or chills' } },
            { value: 'restlessness', text: { en: 'Feeling restless, unable to sit still' } },
            { value: 'sleeplessness', text: { en: 'Trouble sleeping' } },
            { value: 'cravings', text: { en: 'Strong cravings' } },
            { value: 'none', text: { en: 'None of these' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'withdrawal.severity',
          kind: 'single',
          text: { en: 'Overall, how bad are these feelings right now?' },
          options: [
            { value: 'mild', text: { en: 'Mild: I notice them, but I can manage' } },
            { value: 'moderate', text: { en: 'Moderate: they make it hard to get through the day' } },
            { value: 'severe', text: { en: 'Severe: I feel very unwell' } },
          ],
          when: HAS_SYMPTOMS,
          preferNotToAnswer: true,
        },
        {
          id: 'withdrawal.history',
          kind: 'multi',
          text: { en: 'When you cut down or stopped in the past, did any of these happen? Choose all that apply.' },
          options: [
            { value: 'seizures', text: { en: 'A seizure (fit)' } },
            { value: 'hallucinations', text: { en: 'Seeing, hearing or feeling things that were not there' } },
            { value: 'hospital', text: { en: 'I needed hospital or emergency care' } },
            { value: 'none', text: { en: 'None of these' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    {
      id: 'withdrawal.severe-now',
      when: { item: 'withdrawal.severity', eq: 'severe' },
      domain: 'withdrawal-medical',
      finding: { en: 'Reports severe withdrawal symptoms now.' },
      planning: { en: 'Withdrawal (detox) is a medical matter: arrange a medical evaluation today or as soon as possible, and do not ask the person to stop on their own.' },
      urgency: 'urgent',
      referrals: ['medical-detox-evaluation'],
      evidence: ['withdrawal.symptoms'],
    },
    {
      id: 'withdrawal.moderate-now',
      when: { item: 'withdrawal.severity', eq: 'moderate' },
      domain: 'withdrawal-medical',
      finding: { en: 'Reports moderate withdrawal symptoms now.' },
      planning: { en: 'Withdrawal (detox) is a medical matter: a medical evaluation can make it safer and easier.' },
      referrals: ['medical-detox-evaluation'],
      evidence: ['withdrawal.symptoms'],
    },
    {
      id: 'withdrawal.severe-history',
      when: {
        any: [
          { item: 'withdrawal.history', includes: 'seizures' },
          { item: 'withdrawal.history', includes: 'hallucinations' },
          { item: 'withdrawal.history', includes: 'hospital' },
        ],
      },
      domain: 'withdrawal-medical',
      finding: { en: 'Reports severe withdrawal in the past (a seizure, seeing or hearing things, or needing hospital care).' },
      planning: { en: 'Severe withdrawal can happen again: plan any cutting down or stopping under medical care.' },
      referrals: ['medical-detox-evaluation'],
    },
    {
      id: 'withdrawal.cravings',
      when: { item: 'withdrawal.symptoms', includes: 'cravings' },
      domain: 'withdrawal-medical',
      finding: { en: 'Reports strong cravings now.' },
      planning: { en: 'Cravings can be treated (for example, with medication and coping skills); ask about them at each visit.' },
    },
  ],
} as const satisfies QuestionnaireModule;
