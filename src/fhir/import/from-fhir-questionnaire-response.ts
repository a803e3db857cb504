import { checkedQuestionnaire } from '../../definition/define-questionnaire.js';
import { indexOf } from '../../engine/questionnaire-index.js';
import { type Item, type ItemKind, PREFER_NOT_TO_ANSWER } from '../../definition/item.js';
import type { Evaluation } from '../../engine/evaluation.js';
import { resolveAnswers } from '../../engine/resolve-answers.js';
import type { AnswerValue, Answers, Questionnaire } from '../../definition/types.js';
import { detailedIssue, type Issue, type IssuePath, issue } from '../../issues/issue.js';
import { answerKey, answerMappingOf, type FhirAnswerMapping, type MappedAnswer } from './answer-mapping.js';
import { DECLINED, HL7_EXT, SCORE_LINK_PREFIX } from '../common/constants.js';
import { guardResource } from './import-guard.js';
import { attempt, type SafeResult } from '../../issues/safe-result.js';
import type { SecurityLabelOptions } from '../common/options.js';
import { securityLabels } from '../common/security.js';

/**
 * Options of `fromFhirQuestionnaireResponse`.
 *
 * @example
 * ```ts
 * import type { FromFhirResponseOptions } from 'intake-screening/fhir';
 * const options: FromFhirResponseOptions = { canonicalBase: 'https://clinic.example/fhir' };
 * ```
 */
export interface FromFhirResponseOptions {
  /** The mapping `fromFhirQuestionnaire` returned; by default the mapping of `toFhirQuestionnaire`'s form of `q`. */
  readonly mapping?: FhirAnswerMapping;
  /** The canonical base given to `toFhirQuestionnaire`, when the default mapping is used. */
  readonly canonicalBase?: string;
  /**
   * The security labels the response should carry in `meta.security`, chosen
   * as for `toFhirQuestionnaireResponse` (by default all of them); each one
   * missing is named in one `security-labels-missing` issue. `false` checks none.
   */
  readonly security?: SecurityLabelOptions | false;
}

/**
 * What `fromFhirQuestionnaireResponse` returns.
 *
 * @example
 * ```ts
 * import type { FhirResponseImport } from 'intake-screening/fhir';
 * const count = (r: FhirResponseImport) => Object.keys(r.answers).length;
 * ```
 */
export interface FhirResponseImport {
  /**
   * Every valid answer, in document order, including answers to items the
   * other answers hide (a response from another system need not follow this
   * form's branching). Each of those is also reported as an `item-hidden`
   * issue; `summarize` keeps them out of scores and rules, lists them and
   * checks safety triggers on them, so no disclosure is lost on import.
   */
  readonly answers: Answers;
  /**
   * Answers that could not be read or were invalid (left out), answers to
   * hidden items (kept), multi-choice answers that tick an option meant to
   * stand alone ("prefer not to answer", "none of these") beside others
   * (`out-of-range`, problem `exclusive`: the other options are kept), and
   * security labels the response lacks (`security-labels-missing`: LHC-Forms
   * and other clients drop `meta.security`; the library's exports put the
   * labels back).
   */
  readonly issues: readonly Issue[];
}

interface RawAnswer {
  readonly valueCoding?: { readonly system?: unknown; readonly code?: unknown } | null;
  readonly valueString?: unknown;
  readonly valueInteger?: unknown;
  readonly valueDecimal?: unknown;
  readonly valueBoolean?: unknown;
  readonly valueDate?: unknown;
}

/** A value read, or why none could be; `mixed` holds the options meant to stand alone that a multi-choice answer left out because other options were ticked beside them. */
type ReadResult =
  { readonly value: AnswerValue; readonly mixed?: readonly string[] } | { readonly problem: string; readonly code: 'wrong-type' | 'unknown-option' };
type Reader = (answers: readonly RawAnswer[], keys: ReadonlyMap<string, MappedAnswer> | undefined, item: Item) => ReadResult;

const wrong = (problem: string): ReadResult => ({ problem, code: 'wrong-type' });

