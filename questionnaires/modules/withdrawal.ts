import { NOT_VALIDATED } from '../../src/index.js';
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
      title: { en: 'How you feel right now', es: 'Cómo se siente ahora mismo' },
      description: {
        en: 'When someone cuts down or stops using, their body can react. These questions help us keep you safe.',
        es: 'Cuando una persona consume menos o deja de consumir, su cuerpo puede reaccionar. Estas preguntas nos ayudan a cuidar su seguridad.',
      },
      instrument: { kind: 'descriptive', name: 'Withdrawal now', note: NOT_VALIDATED },
      items: [
        {
          id: 'withdrawal.symptoms',
          kind: 'multi',
          text: {
            en: 'Today or in the past day, have you had any of these? Choose all that apply.',
            es: 'Hoy o en el último día, ¿ha tenido alguno de estos malestares? Elija todas las opciones que correspondan.',
          },
          options: [
            { value: 'anxiety', text: { en: 'Feeling anxious or on edge', es: 'Sentirse ansioso(a) o con los nervios de punta' } },
            { value: 'low-mood', text: { en: 'Feeling low or down', es: 'Sentirse triste o decaído(a)' } },
            { value: 'vomiting', text: { en: 'Throwing up or feeling sick to your stomach', es: 'Vomitar o tener el estómago revuelto' } },
            { value: 'diarrhea', text: { en: 'Diarrhea', es: 'Diarrea' } },
            { value: 'muscle-aches', text: { en: 'Muscle or bone aches', es: 'Dolor en los músculos o en los huesos' } },
            { value: 'sweating', text: { en: 'Sweating or chills', es: 'Sudores o escalofríos' } },
            {
              value: 'restlessness',
              text: { en: 'Feeling restless, unable to sit still', es: 'Sentirse inquieto(a), sin poder quedarse quieto(a)' },
            },
            { value: 'sleeplessness', text: { en: 'Trouble sleeping', es: 'Dificultad para dormir' } },
            { value: 'cravings', text: { en: 'Strong cravings', es: 'Deseos intensos de consumir (antojos fuertes)' } },
            { value: 'none', text: { en: 'None of these', es: 'Ninguno de estos' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
        {
          id: 'withdrawal.severity',
          kind: 'single',
          text: { en: 'Overall, how bad are these feelings right now?', es: 'En general, ¿qué tan fuertes son estos malestares ahora mismo?' },
          options: [
            { value: 'mild', text: { en: 'Mild: I notice them, but I can manage', es: 'Leves: los noto, pero puedo manejarlos' } },
            { value: 'moderate', text: { en: 'Moderate: they make it hard to get through the day', es: 'Moderados: me hacen difícil pasar el día' } },
            { value: 'severe', text: { en: 'Severe: I feel very unwell', es: 'Graves: me siento muy mal' } },
          ],
          when: HAS_SYMPTOMS,
          preferNotToAnswer: true,
        },
        {
          id: 'withdrawal.history',
          kind: 'multi',
          text: {
            en: 'When you cut down or stopped in the past, did any of these happen? Choose all that apply.',
            es: 'Cuando consumió menos o dejó de consumir en el pasado, ¿le pasó alguna de estas cosas? Elija todas las opciones que correspondan.',
          },
          options: [
            { value: 'seizures', text: { en: 'A seizure (convulsions)', es: 'Una convulsión (un ataque)' } },
            {
              value: 'hallucinations',
              text: { en: 'Seeing, hearing or feeling things that were not there', es: 'Ver, oír o sentir cosas que no estaban ahí' },
            },
            { value: 'hospital', text: { en: 'I needed hospital or emergency care', es: 'Necesité atención en un hospital o en urgencias' } },
            { value: 'none', text: { en: 'None of these', es: 'Ninguna de estas' }, exclusive: true },
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
      finding: { en: 'Reports severe withdrawal symptoms now.', es: 'Informa que tiene síntomas de abstinencia graves en este momento.' },
      planning: {
        en: 'Withdrawal (detox) is a medical matter: arrange a medical evaluation today or as soon as possible, and do not ask the person to stop on their own.',
        es: 'La abstinencia (desintoxicación) es un asunto médico: organice una evaluación médica hoy o lo antes posible, y no le pida a la persona que deje de consumir por su cuenta.',
      },
      urgency: 'urgent',
      referrals: ['medical-detox-evaluation'],
      evidence: ['withdrawal.symptoms'],
    },
    {
      id: 'withdrawal.moderate-now',
      when: { item: 'withdrawal.severity', eq: 'moderate' },
      domain: 'withdrawal-medical',
      finding: { en: 'Reports moderate withdrawal symptoms now.', es: 'Informa que tiene síntomas de abstinencia moderados en este momento.' },
      planning: {
        en: 'Withdrawal (detox) is a medical matter: a medical evaluation can make it safer and easier.',
        es: 'La abstinencia (desintoxicación) es un asunto médico: una evaluación médica puede hacerla más segura y más llevadera.',
      },
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
      finding: {
        en: 'Reports severe withdrawal in the past (a seizure, seeing or hearing things, or needing hospital care).',
        es: 'Informa que tuvo una abstinencia grave en el pasado (una convulsión, ver u oír cosas, o necesitar atención en un hospital).',
      },
      planning: {
        en: 'Severe withdrawal can happen again: plan any cutting down or stopping under medical care.',
        es: 'La abstinencia grave puede repetirse: planifique con supervisión médica cualquier reducción o suspensión del consumo.',
      },
      referrals: ['medical-detox-evaluation'],
    },
    {
      id: 'withdrawal.cravings',
      when: { item: 'withdrawal.symptoms', includes: 'cravings' },
      domain: 'withdrawal-medical',
      finding: { en: 'Reports strong cravings now.', es: 'Informa que tiene deseos intensos de consumir en este momento.' },
      planning: {
        en: 'Cravings can be treated (for example, with medication and coping skills); ask about them at each visit.',
        es: 'Los deseos intensos de consumir se pueden tratar (por ejemplo, con medicamentos y estrategias para afrontarlos); pregunte por ellos en cada visita.',
      },
    },
  ],
} as const satisfies QuestionnaireModule;
