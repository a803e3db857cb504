/**
 * Every problem the library reports, as data. A definition problem, a rejected
 * flow event, a bad answers object and a refused snapshot all share this shape,
 * so a host can show, log or translate them the same way.
 *
 * Messages name item ids and rules, never a person's answer values.
 *
 * @example
 * ```ts
 * import type { IssueCode } from 'intake-screening';
 * const forPerson: Partial<Record<IssueCode, string>> = {
 *   required: 'Please answer this question.',
 *   'out-of-range': 'Please choose one of the options.',
 * };
 * ```
 */
export type IssueCode =
  // definition (static checks)
  | 'invalid-definition'
  | 'duplicate-id'
  | 'reserved-id'
  | 'unknown-item'
  | 'unknown-option'
  | 'unknown-score'
  | 'forward-reference'
  | 'self-reference'
  | 'condition-mismatch'
  | 'score-item-not-scale'
  | 'band-overlap'
  | 'band-gap'
  | 'empty-section'
  | 'invalid-range'
  | 'missing-translation'
  | 'reserved-value'
  | 'cycle'
  // answers and flow events
  | 'item-hidden'
  | 'wrong-type'
  | 'out-of-range'
  | 'too-long'
  | 'required'
  | 'not-in-section'
  | 'invalid-event'
  | 'decline-not-offered'
  // exporters and importers: a feature the target format cannot represent
  | 'unsupported'
  // any input past a documented size limit (see the security section of the safety and privacy guide)
  | 'too-large'
  // a FHIR resource read without the security labels the library puts on what it exports
  | 'security-labels-missing'
  // a referral summary given with answers that did not make it (toFhirBundle)
  | 'summary-mismatch'
  // a FHIR response whose stated total differs from the score computed from its answers (fromFhirQuestionnaireResponse)
  | 'score-mismatch'
  // a language the library has a pack for, asked for before its pack was registered (registerLocale)
  | 'locale-unavailable'
  // snapshots
  | 'snapshot-invalid'
  | 'snapshot-foreign'
  | 'snapshot-version'
  | 'snapshot-unfinished'
  | 'answer-dropped';

/**
 * A path into the input that the issue is about, like zod's `issue.path`.
 *
 * @example
 * ```ts
 * import type { IssuePath } from 'intake-screening';
 * const path: IssuePath = ['sections', 0, 'items', 2, 'when'];
 * path.join('.'); // 'sections.0.items.2.when'
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * An item kind, as an issue names the kind an answer was expected to fit
 * (the same literals as `ItemKind`, which a type test keeps equal; repeated
 * here so issues, the lowest layer, import nothing).
 *
 * @example
 * ```ts
 * import type { AnswerKind } from 'intake-screening';
 * const kind: AnswerKind = 'date';
 * ```
 */
export type AnswerKind = 'single' | 'multi' | 'boolean' | 'scale' | 'number' | 'text' | 'date' | 'display';

/**
 * What an answer to an item may be, as the item declares it: the limits a
 * refused answer was checked against. Built from the definition only, so a
 * message made from it can never repeat the answer.
 *
 * @example
 * ```ts
 * import type { AnswerLimits } from 'intake-screening';
 * const days: AnswerLimits = { kind: 'number', min: 0, max: 30, integer: true };
 * ```
 */
export type AnswerLimits =
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number; readonly integer: boolean }
  | { readonly kind: 'date'; readonly min?: string; readonly max?: string }
  /** One of `options` values. */
  | { readonly kind: 'single' | 'scale'; readonly options: number }
  /** Up to `options` distinct values, an exclusive one alone. */
  | { readonly kind: 'multi'; readonly options: number };

/**
 * Why an answer is out of range: `outside` the number or date limits, `not-integer`
 * for a whole-number item, `not-an-option` for a value the item does not offer,
 * `too-many` values, a value `repeated`, or an `exclusive` option ("none of
 * these") combined with others, or an option `not-chosen` in the earlier
 * question an item's options come from (`optionsFrom`).
 *
 * @example
 * ```ts
 * import type { OutOfRangeProblem } from 'intake-screening';
 * const problem: OutOfRangeProblem = 'not-integer';
 * ```
 */
export type OutOfRangeProblem = 'outside' | 'not-integer' | 'not-an-option' | 'too-many' | 'repeated' | 'exclusive' | 'not-chosen';

/**
 * The details each code carries beyond `code`, `path`, `message` and `itemId`;
 * codes not listed carry none.
 *
 * @example
 * ```ts
 * import type { IssueDetails } from 'intake-screening';
 * const details: IssueDetails['too-long'] = { max: 500 };
 * ```
 */
