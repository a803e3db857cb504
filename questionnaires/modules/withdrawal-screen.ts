import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';
import { pregnancyOpioidWithdrawalRule } from './about-you.js';

const DETOX = ['medical-detox-evaluation'] as const;

/**
 * The brief screen's one withdrawal question: whether the person has felt
 * sick in the past day after cutting down or stopping, and after what. The
 * substance decides the urgency, as in the full intake.
 *
 * @example
 * ```ts
 * import { withdrawalScreenModule } from 'intake-screening/questionnaires';
 * withdrawalScreenModule.sections[0].items[0].id; // 'withdrawal.screen'
 * ```
 */
export const withdrawalScreenModule = {
  sections: [
    {
      id: 'withdrawal-screen',
      title: { en: 'How you feel right now', es: 'Cómo se siente ahora mismo' },
      instrument: { kind: 'descriptive', name: 'Withdrawal now (one question)', note: NOT_VALIDATED },
      items: [
        {
          id: 'withdrawal.screen',
          kind: 'multi',
          text: {
            en: 'In the past day, have you felt sick after you cut down, stopped or ran low on something? For example: shaky, sweaty, sick to your stomach, achy or very anxious. If so, after what? Choose all that apply.',
            es: 'En el último día, ¿se ha sentido mal después de consumir menos, dejar de consumir o quedarse sin algo? Por ejemplo: con temblores, sudores, el estómago revuelto, dolores o mucha ansiedad. Si es así, ¿después de qué? Elija todas las opciones que correspondan.',
          },
          options: [
            { value: 'alcohol', text: { en: 'Yes, after alcohol', es: 'Sí, después del alcohol' } },
            {
              value: 'benzodiazepines',
              text: {
                en: 'Yes, after pills for anxiety or sleep (such as Xanax, Valium or Klonopin)',
                es: 'Sí, después de pastillas para la ansiedad o para dormir (como Xanax, Valium o Klonopin)',
              },
            },
            {
              value: 'opioids',
              text: {
                en: 'Yes, after opioids (such as heroin, fentanyl or pain pills)',
                es: 'Sí, después de opioides (como heroína, fentanilo o pastillas para el dolor)',
              },
            },
            { value: 'other', text: { en: 'Yes, after something else', es: 'Sí, después de otra sustancia' } },
            { value: 'no', text: { en: 'No', es: 'No' }, exclusive: true },
          ],
          preferNotToAnswer: true,
        },
      ],
    },
  ],
  rules: [
    pregnancyOpioidWithdrawalRule('withdrawal.screen-pregnancy-opioids', { item: 'withdrawal.screen', includes: 'opioids' } as const),
    {
      // ASAM Clinical Practice Guideline on Alcohol Withdrawal Management (2020); Joint Clinical Practice Guideline
      // on Benzodiazepine Tapering (ASAM et al., 2025): same-day medical evaluation, as in the full intake.
      id: 'withdrawal.screen-sedatives',
      when: {
        any: [
          { item: 'withdrawal.screen', includes: 'alcohol' },
          { item: 'withdrawal.screen', includes: 'benzodiazepines' },
        ],
      },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Reports feeling sick in the past day after cutting down or stopping alcohol or benzodiazepines.',
        es: 'Informa que en el último día se sintió mal después de reducir o dejar el alcohol o las benzodiacepinas.',
      },
      planning: {
        en: 'Alcohol or benzodiazepine withdrawal can cause seizures and delirium: a medical evaluation is needed today, and the full intake’s withdrawal questions (danger signs, past seizures) should be asked now.',
        es: 'El síndrome de abstinencia de alcohol o de benzodiacepinas puede causar convulsiones y delirio: se necesita una evaluación médica hoy, y conviene hacer ahora las preguntas sobre el síndrome de abstinencia del cuestionario de ingreso completo (señales de peligro, convulsiones en el pasado).',
      },
      urgency: 'urgent',
      referrals: DETOX,
    },
    {
      // ASAM National Practice Guideline for the Treatment of OUD (2020): buprenorphine or methadone can be
      // started soon; withdrawal distress drives return to use and overdose, so the person is seen ahead of routine.
      id: 'withdrawal.screen-opioids',
      when: { item: 'withdrawal.screen', includes: 'opioids' },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Reports feeling sick in the past day after cutting down or stopping opioids.',
        es: 'Informa que en el último día se sintió mal después de reducir o dejar los opioides.',
      },
      planning: {
        en: 'Offer an early visit to start buprenorphine or methadone, which ease opioid withdrawal, and give naloxone: tolerance falls quickly.',
        es: 'Ofrezca una cita pronto para empezar buprenorfina o metadona, que alivian el síndrome de abstinencia de opioides, y entregue naloxona: la tolerancia baja rápido.',
      },
      urgency: 'priority',
      referrals: ['moud-evaluation', 'harm-reduction-naloxone'],
    },
    {
      id: 'withdrawal.screen-other',
      when: { item: 'withdrawal.screen', includes: 'other' },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Reports feeling sick in the past day after cutting down or stopping a substance other than alcohol, benzodiazepines or opioids.',
        es: 'Informa que en el último día se sintió mal después de reducir o dejar una sustancia distinta del alcohol, las benzodiacepinas o los opioides.',
      },
      planning: {
        en: 'Ask which substance, and whether the person is also using alcohol or sedatives; a medical evaluation can make withdrawal safer.',
        es: 'Pregunte qué sustancia es y si la persona también consume alcohol o sedantes; una evaluación médica puede hacer más seguro el síndrome de abstinencia.',
      },
      referrals: DETOX,
    },
  ],
} as const satisfies QuestionnaireModule;