/** A reader for items that take one answer. */
const one =
  (read: (a: RawAnswer, keys: ReadonlyMap<string, MappedAnswer> | undefined) => ReadResult): Reader =>
  (answers, keys) =>
    answers.length === 1 ? read(answers[0] as RawAnswer, keys) : wrong('takes one answer');

/** The value an option-like answer stands for. */
function mapped(a: RawAnswer, keys: ReadonlyMap<string, MappedAnswer> | undefined): ReadResult {
  const coding = a.valueCoding !== null && typeof a.valueCoding === 'object' ? a.valueCoding : undefined;
  const key = answerKey({
    coding: coding && {
      system: typeof coding.system === 'string' ? coding.system : undefined,
      code: typeof coding.code === 'string' ? coding.code : undefined,
    },
    string: typeof a.valueString === 'string' ? a.valueString : undefined,
    integer: typeof a.valueInteger === 'number' ? a.valueInteger : undefined,
    date: typeof a.valueDate === 'string' ? a.valueDate : undefined,
  });
  const value = key === undefined ? undefined : keys?.get(key);
  return value === undefined ? { problem: 'is not one of its options', code: 'unknown-option' } : { value };
}

const typed = <T extends AnswerValue>(v: unknown, guard: (x: unknown) => x is T, expected: string): ReadResult =>
  guard(v) ? { value: v } : wrong(`must be ${expected}`);
const isNumber = (x: unknown): x is number => typeof x === 'number';
const isString = (x: unknown): x is string => typeof x === 'string';

/** How each item kind's FHIR answers become one answer value. */
const READERS: { readonly [K in ItemKind]: Reader } = {
  single: one(mapped),
  scale: one(mapped),
  multi: (answers, keys, item) => {
    const values: string[] = [];
    for (const a of answers) {
      const r = mapped(a, keys);
      if ('problem' in r) return r;
      if (r.value === PREFER_NOT_TO_ANSWER && answers.length === 1) return r;
      values.push(r.value as string);
    }
    // Forms that do not enforce optionExclusive (LHC-Forms, Smart Forms) let a person tick "prefer not to answer" or
    // "none of these" beside real options. The real options are what the person disclosed: keep them, report the rest.
    const alone = new Set<unknown>([PREFER_NOT_TO_ANSWER, ...(item.kind === 'multi' ? item.options.filter((o) => o.exclusive).map((o) => o.value) : [])]);
    const real = values.filter((v) => !alone.has(v));
    if (values.length < 2 || real.length === 0 || real.length === values.length) return { value: values };
    return { value: real, mixed: values.filter((v) => alone.has(v)) };
  },
  boolean: one((a, keys) => (typeof a.valueBoolean === 'boolean' ? { value: a.valueBoolean } : mapped(a, keys))),
  number: one((a) => typed(a.valueInteger ?? a.valueDecimal, isNumber, 'a number')),
  text: one((a) => typed(a.valueString, isString, 'a string')),
  date: one((a) => typed(a.valueDate, isString, 'a date')),
  display: () => wrong('is display text and takes no answer'),
};

/**
 * Read a FHIR R4 QuestionnaireResponse into an answers object of a
 * questionnaire: the response's items are found by linkId (nested groups and
 * answers included), their answers turned into answer values through the
 * mapping, and each checked against its item: invalid answers are left out
 * with an issue, and answers to items the other answers hide are kept with an
 * `item-hidden` issue (see `answers`). Calculated score items are skipped; the
 * library computes scores itself. Nothing is thrown for bad answers: each
 * becomes an issue.
 *
 * @param q - The questionnaire the response answers.
 * @param json - A QuestionnaireResponse as parsed JSON.
 * @param options - The mapping from `fromFhirQuestionnaire`, or the canonical base of `toFhirQuestionnaire`.
 * @returns The answers and the issues.
 * @throws QuestionnaireError when the input is not a QuestionnaireResponse or is unsafe (huge, deeply nested, `__proto__` keys).
 * @example
 * ```ts
 * import { fromFhirQuestionnaire, fromFhirQuestionnaireResponse } from 'intake-screening/fhir';
 * const { questionnaire, mapping } = fromFhirQuestionnaire({
 *   resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'q1', type: 'boolean', text: 'Naloxone?' }],
 * });
 * const { answers } = fromFhirQuestionnaireResponse(questionnaire, {
 *   resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'q1', answer: [{ valueBoolean: true }] }],
 * }, { mapping });
 * answers['q1']; // true
 * ```
 */
