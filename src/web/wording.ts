import type { Item } from '../definition/item.js';
import { type LocalizedText, localize } from '../definition/text.js';
import { PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import type { AnswerValue } from '../definition/types.js';
import { fillPhrase } from '../summary/phrases.js';

/**
 * The element's own wording, each phrase in English and Spanish. The questions
 * and the summary come from the questionnaire and the library; these are the
 * labels around them. Written as `LocalizedText` like the definitions.
 *
 * @example
 * ```ts
 * import { INTAKE_FORM_WORDING } from 'intake-screening/web';
 * INTAKE_FORM_WORDING.next.es; // 'Siguiente'
 * ```
 */
export const INTAKE_FORM_WORDING = {
  progress: { en: 'Section {section} of {sections}', es: 'Sección {section} de {sections}' },
  progressReview: { en: 'Check your answers', es: 'Revise sus respuestas' },
  progressDone: { en: 'Finished', es: 'Terminado' },
  answered: { en: 'Questions answered: {answered}', es: 'Preguntas respondidas: {answered}' },
  required: { en: '(required)', es: '(obligatoria)' },
  preferNot: { en: 'Prefer not to answer', es: 'Prefiero no responder' },
  yes: { en: 'Yes', es: 'Sí' },
  no: { en: 'No', es: 'No' },
  back: { en: 'Back', es: 'Atrás' },
  next: { en: 'Next', es: 'Siguiente' },
  toReview: { en: 'Check my answers', es: 'Revisar mis respuestas' },
  submit: { en: 'Send my answers', es: 'Enviar mis respuestas' },
  errorTitle: { en: 'Please check these questions', es: 'Por favor, revise estas preguntas' },
  errorPrefix: { en: 'Error:', es: 'Error:' },
  dropped: { en: 'Some follow-up answers no longer apply and were removed.', es: 'Algunas respuestas de seguimiento ya no corresponden y se quitaron.' },
  resumed: { en: 'Welcome back. You can carry on where you left off.', es: 'Le damos la bienvenida de nuevo. Puede continuar donde lo dejó.' },
  resumedDropped: {
    en: 'Some earlier answers could not be kept and were removed.',
    es: 'Algunas respuestas anteriores no se pudieron conservar y se quitaron.',
  },
  restoreFailed: {
    en: 'Your saved answers could not be opened here. They have been kept for your care team, and you can start again below.',
    es: 'No se pudieron abrir aquí sus respuestas guardadas. Se conservaron para su equipo de atención, y puede empezar de nuevo abajo.',
  },
  characters: { en: 'Up to {max} characters.', es: 'Hasta {max} caracteres.' },
  numberRange: { en: 'A number from {min} to {max}.', es: 'Un número del {min} al {max}.' },
  wholeNumberRange: { en: 'A whole number from {min} to {max}.', es: 'Un número entero del {min} al {max}.' },
  dateHint: { en: 'A date between {min} and {max}.', es: 'Una fecha entre el {min} y el {max}.' },
  // Only the short name: an instrument's full title is its published (English) name.
  fromInstrument: { en: 'These questions are from the {name} questionnaire.', es: 'Estas preguntas son del cuestionario {name}.' },
  crisisTitle: { en: 'Help is available right now', es: 'Hay ayuda disponible ahora mismo' },
  crisisContinue: { en: 'I have read this. Continue', es: 'He leído esto. Continuar' },
  reviewTitle: { en: 'Check your answers', es: 'Revise sus respuestas' },
  reviewIntro: {
    en: 'Go back to change anything. When you are ready, send your answers to your care team.',
    es: 'Vuelva atrás para cambiar lo que quiera. Cuando esté listo o lista, envíe sus respuestas a su equipo de atención.',
  },
  notAnswered: { en: 'Not answered', es: 'Sin respuesta' },
} as const satisfies Record<string, LocalizedText>;

/** A phrase of the element's own wording. */
export type WordingKey = keyof typeof INTAKE_FORM_WORDING;

/** Placeholder values of a phrase. */
type Values = Readonly<Record<string, string | number>>;

/** Everything the element words, in one language: its phrases, definition texts, hints and answers. */
export interface Wording {
  readonly locale: string;
  /** A phrase of the element, placeholders filled. */
  t(key: WordingKey, values?: Values): string;
  /** A definition's text. */
  l(text: LocalizedText): string;
  /** What a number, date or text field takes, or undefined. */
  inputHint(item: Item): string | undefined;
  /** An answer as the person chose it: option text, Yes/No, a number with its unit, a formatted date. */
  answerText(item: Item, value: AnswerValue): string;
}

/**
 * The wording for a locale (`es-MX` reads Spanish; a language the element has
 * no phrases in reads English, and definition texts fall back the same way).
 * One per element, so two forms on a page can show two languages.
 */
export function wording(locale: string): Wording {
  const t = (key: WordingKey, values: Values = {}) => fillPhrase(localize(INTAKE_FORM_WORDING[key], locale), values);
  const l = (text: LocalizedText) => localize(text, locale);
  const date = (iso: string) => {
    const d = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return iso;
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
    } catch {
      return iso;
    }
  };
  const option = (options: readonly { readonly value: unknown; readonly text: LocalizedText }[], value: unknown) => {
    const found = options.find((o) => o.value === value);
    return found === undefined ? String(value) : l(found.text);
  };
  return {
    locale,
    t,
    l,
    inputHint(item) {
      if (item.kind === 'number' && item.min !== undefined && item.max !== undefined)
        return t(item.integer ? 'wholeNumberRange' : 'numberRange', { min: item.min, max: item.max });
      if (item.kind === 'date' && item.min !== undefined && item.max !== undefined) return t('dateHint', { min: date(item.min), max: date(item.max) });
      if (item.kind === 'text') return t('characters', { max: item.maxLength ?? 500 });
      return undefined;
    },
    answerText(item, value) {
      if (value === PREFER_NOT_TO_ANSWER) return t('preferNot');
      switch (item.kind) {
        case 'single':
        case 'scale':
          return option(item.options, value);
        case 'multi':
          return (Array.isArray(value) ? value : [value]).map((v) => option(item.options, v)).join('; ');
        case 'boolean':
          return t(value === true ? 'yes' : 'no');
        case 'number':
          return item.unit === undefined ? String(value) : `${String(value)} ${l(item.unit)}`;
        case 'date':
          return date(String(value));
        case 'text':
          return String(value);
        case 'display':
          return '';
      }
    },
  };
}
