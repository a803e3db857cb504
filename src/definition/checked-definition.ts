import type { AnswerableItemsOf, ItemIdOf, Questionnaire, ScoreIdOf } from './types.js';

// The compile-time check of a literal definition. `defineQuestionnaire` takes `D & CheckedDefinition<D>`:
// the second part mirrors the places of `D` that name ids (conditions, score items, rule evidence) and is
// `unknown` elsewhere, so a mistake is reported at the property that holds it, with a message naming the bad
// id and the nearest real ones ("Did you mean …?"), instead of a mismatch against every condition there could
// be, placed at `sections:`. Valid places cost one lookup each; suggestions are computed for mistakes only.

/**
 * What a mistake in a definition reads as in a compile error: the message is
 * the type of `error`.
 *
 * @example
 * ```ts
 * import type { DefinitionError } from 'intake-screening';
 * type Shown = DefinitionError<"Unknown item 'use.rout'. Did you mean 'use.route'?">;
 * ```
 */
export interface DefinitionError<Message extends string> {
  readonly error: Message;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type LastOf<U> = UnionToIntersection<U extends unknown ? () => U : never> extends () => infer R ? R : never;
/** Up to three members of a union, as a tuple. */
type Some<U, N extends readonly unknown[] = []> = N['length'] extends 3 ? N : [U] extends [never] ? N : Some<Exclude<U, LastOf<U>>, [LastOf<U>, ...N]>;
type Listed<T extends readonly unknown[]> = T extends readonly [infer A extends string | number]
  ? `'${A}'`
  : T extends readonly [infer A extends string | number, infer B extends string | number]
    ? `'${A}' or '${B}'`
    : T extends readonly [infer A extends string | number, ...infer R]
      ? `'${A}', ${Listed<R>}`
      : '';
type DropLast<S extends string, Kept extends string = ''> = S extends `${infer C}${infer R}` ? (R extends '' ? Kept : DropLast<R, `${Kept}${C}`>) : Kept;
/** The names sharing the longest prefix (two characters or more) with `S`. */
type Nearest<S extends string, Names extends string> = S extends `${string}${string}${string}`
  ? [Extract<Names, `${S}${string}`>] extends [never]
    ? S extends `${infer _A}${infer _B}${infer _C}`
      ? Nearest<DropLast<S>, Names>
      : never
    : Extract<Names, `${S}${string}`>
  : never;
type Suggest<S, Names> = S extends string
  ? [Nearest<S, Names & string>] extends [never]
    ? ''
    : ` Did you mean ${Listed<Some<Nearest<S, Names & string>>>}?`
  : '';
type Shown<V> = V extends string ? `'${V}'` : V extends number | boolean ? `${V}` : 'this value';

type ItemMap<Q extends Questionnaire> = { readonly [I in AnswerableItemsOf<Q> as I['id']]: I };
type OptionValue<I> = I extends { readonly options: readonly (infer O)[] } ? (O extends { readonly value: infer V } ? V : never) : never;

// Written as conditional types so a compile error shows the message itself, not the name of the alias.
type UnknownItem<Id, Q extends Questionnaire> = Id extends unknown ? DefinitionError<`Unknown item ${Shown<Id>}.${Suggest<Id, ItemIdOf<Q>>}`> : never;
type UnknownScore<Id, Q extends Questionnaire> = Id extends unknown ? DefinitionError<`Unknown score ${Shown<Id>}.${Suggest<Id, ScoreIdOf<Q>>}`> : never;
type Option<V, I, Id> = V extends OptionValue<I> ? V : DefinitionError<`Item '${Id & string}' has no option ${Shown<V>}.${Suggest<V, OptionValue<I>>}`>;
type Options<L, I, Id> = { readonly [K in Positions<L>]: Option<L[K], I, Id> };
type Typed<V, T, Id, What extends string> = V extends T
  ? V
  : DefinitionError<`Item '${Id & string}' is ${What}: compare it with ${T extends boolean ? 'true or false' : 'a number'}.`>;
type Misused<Id, Kind, Use extends string> = Id extends unknown ? DefinitionError<`Item '${Id & string}' is a ${Kind & string} item: ${Use}.`> : never;

/** The check of one `{ item, … }` comparison against its item's kind and options. */
type ItemComparison<C, I, Id> = I extends { readonly kind: infer K }
  ? C extends { readonly eq: infer V }
    ? { readonly eq: K extends 'boolean' ? Typed<V, boolean, Id, 'yes/no'> : K extends 'number' ? Typed<V, number, Id, 'a number'> : Option<V, I, Id> }
    : C extends { readonly ne: infer V }
      ? { readonly ne: K extends 'boolean' ? Typed<V, boolean, Id, 'yes/no'> : K extends 'number' ? Typed<V, number, Id, 'a number'> : Option<V, I, Id> }
      : C extends { readonly in: infer L }
        ? { readonly in: K extends 'single' | 'scale' ? Options<L, I, Id> : Misused<Id, K, 'in is for single-choice and scale items'> }
        : C extends { readonly includes: infer V }
          ? { readonly includes: K extends 'multi' ? Option<V, I, Id> : Misused<Id, K, 'includes is for multi-choice items; use eq, ne or in'> }
          : K extends 'scale' | 'number'
            ? unknown
            : { readonly [Op in keyof C & ('gt' | 'gte' | 'lt' | 'lte')]: Misused<Id, K, 'gt, gte, lt and lte are for scale and number items'> }
  : unknown;

/**
 * A condition of a definition, checked against the definition: unknown item
 * and score ids, option values an item does not have and operators that do
 * not fit the item's kind become a {@link DefinitionError} at the property.
 */
export type CheckCondition<C, Q extends Questionnaire> = C extends { readonly all: infer L }
  ? { readonly all: CheckConditions<L, Q> }
  : C extends { readonly any: infer L }
    ? { readonly any: CheckConditions<L, Q> }
    : C extends { readonly not: infer N }
      ? { readonly not: CheckCondition<N, Q> }
      : C extends { readonly item: infer Id }
        ? Id extends keyof ItemMap<Q>
          ? ItemComparison<C, ItemMap<Q>[Id], Id>
          : { readonly item: UnknownItem<Id, Q> }
        : C extends { readonly answered: infer Id }
          ? Id extends ItemIdOf<Q>
            ? unknown
            : { readonly answered: UnknownItem<Id, Q> }
          : C extends { readonly declined: infer Id }
            ? Id extends ItemIdOf<Q>
              ? unknown
              : { readonly declined: UnknownItem<Id, Q> }
            : C extends { readonly positive: infer Id }
              ? Id extends ScoreIdOf<Q>
                ? unknown
                : { readonly positive: UnknownScore<Id, Q> }
              : C extends { readonly score: infer Id }
                ? Id extends ScoreIdOf<Q>
                  ? unknown
                  : { readonly score: UnknownScore<Id, Q> }
                : unknown;
type CheckConditions<L, Q extends Questionnaire> = { readonly [K in Positions<L>]: CheckCondition<L[K], Q> };

type When<T, Q extends Questionnaire> = T extends { readonly when: infer C } ? { readonly when: CheckCondition<C, Q> } : unknown;
// Lists are checked as objects keyed by position ("0", "1", …), never as arrays: intersecting two array types
// pits their methods against each other and the error lands on `every` instead of the mistake.
type Positions<L> = keyof L & `${number}`;
type ItemIds<L, Q extends Questionnaire> = { readonly [K in Positions<L>]: L[K] extends ItemIdOf<Q> ? unknown : UnknownItem<L[K], Q> };
type ItemOptions<T, Q extends Questionnaire> = T extends { readonly options: infer L }
  ? { readonly options: { readonly [K in Positions<L>]: When<L[K], Q> } }
  : unknown;
type OptionsFrom<T, Q extends Questionnaire> = T extends { readonly optionsFrom: infer Id }
  ? Id extends ItemIdOf<Q>
    ? unknown
    : { readonly optionsFrom: UnknownItem<Id, Q> }
  : unknown;
type Items<L, Q extends Questionnaire> = { readonly [K in Positions<L>]: When<L[K], Q> & ItemOptions<L[K], Q> & OptionsFrom<L[K], Q> };
type Sections<L, Q extends Questionnaire> = {
  readonly [K in Positions<L>]: When<L[K], Q> & (L[K] extends { readonly items: infer I } ? { readonly items: Items<I, Q> } : unknown);
};
type Scores<L, Q extends Questionnaire> = {
  readonly [K in Positions<L>]: (L[K] extends { readonly items: infer I } ? { readonly items: ItemIds<I, Q> } : unknown) &
    (L[K] extends { readonly cutoffs: infer C } ? { readonly cutoffs: { readonly [J in Positions<C>]: When<C[J], Q> } } : unknown);
};
type Rules<L, Q extends Questionnaire> = {
  readonly [K in Positions<L>]: When<L[K], Q> & (L[K] extends { readonly evidence: infer E } ? { readonly evidence: ItemIds<E, Q> } : unknown);
};
type Triggers<L, Q extends Questionnaire> = { readonly [K in Positions<L>]: When<L[K], Q> };

/**
 * The shape `defineQuestionnaire` checks a literal definition against: every
 * condition (of sections, items, options, score cut-offs, rules and safety
 * triggers), score item, rule evidence and `optionsFrom` must name real ids and option
 * values. A mistake is a compile error at the property that holds it, whose
 * message names the id and suggests the nearest real ones.
 */
export type CheckedDefinition<D extends Questionnaire> = { readonly sections: Sections<D['sections'], D> } & (D extends { readonly scores: infer L }
  ? { readonly scores: Scores<L, D> }
  : unknown) &
  (D extends { readonly rules: infer L } ? { readonly rules: Rules<L, D> } : unknown) &
  (D extends { readonly safety: infer L } ? { readonly safety: Triggers<L, D> } : unknown);