export function fromFhirQuestionnaireResponse(q: Questionnaire, json: unknown, options: FromFhirResponseOptions = {}): FhirResponseImport {
  const resource = guardResource(json, 'QuestionnaireResponse');
  const index = indexOf(checkedQuestionnaire(q));
  const mapping = options.mapping ?? answerMappingOf(q, options.canonicalBase);
  const issues: Issue[] = [];
  const raw: Record<string, AnswerValue> = Object.create(null) as Record<string, AnswerValue>;
  const where = new Map<string, IssuePath>();
  /** The form's own totals the response states: score id → the value and where. */
  const stated = new Map<string, { readonly linkId: string; readonly value: number; readonly at: IssuePath }>();

  const visit = (list: unknown, path: IssuePath): void => {
    if (!Array.isArray(list)) return;
    list.forEach((entry: unknown, k) => {
      const at = [...path, k];
      if (entry === null || typeof entry !== 'object') return;
      const node = entry as { linkId?: unknown; answer?: unknown; item?: unknown; extension?: unknown };
      const linkId = typeof node.linkId === 'string' ? node.linkId : undefined;
      const answers = Array.isArray(node.answer) ? (node.answer as unknown[]).filter((a): a is RawAnswer => a !== null && typeof a === 'object') : [];
      visit(node.item, [...at, 'item']);
      answers.forEach((a, j) => visit((a as { item?: unknown }).item, [...at, 'answer', j, 'item']));
      if (linkId === undefined || linkId.startsWith(SCORE_LINK_PREFIX)) return;
      const declined =
        Array.isArray(node.extension) &&
        (node.extension as { url?: unknown; valueCode?: unknown }[]).some((e) => e?.url === HL7_EXT.dataAbsentReason && e.valueCode === DECLINED.code);
      if (answers.length === 0 && !declined) return;
      // The form's own computed value (a total, a BMI) is not an answer; scores are recomputed from the answers.
      if (mapping.computed?.has(linkId) === true) {
        const scoreId = mapping.totals?.get(linkId);
        const value = answers[0]?.valueDecimal ?? answers[0]?.valueInteger;
        if (scoreId !== undefined && typeof value === 'number') stated.set(scoreId, { linkId, value, at: [...at, 'answer', 0] });
        return;
      }
      const id = mapping.ids.get(linkId);
      const entryOf = id === undefined ? undefined : index.items.get(id);
      if (!entryOf) {
        if (id === undefined || answers.length > 0)
          issues.push(issue('unknown-item', [...at, 'linkId'], `The response answers linkId "${linkId.slice(0, 80)}", which the questionnaire does not have.`));
        return;
      }
      const item = entryOf.item;
      if (Object.hasOwn(raw, item.id)) {
        issues.push(issue('wrong-type', at, `The response answers item "${item.id}" twice.`, item.id, { expected: item.kind }));
        return;
      }
      where.set(item.id, at);
      if (answers.length === 0) {
        raw[item.id] = PREFER_NOT_TO_ANSWER;
        return;
      }
      const read = READERS[item.kind](answers, mapping.answers.get(item.id), item);
      if ('problem' in read) {
        const message = `Answer to "${item.id}" ${read.problem}.`;
        issues.push(
          read.code === 'wrong-type'
            ? issue('wrong-type', [...at, 'answer'], message, item.id, { expected: item.kind })
            : issue(read.code, [...at, 'answer'], message, item.id),
        );
        return;
      }
      if (read.mixed && item.kind === 'multi') {
        issues.push(
          issue(
            'out-of-range',
            [...at, 'answer'],
            `Answer to "${item.id}" ticks an option that stands alone ("prefer not to answer" or one marked exclusive) beside other options; the ${read.mixed.length === 1 ? 'one that stands alone is' : 'ones that stand alone are'} left out and the other options kept, since they are what the person disclosed.`,
            item.id,
            { limits: { kind: 'multi', options: item.options.length }, problem: 'exclusive' },
          ),
        );
      }
      raw[item.id] = read.value;
    });
  };
  visit(resource.item, ['item']);
  const labels = missingLabels(resource.meta, options.security);
  if (labels.length > 0) {
    issues.unshift(
      detailedIssue(
        'security-labels-missing',
        ['meta', 'security'],
        `The response lacks the security label${labels.length > 1 ? 's' : ''} ${labels.join(', ')} (meta.security): substance-use and behavioural-health answers need them wherever the response is stored or sent. The library's exports (toFhirQuestionnaireResponse, toFhirBundle) put them back; a response kept as received does not have them.`,
        undefined,
        { missing: labels },
      ),
    );
  }

  const resolved = resolveAnswers(q, { ...raw });
  const hidden = new Set(resolved.hidden);
  const answers: Record<string, AnswerValue> = {};
  for (const { item } of index.order) {
    const id = item.id;
    if (Object.hasOwn(resolved.answers, id)) answers[id] = resolved.answers[id] as AnswerValue;
    else if (hidden.has(id)) answers[id] = raw[id] as AnswerValue;
  }
  const notAsked = resolved.hidden.map((id) =>
    issue(
      'item-hidden',
      where.get(id) ?? ['item'],
      `The response answers item "${id}", which the other answers hide (the form's logic would not have asked it). The answer is kept: summarize lists it and checks safety triggers on it, and it counts for no score or rule.`,
      id,
    ),
  );
  return { answers, issues: [...issues, ...resolved.issues, ...notAsked, ...mismatches(stated, resolved.evaluation)] };
}

