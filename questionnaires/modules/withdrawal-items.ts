import { CURRENT_WITHDRAWAL, HAS_SYMPTOMS } from './conditions.js';

/**
 * Intoxication now. Asked first in the withdrawal section: a person who is
 * very drowsy may be overdosing, and answers given while intoxicated may need
 * checking later (SAMHSA TIP 45, chapter 4: assess intoxication before anything else).
 */
export const intoxicationItem = {
  id: 'intoxication.now',
  kind: 'single',
  text: {
    en: 'Right now, do you feel the effects of alcohol or drugs you took today (for example, high, drunk or very sleepy)?',
    es: 'En este momento, ¿siente los efectos del alcohol o de las drogas que tomó hoy (por ejemplo, se siente intoxicado(a), mareado(a) o con mucho sueño)?',
  },
  options: [
    { value: 'no', text: { en: 'No', es: 'No' } },
    { value: 'some', text: { en: 'Yes, a little', es: 'Sí, un poco' } },
    { value: 'strong', text: { en: 'Yes, a lot', es: 'Sí, mucho' } },
    {
      value: 'drowsy',
      text: { en: 'Yes, and I feel very sleepy or it is hard to stay awake', es: 'Sí, y tengo mucho sueño o me cuesta mantenerme despierto(a)' },
    },
  ],
  preferNotToAnswer: true,
} as const;

/**
 * Signs and symptoms in the past day. The opioid ones ("dope sick": yawning,
 * runny nose, goosebumps, aches, vomiting, diarrhea) sit beside the signs that
 * matter most for alcohol and sedatives (shaking, sweating, a racing heart),
 * as in the COWS and CIWA-Ar item lists; the danger signs have their own item.
 */
export const symptomsItem = {
  id: 'withdrawal.symptoms',
  kind: 'multi',
  text: {
    en: 'Today or in the past day, have you had any of these? Choose all that apply.',
    es: 'Hoy o en el último día, ¿ha tenido alguno de estos malestares? Elija todas las opciones que correspondan.',
  },
  options: [
    { value: 'anxiety', text: { en: 'Feeling anxious or on edge', es: 'Sentirse ansioso(a) o con los nervios de punta' } },
    { value: 'low-mood', text: { en: 'Feeling low or down', es: 'Sentirse triste o decaído(a)' } },
    { value: 'shaking', text: { en: 'Shaking or trembling hands', es: 'Temblor en las manos' } },
    { value: 'sweating', text: { en: 'Sweating or chills', es: 'Sudores o escalofríos' } },
    { value: 'racing-heart', text: { en: 'A racing or pounding heart', es: 'El corazón muy acelerado o latiendo muy fuerte' } },
    { value: 'vomiting', text: { en: 'Throwing up or feeling sick to your stomach', es: 'Vomitar o tener el estómago revuelto' } },
    { value: 'diarrhea', text: { en: 'Diarrhea', es: 'Diarrea' } },
    { value: 'muscle-aches', text: { en: 'Muscle or bone aches', es: 'Dolor en los músculos o en los huesos' } },
    { value: 'runny-nose', text: { en: 'Yawning a lot, a runny nose or watery eyes', es: 'Bostezar mucho, moqueo o lagrimeo' } },
    { value: 'goosebumps', text: { en: 'Goosebumps (skin like a plucked chicken)', es: 'Piel de gallina' } },
    {
      value: 'restlessness',
      text: { en: 'Feeling restless, unable to sit still', es: 'Sentirse inquieto(a), sin poder quedarse quieto(a)' },
    },
    { value: 'sleeplessness', text: { en: 'Trouble sleeping', es: 'Dificultad para dormir' } },
    { value: 'cravings', text: { en: 'Strong cravings', es: 'Ganas muy fuertes de consumir' } },
    { value: 'none', text: { en: 'None of these', es: 'Ninguno de estos' }, exclusive: true },
  ],
  preferNotToAnswer: true,
} as const;

/**
 * The danger signs of complicated alcohol or sedative withdrawal (withdrawal
 * seizures, delirium), asked of everyone: a person may not name alcohol, and a
 * seizure or confusion in the past day needs care now whatever the substance
 * (ASAM Clinical Practice Guideline on Alcohol Withdrawal Management, 2020).
 */
export const dangerSignsItem = {
  id: 'withdrawal.danger-signs',
  kind: 'multi',
  text: {
    en: 'Today or in the past day, has any of this happened to you? Choose all that apply.',
    es: 'Hoy o en el último día, ¿le ha pasado algo de esto? Elija todas las opciones que correspondan.',
  },
  options: [
    {
      value: 'hallucinations',
      text: { en: 'Seeing, hearing or feeling things that are not there', es: 'Ver, oír o sentir cosas que no están ahí' },
    },
    {
      value: 'confusion',
      text: { en: 'Feeling confused, or not sure where you are or what day it is', es: 'Sentirse confundido(a), o no saber bien dónde está o qué día es' },
    },
    { value: 'seizure', text: { en: 'A seizure (a fit or convulsions)', es: 'Una convulsión (un ataque)' } },
    { value: 'none', text: { en: 'None of these', es: 'Nada de esto' }, exclusive: true },
  ],
  preferNotToAnswer: true,
} as const;

