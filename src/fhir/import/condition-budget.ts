import type { Condition } from '../../conditions/condition.js';
import { classifyCondition } from '../../conditions/classify.js';
import { type IssuePath, issue } from '../../issues/issue.js';
import { QuestionnaireError } from '../../issues/questionnaire-error.js';
import { MAX_SECTIONS } from '../../definition/questionnaire.js';

/**
 * Most condition nodes an imported questionnaire may hold once its nested
 * groups are flattened (counted as written out, shared parts each time they
 * appear): as many as the JSON values an imported resource may hold.
 */
export const MAX_IMPORTED_CONDITION_NODES = 250_000;

/**
 * Inherited conditions up to this many nodes are copied onto each item of a
 * nested group; larger ones are shared: the group becomes a section of its
 * own whose condition holds them once.
 */
export const SHARE_CONDITIONS_OVER = 32;

const sizes = new WeakMap<Condition, number>();

/** Nodes of a condition written out, memoized per object (a shared part costs nothing to count again). */
export function conditionSize(c: Condition): number {
  let n = sizes.get(c);
  if (n === undefined) {
    const node = classifyCondition(c);
    n = 1;
    if (node.kind === 'all' || node.kind === 'any') for (const child of node.conditions) n += conditionSize(child);
    else if (node.kind === 'not') n += conditionSize(node.condition);
    sizes.set(c, n);
  }
  return n;
}

/** Counts the condition nodes and sections an import writes, and refuses the import past the node limit. */
export class ConditionBudget {
  private used = 0;
  private sections = 0;

  /** Count sections about to be opened; false (nothing counted) when the definition could not hold them. */
  openSections(n: number): boolean {
    if (this.sections + n > MAX_SECTIONS) return false;
    this.sections += n;
    return true;
  }

  /** Count a condition about to be written at `path`; throws a `'too-large'` QuestionnaireError past the limit. */
  spend(condition: Condition | undefined, path: IssuePath): void {
    if (condition === undefined) return;
    this.used += conditionSize(condition);
    if (this.used > MAX_IMPORTED_CONDITION_NODES) {
      throw new QuestionnaireError([
        issue(
          'too-large',
          path,
          `Flattening the nested groups would write more than ${MAX_IMPORTED_CONDITION_NODES.toLocaleString('en-US')} condition nodes (each item carries the conditions of the groups around it). Ensure that the Questionnaire nests fewer conditional groups, or shares their conditions through fewer enableWhen.`,
        ),
      ]);
    }
  }
}
