import { type LocalizedText, phraseTable } from '../definition/text.js';

/**
 * What `formatIssue` tells the person answering, in English (other languages
 * come from their pack: `es` from `intake-screening/locales/es`).
 * Placeholders (`{min}`, `{max}`) are filled from the issue's details, which
 * come from the definition, never from the answer. Wording: plain, one action,
 * in the second person ("Enter …"), like the GOV.UK error message pattern.
 *
 * @example
 * ```ts
 * import { ISSUE_MESSAGES, localize, registerLocale } from 'intake-screening';
 * import { es } from 'intake-screening/locales/es';
 * ISSUE_MESSAGES.required.en; // 'Please answer this question.'
 * registerLocale(es);
 * localize(ISSUE_MESSAGES.required, 'es'); // 'Por favor, responda esta pregunta.'
 * ```
 */
export const ISSUE_MESSAGES = /* @__PURE__ */ phraseTable('issueMessages', {
  required: { en: 'Please answer this question.' },
  requiredDecline: {
    en: 'Please answer this question, or choose "Prefer not to answer".',
  },
  number: { en: 'Enter a number using digits only.' },
  numberRange: { en: 'Enter a number from {min} to {max}.' },
  numberMin: { en: 'Enter a number of {min} or more.' },
  numberMax: { en: 'Enter a number of {max} or less.' },
  wholeNumber: { en: 'Enter a whole number.' },
  wholeNumberRange: { en: 'Enter a whole number from {min} to {max}.' },
  wholeNumberMin: { en: 'Enter a whole number of {min} or more.' },
  wholeNumberMax: { en: 'Enter a whole number of {max} or less.' },
  date: { en: 'Enter a full date: day, month and year.' },
  dateRange: { en: 'Enter a date between {min} and {max}.' },
  dateMin: { en: 'Enter a date on or after {min}.' },
  dateMax: { en: 'Enter a date on or before {max}.' },
  tooLong: { en: 'Use at most {max} characters.' },
  text: { en: 'Type your answer.' },
  yesNo: { en: 'Answer yes or no.' },
  chooseOne: { en: 'Choose one of the options.' },
  chooseFrom: { en: 'Choose from the options shown.' },
  tooMany: { en: 'Choose at most {max} options.' },
  repeated: { en: 'Choose each option only once.' },
  exclusive: { en: 'That choice cannot be combined with others.' },
  declineNotOffered: {
    en: 'This question has no "Prefer not to answer" choice. Please choose an answer.',
  },
  noAnswer: { en: 'This part takes no answer.' },
  hidden: { en: 'This question does not apply after your earlier answers.' },
  notHere: { en: 'This question is not on this page.' },
  droppedHidden: { en: 'An earlier answer no longer applies and was removed.' },
  droppedInvalid: { en: 'An earlier answer could not be kept and was removed.' },
  snapshot: { en: 'Your saved answers could not be restored.' },
  step: { en: 'That step is not available right now.' },
  definition: { en: 'This form has a problem. Please tell the clinic.' },
  privacyLabels: {
    en: 'These answers arrived without their privacy labels. Please tell the clinic.',
  },
  summaryMismatch: {
    en: 'Your answers could not be added to your record. Please tell the clinic.',
  },
  other: { en: 'This answer could not be saved. Please try again.' },
} as const satisfies Record<string, LocalizedText>);

/** A key of `ISSUE_MESSAGES`. */
export type IssueMessageKey = keyof typeof ISSUE_MESSAGES;
