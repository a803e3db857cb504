import { YES_NO_CHOICE, YES_NO_SCALE } from './answer-options.js';
import { MALE, NOT_MALE } from './sex-item.js';

const YES_NO = { kind: 'scale', options: YES_NO_SCALE, required: true, preferNotToAnswer: true } as const;

// TAPS-2 follows only the TAPS-1 classes answered other than "Never". A declined TAPS-1
// answer is respected: the detailed questions about that class are not asked.
const TOBACCO = { item: 'taps.tobacco.frequency', ne: 'never' } as const;
// The alcohol class's TAPS-1 question is asked in one of two versions, by sex.
export const TAPS1_ALCOHOL_USED = {
  any: [
    { item: 'taps.alcohol.frequency', ne: 'never' },
    { item: 'taps.alcohol.frequency-male', ne: 'never' },
  ],
} as const;
const ALCOHOL = TAPS1_ALCOHOL_USED;
const DRANK = { item: 'taps.alcohol.any', eq: 1 } as const;
const DRUGS = { item: 'taps.drugs.frequency', ne: 'never' } as const;
const RX = { item: 'taps.rx.frequency', ne: 'never' } as const;

/**
 * The TAPS-2 questions (past 3 months), grouped by substance: each class's use
 * question is asked when its TAPS-1 answer was not "Never", and its detail
 * questions only after "yes" to the use question. Scored items are yes/no
 * (Yes = 1); "other drugs" is asked and reported, not scored, as in TAPS.
 *
 * @example
 * ```ts
 * import { TAPS2_ITEMS } from './taps2-items.js';
 * TAPS2_ITEMS.find((i) => i.id === 'taps.heroin.any')?.when; // { item: 'taps.drugs.frequency', ne: 'never' }
 * ```
 */
