import type { ChoiceOption, Item, ScaleOption } from '../../definition/item.js';
import { PREFER_NOT_TO_ANSWER } from '../../definition/item.js';
import type { Questionnaire } from '../../definition/types.js';
import { canonicalUrl, declinedCoding, declinesAsCoding, isCoded, optionCoding, yesNoCoding } from '../common/codings.js';

/**
 * A single answer value as a FHIR answer can carry it: an option value, a boolean, or "prefer not to answer".
 *
 * @example
 * ```ts
 * import type { MappedAnswer } from 'intake-screening/fhir';
 * const values: MappedAnswer[] = ['injection', 2, true, 'prefer-not-to-answer'];
 * ```
 */
export type MappedAnswer = string | number | boolean;

/**
 * How the linkIds and answer values of a FHIR Questionnaire map to a
 * questionnaire of this library. `fromFhirQuestionnaire` returns the mapping
 * it used; for a questionnaire exported by `toFhirQuestionnaire` it is
 * derived from the definition (`answerMappingOf`).
 *
 * @example
 * ```ts
 * import type { FhirAnswerMapping } from 'intake-screening/fhir';
 * const itemIdOf = (m: FhirAnswerMapping, linkId: string) => m.ids.get(linkId);
 * ```
 */
export interface FhirAnswerMapping {
  /** linkId → id of every imported group (section) and item. */
  readonly ids: ReadonlyMap<string, string>;
  /** Item id → answer key (see `answerKey`) → the answer value it stands for. */
  readonly answers: ReadonlyMap<string, ReadonlyMap<string, MappedAnswer>>;
  /**
   * linkIds of items the form computes or only shows (calculated, read-only or
   * hidden) that import left out. A response's values for them are not the
   * person's answers: `fromFhirQuestionnaireResponse` skips them without an
   * unknown-item issue, and scores are recomputed from the answers.
   */
  readonly computed?: ReadonlySet<string>;
  /**
   * linkId → score id, for a computed number that is its section's total (the
   * section's one calculated or total-coded number, beside the section's one
   * score): `fromFhirQuestionnaireResponse` reports a stated total that differs
   * from the score computed from the answers (`score-mismatch`).
   */
  readonly totals?: ReadonlyMap<string, string>;
}

/**
 * A FHIR answer-like value: an answerOption, a response answer or an enableWhen operand, with the `value` prefix removed.
 *
 * @example
 * ```ts
 * import type { AnswerLike } from 'intake-screening/fhir';
 * const loincNever: AnswerLike = { coding: { system: 'http://loinc.org', code: 'LA6270-8' } };
 * ```
 */
export interface AnswerLike {
  readonly coding?: { readonly system?: string | undefined; readonly code?: string | undefined } | undefined;
  readonly string?: string | undefined;
  readonly integer?: number | undefined;
  readonly date?: string | undefined;
}

/**
 * The key an answer value is looked up by: `coding:<system>|<code>`,
 * `string:<text>`, `integer:<n>` or `date:<yyyy-mm-dd>`, or undefined for
 * other types.
 *
 * @param value - The answer-like value.
 * @returns Its key, or undefined.
 * @example
 * ```ts
 * import { answerKey } from 'intake-screening/fhir';
 * answerKey({ coding: { system: 'http://loinc.org', code: 'LA6270-8' } }); // 'coding:http://loinc.org|LA6270-8'
 * ```
 */
export function answerKey(value: AnswerLike): string | undefined {
  if (value.coding) return `coding:${value.coding.system ?? ''}|${value.coding.code ?? ''}`;
  if (value.string !== undefined) return `string:${value.string}`;
  if (value.integer !== undefined) return `integer:${value.integer}`;
  if (value.date !== undefined) return `date:${value.date}`;
  return undefined;
}

/**
 * The mapping of the FHIR form `toFhirQuestionnaire` makes of a
 * questionnaire: linkIds are ids, and each option's coding stands for its
 * value.
 *
 * @param q - The questionnaire.
 * @param canonicalBase - The same base given to `toFhirQuestionnaire`, if any.
 * @returns The mapping.
 * @example
 * ```ts
 * import { answerMappingOf } from 'intake-screening/fhir';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * answerMappingOf(briefScreen).ids.size > 0; // true
 * ```
 */
export function answerMappingOf(q: Questionnaire, canonicalBase?: string): FhirAnswerMapping {
  const canonical = canonicalUrl(q, canonicalBase);
  const ids = new Map<string, string>();
  const answers = new Map<string, Map<string, MappedAnswer>>();
  for (const section of q.sections) {
    ids.set(section.id, section.id);
    for (const raw of section.items) {
      const item = raw as Item;
      ids.set(item.id, item.id);
      if (!isCoded(item)) continue;
      const keys = new Map<string, MappedAnswer>();
      if (item.kind === 'boolean') {
        keys.set(answerKey({ coding: yesNoCoding(true) }) as string, true);
        keys.set(answerKey({ coding: yesNoCoding(false) }) as string, false);
      } else if (item.kind !== 'display' && 'options' in item) {
        for (const option of item.options as readonly (ChoiceOption | ScaleOption)[]) {
          keys.set(answerKey({ coding: optionCoding(canonical, item.id, option) }) as string, option.value);
        }
      }
      if (declinesAsCoding(item)) keys.set(answerKey({ coding: declinedCoding() }) as string, PREFER_NOT_TO_ANSWER);
      answers.set(item.id, keys);
    }
  }
  return { ids, answers };
}
