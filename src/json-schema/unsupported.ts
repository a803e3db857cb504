import { type Issue, type IssueCode, type IssuePath, issue } from '../issues/issue.js';
import { QuestionnaireError } from '../issues/QuestionnaireError.js';
import type { UnsupportedPolicy } from './options.js';

/** The issue code for a part of a definition an export target cannot represent. */
export const UNSUPPORTED: IssueCode = 'unsupported';

/** Collects what a target cannot represent, once per definition path, and applies the policy at the end. */
export class UnsupportedReporter {
  private readonly found = new Map<string, Issue>();

  constructor(
    private readonly policy: UnsupportedPolicy,
    private readonly target: string,
  ) {}

  report(path: IssuePath, message: string, itemId?: string): void {
    const key = JSON.stringify(path);
    if (!this.found.has(key)) this.found.set(key, issue(UNSUPPORTED, path, message, itemId));
  }

  /** The issues to return; throws under `'throw'` when there are any. */
  finish(): readonly Issue[] {
    const issues = [...this.found.values()];
    if (this.policy === 'omit') return [];
    if (this.policy === 'throw' && issues.length > 0) {
      throw new QuestionnaireError(issues, `${this.target} cannot represent ${issues.length} part${issues.length > 1 ? 's' : ''} of this questionnaire: ${issues[0]?.message}`);
    }
    return issues;
  }
}
