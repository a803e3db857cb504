import { type AnswerValue, type Issue, type LocalizedText, localize, PREFER_NOT_TO_ANSWER } from 'intake-screening';
import type { DefinedItem as Item } from './definition-types.js';

/**
 * The page's own wording. The questionnaire and summary wording comes from
 * the library; these are the labels around it. Written as LocalizedText like
 * the definitions, so a clinic can add a language in one place.
 */
export const UI = {
  skip: { en: 'Skip to the questions' },
  progress: { en: 'Section {section} of {sections}' },
  progressReview: { en: 'Check your answers' },
  progressDone: { en: 'Finished' },
  progressLabel: { en: 'Your progress' },
  answered: { en: 'Questions answered: {answered}' },
  required: { en: '(required)' },
  optional: { en: 'You can skip this question.' },
  preferNot: { en: 'Prefer not to answer' },
  yes: { en: 'Yes' },
  no: { en: 'No' },
  back: { en: 'Back' },
  next: { en: 'Next' },
  toReview: { en: 'Check my answers' },
  submit: { en: 'Send my answers' },
  errorTitle: { en: 'Please check these questions' },
  dropped: { en: 'Some follow-up answers no longer apply and were removed.' },
  resumed: { en: 'Welcome back. Your earlier answers were kept on this device, so you can carry on where you left off.' },
  resumedDropped: { en: 'Some earlier answers could not be kept and were removed.' },
  characters: { en: 'Up to {max} characters.' },
  numberRange: { en: 'A number from {min} to {max}.' },
  wholeNumberRange: { en: 'A whole number from {min} to {max}.' },
  dateHint: { en: 'A date between {min} and {max}.' },
  fromInstrument: { en: 'These questions are from the {name} ({title}).' },
  crisisTitle: { en: 'Help is available right now' },
  crisisContinue: { en: 'I have read this. Continue' },
  reviewTitle: { en: 'Check your answers' },
  reviewIntro: { en: 'Go back to change anything. When you are ready, send your answers to your care team.' },
  notAnswered: { en: 'Not answered' },
  summaryTabs: { en: 'Summary views' },
  patientTab: { en: 'Your summary' },
  clinicianTab: { en: 'For your care team' },
  colInstrument: { en: 'Instrument' },
  colScore: { en: 'Score (range)' },
  colBand: { en: 'Band' },
  colCutoff: { en: 'Cut-off' },
  colResult: { en: 'Result' },
  instrumentDetails: { en: 'What each result means, its source and the answers behind it' },
  finish: { en: 'Finish and clear my answers from this device' },
  clear: { en: 'Clear my answers and start again' },
  clearConfirm: { en: 'Clear all your answers from this device and start again?' },
  privacy: { en: 'Your answers are kept only in this browser, so you can come back to them. This page sends nothing anywhere.' },
  // Person-facing messages for the flow's issue codes. The issues' own messages are for developers: they name item ids.
  issueRequired: { en: 'Please answer this question.' },
  issueRequiredDecline: { en: 'Please answer this question, or choose "Prefer not to answer".' },
  issueNumber: { en: 'Enter a number using digits only.' },
  issueNumberRange: { en: 'Enter a number from {min} to {max}.' },
  issueWholeNumberRange: { en: 'Enter a whole number from {min} to {max}.' },
  issueWholeNumber: { en: 'Enter a whole number.' },
  issueDate: { en: 'Enter a full date: day, month and year.' },
  issueDateRange: { en: 'Enter a date between {min} and {max}.' },
  issueTooLong: { en: 'Use at most {max} characters.' },
  issueOther: { en: 'This answer could not be saved. Please try again.' },
} as const satisfies Record<string, LocalizedText>;

/** The page's locale. The bundled questionnaires are English only for now. */
export const LOCALE = 'en';

/**
 * A page phrase, with `{name}` placeholders filled.
 *
 * @param key - Which phrase.
 * @param values - Placeholder values.
 * @returns The phrase in the page's locale.
 * @example
 * ```ts
 * t('progress', { section: 2, sections: 14 }); // 'Section 2 of 14'
 * ```
 */
export function t(key: keyof typeof UI, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(localize(UI[key], LOCALE), values);
}

