import type { Issue } from './issue.js';

/**
 * The one error class the library throws. It carries every issue found, not
 * just the first, so a caller can fix a definition or an input in one pass.
 *
 * @example
 * ```ts
 * import { parseQuestionnaire, QuestionnaireError } from 'intake-screening';
 * try {
 *   parseQuestionnaire({ id: 'x' });
 * } catch (error) {
 *   if (error instanceof QuestionnaireError) {
 *     for (const issue of error.issues) console.log(issue.code, issue.path.join('.'));
 *   }
 * }
 * ```
 */
export class QuestionnaireError extends Error {
  override readonly name = 'QuestionnaireError';
  /** Every problem found; never empty. */
  readonly issues: readonly Issue[];

  /**
   * @param issues - Every problem found (at least one).
   * @param summary - The message's first sentence; the first issue's message when omitted.
   */
  constructor(issues: readonly Issue[], summary?: string) {
    const first = issues[0];
    const head = summary ?? (first ? first.message : 'Invalid input.');
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
    super(head + more);
    this.issues = issues;
  }

  /** The code of the first issue, for quick branching. */
  get code(): Issue['code'] | undefined {
    return this.issues[0]?.code;
  }
}
