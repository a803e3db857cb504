import type { Issue } from './issue.js';
import { QuestionnaireError } from './questionnaire-error.js';

/**
 * What a `safe…` function returns instead of throwing, like zod's
 * `safeParse`: the value, or every issue found. Each function of the library
 * that can fail throws one `QuestionnaireError` holding these same issues, and
 * has a `safe…` twin returning this.
 *
 * @example
 * ```ts
 * import { safeParseQuestionnaire } from 'intake-screening';
 * const result = safeParseQuestionnaire({ id: 'x' });
 * if (!result.success) for (const issue of result.issues) console.log(issue.code, issue.path.join('.'));
 * ```
 */
export type SafeResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Run `fn` and return its value, or the issues of the `QuestionnaireError` it threw. Any other error
 * (a bug, not bad input) is thrown on.
 *
 * @internal
 */
export function attempt<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (error instanceof QuestionnaireError) return { success: false, issues: error.issues };
    throw error;
  }
}
