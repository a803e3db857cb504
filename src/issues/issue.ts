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
  // snapshots
  | 'snapshot-invalid'
  | 'snapshot-foreign'
  | 'snapshot-version'
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
 * One problem found in a definition, an answers object, an event or a snapshot.
 *
 * @example
 * ```ts
 * import type { Issue } from 'intake-screening';
 * const issue: Issue = {
 *   code: 'unknown-item',
 *   path: ['sections', 0, 'items', 1, 'when', 'item'],
 *   itemId: 'substance.route',
 *   message: 'Condition names item "substance.rout", which does not exist. Ensure that the id matches an item of this questionnaire.',
 * };
 * ```
 */
export interface Issue {
  /** What kind of problem this is; stable, for code to branch on. */
  readonly code: IssueCode;
  /** Where in the input it is. */
  readonly path: IssuePath;
  /** A sentence for the developer that says how to fix it. Never contains an answer value. */
  readonly message: string;
  /** The item the issue is about, when there is one. */
  readonly itemId?: string;
}

/** Build an issue without an `itemId: undefined` property (exactOptionalPropertyTypes). */
export function issue(code: IssueCode, path: IssuePath, message: string, itemId?: string): Issue {
  return itemId === undefined ? { code, path, message } : { code, path, message, itemId };
}
