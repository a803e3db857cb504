import { type AnswerValue, type LocalizedText, localize, PREFER_NOT_TO_ANSWER } from 'intake-screening';
import type { DefinedItem as Item } from './definition-types.js';

/**
 * The page's own wording. The questionnaire and summary wording comes from
 * the library; these are the labels around it. Written as LocalizedText like
 * the definitions, so a clinic can add a language in one place.
 */
export const UI = {
  skip: { en: 'Skip to the questions', es: 'Ir a las preguntas' },
  language: { en: 'Language', es: 'Idioma' },
  progress: { en: 'Section {section} of {sections}', es: 'Sección {section} de {sections}' },
  progressReview: { en: 'Check your answers', es: 'Revise sus respuestas' },
  progressDone: { en: 'Finished', es: 'Terminado' },
  progressLabel: { en: 'Your progress', es: 'Su progreso' },
  answered: { en: 'Questions answered: {answered}', es: 'Preguntas respondidas: {answered}' },
  required: { en: '(required)', es: '(obligatoria)' },
  optional: { en: 'You can skip this question.', es: 'Puede omitir esta pregunta.' },
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
  resumed: {
    en: 'Welcome back. Your earlier answers were kept on this device, so you can carry on where you left off.',
    es: 'Le damos la bienvenida de nuevo. Sus respuestas anteriores se guardaron en este dispositivo, así que puede continuar donde lo dejó.',
  },
  resumedClinic: {
    en: 'Welcome back. Your earlier answers were saved by the clinic, so you can carry on where you left off.',
    es: 'Le damos la bienvenida de nuevo. La clínica guardó sus respuestas anteriores, así que puede continuar donde lo dejó.',
  },
  resumedDropped: {
    en: 'Some earlier answers could not be kept and were removed.',
    es: 'Algunas respuestas anteriores no se pudieron conservar y se quitaron.',
  },
  characters: { en: 'Up to {max} characters.', es: 'Hasta {max} caracteres.' },
  numberRange: { en: 'A number from {min} to {max}.', es: 'Un número del {min} al {max}.' },
  wholeNumberRange: { en: 'A whole number from {min} to {max}.', es: 'Un número entero del {min} al {max}.' },
  dateHint: { en: 'A date between {min} and {max}.', es: 'Una fecha entre el {min} y el {max}.' },
  // The instrument's full title is its published (English) name, so the Spanish names only the short one.
  fromInstrument: { en: 'These questions are from the {name} ({title}).', es: 'Estas preguntas son del instrumento {name}.' },
  crisisTitle: { en: 'Help is available right now', es: 'Hay ayuda disponible ahora mismo' },
  crisisContinue: { en: 'I have read this. Continue', es: 'He leído esto. Continuar' },
  reviewTitle: { en: 'Check your answers', es: 'Revise sus respuestas' },
  reviewIntro: {
    en: 'Go back to change anything. When you are ready, send your answers to your care team.',
    es: 'Vuelva atrás para cambiar lo que quiera. Cuando esté listo o lista, envíe sus respuestas a su equipo de atención.',
  },
  notAnswered: { en: 'Not answered', es: 'Sin respuesta' },
  summaryTabs: { en: 'Summary views', es: 'Vistas del resumen' },
  patientTab: { en: 'Your summary', es: 'Su resumen' },
  clinicianTab: { en: 'For your care team', es: 'Para su equipo de atención' },
  colInstrument: { en: 'Instrument', es: 'Instrumento' },
  colScore: { en: 'Score (range)', es: 'Puntuación (mín.–máx.)' },
  colBand: { en: 'Band', es: 'Rango' },
  colCutoff: { en: 'Cut-off', es: 'Punto de corte' },
  colResult: { en: 'Result', es: 'Resultado' },
  // A safety trigger's tier: the library's summary holds the code, the page words it.
  tierInterrupt: { en: 'interrupt', es: 'interrupción' },
  tierFlag: { en: 'flag', es: 'alerta' },
  instrumentDetails: {
    en: 'What each result means, its source and the answers behind it',
    es: 'Qué significa cada resultado, su fuente y las respuestas en que se basa',
  },
  finish: { en: 'Finish and clear my answers from this device', es: 'Terminar y borrar mis respuestas de este dispositivo' },
  clear: { en: 'Clear my answers and start again', es: 'Borrar mis respuestas y empezar de nuevo' },
  clearConfirm: { en: 'Clear all your answers from this device and start again?', es: '¿Borrar todas sus respuestas de este dispositivo y empezar de nuevo?' },
  finishClinic: { en: 'Finish', es: 'Terminar' },
  clearConfirmClinic: {
    en: 'Clear your answers and start again? Anything you told us about your safety stays with your care team.',
    es: '¿Borrar sus respuestas y empezar de nuevo? Lo que nos dijo sobre su seguridad queda con su equipo de atención.',
  },
  privacyClinic: {
    en: "Your answers are sent to the clinic's care team as you go, and stored encrypted. Federal confidentiality rules (42 CFR Part 2) protect them.",
    es: 'Sus respuestas se envían al equipo de atención de la clínica a medida que avanza, y se guardan cifradas. Las normas federales de confidencialidad (42 CFR Part 2) las protegen.',
  },
  privacy: {
    en: 'Your answers are kept only in this browser, so you can come back to them. This page sends nothing anywhere.',
    es: 'Sus respuestas se guardan solo en este navegador, para que pueda volver a ellas. Esta página no envía nada a ningún lugar.',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * The languages the page's own wording covers, each named in itself so a
 * person finds their language whatever the page is showing.
 */
export const PAGE_LANGUAGES = { en: 'English', es: 'Español' } as const;

/** A language the page can show. */
export type PageLocale = keyof typeof PAGE_LANGUAGES;

let current: PageLocale = 'en';

/**
 * The languages to offer for a questionnaire: those it declares (`locales`)
 * that the page's wording covers too, English first. A questionnaire that
 * declares none is English only, and the page offers no switch.
 *
 * @param declared - The questionnaire's `locales`.
 * @returns The locales to offer.
 * @example
 * ```ts
 * offeredLocales(['en', 'es']); // ['en', 'es']
 * ```
 */
export function offeredLocales(declared: readonly string[] | undefined): PageLocale[] {
  return (Object.keys(PAGE_LANGUAGES) as PageLocale[]).filter((l) => l === 'en' || (declared ?? []).includes(l));
}

/**
 * The locale among `offered` that best matches the person's browser
 * languages (`es-MX` matches `es`), else English.
 *
 * @param offered - The locales the page offers.
 * @param preferred - The browser's languages, most preferred first.
 * @returns The locale to start in.
 * @example
 * ```ts
 * browserLocale(['en', 'es'], ['es-MX', 'en']); // 'es'
 * ```
 */
export function browserLocale(offered: readonly PageLocale[], preferred: readonly string[]): PageLocale {
  for (const tag of preferred) {
    const base = tag.split('-')[0]?.toLowerCase();
    const found = offered.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}

/**
 * Show the page in another language. Callers redraw what is on screen.
 *
 * @param locale - One of the page's languages.
 * @example
 * ```ts
 * setLocale('es');
 * ```
 */
export function setLocale(locale: PageLocale): void {
  current = locale;
}

/**
 * The page's language now.
 *
 * @returns The locale.
 * @example
 * ```ts
 * document.documentElement.lang = pageLocale();
 * ```
 */
export function pageLocale(): PageLocale {
  return current;
}

/**
 * Whether a stored value names one of the page's languages.
 *
 * @param value - What was read from storage.
 * @returns True for a page locale.
 * @example
 * ```ts
 * isPageLocale('es'); // true
 * ```
 */
export function isPageLocale(value: unknown): value is PageLocale {
  return typeof value === 'string' && Object.hasOwn(PAGE_LANGUAGES, value);
}

/**
 * A page phrase, with `{name}` placeholders filled.
 *
 * @param key - Which phrase.
 * @param values - Placeholder values.
 * @returns The phrase in the page's current language.
 * @example
 * ```ts
 * t('progress', { section: 2, sections: 14 }); // 'Section 2 of 14'
 * ```
 */
export function t(key: keyof typeof UI, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(localize(UI[key], current), values);
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
 * A definition string in the page's current language (es-MX falls back to es, then English).
 *
 * @param text - Localized text from a definition.
 * @returns The string.
 * @example
 * ```ts
 * l({ en: 'Yes' }); // 'Yes'
 * ```
 */
export function l(text: LocalizedText): string {
  return localize(text, current);
}

function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(current, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
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
