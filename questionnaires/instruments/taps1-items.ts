import { loinc } from './loinc.js';
import { MALE, NOT_MALE } from './sex-item.js';

/** The TAPS Tool's own standard-drink line. */
export const STANDARD_DRINK = {
  en: 'One standard drink is about 1 small glass of wine (5 oz), 1 beer (12 oz), or 1 single shot of liquor.',
  es: 'Una bebida estándar es más o menos 1 copa pequeña de vino (5 onzas), 1 cerveza (12 onzas) o 1 trago sencillo de licor.',
} as const;

/**
 * TAPS-1 answers in the published order, with the LOINC answer codes of the US
 * Core TAPS Questionnaire. The Spanish matches the AUDIT-C frequency answers,
 * which carry the same LOINC codes.
 *
 * @example
 * ```ts
 * import { TAPS_FREQUENCY } from './taps1-items.js';
 * TAPS_FREQUENCY.map((o) => o.value); // ['daily', 'weekly', 'monthly', 'less-than-monthly', 'never']
 * ```
 */
export const TAPS_FREQUENCY = [
  { value: 'daily', text: { en: 'Daily or almost daily', es: 'A diario o casi a diario' }, codes: [loinc('LA18934-2', 'Daily or almost daily')] },
  { value: 'weekly', text: { en: 'Weekly', es: 'Semanalmente' }, codes: [loinc('LA18891-4', 'Weekly')] },
  { value: 'monthly', text: { en: 'Monthly', es: 'Mensualmente' }, codes: [loinc('LA18876-5', 'Monthly')] },
  { value: 'less-than-monthly', text: { en: 'Less than monthly', es: 'Menos de una vez al mes' }, codes: [loinc('LA18933-4', 'Less than monthly')] },
  { value: 'never', text: { en: 'Never', es: 'Nunca' }, codes: [loinc('LA6270-8', 'Never')] },
] as const;

const TAPS1 = { kind: 'single', options: TAPS_FREQUENCY, required: true, preferNotToAnswer: true } as const;

/**
 * The TAPS-1 frequency questions (past 12 months), one per substance class:
 * `taps.tobacco.frequency`, the alcohol question by sex
 * (`taps.alcohol.frequency`, 4 or more drinks, for anyone not answering
 * "Male"; `taps.alcohol.frequency-male`, 5 or more), `taps.drugs.frequency`,
 * `taps.rx.frequency`. Each may be declined.
 *
 * @example
 * ```ts
 * import { TAPS1_ITEMS } from './taps1-items.js';
 * TAPS1_ITEMS.map((i) => i.id); // ['taps.tobacco.frequency', 'taps.alcohol.frequency', 'taps.alcohol.frequency-male', 'taps.drugs.frequency', 'taps.rx.frequency']
 * ```
 */
export const TAPS1_ITEMS = [
  {
    id: 'taps.tobacco.frequency',
    text: {
      en: 'In the PAST 12 MONTHS, how often have you used any tobacco product (for example, cigarettes, e-cigarettes, cigars, pipes, or smokeless tobacco)?',
      es: 'En los ÚLTIMOS 12 MESES, ¿con qué frecuencia ha usado algún producto de tabaco (por ejemplo, cigarrillos, cigarrillos electrónicos, puros, pipa o tabaco sin humo)?',
    },
    ...TAPS1,
    codes: [loinc('96842-0', 'How often have you used any tobacco product in past 12 months')],
  },
  // The published tool asks the alcohol question by sex: 4 or more drinks for women, 5 or more for men (NIDA TAPS
  // Tool, https://nida.nih.gov/taps2/; the PhenX TAPS-1 protocol's skip pattern; LOINC 75889-6 and 88037-7, as in
  // the US Core TAPS Questionnaire). The sex question is the AUDIT-C's, asked once; anyone not answering "Male"
  // (including a declined answer) gets the 4-drink question, the more sensitive one.
  {
    id: 'taps.alcohol.frequency',
    text: {
      en: 'In the PAST 12 MONTHS, how often have you had 4 or more drinks containing alcohol in one day?',
      es: 'En los ÚLTIMOS 12 MESES, ¿con qué frecuencia ha tomado 4 o más bebidas con alcohol en un solo día?',
    },
    help: STANDARD_DRINK,
    when: NOT_MALE,
    ...TAPS1,
    codes: [loinc('75889-6', 'How often have you had four or more drinks in one day during the past year [Reported]')],
  },
  {
    id: 'taps.alcohol.frequency-male',
    text: {
      en: 'In the PAST 12 MONTHS, how often have you had 5 or more drinks containing alcohol in one day?',
      es: 'En los ÚLTIMOS 12 MESES, ¿con qué frecuencia ha tomado 5 o más bebidas con alcohol en un solo día?',
    },
    help: STANDARD_DRINK,
    when: MALE,
    ...TAPS1,
    codes: [loinc('88037-7', 'How often have you had five or more drinks in one day during the past year [Reported]')],
  },
  {
    id: 'taps.drugs.frequency',
    text: {
      en: 'In the PAST 12 MONTHS, how often have you used any drugs including marijuana, cocaine or crack, heroin, methamphetamine (crystal meth), hallucinogens, ecstasy/MDMA?',
      es: 'En los ÚLTIMOS 12 MESES, ¿con qué frecuencia ha consumido alguna droga, como marihuana, cocaína o crack, heroína, metanfetamina (cristal), alucinógenos o éxtasis/MDMA?',
    },
    ...TAPS1,
    codes: [loinc('96843-8', 'How often have you used illegal or recreational drugs in past 12 months')],
  },
  {
    id: 'taps.rx.frequency',
    text: {
      en: 'In the PAST 12 MONTHS, how often have you used any prescription medications just for the feeling, more than prescribed or that were not prescribed for you?',
      es: 'En los ÚLTIMOS 12 MESES, ¿con qué frecuencia ha usado algún medicamento recetado solo por la sensación que produce, en mayor cantidad de la recetada o que no le recetaron a usted?',
    },
    help: {
      en: 'Prescription medications that may be used this way include: opiate pain relievers (for example, OxyContin, Vicodin, Percocet, methadone); medications for anxiety or sleeping (for example, Xanax, Ativan, Klonopin); medications for ADHD (for example, Adderall or Ritalin).',
      es: 'Algunos medicamentos recetados que se pueden usar de esta manera son: analgésicos opioides (por ejemplo, OxyContin, Vicodin, Percocet, metadona); medicamentos para la ansiedad o para dormir (por ejemplo, Xanax, Ativan, Klonopin); medicamentos para el TDAH, el trastorno por déficit de atención e hiperactividad (por ejemplo, Adderall o Ritalin).',
    },
    ...TAPS1,
    codes: [
      loinc(
        '96844-6',
        'How often have you used any prescription medications just for the feeling, more than prescribed or that were not prescribed for you in past 12 months [TAPS]',
      ),
    ],
  },
] as const;
