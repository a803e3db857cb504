import { type LocalizedText, localize } from '../../definition/text.js';

/**
 * The fixed words of the interactive run. English and Spanish, like the
 * bundled questionnaires; other locales fall back to English. Exported for
 * the translation parity test.
 */
export const UI_TEXT = {
  decline: { en: 'Prefer not to answer', es: 'Prefiero no responder' },
  skip: { en: 'Skip this question', es: 'Omitir esta pregunta' },
  yes: { en: 'Yes', es: 'Sí' },
  no: { en: 'No', es: 'No' },
  progress: { en: '{pct}% done', es: '{pct}% completado' },
  followUp: { en: 'Your answer added 1 follow-up question.', es: 'Su respuesta añadió 1 pregunta de seguimiento.' },
  followUps: { en: 'Your answer added {n} follow-up questions.', es: 'Su respuesta añadió {n} preguntas de seguimiento.' },
  skipped: { en: 'Skipped', es: 'Omitida' },
  textKeys: { en: 'Type < to go back', es: 'Escriba < para volver' },
  textDecline: { en: '? for "prefer not to answer"', es: '? para "prefiero no responder"' },
  textSkip: { en: 'leave empty to skip', es: 'deje vacío para omitir' },
  crisisTitle: { en: 'Your safety comes first', es: 'Su seguridad es lo primero' },
  acknowledge: { en: 'I have read this. Continue', es: 'He leído esto. Continuar' },
  acknowledgePrompt: { en: 'Please read the message above.', es: 'Por favor, lea el mensaje de arriba.' },
  review: { en: 'You have reached the end of the questions.', es: 'Ha llegado al final de las preguntas.' },
  submit: { en: 'Finish and see my summary', es: 'Terminar y ver mi resumen' },
  change: { en: 'Go back to change answers', es: 'Volver para cambiar respuestas' },
  firstQuestion: { en: 'This is the first question.', es: 'Esta es la primera pregunta.' },
  thanks: { en: 'Thank you for answering. Here is your summary.', es: 'Gracias por responder. Este es su resumen.' },
  reportWritten: { en: 'For the care team: the clinician summary is in {file}', es: 'Para el equipo de atención: el resumen clínico está en {file}' },
  reportHere: { en: 'For the care team (it could not be written to a file):', es: 'Para el equipo de atención (no se pudo guardar en un archivo):' },
  needsAnswer: { en: 'This question needs an answer.', es: 'Esta pregunta necesita una respuesta.' },
  needsAnswerElsewhere: { en: 'A question still needs an answer. Taking you there.', es: 'Una pregunta aún necesita respuesta. Le llevamos allí.' },
  notANumber: { en: 'Please enter a number.', es: 'Escriba un número.' },
  notADate: { en: 'Please enter a date as YYYY-MM-DD.', es: 'Escriba una fecha como AAAA-MM-DD.' },
  declineAlone: { en: '"Prefer not to answer" cannot be combined with other choices.', es: '"Prefiero no responder" no se puede combinar con otras opciones.' },
  selectKeys: { en: '↑/↓ to choose · Enter: confirm', es: '↑/↓ para elegir · Enter: confirmar' },
  multiKeys: { en: '↑/↓ to move · Space: mark · Enter: confirm', es: '↑/↓ para moverse · Espacio: marcar · Enter: confirmar' },
  backKey: { en: '<: previous question', es: '<: pregunta anterior' },
  chooseFirst: {
    en: 'Nothing is chosen yet. Use ↑/↓ to choose an answer, then press Enter.',
    es: 'Aún no ha elegido nada. Use ↑/↓ para elegir una respuesta y luego pulse Enter.',
  },
  chooseOne: { en: 'Please select at least one option (Space selects, Enter confirms).', es: 'Marque al menos una opción (Espacio marca, Enter confirma).' },
  saved: {
    en: 'Your answers so far are saved in {file}. To continue later: intake-screening run --resume {file}',
    es: 'Sus respuestas hasta ahora están guardadas en {file}. Para continuar después: intake-screening run --resume {file}',
  },
  notSaved: {
    en: 'Stopped. Nothing was saved (use --save FILE to keep answers for later).',
    es: 'Detenido. No se guardó nada (use --save ARCHIVO para guardar las respuestas).',
  },
} as const satisfies Record<string, LocalizedText>;

/** A key of the interactive UI's phrase table. */
export type UiPhrase = keyof typeof UI_TEXT;

/**
 * A fixed phrase of the interactive run in `locale`, with `{name}` placeholders filled.
 *
 * @param key - The phrase.
 * @param locale - A BCP 47 tag.
 * @param values - Placeholder values.
 * @returns The phrase.
 * @example
 * ```ts
 * ui('progress', 'en', { pct: 40 }); // '40% done'
 * ```
 */
export function ui(key: UiPhrase, locale: string, values: Readonly<Record<string, string | number>> = {}): string {
  return localize(UI_TEXT[key], locale).replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
