/**
 * Summary rules of the substance use section: medication for opioid use
 * disorder running out or missed, opioid, fentanyl and sedative use, daily use,
 * injection and shared equipment, and earlier treatment. A rule that sets an
 * urgency, or offers naloxone beyond opioid use, cites its published source.
 */

import { INJECTS, USES_OPIOIDS } from './conditions.js';

/** The substance use section's rules: `substanceUseModule.rules`. */
export const substanceUseRules = [
  {
    // SAMHSA TIP 63, Medications for Opioid Use Disorder (2021): keep medication going without interruption;
    // missed doses bring withdrawal and cravings back.
    id: 'substance.moud-missed-doses',
    when: { item: 'substance.moud-gap', eq: 'missed' },
    domain: 'withdrawal-medical',
    asam: ['intoxication-withdrawal'],
    finding: {
      en: 'Reports taking prescribed methadone or buprenorphine and missing some doses in the past week.',
      es: 'Informa que toma metadona o buprenorfina recetada y que dejó de tomar algunas dosis en la última semana.',
    },
    planning: {
      en: 'See the person soon and contact the prescriber or program so the medication continues without a gap.',
      es: 'Atienda pronto a la persona y comuníquese con quien receta el medicamento o con el programa para que continúe sin interrupciones.',
    },
    urgency: 'priority',
    referrals: ['moud-evaluation', 'harm-reduction-naloxone'],
  },
  {
    // Sordo L, et al. Mortality risk during and after opioid substitution treatment: systematic review and
    // meta-analysis of cohort studies. BMJ 2017;357:j1550 (death rates rise sharply in the first 4 weeks after
    // methadone or buprenorphine stops); SAMHSA TIP 63 (2021).
    id: 'substance.moud-running-out',
    when: { item: 'substance.moud-gap', eq: 'running-out' },
    domain: 'withdrawal-medical',
    asam: ['intoxication-withdrawal'],
    finding: {
      en: 'Reports that their prescribed methadone or buprenorphine has run out, or will in the next 3 days.',
      es: 'Informa que se le acabó la metadona o la buprenorfina recetada, o que se le acabará en los próximos 3 días.',
    },
    planning: {
      en: 'The weeks after this medication stops carry a high overdose risk: contact the prescriber or program today so it continues, and give naloxone.',
      es: 'Las semanas después de que se suspende este medicamento tienen un alto riesgo de sobredosis: comuníquese hoy con quien lo receta o con el programa para que continúe, y entregue naloxona.',
    },
    urgency: 'urgent',
    referrals: ['moud-evaluation', 'harm-reduction-naloxone'],
  },
  {
    id: 'substance.opioid-use',
    when: USES_OPIOIDS,
    domain: 'substance-use',
    finding: {
      en: 'Reports using opioids in the past 12 months (heroin, fentanyl, or opioid medicines not as prescribed).',
      es: 'Informa consumo de opioides en los últimos 12 meses (heroína, fentanilo o medicamentos opioides sin seguir las indicaciones de la receta).',
    },
    planning: {
      en: 'Medication for opioid use disorder (methadone, buprenorphine or naltrexone) is a first-line option; offer to discuss it whether or not the person asks. Offer naloxone, whatever the route of use.',
      es: 'Los medicamentos para el trastorno por consumo de opioides (metadona, buprenorfina o naltrexona) son una opción de primera línea; ofrezca hablar de ellos aunque la persona no lo pida. Ofrezca naloxona, sea cual sea la forma de consumo.',
    },
    // Naloxone for anyone who uses opioids, by any route: CDC Clinical Practice Guideline for Prescribing
    // Opioids for Pain (2022), recommendation 8; SAMHSA Overdose Prevention and Response Toolkit (2023).
    referrals: ['moud-evaluation', 'harm-reduction-naloxone'],
    evidence: ['substance.main', 'substance.frequency'],
  },
  {
    id: 'substance.fentanyl-use',
    when: { item: 'substance.used', includes: 'fentanyl' },
    domain: 'safety',
    asam: ['use-related-risks'],
    finding: {
      en: 'Reports using fentanyl, which carries a high risk of overdose.',
      es: 'Informa consumo de fentanilo, que conlleva un alto riesgo de sobredosis.',
    },
    planning: {
      en: 'Offer naloxone and overdose-prevention information at the first visit.',
      es: 'Ofrezca naloxona e información sobre prevención de sobredosis en la primera visita.',
    },
    referrals: ['harm-reduction-naloxone'],
  },
  {
    id: 'substance.opioids-with-sedatives',
    when: {
      all: [
        USES_OPIOIDS,
        {
          any: [
            { item: 'substance.used', includes: 'benzodiazepines' },
            { item: 'substance.used', includes: 'alcohol' },
          ],
        },
      ],
    },
    domain: 'safety',
    asam: ['use-related-risks'],
    finding: {
      en: 'Reports using opioids together with alcohol or benzodiazepines in the past 12 months.',
      es: 'Informa consumo de opioides junto con alcohol o benzodiacepinas en los últimos 12 meses.',
    },
    planning: {
      en: 'Mixing opioids with alcohol or benzodiazepines raises the risk of overdose; the overdose section asks whether they are used on the same day. Offer naloxone and talk about safer use.',
      es: 'Mezclar opioides con alcohol o benzodiacepinas aumenta el riesgo de sobredosis; la sección sobre sobredosis pregunta si se consumen el mismo día. Ofrezca naloxona y hable sobre un consumo más seguro.',
    },
    referrals: ['harm-reduction-naloxone'],
  },
  {
    id: 'substance.benzodiazepine-use',
    when: { item: 'substance.used', includes: 'benzodiazepines' },
    domain: 'withdrawal-medical',
    asam: ['intoxication-withdrawal'],
    finding: { en: 'Reports using benzodiazepines not as prescribed.', es: 'Informa consumo de benzodiacepinas sin seguir las indicaciones de la receta.' },
    planning: {
      en: 'Stopping benzodiazepines suddenly can cause seizures; withdrawal should be planned with a medical clinician.',
      es: 'Dejar las benzodiacepinas de golpe puede causar convulsiones; el manejo del síndrome de abstinencia debe planificarse con un profesional médico.',
    },
    referrals: ['medical-detox-evaluation'],
  },
  {
    // CDC, "Stop Overdose: fentanyl" (2024) and SAMHSA Overdose Prevention and Response Toolkit (2023): pills
    // bought outside a pharmacy and stimulants may contain fentanyl, so naloxone is for people who use them too.
    id: 'substance.fentanyl-contamination-risk',
    when: {
      any: [
        { item: 'substance.used', includes: 'stimulants' },
        { item: 'substance.used', includes: 'benzodiazepines' },
      ],
    },
    domain: 'safety',
    asam: ['use-related-risks'],
    finding: {
      en: 'Reports using stimulants, or benzodiazepines not as prescribed: drugs and pills bought outside a pharmacy may contain fentanyl.',
      es: 'Informa consumo de estimulantes, o de benzodiacepinas sin seguir las indicaciones de la receta: las drogas y pastillas compradas fuera de una farmacia pueden contener fentanilo.',
    },
    planning: {
      en: 'Offer naloxone and fentanyl test strips, and talk about not using alone.',
      es: 'Ofrezca naloxona y tiras reactivas para detectar fentanilo, y hable de no consumir a solas.',
    },
    referrals: ['harm-reduction-naloxone'],
  },
  {
    id: 'substance.daily-use',
    when: { item: 'substance.frequency', eq: 'daily' },
    domain: 'substance-use',
    finding: {
      en: 'Reports using every day or almost every day in the past month.',
      es: 'Informa consumo todos los días o casi todos los días en el último mes.',
    },
    planning: {
      en: 'Daily use makes withdrawal more likely when use stops; plan for withdrawal care.',
      es: 'El consumo diario hace más probable el síndrome de abstinencia cuando se deja de consumir; planifique el manejo del síndrome de abstinencia.',
    },
    evidence: ['substance.main', 'substance.last-use'],
  },
  {
    id: 'substance.injection',
    when: INJECTS,
    domain: 'substance-use',
    finding: { en: 'Reports injecting drugs.', es: 'Informa que se inyecta drogas.' },
    planning: {
      en: 'Offer sterile supplies, naloxone, and testing for HIV and hepatitis C.',
      es: 'Ofrezca materiales estériles, naloxona y pruebas de VIH y hepatitis C.',
    },
    referrals: ['harm-reduction-naloxone', 'medical-care'],
  },
  {
    id: 'substance.shared-equipment',
    when: { item: 'substance.shared-equipment', eq: true },
    domain: 'safety',
    asam: ['biomedical', 'use-related-risks'],
    finding: {
      en: 'Reports sharing needles or other injecting supplies in the past 3 months.',
      es: 'Informa que ha compartido agujas u otros materiales para inyectarse en los últimos 3 meses.',
    },
    planning: {
      en: 'Offer sterile supplies and testing for HIV and hepatitis C; explain where to get new supplies.',
      es: 'Ofrezca materiales estériles y pruebas de VIH y hepatitis C; explique dónde conseguir materiales nuevos.',
    },
    referrals: ['harm-reduction-naloxone', 'medical-care'],
  },
  {
    id: 'substance.prior-treatment-left-early',
    when: { item: 'substance.prior-treatment-end', eq: 'left-early' },
    domain: 'return-to-use-risk',
    finding: { en: 'Reports leaving earlier treatment before it was finished.', es: 'Informa que dejó un tratamiento anterior antes de terminarlo.' },
    planning: {
      en: 'Ask what made it hard to stay, and shape this plan around it (for example, schedule, setting or medication).',
      es: 'Pregunte qué le dificultó quedarse y adapte este plan a eso (por ejemplo, el horario, el entorno o los medicamentos).',
    },
  },
  {
    id: 'substance.prior-treatment-return',
    when: { item: 'substance.prior-treatment-return', eq: 'yes' },
    domain: 'return-to-use-risk',
    finding: {
      en: 'Reports returning to use within a few months after earlier treatment ended.',
      es: 'Informa que volvió a consumir dentro de los primeros meses después de terminar un tratamiento anterior.',
    },
    planning: {
      en: 'Plan continuing care from the start: follow-up visits, peer support and, where it fits, medication.',
      es: 'Planifique la atención continua desde el inicio: visitas de seguimiento, apoyo de pares y, cuando corresponda, medicamentos.',
    },
    referrals: ['peer-support'],
    evidence: ['substance.prior-treatment-end'],
  },
] as const;
