import type { NumericOperator } from '../conditions/condition.js';
import type { DeepReadonly } from './deep-readonly.js';
import type { PREFER_NOT_TO_ANSWER } from './item.js';
import type { QuestionnaireDefinition } from './questionnaire.js';

/**
 * A questionnaire: the definition, read-only, as `defineQuestionnaire` and
 * `parseQuestionnaire` return it (checked and frozen) and as every function
 * reads it. With a literal type parameter (from `defineQuestionnaire`) its
 * item ids and option values stay literal, so `AnswersOf<typeof q>` is
 * precise; one parsed from JSON is plain `Questionnaire`.
 *
 * @example
 * ```ts
 * import type { Questionnaire } from 'intake-screening';
 * function title(q: Questionnaire): string { return q.title.en; }
 * const sectionIds = (q: Questionnaire) => q.sections.map((s) => s.id);
 * ```
 */
export type Questionnaire<D extends DeepReadonly<QuestionnaireDefinition> = DeepReadonly<QuestionnaireDefinition>> = D;

/**
 * The same type as {@link Questionnaire}, under its old name.
 *
 * @deprecated Use `Questionnaire` (one name per concept, issue 19; see docs/glossary.md). Kept so code written
 * against 0.1 compiles.
 * @example
 * ```ts
 * import type { Questionnaire, QuestionnaireInput } from 'intake-screening';
 * const same = (q: QuestionnaireInput): Questionnaire => q;
 * ```
 */
export type QuestionnaireInput = Questionnaire;

/**
 * The value meaning "prefer not to answer".
 *
 * @example
 * ```ts
 * import type { AnswerValue, PreferNotToAnswer } from 'intake-screening';
 * const declined = (v: AnswerValue): v is PreferNotToAnswer => v === 'prefer-not-to-answer';
 * ```
 */
export type PreferNotToAnswer = typeof PREFER_NOT_TO_ANSWER;

/** Every item of a questionnaire, as a union. */
export type ItemsOf<Q extends Questionnaire> = Q['sections'][number]['items'][number];
/** Items that take an answer. */
export type AnswerableItemsOf<Q extends Questionnaire> = Exclude<ItemsOf<Q>, { readonly kind: 'display' }>;
/**
 * The ids of items that take an answer, as a literal union.
 *
 * @example
 * ```ts
 * import type { ItemIdOf } from 'intake-screening';
 * import type { gad7 } from 'intake-screening/questionnaires';
 * const first: ItemIdOf<typeof gad7> = 'gad7.q1';
 * ```
 */
export type ItemIdOf<Q extends Questionnaire> = AnswerableItemsOf<Q>['id'];
/**
 * The score ids, as a literal union.
 *
 * @example
 * ```ts
 * import type { ScoreIdOf } from 'intake-screening';
 * import type { phq9 } from 'intake-screening/questionnaires';
 * const scores: ScoreIdOf<typeof phq9>[] = ['phq9', 'phq2'];
 * ```
 */
export type ScoreIdOf<Q extends Questionnaire> = NonNullable<Q['scores']>[number]['id'];

type OptionValue<I> = I extends { readonly options: readonly (infer O)[] } ? (O extends { readonly value: infer V } ? V : never) : never;

type BaseValue<I> = I extends { readonly kind: 'single' | 'scale' }
  ? OptionValue<I>
  : I extends { readonly kind: 'multi' }
    ? readonly OptionValue<I>[]
    : I extends { readonly kind: 'boolean' }
      ? boolean
      : I extends { readonly kind: 'number' }
        ? number
        : I extends { readonly kind: 'text' | 'date' }
          ? string
          : never;

/**
 * The answer value an item takes, including "prefer not to answer" where offered.
 *
 * @example
 * ```ts
 * import type { AnswerValueOf } from 'intake-screening';
 * type Route = AnswerValueOf<{ readonly kind: 'multi'; readonly options: readonly [{ readonly value: 'smoking' }, { readonly value: 'injection' }] }>;
 * const route: Route = ['injection'];
 * ```
 */
export type AnswerValueOf<I> = I extends { readonly preferNotToAnswer: true } ? BaseValue<I> | PreferNotToAnswer : BaseValue<I>;

/**
 * The answers object of a questionnaire: item ids as keys, each answer typed
 * by its item's kind and options. Every answer is optional.
 *
 * @example
 * ```ts
 * import { defineQuestionnaire, type AnswersOf } from 'intake-screening';
 * const q = defineQuestionnaire({
 *   id: 'demo', version: '1.0.0', title: { en: 'Demo' },
 *   sections: [{ id: 'use', title: { en: 'Use' }, instrument: { kind: 'descriptive', name: 'Use' }, items: [
 *     { id: 'use.route', kind: 'single', text: { en: 'How?' },
 *       options: [{ value: 'smoking', text: { en: 'Smoking' } }, { value: 'injection', text: { en: 'Injection' } }] },
 *   ] }],
 * });
 * const answers: AnswersOf<typeof q> = { 'use.route': 'injection' };
 * ```
 */
export type AnswersOf<Q extends Questionnaire> = {
  readonly [I in AnswerableItemsOf<Q> as I['id']]?: AnswerValueOf<I>;
};

