import type { LocalizedText } from '../definition/text.js';

/**
 * What `formatIssue` tells the person answering, in English and Spanish.
 * Placeholders (`{min}`, `{max}`) are filled from the issue's details, which
 * come from the definition, never from the answer. Wording: plain, one action,
 * in the second person ("Enter …"), like the GOV.UK error message pattern.
 *
 * @example
 * ```ts
 * import { ISSUE_MESSAGES } from 'intake-screening';
 * ISSUE_MESSAGES.required.es; // 'Por favor, responda esta pregunta.'
 * ```
 */
export const ISSUE_MESSAGES = {
  required: { en: 'Please answer this question.', es: 'Por favor, responda esta pregunta.' },
  requiredDecline: {
    en: 'Please answer this question, or choose "Prefer not to answer".',
    es: 'Por favor, responda esta pregunta o elija "Prefiero no responder".',
  },
  number: { en: 'Enter a number using digits only.', es: 'Escriba un número usando solo dígitos.' },
  numberRange: { en: 'Enter a number from {min} to {max}.', es: 'Escriba un número del {min} al {max}.' },
  numberMin: { en: 'Enter a number of {min} or more.', es: 'Escriba un número igual o mayor que {min}.' },
  numberMax: { en: 'Enter a number of {max} or less.', es: 'Escriba un número igual o menor que {max}.' },
  wholeNumber: { en: 'Enter a whole number.', es: 'Escriba un número entero.' },
  wholeNumberRange: { en: 'Enter a whole number from {min} to {max}.', es: 'Escriba un número entero del {min} al {max}.' },
  wholeNumberMin: { en: 'Enter a whole number of {min} or more.', es: 'Escriba un número entero igual o mayor que {min}.' },
  wholeNumberMax: { en: 'Enter a whole number of {max} or less.', es: 'Escriba un número entero igual o menor que {max}.' },
  date: { en: 'Enter a full date: day, month and year.', es: 'Escriba una fecha completa: día, mes y año.' },
  dateRange: { en: 'Enter a date between {min} and {max}.', es: 'Escriba una fecha entre el {min} y el {max}.' },
  dateMin: { en: 'Enter a date on or after {min}.', es: 'Escriba una fecha a partir del {min}.' },
  dateMax: { en: 'Enter a date on or before {max}.', es: 'Escriba una fecha hasta el {max}.' },
  tooLong: { en: 'Use at most {max} characters.', es: 'Use como máximo {max} caracteres.' },
  text: { en: 'Type your answer.', es: 'Escriba su respuesta.' },
  yesNo: { en: 'Answer yes or no.', es: 'Responda sí o no.' },
  chooseOne: { en: 'Choose one of the options.', es: 'Elija una de las opciones.' },
  chooseFrom: { en: 'Choose from the options shown.', es: 'Elija entre las opciones que se muestran.' },
  tooMany: { en: 'Choose at most {max} options.', es: 'Elija como máximo {max} opciones.' },
  repeated: { en: 'Choose each option only once.', es: 'Elija cada opción solo una vez.' },
  exclusive: { en: 'That choice cannot be combined with others.', es: 'Esa opción no se puede combinar con otras.' },
  declineNotOffered: {
    en: 'This question has no "Prefer not to answer" choice. Please choose an answer.',
    es: 'Esta pregunta no tiene la opción "Prefiero no responder". Por favor, elija una respuesta.',
  },
  noAnswer: { en: 'This part takes no answer.', es: 'Esta parte no lleva respuesta.' },
  hidden: { en: 'This question does not apply after your earlier answers.', es: 'Esta pregunta no corresponde según sus respuestas anteriores.' },
  notHere: { en: 'This question is not on this page.', es: 'Esta pregunta no está en esta página.' },
  droppedHidden: { en: 'An earlier answer no longer applies and was removed.', es: 'Una respuesta anterior ya no corresponde y se quitó.' },
  droppedInvalid: { en: 'An earlier answer could not be kept and was removed.', es: 'Una respuesta anterior no se pudo conservar y se quitó.' },
  snapshot: { en: 'Your saved answers could not be restored.', es: 'No se pudieron recuperar sus respuestas guardadas.' },
  step: { en: 'That step is not available right now.', es: 'Ese paso no está disponible ahora.' },
  definition: { en: 'This form has a problem. Please tell the clinic.', es: 'Este formulario tiene un problema. Por favor, avise a la clínica.' },
  privacyLabels: {
    en: 'These answers arrived without their privacy labels. Please tell the clinic.',
    es: 'Estas respuestas llegaron sin sus etiquetas de privacidad. Por favor, avise a la clínica.',
  },
  summaryMismatch: {
    en: 'Your answers could not be added to your record. Please tell the clinic.',
    es: 'No se pudieron agregar sus respuestas a su expediente. Por favor, avise a la clínica.',
  },
  other: { en: 'This answer could not be saved. Please try again.', es: 'No se pudo guardar esta respuesta. Por favor, inténtelo de nuevo.' },
} as const satisfies Record<string, LocalizedText>;

/** A key of `ISSUE_MESSAGES`. */
export type IssueMessageKey = keyof typeof ISSUE_MESSAGES;
