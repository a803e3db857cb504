import { checkedQuestionnaire } from '../../definition/define-questionnaire.js';
import { indexOf } from '../../engine/questionnaire-index.js';
import { type Item, type ItemKind, PREFER_NOT_TO_ANSWER } from '../../definition/item.js';
import { resolveAnswers } from '../../engine/resolve-answers.js';
import { localize } from '../../definition/text.js';
import type { AnswerValue, Questionnaire } from '../../definition/types.js';
import { QuestionnaireError } from '../../issues/questionnaire-error.js';
import { canonicalUrl, codingFor, declinedCoding } from '../common/codings.js';
import { DECLINED, HL7_EXT, SCORE_LINK_PREFIX } from '../common/constants.js';
import type { FhirQuestionnaireResponse, FhirResponseAnswer, FhirResponseItem } from '../common/fhir-types.js';
import type { ToFhirResponseOptions } from '../common/options.js';
import { securityLabels } from '../common/security.js';
import { attempt, type SafeResult } from '../../issues/safe-result.js';

type AnswerWriter<K extends ItemKind> = (item: Extract<Item, { kind: K }>, value: AnswerValue, canonical: string) => FhirResponseAnswer[];

/** One coding answer per chosen option value, in the coding the Questionnaire's answerOption uses. */
const coded = (item: Item, values: readonly (string | number | boolean)[], canonical: string): FhirResponseAnswer[] =>
  values.map((v) => ({ valueCoding: codingFor(canonical, item, v) as NonNullable<ReturnType<typeof codingFor>> }));

/** How each item kind's (valid, not declined) answer is written. */
const WRITERS: { readonly [K in ItemKind]: AnswerWriter<K> } = {
  single: (item, value, canonical) => coded(item, [value as string], canonical),
  multi: (item, value, canonical) => coded(item, value as readonly string[], canonical),
  scale: (item, value, canonical) => coded(item, [value as number], canonical),
  boolean: (item, value, canonical) => (item.preferNotToAnswer ? coded(item, [value as boolean], canonical) : [{ valueBoolean: value as boolean }]),
  number: (item, value) => (item.integer ? [{ valueInteger: value as number }] : [{ valueDecimal: value as number }]),
  text: (_item, value) => [{ valueString: value as string }],
  date: (_item, value) => [{ valueDate: value as string }],
  display: () => [],
};

/**
 * Export answers as a FHIR R4 QuestionnaireResponse for the Questionnaire
 * that `toFhirQuestionnaire` makes of the same definition. Only valid answers
 * to visible items are written (as `resolveAnswers` keeps them), nested in the
 * section groups; each complete score is written to its calculated item. A
 * declined answer is the `asked-declined` coding where the item is a choice,
 * else a `data-absent-reason` extension on an item without an answer.
 *
 * @param q - The questionnaire.
 * @param answers - The answers object, keyed by item id.
 * @param options - Status override, id, authored time, subject, locale of the item texts, security labels.
 * @returns The QuestionnaireResponse; `completed` when every visible required item is answered, else `in-progress`.
 * @throws QuestionnaireError when an answer is unknown, of the wrong type or out of range.
 * @example
 * ```ts
 * import { toFhirQuestionnaireResponse } from 'intake-screening/fhir';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const qr = toFhirQuestionnaireResponse(briefScreen, {}, { subject: { reference: 'Patient/123' } });
 * qr.status; // 'in-progress' while required items are unanswered
 * ```
 */
export function toFhirQuestionnaireResponse(q: Questionnaire, answers: unknown, options: ToFhirResponseOptions = {}): FhirQuestionnaireResponse {
  const index = indexOf(checkedQuestionnaire(q));
  const resolved = resolveAnswers(q, answers);
  if (resolved.issues.length > 0) {
    throw new QuestionnaireError(
      resolved.issues,
      `Answers for questionnaire "${q.id}" have ${resolved.issues.length} issue${resolved.issues.length > 1 ? 's' : ''}: ${resolved.issues[0]?.message}`,
    );
  }
  const { evaluation } = resolved;
  const given = resolved.answers;
  const canonical = canonicalUrl(q, options.canonicalBase);
  const locale = options.locale ?? 'en';
  let complete = true;
  const groups: FhirResponseItem[] = [];

  for (const section of index.sections) {
    if (!evaluation.sectionVisible(section.index)) continue;
    const children: FhirResponseItem[] = [];
    for (const { item } of section.items) {
      if (item.kind === 'display' || !evaluation.visible(item.id)) continue;
      const value = Object.hasOwn(given, item.id) ? given[item.id] : undefined;
      // An R4 string must hold more than whitespace; such a text answer says nothing and is written as unanswered.
      if (value === undefined || (item.kind === 'text' && typeof value === 'string' && value.trim() === '')) {
        if (item.required) complete = false;
        continue;
      }
      children.push(responseItem(item, value, canonical, locale));
    }
    for (const score of q.scores ?? []) {
      if (score.section !== section.section.id) continue;
      const result = evaluation.score(score.id);
      if (result?.status !== 'complete') continue;
      children.push({ linkId: `${SCORE_LINK_PREFIX}${score.id}`, text: localize(score.title, locale), answer: [{ valueDecimal: result.value }] });
    }
    if (children.length > 0) groups.push({ linkId: section.section.id, text: localize(section.section.title, locale), item: children });
  }

  const security = securityLabels(options.security);
  return {
    resourceType: 'QuestionnaireResponse',
    ...(options.id !== undefined ? { id: options.id } : {}),
    ...(security.length > 0 ? { meta: { security } } : {}),
    language: locale,
    questionnaire: `${canonical}|${q.version}`,
    status: options.status ?? (complete ? 'completed' : 'in-progress'),
    ...(options.subject ? { subject: { ...options.subject } } : {}),
    ...(options.authored !== undefined ? { authored: options.authored } : {}),
    ...(groups.length > 0 ? { item: groups } : {}),
  };
}

function responseItem(item: Exclude<Item, { kind: 'display' }>, value: AnswerValue, canonical: string, locale: string): FhirResponseItem {
  const base = { linkId: item.id, text: localize(item.text, locale) };
  if (value === PREFER_NOT_TO_ANSWER) {
    if (item.kind === 'number' || item.kind === 'text' || item.kind === 'date') {
      return { ...base, extension: [{ url: HL7_EXT.dataAbsentReason, valueCode: DECLINED.code }] };
    }
    return { ...base, answer: [{ valueCoding: declinedCoding() }] };
  }
  const write = WRITERS[item.kind] as AnswerWriter<ItemKind>;
  return { ...base, answer: write(item, value, canonical) };
}

/**
 * `toFhirQuestionnaireResponse` that returns its issues (bad answers) instead of throwing them.
 *
 * @param q - The questionnaire.
 * @param answers - Anything; typically a flow's answers.
 * @param options - As for `toFhirQuestionnaireResponse`.
 * @returns `{ success: true, data }` with the resource, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { safeToFhirQuestionnaireResponse } from 'intake-screening/fhir';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const result = safeToFhirQuestionnaireResponse(briefScreen, { 'asq.q1': 'maybe' });
 * if (!result.success) result.issues[0]?.code; // 'wrong-type'
 * ```
 */
export function safeToFhirQuestionnaireResponse(
  q: Questionnaire,
  answers: unknown,
  options: ToFhirResponseOptions = {},
): SafeResult<FhirQuestionnaireResponse> {
  return attempt(() => toFhirQuestionnaireResponse(q, answers, options));
}