/**
 * A stated total that differs from the score the answers give, when every item
 * of that score is answered (a form may total an unfinished response its own
 * way). The values stay out of the message: they are the person's answers.
 */
function mismatches(stated: ReadonlyMap<string, { readonly linkId: string; readonly value: number; readonly at: IssuePath }>, evaluation: Evaluation): Issue[] {
  const out: Issue[] = [];
  for (const [scoreId, { linkId, value, at }] of stated) {
    const ours = evaluation.score(scoreId);
    if (ours?.status !== 'complete' || Math.abs(ours.value - value) < 1e-9) continue;
    out.push(
      detailedIssue(
        'score-mismatch',
        at,
        `The response states a total in "${linkId.slice(0, 80)}" that differs from score "${scoreId}" computed from its answers; the summary uses the computed score. Check how the form that sent it totals the answers.`,
        undefined,
        { scoreId },
      ),
    );
  }
  return out;
}

/** The codes of the expected security labels that `meta.security` lacks. */
function missingLabels(meta: unknown, expected: SecurityLabelOptions | false | undefined): string[] {
  const present = (meta as { security?: unknown } | undefined)?.security;
  const list = Array.isArray(present) ? (present as unknown[]) : [];
  const has = (system: string | undefined, code: string | undefined) =>
    list.some((c) => c !== null && typeof c === 'object' && (c as { system?: unknown }).system === system && (c as { code?: unknown }).code === code);
  return securityLabels(expected)
    .filter((l) => !has(l.system, l.code))
    .map((l) => l.code ?? '');
}

/**
 * `fromFhirQuestionnaireResponse` that returns its issues instead of throwing them.
 *
 * @param q - The questionnaire the response answers.
 * @param json - A FHIR R4 QuestionnaireResponse as parsed JSON.
 * @param options - As for `fromFhirQuestionnaireResponse`.
 * @returns `{ success: true, data }` with the answers and their issues, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { safeFromFhirQuestionnaireResponse } from 'intake-screening/fhir';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const result = safeFromFhirQuestionnaireResponse(briefScreen, { resourceType: 'Patient' });
 * result.success; // false
 * ```
 */
export function safeFromFhirQuestionnaireResponse(q: Questionnaire, json: unknown, options: FromFhirResponseOptions = {}): SafeResult<FhirResponseImport> {
  return attempt(() => fromFhirQuestionnaireResponse(q, json, options));
}