export const TAPS2_ITEMS = [
  {
    id: 'taps.tobacco.cigarettes',
    text: { en: 'In the PAST 3 MONTHS, did you smoke a cigarette containing tobacco?', es: 'En los ÚLTIMOS 3 MESES, ¿fumó algún cigarrillo de tabaco?' },
    when: TOBACCO,
    ...YES_NO,
  },
  {
    id: 'taps.tobacco.more-than-10',
    text: {
      en: 'In the PAST 3 MONTHS, did you usually smoke more than 10 cigarettes each day?',
      es: 'En los ÚLTIMOS 3 MESES, ¿por lo general fumaba más de 10 cigarrillos al día?',
    },
    when: { item: 'taps.tobacco.cigarettes', eq: 1 },
    ...YES_NO,
  },
  {
    id: 'taps.tobacco.within-30-min',
    text: {
      en: 'In the PAST 3 MONTHS, did you usually smoke within 30 minutes after waking?',
      es: 'En los ÚLTIMOS 3 MESES, ¿por lo general fumaba en los primeros 30 minutos después de despertarse?',
    },
    when: { item: 'taps.tobacco.cigarettes', eq: 1 },
    ...YES_NO,
  },

  {
    id: 'taps.alcohol.any',
    text: { en: 'In the PAST 3 MONTHS, did you have a drink containing alcohol?', es: 'En los ÚLTIMOS 3 MESES, ¿tomó alguna bebida con alcohol?' },
    when: ALCOHOL,
    ...YES_NO,
  },
  // By sex, as TAPS-1 (NIDA TAPS Tool): one of these two is shown, so the alcohol score still sums four answers.
  {
    id: 'taps.alcohol.heavy-day',
    text: {
      en: 'In the PAST 3 MONTHS, did you have 4 or more drinks containing alcohol in a day?',
      es: 'En los ÚLTIMOS 3 MESES, ¿tomó 4 o más bebidas con alcohol en un día?',
    },
    when: { all: [DRANK, NOT_MALE] },
    ...YES_NO,
  },
  {
    id: 'taps.alcohol.heavy-day-male',
    text: {
      en: 'In the PAST 3 MONTHS, did you have 5 or more drinks containing alcohol in a day?',
      es: 'En los ÚLTIMOS 3 MESES, ¿tomó 5 o más bebidas con alcohol en un día?',
    },
    when: { all: [DRANK, MALE] },
    ...YES_NO,
  },
  {
    id: 'taps.alcohol.failed-to-cut-down',
    text: {
      en: 'In the PAST 3 MONTHS, have you tried and failed to control, cut down or stop drinking?',
      es: 'En los ÚLTIMOS 3 MESES, ¿ha intentado controlar, reducir o dejar de tomar alcohol sin lograrlo?',
    },
    when: { item: 'taps.alcohol.any', eq: 1 },
    ...YES_NO,
  },
  {
    id: 'taps.alcohol.concern',
    text: {
      en: 'In the PAST 3 MONTHS, has anyone expressed concern about your drinking?',
      es: 'En los ÚLTIMOS 3 MESES, ¿alguien le ha dicho que le preocupa su consumo de alcohol?',
    },
    when: { item: 'taps.alcohol.any', eq: 1 },
    ...YES_NO,
  },

  {
    id: 'taps.marijuana.any',
    text: { en: 'In the PAST 3 MONTHS, did you use marijuana (hash, weed)?', es: 'En los ÚLTIMOS 3 MESES, ¿consumió marihuana (hachís, hierba)?' },
    when: DRUGS,
    ...YES_NO,
  },
  {
    id: 'taps.marijuana.weekly-urge',
    text: {
      en: 'In the PAST 3 MONTHS, have you had a strong desire or urge to use marijuana at least once a week or more often?',
      es: 'En los ÚLTIMOS 3 MESES, ¿ha tenido un deseo fuerte o ganas intensas de consumir marihuana al menos una vez a la semana o más seguido?',
    },
    when: { item: 'taps.marijuana.any', eq: 1 },
    ...YES_NO,
  },
  {
    id: 'taps.marijuana.concern',
    text: {
      en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of marijuana?',
      es: 'En los ÚLTIMOS 3 MESES, ¿alguien le ha dicho que le preocupa su consumo de marihuana?',
    },
    when: { item: 'taps.marijuana.any', eq: 1 },
    ...YES_NO,
  },

  {
    id: 'taps.cocaine.any',
    text: {
      en: 'In the PAST 3 MONTHS, did you use cocaine, crack, or methamphetamine (crystal meth)?',
      es: 'En los ÚLTIMOS 3 MESES, ¿consumió cocaína, crack o metanfetamina (cristal)?',
    },
    when: DRUGS,
    ...YES_NO,
  },
  {
    id: 'taps.cocaine.weekly',
    text: {
      en: 'In the PAST 3 MONTHS, did you use cocaine, crack, or methamphetamine (crystal meth) at least once a week or more often?',
      es: 'En los ÚLTIMOS 3 MESES, ¿consumió cocaína, crack o metanfetamina (cristal) al menos una vez a la semana o más seguido?',
    },
    when: { item: 'taps.cocaine.any', eq: 1 },
    ...YES_NO,
  },
  {
    id: 'taps.cocaine.concern',
    text: {
      en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of cocaine, crack, or methamphetamine (crystal meth)?',
      es: 'En los ÚLTIMOS 3 MESES, ¿alguien le ha dicho que le preocupa su consumo de cocaína, crack o metanfetamina (cristal)?',
    },
    when: { item: 'taps.cocaine.any', eq: 1 },
    ...YES_NO,
  },

  {
    id: 'taps.heroin.any',
    text: { en: 'In the PAST 3 MONTHS, did you use heroin?', es: 'En los ÚLTIMOS 3 MESES, ¿consumió heroína?' },
    when: DRUGS,
    ...YES_NO,
  },
  {
    id: 'taps.heroin.failed-to-cut-down',
    text: {
      en: 'In the PAST 3 MONTHS, have you tried and failed to control, cut down or stop using heroin?',
      es: 'En los ÚLTIMOS 3 MESES, ¿ha intentado controlar, reducir o dejar de consumir heroína sin lograrlo?',
    },
    when: { item: 'taps.heroin.any', eq: 1 },
    ...YES_NO,
  },
  {
    id: 'taps.heroin.concern',
    text: {
      en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of heroin?',
      es: 'En los ÚLTIMOS 3 MESES, ¿alguien le ha dicho que le preocupa su consumo de heroína?',
    },
    when: { item: 'taps.heroin.any', eq: 1 },
    ...YES_NO,
  },

  {
    id: 'taps.rx-opioids.any',
    text: {
      en: 'In the PAST 3 MONTHS, did you use a prescription opiate pain reliever (for example, Percocet or Vicodin) not as prescribed or that was not prescribed for you?',
      es: 'En los ÚLTIMOS 3 MESES, ¿usó un analgésico opioide recetado (por ejemplo, Percocet o Vicodin) sin seguir las indicaciones de la receta, o que no le recetaron a usted?',
    },
    when: RX,
    ...YES_NO,
  },
  {
    id: 'taps.rx-opioids.failed-to-cut-down',
    text: {
      en: 'In the PAST 3 MONTHS, have you tried and failed to control, cut down or stop using an opiate pain reliever?',
      es: 'En los ÚLTIMOS 3 MESES, ¿ha intentado controlar, reducir o dejar de usar un analgésico opioide sin lograrlo?',
    },
    when: { item: 'taps.rx-opioids.any', eq: 1 },
    ...YES_NO,
  },
  {
    id: 'taps.rx-opioids.concern',
    text: {
      en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of an opiate pain reliever?',
      es: 'En los ÚLTIMOS 3 MESES, ¿alguien le ha dicho que le preocupa su consumo de analgésicos opioides?',
    },
    when: { item: 'taps.rx-opioids.any', eq: 1 },
    ...YES_NO,
  },

  {
    id: 'taps.sedatives.any',
    text: {
      en: 'In the PAST 3 MONTHS, did you use a medication for anxiety or sleep (for example, Xanax, Ativan, or Klonopin) not as prescribed or that was not prescribed for you?',
      es: 'En los ÚLTIMOS 3 MESES, ¿usó un medicamento para la ansiedad o para dormir (por ejemplo, Xanax, Ativan o Klonopin) sin seguir las indicaciones de la receta, o que no le recetaron a usted?',
    },
    when: RX,
    ...YES_NO,
  },
  {
    id: 'taps.sedatives.weekly-urge',
    text: {
      en: 'In the PAST 3 MONTHS, have you had a strong desire or urge to use medications for anxiety or sleep at least once a week or more often?',
      es: 'En los ÚLTIMOS 3 MESES, ¿ha tenido un deseo fuerte o ganas intensas de usar medicamentos para la ansiedad o para dormir al menos una vez a la semana o más seguido?',
    },
    when: { item: 'taps.sedatives.any', eq: 1 },
    ...YES_NO,
  },
  {
    id: 'taps.sedatives.concern',
    text: {
      en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of medication for anxiety or sleep?',
      es: 'En los ÚLTIMOS 3 MESES, ¿alguien le ha dicho que le preocupa su consumo de medicamentos para la ansiedad o para dormir?',
    },
    when: { item: 'taps.sedatives.any', eq: 1 },
    ...YES_NO,
  },

  {
    id: 'taps.rx-stimulants.any',
    text: {
      en: 'In the PAST 3 MONTHS, did you use a medication for ADHD (for example, Adderall, Ritalin) not as prescribed or that was not prescribed for you?',
      es: 'En los ÚLTIMOS 3 MESES, ¿usó un medicamento para el TDAH (por ejemplo, Adderall, Ritalin) sin seguir las indicaciones de la receta, o que no le recetaron a usted?',
    },
    when: RX,
    ...YES_NO,
  },
  {
    id: 'taps.rx-stimulants.weekly',
    text: {
      en: 'In the PAST 3 MONTHS, did you use a medication for ADHD (for example, Adderall, Ritalin) at least once a week or more often?',
      es: 'En los ÚLTIMOS 3 MESES, ¿usó un medicamento para el TDAH (por ejemplo, Adderall, Ritalin) al menos una vez a la semana o más seguido?',
    },
    when: { item: 'taps.rx-stimulants.any', eq: 1 },
    ...YES_NO,
  },
  {
    id: 'taps.rx-stimulants.concern',
    text: {
      en: 'In the PAST 3 MONTHS, has anyone expressed concern about your use of a medication for ADHD (for example, Adderall or Ritalin)?',
      es: 'En los ÚLTIMOS 3 MESES, ¿alguien le ha dicho que le preocupa su consumo de medicamentos para el TDAH (por ejemplo, Adderall o Ritalin)?',
    },
    when: { item: 'taps.rx-stimulants.any', eq: 1 },
    ...YES_NO,
  },

  {
    id: 'taps.other.any',
    kind: 'single',
    text: {
      en: 'In the PAST 3 MONTHS, did you use any other illegal or recreational drug (for example, ecstasy/molly, GHB, poppers, LSD, mushrooms, special K, bath salts, synthetic marijuana ("spice"), whip-its, etc.)?',
      es: 'En los ÚLTIMOS 3 MESES, ¿consumió alguna otra droga ilegal o recreativa (por ejemplo, éxtasis/molly, GHB, poppers, LSD, hongos, ketamina o "special K", sales de baño, marihuana sintética ("spice"), whip-its o globos de óxido nitroso, etc.)?',
    },
    when: DRUGS,
    options: YES_NO_CHOICE,
    required: true,
    preferNotToAnswer: true,
  },
  {
    id: 'taps.other.which',
    kind: 'text',
    text: { en: 'In the PAST 3 MONTHS, what other drug(s) did you use?', es: 'En los ÚLTIMOS 3 MESES, ¿qué otra(s) droga(s) consumió?' },
    when: { item: 'taps.other.any', eq: 'yes' },
    maxLength: 500,
    preferNotToAnswer: true,
  },
] as const;
