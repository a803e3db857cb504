import { classifyCondition } from '../../src/conditions/classify.js';
import type { Condition, Scalar } from '../../src/conditions/condition.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';

/** The answer value meaning "prefer not to answer", in both libraries. */
export const DECLINED = 'prefer-not-to-answer';

/** What the expression writer needs to know about one item. */
export interface ItemFacts {
  readonly name: string;
  readonly kind: string;
  readonly declinable: boolean;
}

/** What the expression writer needs to know about one score. */
export interface ScoreFacts {
  readonly name: string;
  readonly cutoffs: readonly { readonly gte: number; readonly when?: Condition }[];
}

/** Lookups from our ids to SurveyJS names, plus the scores a condition needs. */
export interface ExpressionScope {
  item(id: string): ItemFacts;
  score(id: string): ScoreFacts;
}

const OPS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** A scalar as a SurveyJS expression literal (option values never hold quotes). */
export function literal(value: Scalar): string {
  if (typeof value === 'string') {
    if (value.includes("'")) throw new Error(`Value ${JSON.stringify(value)} cannot be written as a SurveyJS literal.`);
    return `'${value}'`;
  }
  return String(value);
}

/**
 * "Answered" as our condition tree means it: a value is there and it is not a
 * decline. Multi answers are arrays in SurveyJS, so a decline is the array
 * `['prefer-not-to-answer']` and is tested with `contains`.
 */
export function answeredExpression(item: ItemFacts): string {
  const v = `{${item.name}}`;
  if (!item.declinable) return `${v} notempty`;
  if (item.kind === 'multi') return `(${v} notempty and ${v} notcontains '${DECLINED}')`;
  return `(${v} notempty and ${v} <> '${DECLINED}')`;
}

function declinedExpression(item: ItemFacts): string {
  if (!item.declinable) return 'false';
  const v = `{${item.name}}`;
  return item.kind === 'multi' ? `${v} contains '${DECLINED}'` : `${v} = '${DECLINED}'`;
}

// SurveyJS's `<` and `<=` treat an empty value as neither smaller nor equal only
// by accident of JS comparison; the explicit guard keeps "unanswered is false".
function numericExpression(variable: string, op: keyof typeof OPS, value: number): string {
  const test = `${variable} ${OPS[op]} ${value}`;
  return op === 'lt' || op === 'lte' ? `(${variable} notempty and ${test})` : test;
}

function positiveExpression(score: ScoreFacts, scope: ExpressionScope): string {
  // The first cut-off whose `when` holds applies: cut-off k counts only when
  // every earlier `when` failed.
  const branches: string[] = [];
  const failed: string[] = [];
  for (const cutoff of score.cutoffs) {
    const when = cutoff.when === undefined ? undefined : conditionExpression(cutoff.when, scope);
    branches.push(`(${[...failed, ...(when ? [when] : []), `{${score.name}} >= ${cutoff.gte}`].join(' and ')})`);
    if (!when) break;
    failed.push(`!(${when})`);
  }
  return branches.length === 0 ? 'false' : `(${branches.join(' or ')})`;
}

/**
 * Write a condition as a SurveyJS expression with the same meaning: comparisons
 * on unanswered or declined items are false, `includes` tests a multi answer,
 * `answered` excludes declines.
 *
 * @param condition - A condition of the questionnaire.
 * @param scope - Item and score lookups.
 * @returns A SurveyJS boolean expression.
 */
export function conditionExpression(condition: Condition, scope: ExpressionScope): string {
  const node = classifyCondition(condition);
  switch (node.kind) {
    case 'all':
      return `(${node.conditions.map((c) => conditionExpression(c, scope)).join(' and ')})`;
    case 'any':
      return `(${node.conditions.map((c) => conditionExpression(c, scope)).join(' or ')})`;
    case 'not':
      return `!(${conditionExpression(node.condition, scope)})`;
    case 'answered':
      return answeredExpression(scope.item(node.item));
    case 'declined':
      return declinedExpression(scope.item(node.item));
    case 'positive':
      return positiveExpression(scope.score(node.score), scope);
    case 'score':
      return numericExpression(`{${scope.score(node.score).name}}`, node.op, node.value);
    case 'includes':
      return `{${scope.item(node.item).name}} contains ${literal(node.value)}`;
    case 'in':
      return `{${scope.item(node.item).name}} anyof [${node.values.map(literal).join(', ')}]`;
    case 'compare': {
      const item = scope.item(node.item);
      const v = `{${item.name}}`;
      if (node.op === 'eq') return `${v} = ${literal(node.value)}`;
      if (node.op === 'ne') return `(${answeredExpression(item)} and ${v} <> ${literal(node.value)})`;
      return numericExpression(v, node.op, node.value as number);
    }
  }
}

/** Item facts for every item of a questionnaire, keyed by our id. */
export function itemFacts(q: QuestionnaireInput, nameOf: (id: string) => string): Map<string, ItemFacts> {
  const out = new Map<string, ItemFacts>();
  for (const section of q.sections) {
    for (const item of section.items) {
      out.set(item.id, { name: nameOf(item.id), kind: item.kind, declinable: item.kind !== 'display' && item.preferNotToAnswer === true });
    }
  }
  return out;
}