/** Which substance the symptoms follow: it decides how dangerous the withdrawal can be. */
export const withdrawalSubstanceItem = {
  id: 'withdrawal.substance',
  kind: 'multi',
  text: {
    en: 'Did these start after you cut down, stopped or ran low on something? If so, what? Choose all that apply.',
    es: '¿Empezaron después de que consumió menos, dejó de consumir o se le acabó algo? Si es así, ¿qué? Elija todas las opciones que correspondan.',
  },
  options: [
    { value: 'alcohol', text: { en: 'Alcohol', es: 'Alcohol' } },
    {
      value: 'benzodiazepines',
      text: {
        en: 'Pills for anxiety or sleep (such as Xanax, Valium or Klonopin)',
        es: 'Pastillas para la ansiedad o para dormir (como Xanax, Valium o Klonopin)',
      },
    },
    {
      value: 'opioids',
      text: {
        en: 'Opioids (such as heroin, fentanyl, pain pills, methadone or buprenorphine)',
        es: 'Opioides (como heroína, fentanilo, pastillas para el dolor, metadona o buprenorfina)',
      },
    },
    { value: 'stimulants', text: { en: 'Stimulants (such as cocaine or meth)', es: 'Estimulantes (como cocaína o metanfetamina)' } },
    { value: 'other', text: { en: 'Something else', es: 'Otra sustancia' } },
    { value: 'no', text: { en: 'No, they did not', es: 'No' }, exclusive: true },
    { value: 'unsure', text: { en: 'I am not sure', es: 'No estoy seguro(a)' }, exclusive: true },
  ],
  when: CURRENT_WITHDRAWAL,
  preferNotToAnswer: true,
} as const;

/**
 * When that substance was last used. Alcohol withdrawal seizures come mostly
 * 6–48 hours after the last drink and delirium 48–96 hours after (ASAM 2020
 * alcohol withdrawal guideline), so the answer tells the team where in that
 * window the person is.
 */
export const withdrawalLastUseItem = {
  id: 'withdrawal.last-use',
  kind: 'single',
  text: { en: 'When did you last have it?', es: '¿Cuándo fue la última vez que lo consumió?' },
  options: [
    { value: 'under-6-hours', text: { en: 'Less than 6 hours ago', es: 'Hace menos de 6 horas' } },
    { value: 'today', text: { en: '6 to 24 hours ago', es: 'Hace entre 6 y 24 horas' } },
    { value: '1-2-days', text: { en: '1 to 2 days ago', es: 'Hace 1 o 2 días' } },
    { value: '3-7-days', text: { en: '3 to 7 days ago', es: 'Hace entre 3 y 7 días' } },
    { value: 'longer', text: { en: 'More than a week ago', es: 'Hace más de una semana' } },
  ],
  when: {
    any: [
      { item: 'withdrawal.substance', includes: 'alcohol' },
      { item: 'withdrawal.substance', includes: 'benzodiazepines' },
      { item: 'withdrawal.substance', includes: 'opioids' },
      { item: 'withdrawal.substance', includes: 'stimulants' },
      { item: 'withdrawal.substance', includes: 'other' },
    ],
  },
  preferNotToAnswer: true,
} as const;

/** How bad the symptoms feel now. */
export const severityItem = {
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
} as const;

/** What happened in earlier withdrawal: the strongest predictor of a complicated one (ASAM 2020; PAWSS). */
export const historyItem = {
  id: 'withdrawal.history',
  kind: 'multi',
  text: {
    en: 'When you cut down or stopped in the past, did any of these happen? Choose all that apply.',
    es: 'Cuando consumió menos o dejó de consumir en el pasado, ¿le pasó alguna de estas cosas? Elija todas las opciones que correspondan.',
  },
  options: [
    { value: 'seizures', text: { en: 'A seizure (a fit or convulsions)', es: 'Una convulsión (un ataque)' } },
    {
      value: 'delirium',
      text: {
        en: 'Being very confused, shaking and seeing things (sometimes called the DTs)',
        es: 'Estar muy confundido(a), con temblores y viendo cosas (a veces se le llama delirium tremens)',
      },
    },
    {
      value: 'hallucinations',
      text: { en: 'Seeing, hearing or feeling things that were not there', es: 'Ver, oír o sentir cosas que no estaban ahí' },
    },
    { value: 'hospital', text: { en: 'I needed hospital or emergency care', es: 'Necesité atención en un hospital o en urgencias' } },
    { value: 'none', text: { en: 'None of these', es: 'Ninguna de estas' }, exclusive: true },
  ],
  preferNotToAnswer: true,
} as const;