/**
 * Fill `{name}` placeholders.
 *
 * @param template - The text.
 * @param values - Placeholder values.
 * @returns The filled text.
 * @example
 * ```ts
 * fill('Score {value}', { value: 3 }); // 'Score 3'
 * ```
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/**
 * A definition string in the page's locale.
 *
 * @param text - Localized text from a definition.
 * @returns The string.
 * @example
 * ```ts
 * l({ en: 'Yes' }); // 'Yes'
 * ```
 */
export function l(text: LocalizedText): string {
  return localize(text, LOCALE);
}

function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * What the person sees for an issue the flow reported on an item. Built from
 * the issue code and the item's own limits, never from the issue's message
 * (which is written for developers and names item ids).
 *
 * @param item - The item the issue is about.
 * @param code - The issue code.
 * @returns A plain-language message.
 * @example
 * ```ts
 * issueText(item, 'required'); // 'Please answer this question.'
 * ```
 */
export function issueText(item: Item, code: Issue['code']): string {
  if (item.kind === 'display') return t('issueOther');
  switch (code) {
    case 'required':
      return t(item.preferNotToAnswer ? 'issueRequiredDecline' : 'issueRequired');
    case 'too-long':
      return item.kind === 'text' ? t('issueTooLong', { max: item.maxLength ?? 500 }) : t('issueOther');
    case 'wrong-type':
    case 'out-of-range':
      if (item.kind === 'number') {
        if (code === 'wrong-type') return t('issueNumber');
        if (item.min !== undefined && item.max !== undefined) return t(item.integer ? 'issueWholeNumberRange' : 'issueNumberRange', { min: item.min, max: item.max });
        return item.integer ? t('issueWholeNumber') : t('issueNumber');
      }
      if (item.kind === 'date') {
        if (code === 'out-of-range' && item.min !== undefined && item.max !== undefined) {
          return t('issueDateRange', { min: formatDate(item.min), max: formatDate(item.max) });
        }
        return t('issueDate');
      }
      return t('issueOther');
    default:
      return t('issueOther');
  }
}

/**
 * A hint that says what a number, date or text field takes.
 *
 * @param item - The item.
 * @returns The hint, or undefined when there is nothing to say.
 * @example
 * ```ts
 * inputHint({ id: 'x', kind: 'number', min: 0, max: 30, integer: true, text: { en: 'Days' } }); // 'A whole number from 0 to 30.'
 * ```
 */
export function inputHint(item: Item): string | undefined {
  if (item.kind === 'number' && item.min !== undefined && item.max !== undefined) {
    return t(item.integer ? 'wholeNumberRange' : 'numberRange', { min: item.min, max: item.max });
  }
  if (item.kind === 'date' && item.min !== undefined && item.max !== undefined) return t('dateHint', { min: formatDate(item.min), max: formatDate(item.max) });
  if (item.kind === 'text') return t('characters', { max: item.maxLength ?? 500 });
  return undefined;
}

/**
 * An answer as the person chose it: option text, "Yes"/"No", a number with its
 * unit, a formatted date.
 *
 * @param item - The item answered.
 * @param value - The stored answer.
 * @returns The answer as text.
 * @example
 * ```ts
 * answerText({ id: 'x', kind: 'boolean', text: { en: 'Q' } }, true); // 'Yes'
 * ```
 */
export function answerText(item: Item, value: AnswerValue): string {
  if (value === PREFER_NOT_TO_ANSWER) return t('preferNot');
  switch (item.kind) {
    case 'single':
      return l(item.options.find((o) => o.value === value)?.text ?? { en: String(value) });
    case 'multi':
      return (Array.isArray(value) ? value : [String(value)]).map((v) => l(item.options.find((o) => o.value === v)?.text ?? { en: v })).join('; ');
    case 'scale':
      return l(item.options.find((o) => o.value === value)?.text ?? { en: String(value) });
    case 'boolean':
      return t(value === true ? 'yes' : 'no');
    case 'number':
      return item.unit === undefined ? String(value) : `${String(value)} ${l(item.unit)}`;
    case 'date':
      return formatDate(String(value));
    case 'text':
      return String(value);
    case 'display':
      return '';
  }
}
