import { NOT_VALIDATED } from '../../src/index.js';
import type { QuestionnaireModule } from '../module.js';
import { INJECTS } from './conditions.js';
import { NALOXONE_ASKED, OVERDOSE_ITEMS } from './overdose-items.js';

const NALOXONE = ['harm-reduction-naloxone'] as const;

/** "Yes" or "not sure" to whether an overdose was on purpose: either is followed up as a possible attempt. */
const INTENT = { item: 'overdose.intent', in: ['yes', 'unsure'] } as const;

const LEFT_CARE = {
  any: [
    { item: 'overdose.left-care', includes: 'detox' },
    { item: 'overdose.left-care', includes: 'treatment' },
    { item: 'overdose.left-care', includes: 'hospital' },
    { item: 'overdose.left-care', includes: 'jail' },
  ],
} as const;

/**
 * Overdose risk: opioids with sedatives on the same day, naloxone at hand,
 * past and recent overdoses, whether an overdose was on purpose, and recent
 * release from detox, treatment, hospital, jail or prison (loss of tolerance).
 *
 * @example
 * ```ts
 * import { overdoseModule } from 'intake-screening/questionnaires';
 * overdoseModule.sections[0].id; // 'overdose'
 * ```
 */
export const overdoseModule = {
  sections: [
    {
      id: 'overdose',
      title: { en: 'Overdose and staying safe', es: 'Sobredosis y cómo mantenerse a salvo' },
      description: {
        en: 'These questions help us lower your risk of an overdose.',
        es: 'Estas preguntas nos ayudan a reducir su riesgo de sobredosis.',
      },
      instrument: { kind: 'descriptive', name: 'Overdose risk', note: NOT_VALIDATED },
      items: OVERDOSE_ITEMS,
    },
  ],
  rules: [
    {
      // FDA Drug Safety Communication (2016): boxed warning on opioids with benzodiazepines or other CNS
      // depressants (profound sedation, respiratory depression, death); CDC opioid prescribing guideline (2022),
      // recommendations 8 and 11.
      id: 'overdose.opioids-sedatives-same-day',
      when: { item: 'overdose.same-day-sedatives', eq: true },
      domain: 'safety',
      asam: ['use-related-risks'],
      finding: {
        en: 'Reports using opioids and alcohol, benzodiazepines or sleeping pills on the same day in the past 3 months.',
        es: 'Informa que en los últimos 3 meses consumió opioides y alcohol, benzodiacepinas o pastillas para dormir el mismo día.',
      },
      planning: {
        en: 'Overdose risk: together these can stop breathing. See the person soon, give naloxone, and talk about not mixing and not using alone.',
        es: 'Riesgo de sobredosis: juntos pueden detener la respiración. Atienda pronto a la persona, entréguele naloxona y hable de no mezclarlos y de no consumir a solas.',
      },
      urgency: 'priority',
      referrals: NALOXONE,
    },
    {
      id: 'substance.no-naloxone',
      when: { item: 'substance.naloxone', in: ['no', 'unsure'] },
      domain: 'safety',
      asam: ['use-related-risks'],
      finding: {
        en: 'Reports not having naloxone at hand, or not knowing what naloxone is.',
        es: 'Informa que no tiene naloxona a mano, o que no sabe qué es la naloxona.',
      },
      planning: {
        en: 'Give naloxone and show how to use it before the person leaves.',
        es: 'Entregue naloxona y muestre cómo usarla antes de que la persona se vaya.',
      },
      referrals: NALOXONE,
      evidence: ['substance.used', 'substance.route'],
    },
    {
      id: 'substance.overdose-history',
      when: { item: 'substance.overdose', eq: true },
      domain: 'safety',
      asam: ['use-related-risks'],
      finding: { en: 'Reports at least one past overdose.', es: 'Informa al menos una sobredosis en el pasado.' },
      planning: {
        en: 'A past overdose is the strongest sign of a future one; offer naloxone and an overdose-prevention plan.',
        es: 'Una sobredosis previa es la señal más fuerte de una sobredosis futura; ofrezca naloxona y un plan de prevención de sobredosis.',
      },
      referrals: NALOXONE,
      evidence: ['substance.overdose-count'],
    },
    {
      id: 'substance.overdose-recent',
      // The past-30-days rule below speaks for the most recent case.
      when: { all: [{ item: 'substance.overdose-recent', eq: true }, { not: { item: 'overdose.past-30-days', eq: true } }] },
      domain: 'safety',
      asam: ['use-related-risks'],
      finding: { en: 'Reports an overdose in the past 12 months.', es: 'Informa una sobredosis en los últimos 12 meses.' },
      planning: {
        en: 'A recent overdose calls for an early appointment and naloxone now.',
        es: 'Una sobredosis reciente requiere una cita pronto y naloxona ahora.',
      },
      urgency: 'priority',
      referrals: NALOXONE,
      evidence: ['substance.overdose-count'],
    },
    {
      // Olfson M, et al. Causes of death after nonfatal opioid overdose. JAMA Psychiatry. 2018;75(8):820-827:
      // death rates are highest in the first months after a nonfatal overdose. SAMHSA Overdose Prevention and
      // Response Toolkit (2023).
      id: 'overdose.past-30-days',
      when: { item: 'overdose.past-30-days', eq: true },
      domain: 'safety',
      asam: ['use-related-risks'],
      finding: { en: 'Reports an overdose in the past 30 days.', es: 'Informa una sobredosis en los últimos 30 días.' },
      planning: {
        en: 'The weeks after an overdose carry the highest risk of another: contact the person today, give naloxone, and offer medication for opioid use disorder where opioids are involved.',
        es: 'Las semanas después de una sobredosis son las de mayor riesgo de otra: comuníquese hoy con la persona, entréguele naloxona y ofrezca medicamentos para el trastorno por consumo de opioides si hay opioides de por medio.',
      },
      urgency: 'urgent',
      referrals: NALOXONE,
      evidence: ['substance.overdose-count'],
    },
    {
      id: 'substance.overdose-and-injection',
      when: { all: [{ item: 'substance.overdose', eq: true }, INJECTS] },
      domain: 'safety',
      asam: ['use-related-risks'],
      finding: { en: 'Reports a past overdose and injecting drugs.', es: 'Informa una sobredosis previa y que se inyecta drogas.' },
      planning: {
        en: 'Together these raise overdose risk: see the person soon, give naloxone, and discuss medication for opioid use disorder where opioids are involved.',
        es: 'Juntos, estos factores aumentan el riesgo de sobredosis: atienda pronto a la persona, entréguele naloxona y hable de los medicamentos para el trastorno por consumo de opioides si hay opioides de por medio.',
      },
      urgency: 'priority',
      referrals: NALOXONE,
      evidence: ['substance.overdose-count', 'substance.naloxone'],
    },
    {
      // An intentional overdose is a suicide attempt: NIMH ASQ pathway (a "yes" to "Have you ever tried to kill
      // yourself?" is a positive screen, followed by a brief suicide safety assessment before the person leaves).
      id: 'overdose.intentional',
      when: INTENT,
      domain: 'safety',
      finding: {
        en: 'Reports that an overdose was, or may have been, taken on purpose to hurt or kill themselves.',
        es: 'Informa que una sobredosis fue, o pudo haber sido, a propósito para hacerse daño o quitarse la vida.',
      },
      planning: {
        en: 'Treat this as a past suicide attempt: check the ASQ answers in this intake and complete a brief suicide safety assessment before the person leaves (NIMH ASQ pathway).',
        es: 'Trátelo como un intento de suicidio en el pasado: revise las respuestas al ASQ de este cuestionario de ingreso y complete una breve evaluación de seguridad sobre el riesgo de suicidio antes de que la persona se vaya (ruta de atención del ASQ del NIMH).',
      },
      // The urgency is the overdose.intentional trigger's: one reason per cause.
      referrals: ['mental-health-assessment'],
    },
    {
      // Binswanger IA, et al. Release from prison — a high risk of death for former inmates. N Engl J Med.
      // 2007;356(2):157-165; WHO, Prevention of acute drug-related mortality in prison populations during the
      // immediate post-release period (2010); SAMHSA Overdose Prevention and Response Toolkit (2023): tolerance
      // falls after time without use, so the first weeks after release carry a high overdose risk.
      id: 'overdose.tolerance-loss',
      when: {
        all: [LEFT_CARE, { any: [...NALOXONE_ASKED.any, { not: { answered: 'substance.used' } }] }],
      },
      domain: 'safety',
      asam: ['use-related-risks'],
      finding: {
        en: 'Reports leaving detox, a treatment program, a hospital, jail or prison in the past 4 weeks.',
        es: 'Informa que en las últimas 4 semanas salió de un programa de desintoxicación, un programa de tratamiento, un hospital, la cárcel o la prisión.',
      },
      planning: {
        en: 'Tolerance falls after time without use, so an amount the person used before can now cause an overdose: contact them today, give naloxone, and offer medication for opioid use disorder where opioids are involved.',
        es: 'La tolerancia baja después de un tiempo sin consumir, así que una cantidad que la persona consumía antes ahora puede causar una sobredosis: comuníquese hoy con ella, entréguele naloxona y ofrezca medicamentos para el trastorno por consumo de opioides si hay opioides de por medio.',
      },
      urgency: 'urgent',
      referrals: NALOXONE,
      evidence: ['substance.used'],
    },
  ],
  safety: [
    {
      id: 'overdose.intentional',
      tier: 'flag',
      urgency: 'urgent',
      when: INTENT,
      reason: {
        en: 'Reports that an overdose was, or may have been, taken on purpose: a possible past suicide attempt. NIMH ASQ pathway: a brief suicide safety assessment is needed before the person leaves.',
        es: 'Informa que una sobredosis fue, o pudo haber sido, a propósito: un posible intento de suicidio en el pasado. Ruta de atención del ASQ del NIMH: se necesita una breve evaluación de seguridad sobre el riesgo de suicidio antes de que la persona se vaya.',
      },
    },
  ],
} as const satisfies QuestionnaireModule;
