import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import { indexOf } from '../engine/questionnaire-index.js';
import { resolveAnswers } from '../engine/resolve-answers.js';
import type { Questionnaire } from '../definition/types.js';
import { fromFormData } from './form-keys.js';
import type { ExportOptions } from './options.js';

/**
 * What `dropHiddenAnswers` returns.
 *
 * @example
 * ```ts
 * import type { HiddenAnswersDropped } from 'intake-screening/json-schema';
 * const changed = (r: HiddenAnswersDropped, before: object) => r.data !== before;
 * ```
 */
export interface HiddenAnswersDropped {
  /** The form data without answers to hidden items; the very object passed in when nothing was hidden. */
  readonly data: Record<string, unknown>;
  /** The answers taken out, with their form keys: keep them, they are what the person said. */
  readonly dropped: Record<string, unknown>;
}

/**
 * Take answers to items that are now hidden out of form data, for a host's
 * `onChange`. Renderers keep a field's value after its condition turns off
 * (JSON Forms, react-jsonschema-form), where the person can no longer see or
 * change it; left there, it would fail the `validation` schema with an error
 * the person cannot see. Visibility is the library's own
 * (`resolveAnswers(q, fromFormData(data)).evaluation`), so it agrees with the
 * flow, the summary and `toUiSchema`'s rules.
 *
 * Nothing is lost: `dropped` holds what was taken out. Keep it, and summarize
 * with it under the current answers (`summarize(q, { ...fromFormData(kept),
 * ...fromFormData(data) })`): `summarize` lists answers to questions the other
 * answers hide as not asked and checks safety triggers on them, but counts
 * them for no score or rule.
 *
 * @param q - The questionnaire the form was built from.
 * @param data - The form data, keyed as the schema was (`keys`).
 * @param options - `keys`, as given to `toJsonSchema`.
 * @returns The form data to set, and the answers taken out.
 * @example
 * ```ts
 * import { dropHiddenAnswers } from 'intake-screening/json-schema';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * // ASQ question 5 is asked only after a "yes"; the person went back and said no to all four.
 * const { data, dropped } = dropHiddenAnswers(briefScreen, { 'asq:q1': 0, 'asq:q2': 0, 'asq:q3': 0, 'asq:q4': 0, 'asq:q5': 'no' }, { keys: 'form' });
 * dropped; // { 'asq:q5': 'no' }
 * Object.keys(data).includes('asq:q5'); // false
 * ```
 */
export function dropHiddenAnswers(q: Questionnaire, data: Record<string, unknown>, options: Pick<ExportOptions, 'keys'> = {}): HiddenAnswersDropped {
  const index = indexOf(checkedQuestionnaire(q));
  const { evaluation } = resolveAnswers(q, fromFormData(data));
  const kept: Record<string, unknown> = {};
  const dropped: Record<string, unknown> = {};
  let hidden = false;
  for (const [key, value] of Object.entries(data)) {
    // Ids never hold ':', so either key style maps back by replacing it.
    const id = options.keys === 'form' ? key.replaceAll(':', '.') : key;
    if (index.items.has(id) && !evaluation.visible(id)) {
      hidden = true;
      Object.defineProperty(dropped, key, { value, enumerable: true, writable: true, configurable: true });
    } else Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return hidden ? { data: kept, dropped } : { data, dropped };
}