/**
 * What `summarize` accepts as answers `A` for questionnaire `Q`: when the
 * questionnaire's item ids are known at compile time (`defineQuestionnaire`,
 * a bundled questionnaire) and so are the answers' keys (an object literal, an
 * `AnswersOf<Q>`), each key must be one of its item ids and each value that
 * item's answer type, so a typo in an id or an option value does not compile
 * (a value TypeScript widened, such as `number` from a variable, must be of the
 * item's kind; its value is checked at run time).
 * Anything else (a questionnaire or answers parsed at run time, a
 * `Record<string, unknown>`, `unknown`) is accepted as it is and checked at
 * run time, where a problem becomes an issue.
 *
 * @example
 * ```ts
 * import type { AnswersInput } from 'intake-screening';
 * import type { gad7 } from 'intake-screening/questionnaires';
 * const ok: AnswersInput<typeof gad7, { 'gad7.q1': 2 }> = { 'gad7.q1': 2 };
 * const parsed: AnswersInput<typeof gad7, unknown> = JSON.parse('{"gad7.q1": 2}');
 * ```
 */
export type AnswersInput<Q extends Questionnaire, A> = string extends ItemIdOf<Q> ? A : unknown extends A ? A : EachAnswersInput<Q, A>;

// Distributes over a union of answer objects (`Record<string, unknown> | { 'asq.q1': 1 }`), each member checked alone.
type EachAnswersInput<Q extends Questionnaire, A> = A extends unknown
  ? string extends keyof A
    ? A
    : { readonly [K in keyof A]: K extends keyof AnswersOf<Q> ? ValueInput<A[K], AnswersOf<Q>[K]> : never }
  : never;

// A value whose type is literal (written in place) must be one the item takes; one TypeScript widened
// (`const a = { 'asq.q1': 0 }` is `number`) must be of the item's kind, and its value is checked at run time.
type ValueInput<V, E> = true extends IsWide<Exclude<V, undefined>> ? Widen<E> : E;
type IsWide<V> = V extends readonly (infer T)[] ? IsWide<T> : number extends V ? true : string extends V ? true : false;
type Widen<T> = T extends number ? number : T extends string ? string : T extends readonly (infer U)[] ? readonly Widen<U>[] : T;

/**
 * An answer value of any item.
 *
 * @example
 * ```ts
 * import type { AnswerValue } from 'intake-screening';
 * const values: AnswerValue[] = ['injection', ['smoking', 'injection'], 2, true, '2026-01-05'];
 * ```
 */
export type AnswerValue = string | number | boolean | readonly string[];
/**
 * An untyped answers object, keyed by item id.
 *
 * @example
 * ```ts
 * import type { Answers } from 'intake-screening';
 * const answers: Answers = { 'phq9.q1': 2, 'substance.route': ['injection'], 'living.transport': false };
 * ```
 */
export type Answers = { readonly [itemId: string]: AnswerValue };

/**
 * One answer as a flow holds it: the item id and its value. A flow's answers
 * are a frozen list of these in document order (`context.answerEntries`), so
 * `Object.fromEntries` and `new Map` read them as they are.
 *
 * @example
 * ```ts
 * import type { AnswerEntry } from 'intake-screening';
 * const entries: readonly AnswerEntry[] = [['phq9.q1', 2], ['substance.route', ['injection']]];
 * const answers = Object.fromEntries(entries); // { 'phq9.q1': 2, 'substance.route': ['injection'] }
 * ```
 */
export type AnswerEntry = readonly [itemId: string, value: AnswerValue];

type Numeric<Id, Op extends NumericOperator = NumericOperator> = Op extends NumericOperator ? { readonly item: Id } & { readonly [K in Op]: number } : never;
type ScoreNumeric<Id, Op extends NumericOperator = NumericOperator> = Op extends NumericOperator
  ? { readonly score: Id } & { readonly [K in Op]: number }
  : never;

type ItemCondition<I> = I extends { readonly id: infer Id; readonly kind: infer K }
  ? K extends 'single'
    ? | { readonly item: Id; readonly eq: OptionValue<I> }
      | { readonly item: Id; readonly ne: OptionValue<I> }
      | { readonly item: Id; readonly in: readonly OptionValue<I>[] }
    : K extends 'multi'
      ? { readonly item: Id; readonly includes: OptionValue<I> }
      : K extends 'boolean'
        ? { readonly item: Id; readonly eq: boolean } | { readonly item: Id; readonly ne: boolean }
        : K extends 'scale'
          ? | { readonly item: Id; readonly eq: OptionValue<I> }
            | { readonly item: Id; readonly ne: OptionValue<I> }
            | { readonly item: Id; readonly in: readonly OptionValue<I>[] }
            | Numeric<Id>
          : K extends 'number'
            ? { readonly item: Id; readonly eq: number } | { readonly item: Id; readonly ne: number } | Numeric<Id>
            : never
  : never;

/**
 * The conditions valid for a questionnaire: item ids, option values and score
 * ids are checked against its definition at compile time.
 *
 * @example
 * ```ts
 * import type { ConditionOf, Questionnaire } from 'intake-screening';
 * declare const q: Questionnaire;
 * const c: ConditionOf<typeof q> = { answered: 'any.id' };
 * ```
 */
export type ConditionOf<Q extends Questionnaire> =
  | ItemCondition<AnswerableItemsOf<Q>>
  | { readonly answered: ItemIdOf<Q> }
  | { readonly declined: ItemIdOf<Q> }
  | { readonly positive: ScoreIdOf<Q> }
  | ScoreNumeric<ScoreIdOf<Q>>
  | { readonly all: readonly ConditionOf<Q>[] }
  | { readonly any: readonly ConditionOf<Q>[] }
  | { readonly not: ConditionOf<Q> };
