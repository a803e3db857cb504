import { loinc } from './loinc.js';

/**
 * The four PHQ/GAD answers, scored 0–3, with LOINC answer codes (answer list
 * LL358-3, as in the US Core PHQ-9 Questionnaire). The Spanish labels are those
 * of Pfizer's PHQ-9 and GAD-7 "Spanish for USA" forms (see each instrument's
 * `translations.es`).
 *
 * @example
 * ```ts
 * const item = { id: 'x.q1', kind: 'scale', text: { en: 'Trouble relaxing' }, options: PHQ_FREQUENCY } as const;
 * ```
 */
export const PHQ_FREQUENCY = [
  { value: 0, text: { en: 'Not at all', es: 'Ningún día' }, codes: [loinc('LA6568-5', 'Not at all')] },
  { value: 1, text: { en: 'Several days', es: 'Varios días' }, codes: [loinc('LA6569-3', 'Several days')] },
  { value: 2, text: { en: 'More than half the days', es: 'Más de la mitad de los días' }, codes: [loinc('LA6570-1', 'More than half the days')] },
  { value: 3, text: { en: 'Nearly every day', es: 'Casi todos los días' }, codes: [loinc('LA6571-9', 'Nearly every day')] },
] as const;

/**
 * Yes = 1, No = 0, for yes/no items that count toward a score. Yes comes first,
 * as on the published PC-PTSD-5, ASQ and TAPS forms.
 *
 * @example
 * ```ts
 * const item = { id: 'x.q1', kind: 'scale', text: { en: 'Have you…?' }, options: YES_NO_SCALE } as const;
 * ```
 */
export const YES_NO_SCALE = [
  { value: 1, text: { en: 'Yes', es: 'Sí' }, codes: [loinc('LA33-6', 'Yes')] },
  { value: 0, text: { en: 'No', es: 'No' }, codes: [loinc('LA32-8', 'No')] },
] as const;

/**
 * Yes / No for yes/no items that are not scored (gates and follow-ups), so
 * conditions read `eq: 'yes'` rather than a number.
 *
 * @example
 * ```ts
 * const gate = { id: 'x.gate', kind: 'single', text: { en: 'Has this happened?' }, options: YES_NO_CHOICE } as const;
 * ```
 */
export const YES_NO_CHOICE = [
  { value: 'yes', text: { en: 'Yes', es: 'Sí' }, codes: [loinc('LA33-6', 'Yes')] },
  { value: 'no', text: { en: 'No', es: 'No' }, codes: [loinc('LA32-8', 'No')] },
] as const;

/**
 * The closing difficulty question's answers on the PHQ-9 and GAD-7 forms (not
 * scored), with LOINC answer codes and the Pfizer "Spanish for USA" labels of
 * the PHQ-9 form.
 *
 * @example
 * ```ts
 * const item = { id: 'x.difficulty', kind: 'single', text: { en: 'How difficult…?' }, options: DIFFICULTY_OPTIONS } as const;
 * ```
 */
export const DIFFICULTY_OPTIONS = [
  { value: 'not-difficult', text: { en: 'Not difficult at all', es: 'No ha sido difícil' }, codes: [loinc('LA6572-7', 'Not difficult at all')] },
  { value: 'somewhat', text: { en: 'Somewhat difficult', es: 'Un poco difícil' }, codes: [loinc('LA6573-5', 'Somewhat difficult')] },
  { value: 'very', text: { en: 'Very difficult', es: 'Muy difícil' }, codes: [loinc('LA6575-0', 'Very difficult')] },
  { value: 'extremely', text: { en: 'Extremely difficult', es: 'Extremadamente difícil' }, codes: [loinc('LA6574-3', 'Extremely difficult')] },
] as const;
