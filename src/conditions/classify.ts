import type { Condition, NumericOperator, Scalar } from './condition.js';

/**
 * Every comparison operator a condition can use on an item.
 *
 * @example
 * ```ts
 * import type { ItemOperator } from 'intake-screening';
 * const symbol: Record<ItemOperator, string> = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' };
 * ```
 */
export type ItemOperator = 'eq' | 'ne' | NumericOperator;

/**
 * A condition in tagged form, so evaluators and exporters can `switch` on
 * `kind` exhaustively instead of probing keys.
 *
 * @example
 * ```ts
 * import { classifyCondition, type Condition, type ConditionNode } from 'intake-screening';
 * function depth(c: Condition): number {
 *   const node: ConditionNode = classifyCondition(c);
 *   switch (node.kind) {
 *     case 'all':
 *     case 'any':
 *       return 1 + Math.max(...node.conditions.map(depth));
 *     case 'not':
 *       return 1 + depth(node.condition);
 *     default:
 *       return 1;
 *   }
 * }
 * depth({ all: [{ answered: 'a' }, { not: { answered: 'b' } }] }); // 3
 * ```
 */
export type ConditionNode =
  | { readonly kind: 'compare'; readonly item: string; readonly op: ItemOperator; readonly value: Scalar }
  | { readonly kind: 'in'; readonly item: string; readonly values: readonly Scalar[] }
  | { readonly kind: 'includes'; readonly item: string; readonly value: string }
  | { readonly kind: 'score'; readonly score: string; readonly op: NumericOperator; readonly value: number }
  | { readonly kind: 'answered'; readonly item: string }
  | { readonly kind: 'declined'; readonly item: string }
  | { readonly kind: 'positive'; readonly score: string }
  | { readonly kind: 'all'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'any'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'not'; readonly condition: Condition };

const OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;

/**
 * Turn a condition into its tagged form.
 *
 * @param condition - A condition that passed `ConditionSchema`.
 * @returns The same condition as a `ConditionNode`.
 * @example
 * ```ts
 * import { classifyCondition } from 'intake-screening';
 * classifyCondition({ item: 'phq9.q9', gte: 1 }); // { kind: 'compare', item: 'phq9.q9', op: 'gte', value: 1 }
 * ```
 */
export function classifyCondition(condition: Condition): ConditionNode {
  const c = condition as Record<string, unknown>;
  if ('all' in c) return { kind: 'all', conditions: c.all as Condition[] };
  if ('any' in c) return { kind: 'any', conditions: c.any as Condition[] };
  if ('not' in c) return { kind: 'not', condition: c.not as Condition };
  if ('answered' in c) return { kind: 'answered', item: c.answered as string };
  if ('declined' in c) return { kind: 'declined', item: c.declined as string };
  if ('positive' in c) return { kind: 'positive', score: c.positive as string };
  if ('score' in c) {
    const op = OPERATORS.find((o) => o in c) as NumericOperator;
    return { kind: 'score', score: c.score as string, op, value: c[op] as number };
  }
  const item = c.item as string;
  if ('in' in c) return { kind: 'in', item, values: c.in as Scalar[] };
  if ('includes' in c) return { kind: 'includes', item, value: c.includes as string };
  const op = OPERATORS.find((o) => o in c) as ItemOperator;
  return { kind: 'compare', item, op, value: c[op] as Scalar };
}

/**
 * The item ids a condition reads, directly (not through scores).
 *
 * @param condition - A condition.
 * @returns The item ids, each once, in the order the condition names them.
 * @example
 * ```ts
 * import { conditionItems } from 'intake-screening';
 * conditionItems({ all: [{ answered: 'a' }, { item: 'b', eq: 1 }] }); // ['a', 'b']
 * ```
 */
export function conditionItems(condition: Condition): string[] {
  const out = new Set<string>();
  eachNode(condition, (node) => {
    if ('item' in node) out.add(node.item);
  });
  return [...out];
}

/** The score ids a condition reads, each once. */
export function conditionScores(condition: Condition): string[] {
  const out = new Set<string>();
  eachNode(condition, (node) => {
    if ('score' in node) out.add(node.score);
  });
  return [...out];
}

/**
 * Visit every node of a condition tree, depth first, without building paths:
 * with an explicit stack, so a tree of any depth or width costs one visit per
 * node and no call frames.
 */
export function eachNode(condition: Condition, visit: (node: ConditionNode) => void): void {
  const stack: Condition[] = [condition];
  while (stack.length > 0) {
    const node = classifyCondition(stack.pop() as Condition);
    visit(node);
    if (node.kind === 'all' || node.kind === 'any') for (let i = node.conditions.length - 1; i >= 0; i--) stack.push(node.conditions[i] as Condition);
    else if (node.kind === 'not') stack.push(node.condition);
  }
}

/** Visit every node of a condition tree, depth first, with its path. */
export function walk(
  condition: Condition,
  visit: (node: ConditionNode, path: readonly (string | number)[]) => void,
  path: readonly (string | number)[] = [],
): void {
  const node = classifyCondition(condition);
  visit(node, path);
  switch (node.kind) {
    case 'all':
    case 'any':
      node.conditions.forEach((child, i) => walk(child, visit, [...path, node.kind, i]));
      return;
    case 'not':
      walk(node.condition, visit, [...path, 'not']);
      return;
    default:
      return;
  }
}
