import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';
import { HAS_DANGER_SIGNS } from './conditions.js';
import {
  dangerSignsItem,
  historyItem,
  intoxicationItem,
  severityItem,
  symptomsItem,
  withdrawalLastUseItem,
  withdrawalSubstanceItem,
} from './withdrawal-items.js';

const DETOX = ['medical-detox-evaluation'] as const;

/**
 * Intoxication and withdrawal now: whether the person feels the effects of
 * alcohol or drugs, current signs and symptoms (opioid and alcohol or
 * sedative signs side by side), danger signs in the past day, which substance
 * the symptoms follow and when it was last used, how severe they are, and
 * severe withdrawal in the past. Withdrawal is a medical matter; its rules
 * point to a medical evaluation, never to stopping alone.
 *
 * Urgency follows the published risk: alcohol and benzodiazepine withdrawal
 * can cause seizures and delirium (see the full intake's cross rules, which
 * know which substances are used); a seizure, confusion or hallucinations in
 * the past day, or being very drowsy, call for care now.
 *
 * @example
 * ```ts
 * import { withdrawalModule } from 'intake-screening/questionnaires';
 * withdrawalModule.sections[0].items.map((i) => i.id)[0]; // 'intoxication.now'
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
      instrument: { kind: 'descriptive', name: 'Intoxication and withdrawal now', note: NOT_VALIDATED },
      items: [intoxicationItem, symptomsItem, dangerSignsItem, withdrawalSubstanceItem, withdrawalLastUseItem, severityItem, historyItem],
    },
  ],
  rules: [
    {
      // SAMHSA Overdose Prevention and Response Toolkit (2023): extreme sleepiness or being unable to stay awake is a sign of overdose.
      id: 'intoxication.drowsy',
      when: { item: 'intoxication.now', eq: 'drowsy' },
      domain: 'safety',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Reports feeling the effects of alcohol or drugs now and being very sleepy or finding it hard to stay awake.',
        es: 'Informa que siente ahora los efectos del alcohol o de las drogas y que tiene mucho sueño o le cuesta mantenerse despierto(a).',
      },
      planning: {
        en: 'Possible overdose: check on the person now (breathing, response), have naloxone at hand, and call emergency services if they cannot stay awake.',
        es: 'Posible sobredosis: revise ahora a la persona (respiración, respuesta), tenga naloxona a mano y llame a los servicios de emergencia si no puede mantenerse despierta.',
      },
      // The urgency is the intoxication.drowsy trigger's: one reason per cause.
      referrals: ['medical-care', 'harm-reduction-naloxone'],
    },
    {
      // SAMHSA TIP 45 (2006, revised 2015), ch. 4: an intoxicated person is assessed for medical stability first; ASAM dimension 1.
      id: 'intoxication.now',
      when: { item: 'intoxication.now', in: ['some', 'strong'] },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Reports feeling the effects of alcohol or drugs taken today while answering.',
        es: 'Informa que siente los efectos del alcohol o de las drogas que tomó hoy mientras responde.',
      },
      planning: {
        en: 'Check on the person today, make sure they do not drive, and go over the answers again once the effects have worn off.',
        es: 'Revise hoy a la persona, asegúrese de que no maneje y repase las respuestas otra vez cuando hayan pasado los efectos.',
      },
      urgency: 'urgent',
      referrals: ['medical-care'],
    },
    {
      // ASAM Clinical Practice Guideline on Alcohol Withdrawal Management (2020): seizures, delirium and
      // hallucinations mark complicated withdrawal, managed where 24-hour medical care is available.
      id: 'withdrawal.danger-now',
      when: HAS_DANGER_SIGNS,
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Reports seeing or hearing things that are not there, confusion, or a seizure today or in the past day.',
        es: 'Informa que hoy o en el último día vio u oyó cosas que no están ahí, se sintió confundido(a) o tuvo una convulsión.',
      },
      planning: {
        en: 'These can be signs of dangerous withdrawal (a withdrawal seizure or delirium) or of another medical emergency: arrange a medical evaluation now, before the person leaves.',
        es: 'Pueden ser señales de un síndrome de abstinencia peligroso (una convulsión o un delirio por abstinencia) o de otra emergencia médica: organice una evaluación médica ahora, antes de que la persona se vaya.',
      },
      // The urgency is the withdrawal.danger-now trigger's: one reason per cause.
      referrals: [...DETOX, 'medical-care'],
      evidence: ['withdrawal.substance', 'withdrawal.last-use'],
    },
    {
      id: 'withdrawal.severe-now',
      when: { item: 'withdrawal.severity', eq: 'severe' },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Reports feeling very unwell now with symptoms that can come with withdrawal.',
        es: 'Informa que ahora se siente muy mal, con malestares que pueden acompañar al síndrome de abstinencia.',
      },
      planning: {
        en: 'Withdrawal is a medical matter: arrange a medical evaluation today, and do not ask the person to stop on their own.',
        es: 'El síndrome de abstinencia es un asunto médico: organice una evaluación médica hoy y no le pida a la persona que deje de consumir por su cuenta.',
      },
      urgency: 'urgent',
      referrals: DETOX,
      evidence: ['withdrawal.symptoms', 'withdrawal.substance'],
    },
    {
      id: 'withdrawal.moderate-now',
      when: { item: 'withdrawal.severity', eq: 'moderate' },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Reports symptoms now that can come with withdrawal, moderate enough to make the day hard.',
        es: 'Informa malestares que pueden acompañar al síndrome de abstinencia, lo bastante moderados como para hacerle difícil el día.',
      },
      planning: {
        en: 'Withdrawal is a medical matter: a medical evaluation can make it safer and easier.',
        es: 'El síndrome de abstinencia es un asunto médico: una evaluación médica puede hacerlo más seguro y más llevadero.',
      },
      referrals: DETOX,
      evidence: ['withdrawal.symptoms', 'withdrawal.substance'],
    },
    {
      // ASAM 2020 alcohol withdrawal guideline and PAWSS (Maldonado et al. 2014): past withdrawal seizures or
      // delirium are the strongest predictors of complicated withdrawal next time.
      id: 'withdrawal.severe-history',
      when: {
        any: [
          { item: 'withdrawal.history', includes: 'seizures' },
          { item: 'withdrawal.history', includes: 'delirium' },
          { item: 'withdrawal.history', includes: 'hallucinations' },
          { item: 'withdrawal.history', includes: 'hospital' },
        ],
      },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal'],
      finding: {
        en: 'Reports severe withdrawal in the past (a seizure, delirium, seeing or hearing things, or needing hospital care).',
        es: 'Informa que tuvo un síndrome de abstinencia grave en el pasado (una convulsión, delirio, ver u oír cosas, o necesitar atención en un hospital).',
      },
      planning: {
        en: 'Severe withdrawal can happen again, and worse: see the person soon, and plan any cutting down or stopping under medical care.',
        es: 'El síndrome de abstinencia grave puede repetirse, y ser peor: atienda pronto a la persona y planifique con supervisión médica cualquier reducción o suspensión del consumo.',
      },
      urgency: 'priority',
      referrals: DETOX,
    },
    {
      id: 'withdrawal.cravings',
      when: { item: 'withdrawal.symptoms', includes: 'cravings' },
      domain: 'withdrawal-medical',
      asam: ['intoxication-withdrawal', 'use-related-risks'],
      finding: { en: 'Reports strong cravings now.', es: 'Informa que tiene ganas muy fuertes de consumir en este momento.' },
      planning: {
        en: 'Cravings can be treated (for example, with medication and coping skills); ask about them at each visit.',
        es: 'Las ganas muy fuertes de consumir se pueden tratar (por ejemplo, con medicamentos y estrategias para afrontarlas); pregunte por ellas en cada visita.',
      },
    },
  ],
  safety: [
    {
      id: 'intoxication.drowsy',
      tier: 'interrupt',
      urgency: 'emergency',
      when: { item: 'intoxication.now', eq: 'drowsy' },
      reason: {
        en: 'Reports being very sleepy or finding it hard to stay awake after alcohol or drugs: a possible overdose. Check on the person now; have naloxone at hand (SAMHSA Overdose Prevention and Response Toolkit).',
        es: 'Informa que tiene mucho sueño o que le cuesta mantenerse despierto(a) después de tomar alcohol o drogas: una posible sobredosis. Revise ahora a la persona; tenga naloxona a mano (SAMHSA, Overdose Prevention and Response Toolkit).',
      },
    },
    {
      id: 'withdrawal.danger-now',
      tier: 'interrupt',
      urgency: 'emergency',
      when: HAS_DANGER_SIGNS,
      reason: {
        en: 'Reports seeing or hearing things, confusion, or a seizure in the past day: possible complicated withdrawal (seizure or delirium) or another medical emergency. A medical evaluation is needed now (ASAM alcohol withdrawal guideline, 2020).',
        es: 'Informa que en el último día vio u oyó cosas, se sintió confundido(a) o tuvo una convulsión: un posible síndrome de abstinencia complicado (convulsión o delirio) u otra emergencia médica. Se necesita ahora una evaluación médica (guía de ASAM sobre el manejo del síndrome de abstinencia de alcohol, 2020).',
      },
    },
  ],
} as const satisfies QuestionnaireModule;
