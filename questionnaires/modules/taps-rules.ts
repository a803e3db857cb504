/**
 * Summary rules over the TAPS Tool: TAPS-1 answers (brief screen) and the
 * per-substance TAPS-2 scores (full intake). A TAPS-1 answer other than
 * "Never" is a positive first step that calls for the TAPS-2 questions.
 */

import { TAPS1_ALCOHOL_USED } from '../instruments/taps2-items.js';

const FURTHER = 'further assessment by a qualified clinician is recommended.';
const FURTHER_ES = 'se recomienda una evaluación adicional por un profesional clínico calificado.';
const TAPS2_NEXT = {
  en: 'Ask the TAPS-2 questions for this class (they are in the full intake) to see how much of a problem it is.',
  es: 'Haga las preguntas del TAPS-2 para esta categoría (están en el cuestionario de ingreso completo) para ver qué tanto problema representa.',
} as const;

/** TAPS-1 rules for the brief screen: one per substance class answered other than "Never". */
export const taps1Rules = [
  {
    id: 'screen.taps1-tobacco',
    when: { item: 'taps.tobacco.frequency', ne: 'never' },
    domain: 'substance-use',
    finding: { en: 'TAPS-1: reports using tobacco in the past 12 months.', es: 'TAPS-1: informa consumo de tabaco en los últimos 12 meses.' },
    planning: {
      en: 'Offer help to cut down or quit tobacco; ask the TAPS-2 tobacco questions.',
      es: 'Ofrezca ayuda para reducir o dejar el tabaco; haga las preguntas del TAPS-2 sobre el tabaco.',
    },
  },
  {
    id: 'screen.taps1-alcohol',
    when: TAPS1_ALCOHOL_USED,
    domain: 'substance-use',
    finding: {
      en: 'TAPS-1: reports at least one day of heavy drinking in the past 12 months (4 or more drinks in a day; 5 or more for men).',
      es: 'TAPS-1: informa al menos un día de consumo excesivo de alcohol en los últimos 12 meses (4 bebidas o más en un día; 5 o más en hombres).',
    },
    planning: TAPS2_NEXT,
    referrals: ['alcohol-use-assessment'],
  },
  {
    id: 'screen.taps1-drugs',
    when: { item: 'taps.drugs.frequency', ne: 'never' },
    domain: 'substance-use',
    finding: {
      en: 'TAPS-1: reports using drugs (such as marijuana, cocaine, heroin or methamphetamine) in the past 12 months.',
      es: 'TAPS-1: informa consumo de drogas (como marihuana, cocaína, heroína o metanfetamina) en los últimos 12 meses.',
    },
    planning: TAPS2_NEXT,
  },
  {
    id: 'screen.taps1-rx',
    when: { item: 'taps.rx.frequency', ne: 'never' },
    domain: 'substance-use',
    finding: {
      en: 'TAPS-1: reports using prescription medications just for the feeling, more than prescribed, or not prescribed to them, in the past 12 months.',
      es: 'TAPS-1: informa que en los últimos 12 meses usó medicamentos recetados solo por la sensación que producen, en mayor cantidad de la recetada o que no le habían recetado.',
    },
    planning: TAPS2_NEXT,
  },
] as const;

