import type { ConditionNode } from '../conditions/classify.js';
import type { Condition } from '../conditions/condition.js';
import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import type { IssuePath } from '../issues/issue.js';
import { conditionFormula, type FormulaContext } from './condition-formula.js';
import { FALSE, type Formula, type Literal, TRUE } from './formula.js';
import type { UnsupportedReporter } from '../issues/unsupported-reporter.js';

type Unsupportable = Extract<ConditionNode, { kind: 'score' | 'positive' }>;

function describe(node: Unsupportable): string {
  return node.kind === 'positive' ? `whether score "${node.score}" is positive` : `score "${node.score}"`;
}

/**
 * Builds the formulas of section and item conditions for one export, and
 * reports what the target cannot express, naming the section or item and the
 * consequence the target chose (`effect`).
 */
export function visibilityBuilder(
  index: QuestionnaireIndex,
  reporter: UnsupportedReporter,
  target: string,
  effect: string,
  literal?: (literal: Literal) => Formula,
  forms = false,
) {
  const ctx = (owner: string, itemId?: string): FormulaContext => ({
    declinable: (id) => {
      const item = index.items.get(id)?.item;
      return item !== undefined && item.kind !== 'display' && item.preferNotToAnswer === true;
    },
    unsupported: (node, path) =>
      reporter.report(
        path,
        `The condition of ${owner} reads ${describe(node)}, which ${target} cannot express. ${effect} Ensure that this is acceptable, or set unsupported: 'throw' to refuse such definitions.`,
        itemId,
      ),
    ...(literal ? { literal } : {}),
    forms,
  });
  const build = (when: Condition | undefined, path: IssuePath, owner: string, itemId: string | undefined, negate: boolean): Formula =>
    when === undefined ? (negate ? FALSE : TRUE) : conditionFormula(when, path, ctx(owner, itemId), negate);

  return {
    /** The section's own condition (or its negation). */
    section(sectionIndex: number, negate = false): Formula {
      const s = index.sections[sectionIndex];
      if (!s) return negate ? FALSE : TRUE;
      return build(s.section.when, ['sections', sectionIndex, 'when'], `section "${s.section.id}"`, undefined, negate);
    },
    /** The item's own condition (or its negation), without its section's. */
    item(itemId: string, negate = false): Formula {
      const entry = index.items.get(itemId);
      if (!entry) return negate ? FALSE : TRUE;
      const position = index.sections[entry.section]?.items.indexOf(entry) ?? -1;
      return build(entry.item.when, ['sections', entry.section, 'items', position, 'when'], `item "${itemId}"`, itemId, negate);
    },
  };
}

