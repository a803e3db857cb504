const BANDS_3 = [
  { min: 0, max: 0, label: { en: 'No use in the past 3 months', es: 'Sin consumo en los últimos 3 meses' } },
  { min: 1, max: 1, label: { en: 'Problem use', es: 'Consumo problemático' } },
  { min: 2, max: 3, label: { en: 'Higher risk', es: 'Riesgo más alto' } },
] as const;
const CUTOFF = [
  {
    gte: 1,
    label: {
      en: '≥ 1 (problem use or higher; McNeely et al. 2016 recommend 1+ for screening; 2+ is "higher risk")',
      es: '≥ 1 (consumo problemático o más; McNeely et al. 2016 recomiendan 1 o más para la detección; 2 o más es "riesgo más alto")',
    },
  },
] as const;
const FURTHER = 'further assessment by a qualified clinician is recommended.';
const FURTHER_ES = 'se recomienda una evaluación adicional por un profesional clínico calificado.';
const LEVEL_ES = 'en los últimos 3 meses, en el nivel de consumo problemático de TAPS o más alto';

/**
 * The TAPS scores, one per substance: the sum of "yes" answers to that
 * substance's TAPS-2 questions; 0 no use in the past 3 months, 1 problem use,
 * 2+ higher risk; `not-applicable` when the TAPS-1 class was "Never".
 *
 * @example
 * ```ts
 * import { TAPS_SCORES } from './taps-scores.js';
 * TAPS_SCORES.map((s) => s.id); // ['taps.tobacco', 'taps.alcohol', 'taps.marijuana', …]
 * ```
 */
export const TAPS_SCORES = [
  {
    id: 'taps.tobacco',
    title: { en: 'TAPS tobacco', es: 'TAPS: tabaco' },
    section: 'taps',
    items: ['taps.tobacco.cigarettes', 'taps.tobacco.more-than-10', 'taps.tobacco.within-30-min'],
    bands: BANDS_3,
    cutoffs: CUTOFF,
    positiveMeaning: {
      en: `Screened positive for tobacco use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de tabaco ${LEVEL_ES}; ${FURTHER_ES}`,
    },
  },
  {
    id: 'taps.alcohol',
    title: { en: 'TAPS alcohol', es: 'TAPS: alcohol' },
    section: 'taps',
    items: ['taps.alcohol.any', 'taps.alcohol.heavy-day', 'taps.alcohol.heavy-day-male', 'taps.alcohol.failed-to-cut-down', 'taps.alcohol.concern'],
    // Alcohol has four TAPS-2 questions (the heavy-day one in a version by sex, only one of them shown), so a
    // person's total runs to 4; the range the definition allows counts both versions, 0–5.
    bands: [
      { min: 0, max: 0, label: { en: 'No use in the past 3 months', es: 'Sin consumo en los últimos 3 meses' } },
      { min: 1, max: 1, label: { en: 'Problem use', es: 'Consumo problemático' } },
      { min: 2, max: 5, label: { en: 'Higher risk', es: 'Riesgo más alto' } },
    ],
    cutoffs: CUTOFF,
    positiveMeaning: {
      en: `Screened positive for alcohol use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de alcohol ${LEVEL_ES}; ${FURTHER_ES}`,
    },
  },
  {
    id: 'taps.marijuana',
    title: { en: 'TAPS marijuana', es: 'TAPS: marihuana' },
    section: 'taps',
    items: ['taps.marijuana.any', 'taps.marijuana.weekly-urge', 'taps.marijuana.concern'],
    bands: BANDS_3,
    cutoffs: CUTOFF,
    positiveMeaning: {
      en: `Screened positive for marijuana use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de marihuana ${LEVEL_ES}; ${FURTHER_ES}`,
    },
  },
  {
    id: 'taps.cocaine',
    title: { en: 'TAPS cocaine, crack or methamphetamine', es: 'TAPS: cocaína, crack o metanfetamina' },
    section: 'taps',
    items: ['taps.cocaine.any', 'taps.cocaine.weekly', 'taps.cocaine.concern'],
    bands: BANDS_3,
    cutoffs: CUTOFF,
    positiveMeaning: {
      en: `Screened positive for cocaine, crack or methamphetamine use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de cocaína, crack o metanfetamina ${LEVEL_ES}; ${FURTHER_ES}`,
    },
  },
  {
    id: 'taps.heroin',
    title: { en: 'TAPS heroin', es: 'TAPS: heroína' },
    section: 'taps',
    items: ['taps.heroin.any', 'taps.heroin.failed-to-cut-down', 'taps.heroin.concern'],
    bands: BANDS_3,
    cutoffs: CUTOFF,
    positiveMeaning: {
      en: `Screened positive for heroin use in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de heroína ${LEVEL_ES}; ${FURTHER_ES}`,
    },
  },
  {
    id: 'taps.rx-opioids',
    title: { en: 'TAPS prescription opioids (not as prescribed)', es: 'TAPS: opioides recetados (sin seguir las indicaciones de la receta)' },
    section: 'taps',
    items: ['taps.rx-opioids.any', 'taps.rx-opioids.failed-to-cut-down', 'taps.rx-opioids.concern'],
    bands: BANDS_3,
    cutoffs: CUTOFF,
    positiveMeaning: {
      en: `Screened positive for use of prescription opioids not as prescribed in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de opioides recetados sin seguir las indicaciones de la receta ${LEVEL_ES}; ${FURTHER_ES}`,
    },
  },
  {
    id: 'taps.sedatives',
    title: {
      en: 'TAPS medications for anxiety or sleep (not as prescribed)',
      es: 'TAPS: medicamentos para la ansiedad o para dormir (sin seguir las indicaciones de la receta)',
    },
    section: 'taps',
    items: ['taps.sedatives.any', 'taps.sedatives.weekly-urge', 'taps.sedatives.concern'],
    bands: BANDS_3,
    cutoffs: CUTOFF,
    positiveMeaning: {
      en: `Screened positive for use of medications for anxiety or sleep not as prescribed in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de medicamentos para la ansiedad o para dormir sin seguir las indicaciones de la receta ${LEVEL_ES}; ${FURTHER_ES}`,
    },
  },
  {
    id: 'taps.rx-stimulants',
    title: { en: 'TAPS medications for ADHD (not as prescribed)', es: 'TAPS: medicamentos para el TDAH (sin seguir las indicaciones de la receta)' },
    section: 'taps',
    items: ['taps.rx-stimulants.any', 'taps.rx-stimulants.weekly', 'taps.rx-stimulants.concern'],
    bands: BANDS_3,
    cutoffs: CUTOFF,
    positiveMeaning: {
      en: `Screened positive for use of medications for ADHD not as prescribed in the past 3 months at the TAPS problem-use level or higher; ${FURTHER}`,
      es: `Las respuestas alcanzan el punto de corte de la evaluación de detección de consumo de medicamentos para el TDAH sin seguir las indicaciones de la receta ${LEVEL_ES}; ${FURTHER_ES}`,
    },
  },
] as const;