/** TAPS-2 rules for the full intake: one per scored substance, at the problem-use level (score 1) or higher. */
export const taps2Rules = [
  {
    id: 'screen.taps-heroin',
    when: { positive: 'taps.heroin' },
    domain: 'substance-use',
    finding: {
      en: `Screened positive for heroin use in the past 3 months (TAPS); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de heroína en los últimos 3 meses (TAPS); ${FURTHER_ES}`,
    },
    planning: {
      en: 'Offer an evaluation for medication for opioid use disorder and give naloxone.',
      es: 'Ofrezca una evaluación para medicamentos para el trastorno por consumo de opioides y entregue naloxona.',
    },
    referrals: ['moud-evaluation', 'harm-reduction-naloxone'],
  },
  {
    id: 'screen.taps-rx-opioids',
    when: { positive: 'taps.rx-opioids' },
    domain: 'substance-use',
    finding: {
      en: `Screened positive for use of prescription opioids not as prescribed in the past 3 months (TAPS); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de opioides recetados sin seguir las indicaciones de la receta en los últimos 3 meses (TAPS); ${FURTHER_ES}`,
    },
    planning: {
      en: 'Offer an evaluation for medication for opioid use disorder and give naloxone; pills bought outside a pharmacy may contain fentanyl.',
      es: 'Ofrezca una evaluación para medicamentos para el trastorno por consumo de opioides y entregue naloxona; las pastillas compradas fuera de una farmacia pueden contener fentanilo.',
    },
    referrals: ['moud-evaluation', 'harm-reduction-naloxone'],
  },
  {
    id: 'screen.taps-alcohol',
    when: { positive: 'taps.alcohol' },
    domain: 'substance-use',
    finding: {
      en: `Screened positive for alcohol use in the past 3 months (TAPS); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de alcohol en los últimos 3 meses (TAPS); ${FURTHER_ES}`,
    },
    planning: {
      en: 'Plan any cutting down or stopping with a medical clinician, since alcohol withdrawal can be dangerous.',
      es: 'Planifique cualquier reducción o suspensión del consumo con un profesional médico, ya que el síndrome de abstinencia de alcohol puede ser peligroso.',
    },
    referrals: ['alcohol-use-assessment'],
  },
  {
    id: 'screen.taps-sedatives',
    when: { positive: 'taps.sedatives' },
    domain: 'substance-use',
    finding: {
      en: `Screened positive for use of medications for anxiety or sleep not as prescribed in the past 3 months (TAPS); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de medicamentos para la ansiedad o para dormir sin seguir las indicaciones de la receta en los últimos 3 meses (TAPS); ${FURTHER_ES}`,
    },
    planning: {
      en: 'Stopping these medications suddenly can cause seizures; plan any change with a medical clinician.',
      es: 'Dejar estos medicamentos de golpe puede causar convulsiones; planifique cualquier cambio con un profesional médico.',
    },
    referrals: ['medical-detox-evaluation'],
  },
  {
    id: 'screen.taps-cocaine',
    when: { positive: 'taps.cocaine' },
    domain: 'substance-use',
    finding: {
      en: `Screened positive for cocaine, crack or methamphetamine use in the past 3 months (TAPS); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de cocaína, crack o metanfetamina en los últimos 3 meses (TAPS); ${FURTHER_ES}`,
    },
    planning: {
      en: 'Behavioral treatments help most with stimulant use; the drug supply may contain fentanyl, so offer naloxone.',
      es: 'Los tratamientos conductuales son los que más ayudan con el consumo de estimulantes; las drogas que circulan pueden contener fentanilo, así que ofrezca naloxona.',
    },
    referrals: ['harm-reduction-naloxone'],
  },
  {
    id: 'screen.taps-marijuana',
    when: { positive: 'taps.marijuana' },
    domain: 'substance-use',
    finding: {
      en: `Screened positive for marijuana use in the past 3 months (TAPS); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de marihuana en los últimos 3 meses (TAPS); ${FURTHER_ES}`,
    },
  },
  {
    id: 'screen.taps-rx-stimulants',
    when: { positive: 'taps.rx-stimulants' },
    domain: 'substance-use',
    finding: {
      en: `Screened positive for use of medications for ADHD not as prescribed in the past 3 months (TAPS); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de medicamentos para el TDAH sin seguir las indicaciones de la receta en los últimos 3 meses (TAPS); ${FURTHER_ES}`,
    },
  },
  {
    id: 'screen.taps-tobacco',
    when: { positive: 'taps.tobacco' },
    domain: 'substance-use',
    finding: {
      en: `Screened positive for tobacco use in the past 3 months (TAPS); ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de tabaco en los últimos 3 meses (TAPS); ${FURTHER_ES}`,
    },
    planning: {
      en: 'Offer tobacco treatment alongside other care.',
      es: 'Ofrezca tratamiento para dejar el tabaco junto con el resto de la atención.',
    },
    referrals: ['medical-care'],
  },
] as const;
