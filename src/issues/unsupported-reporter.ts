import { type Issue, type IssuePath, issue } from './issue.js';
import { QuestionnaireError } from './questionnaire-error.js';

/**
 * What a conversion (an export or an import) does with a part that the other
 * side cannot represent:
 *
 * - `'throw'`: collect every such part, then throw one `QuestionnaireError`
 *   (issue code `'unsupported'`).
 * - `'warn'` (default): leave the part out, or the output unconstrained by it,
 *   and return an `'unsupported'` issue for it.
 * - `'omit'`: as `'warn'`, but return no issue.
 *
 * @example
 * ```ts
 * import type { UnsupportedPolicy } from 'intake-screening/json-schema';
 * const strict: UnsupportedPolicy = 'throw';
 * ```
 */
export type UnsupportedPolicy = 'throw' | 'warn' | 'omit';

/**
 * Collects what one side of a conversion cannot represent, once per path and
 * message, and applies the caller's policy when the conversion ends.
 */
export class UnsupportedReporter {
  private readonly found = new Map<string, Issue>();

  constructor(
    private readonly policy: UnsupportedPolicy,
    private readonly what: string,
  ) {}

  /** Record a part left out; `code` is `'too-large'` when the part could be represented but passes a size limit. */
  report(path: IssuePath, message: string, itemId?: string, code: 'unsupported' | 'too-large' = 'unsupported'): void {
    const key = `${JSON.stringify(path)} ${message}`;
    if (!this.found.has(key)) this.found.set(key, issue(code, path, message, itemId));
  }

  /** The issues to return; throws under `'throw'` when there are any. */
  finish(): Issue[] {
    const issues = [...this.found.values()];
    if (this.policy === 'omit') return [];
    if (this.policy === 'throw' && issues.length > 0) {
      throw new QuestionnaireError(
        issues,
        `${this.what} cannot represent ${issues.length} part${issues.length > 1 ? 's' : ''} of this questionnaire: ${issues[0]?.message}`,
      );
    }
    return issues;
  }
}