export interface IssueDetails {
  /** `expected` is the kind of the item answered, when the value was an answer (`display`: the item takes none). */
  'wrong-type': { readonly expected?: AnswerKind };
  /** Both present when the value was an answer to an item (absent for an option of a call, such as `raised`). */
  'out-of-range': { readonly limits?: AnswerLimits; readonly problem?: OutOfRangeProblem };
  /** `max` characters (a text answer) or entries (an option list). */
  'too-long': { readonly max: number };
  /** Whether the item offers "prefer not to answer" as a way to move on. */
  required: { readonly preferNotToAnswer: boolean };
  /** The section on screen. */
  'not-in-section': { readonly section: string };
  /** `hidden`: the other answers hide the item; `invalid`: the stored value no longer fits it. */
  'answer-dropped': { readonly cause: 'hidden' | 'invalid' };
  /** The codes of the expected labels the resource lacks (v3 ActCode: `42CFRPart2`, `ETH`, `BH`, `PSY`). */
  'security-labels-missing': { readonly missing: readonly string[] };
  /** The library language whose pack is missing (`es` for `es-MX`). */
  'locale-unavailable': { readonly locale: string };
  'score-mismatch': { readonly scoreId: string };
}

/**
 * The common part of every issue.
 *
 * @example
 * ```ts
 * import type { IssueBase } from 'intake-screening';
 * const base: IssueBase<'cycle'> = { code: 'cycle', path: ['scores', 0], message: 'Score "a" reads itself.' };
 * ```
 */
export interface IssueBase<C extends IssueCode> {
  /** What kind of problem this is; stable, for code to branch on. */
  readonly code: C;
  /** Where in the input it is. */
  readonly path: IssuePath;
  /** A sentence for the developer that says how to fix it. Never contains an answer value. */
  readonly message: string;
  /** The item the issue is about, when there is one. */
  readonly itemId?: string;
}

/**
 * One problem found in a definition, an answers object, an event or a
 * snapshot: a union keyed by `code`, whose members carry their details (an
 * answer's limits, the kind expected, the section on screen), so a host can
 * word it for a person without reading the item again (`formatIssue`).
 *
 * @example
 * ```ts
 * import type { Issue } from 'intake-screening';
 * function hint(issue: Issue): string | undefined {
 *   if (issue.code === 'out-of-range' && issue.limits?.kind === 'number') return `${issue.limits.min ?? ''}–${issue.limits.max ?? ''}`;
 *   return undefined;
 * }
 * const unknown: Issue = {
 *   code: 'unknown-item',
 *   path: ['sections', 0, 'items', 1, 'when', 'item'],
 *   itemId: 'substance.route',
 *   message: 'Condition names item "substance.rout", which does not exist. Ensure that the id matches an item of this questionnaire.',
 * };
 * hint(unknown); // undefined
 * ```
 */
export type Issue = { [C in IssueCode]: IssueBase<C> & (C extends keyof IssueDetails ? IssueDetails[C] : unknown) }[IssueCode];

/**
 * The issue of one code, with its details.
 *
 * @example
 * ```ts
 * import type { IssueOf } from 'intake-screening';
 * const tooLong: IssueOf<'too-long'> = { code: 'too-long', path: ['notes'], itemId: 'notes', max: 500, message: 'Answer to "notes" is longer than 500 characters.' };
 * ```
 */
export type IssueOf<C extends IssueCode> = Extract<Issue, { readonly code: C }>;

type DetailsOf<C extends IssueCode> = C extends keyof IssueDetails ? IssueDetails[C] : unknown;

/** A code whose details may all be left out. */
type PlainIssueCode = { [C in IssueCode]: Record<never, never> extends DetailsOf<C> ? C : never }[IssueCode];

/** Build an issue without an `itemId: undefined` property (exactOptionalPropertyTypes). */
export function issue<C extends PlainIssueCode>(code: C, path: IssuePath, message: string, itemId?: string, details?: DetailsOf<C>): IssueOf<C> {
  if (details !== undefined) return detailedIssue(code as keyof IssueDetails, path, message, itemId, details as never) as IssueOf<C>;
  return (itemId === undefined ? { code, path, message } : { code, path, message, itemId }) as IssueOf<C>;
}

/** Build an issue of a code that carries details. */
export function detailedIssue<C extends keyof IssueDetails>(
  code: C,
  path: IssuePath,
  message: string,
  itemId: string | undefined,
  details: IssueDetails[C],
): IssueOf<C> {
  return (itemId === undefined ? { code, path, message, ...details } : { code, path, message, itemId, ...details }) as IssueOf<C>;
}

/** The same issues, their paths under `prefix` (an option's issues reported as `['options', …]`). */
export function underPath(prefix: IssuePath, issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }) as Issue);
}
