import { INJECTS, USES_OPIOIDS } from './conditions.js';

const OVERDOSED = { item: 'substance.overdose', eq: true } as const;

/**
 * Who is asked about naloxone: anyone who uses opioids by any route, anyone
 * whose pills or stimulants may contain fentanyl, and anyone who injects
 * (SAMHSA Overdose Prevention and Response Toolkit, 2023).
 */
export const NALOXONE_ASKED = {
  any: [
    ...USES_OPIOIDS.any,
    { item: 'substance.used', includes: 'stimulants' },
    { item: 'substance.used', includes: 'benzodiazepines' },
    { item: 'substance.used', includes: 'other' },
    INJECTS,
  ],
} as const;

/**
 * Overdose and safer-use items. Item ids moved here from the substance-use
 * module keep their `substance.` prefix so stored answers still match.
 */
export const OVERDOSE_ITEMS = [
  {
    id: 'overdose.same-day-sedatives',
    kind: 'boolean',
    text: {
      en: 'In the past 3 months, have you used opioids and also alcohol, benzodiazepines (such as Xanax) or sleeping pills on the same day?',
      es: 'En los últimos 3 meses, ¿ha consumido opioides y también alcohol, benzodiacepinas (como Xanax) o pastillas para dormir el mismo día?',
    },
    when: USES_OPIOIDS,
    preferNotToAnswer: true,
  },
  {
    id: 'substance.naloxone',
    kind: 'single',
    text: {
      en: 'Do you have naloxone (Narcan) with you or close by, in case of an overdose?',
      es: '¿Tiene naloxona (Narcan) con usted o cerca, por si ocurre una sobredosis?',
    },
    options: [
      { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
      { value: 'no', text: { en: 'No', es: 'No' } },
      { value: 'unsure', text: { en: 'I am not sure what naloxone is', es: 'No estoy seguro(a) de qué es la naloxona' } },
    ],
    when: NALOXONE_ASKED,
    preferNotToAnswer: true,
  },
  {
    id: 'substance.overdose',
    kind: 'boolean',
    text: {
      en: 'Have you ever had an overdose? For example, you passed out or stopped breathing, or someone gave you naloxone or called 911 after you used.',
      es: '¿Alguna vez ha tenido una sobredosis? Por ejemplo, perdió el conocimiento o dejó de respirar, o alguien le dio naloxona o llamó al 911 después de que usted consumió.',
    },
    preferNotToAnswer: true,
  },
  {
    id: 'substance.overdose-count',
    kind: 'single',
    text: { en: 'How many times has this happened?', es: '¿Cuántas veces le ha pasado esto?' },
    options: [
      { value: 'once', text: { en: 'Once', es: 'Una vez' } },
      { value: 'two-to-three', text: { en: '2 or 3 times', es: '2 o 3 veces' } },
      { value: 'four-or-more', text: { en: '4 or more times', es: '4 veces o más' } },
    ],
    when: OVERDOSED,
    preferNotToAnswer: true,
  },
  {
    id: 'substance.overdose-recent',
    kind: 'boolean',
    text: { en: 'Did any of these happen in the past 12 months?', es: '¿Alguna de estas veces fue en los últimos 12 meses?' },
    when: OVERDOSED,
    preferNotToAnswer: true,
  },
  {
    id: 'overdose.past-30-days',
    kind: 'boolean',
    text: { en: 'Did one happen in the past 30 days?', es: '¿Alguna fue en los últimos 30 días?' },
    when: { item: 'substance.overdose-recent', eq: true },
    preferNotToAnswer: true,
  },
  {
    id: 'overdose.intent',
    kind: 'single',
    text: {
      en: 'Did you take any of these overdoses on purpose, to hurt yourself or end your life?',
      es: '¿Alguna de estas sobredosis la tuvo a propósito, para hacerse daño o quitarse la vida?',
    },
    help: {
      en: 'We ask everyone who has had an overdose. Your answer helps us keep you safe.',
      es: 'Se lo preguntamos a todas las personas que han tenido una sobredosis. Su respuesta nos ayuda a cuidar su seguridad.',
    },
    options: [
      { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
      { value: 'no', text: { en: 'No', es: 'No' } },
      { value: 'unsure', text: { en: 'I am not sure', es: 'No estoy seguro(a)' } },
    ],
    when: OVERDOSED,
    preferNotToAnswer: true,
  },
  {
    id: 'overdose.left-care',
    kind: 'multi',
    text: {
      en: 'In the past 4 weeks, have you come out of any of these? Choose all that apply.',
      es: 'En las últimas 4 semanas, ¿ha salido de alguno de estos lugares? Elija todas las opciones que correspondan.',
    },
    help: {
      en: 'After time without using, the body can no longer handle the amount it used to, so the same amount can cause an overdose.',
      es: 'Después de un tiempo sin consumir, el cuerpo ya no tolera la cantidad de antes, así que la misma cantidad puede causar una sobredosis.',
    },
    options: [
      { value: 'detox', text: { en: 'A detox or withdrawal program', es: 'Un programa de desintoxicación' } },
      { value: 'treatment', text: { en: 'A treatment program where you stayed overnight', es: 'Un programa de tratamiento donde pasaba la noche' } },
      { value: 'hospital', text: { en: 'A hospital stay', es: 'Una hospitalización' } },
      { value: 'jail', text: { en: 'Jail or prison', es: 'La cárcel o la prisión' } },
      { value: 'none', text: { en: 'None of these', es: 'Ninguno de estos' }, exclusive: true },
    ],
    preferNotToAnswer: true,
  },
] as const;
