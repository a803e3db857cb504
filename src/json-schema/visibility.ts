import type { ConditionNode } from '../conditions/classify.js';
import type { Condition } from '../conditions/condition.js';
import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import type { IssuePath } from '../issues/issue.js';
import { conditionFormula, type FormulaContext } from './condition-formula.js';
import { FALSE, type Formula, type Literal, TRUE, UNKNOWN, and, formulaSize, or } from './formula.js';
import type { UnsupportedReporter } from '../issues/unsupported-reporter.js';

type Unsupportable = Extract<ConditionNode, { kind: 'score' | 'positive' }>;

function describe(node: Unsupportable): string {
  return node.kind === 'positive' ? `whether score "${node.score}" is positive` : `score "${node.score}"`;
}

/**
 * Most formula nodes an item's visibility may expand to and still be repeated
 * inside the tests that read it (see the limits in the safety and privacy guide).
 */
export const GUARD_LIMIT = 64;

/**
 * Builds the formulas of section and item conditions for one export, and
 * reports what the target cannot express, naming the section or item and the
 * consequence the target chose (`effect`).
 *
 * With `forms`, the formulas read a renderer's form data, which keeps answers
 * in branches the person left: there a test on an item holds only while that
 * item is shown, as in `resolveAnswers`, so each test carries the item's own
 * visibility (the target cannot refer from one test to another, so the guard
 * is repeated in every test that reads the item; past `GUARD_LIMIT` nodes it
 * is left out and reported, which keeps the export linear in the definition).
 */
export function visibilityBuilder(index: QuestionnaireIndex, reporter: UnsupportedReporter, target: string, effect: string, forms = false) {
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
    ...(forms ? { literal: guarded } : {}),
    forms,
  });
  const build = (when: Condition | undefined, path: IssuePath, owner: string, itemId: string | undefined, negate: boolean): Formula =>
    when === undefined ? (negate ? FALSE : TRUE) : conditionFormula(when, path, ctx(owner, itemId), negate);
  const positionOf = (itemId: string) => {
    const entry = index.items.get(itemId);
    return { section: entry?.section ?? -1, position: entry ? (index.sections[entry.section]?.items.indexOf(entry) ?? -1) : -1 };
  };

  const section = (sectionIndex: number, negate = false): Formula => {
    const s = index.sections[sectionIndex];
    if (!s) return negate ? FALSE : TRUE;
    return build(s.section.when, ['sections', sectionIndex, 'when'], `section "${s.section.id}"`, undefined, negate);
  };
  const item = (itemId: string, negate = false): Formula => {
    if (!index.items.has(itemId)) return negate ? FALSE : TRUE;
    const { section: at, position } = positionOf(itemId);
    return build(index.items.get(itemId)?.item.when, ['sections', at, 'items', position, 'when'], `item "${itemId}"`, itemId, negate);
  };
  // Visibility of an item read by a condition, memoized: conditions read only earlier items, so the recursion ends.
  const memo = new Map<string, Formula>();
  const shown = (itemId: string, negate: boolean): Formula => {
    const memoKey = `${negate ? '!' : ''}${itemId}`;
    let f = memo.get(memoKey);
    if (f === undefined) {
      const parts = [section(positionOf(itemId).section, negate), item(itemId, negate)];
      f = negate ? or(parts) : and(parts);
      if (formulaSize(f) > GUARD_LIMIT) {
        const { section: at, position } = positionOf(itemId);
        reporter.report(
          ['sections', at, 'items', position, 'when'],
          `Item "${itemId}" is shown under conditions that expand to more than ${GUARD_LIMIT} tests, too many to repeat wherever ${target} reads it. There its answer is tested without checking that it is still shown, so an answer left behind in a hidden branch may show the items that read it.`,
          itemId,
          'too-large',
        );
        f = UNKNOWN;
      }
      memo.set(memoKey, f);
    }
    return f;
  };
  function guarded(l: Literal): Formula {
    return l.negated ? or([shown(l.item, true), l]) : and([shown(l.item, false), l]);
  }

  return {
    /** The section's own condition (or its negation). */
    section,
    /** The item's own condition (or its negation), without its section's. */
    item,
  };
}
