import { classifyCondition } from '../../conditions/classify.js';
import type { Condition, NumericOperator, Scalar } from '../../conditions/condition.js';
import type { Item } from '../../definition/item.js';
import type { Cutoff, Score } from '../../definition/score.js';
import { type CodeRef, codingFor, declinedCoding, declinesAsCoding, isCoded, scaleValuesWhere } from '../common/codings.js';
import { DECLINED, HL7_EXT } from '../common/constants.js';
import type { ConditionContext } from './enable-when.js';

/** What FHIRPath generation needs beyond condition translation: the scores and their variable names. */
export interface PathContext extends ConditionContext {
  readonly scores: ReadonlyMap<string, Score>;
  /** Score id → SDC variable name. */
  readonly variables: ReadonlyMap<string, string>;
  /**
   * Score id → the SDC variable holding whether it is positive, for scores
   * whose positivity a cut-off condition reads: inside a cut-off test it is
   * read from that variable, not written out again, so scores whose cut-offs
   * read one another cost one expression each instead of doubling per level.
   */
  readonly positives: ReadonlyMap<string, string>;
}

const OPS: Record<NumericOperator, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };
const TESTS: Record<NumericOperator, (a: number, b: number) => boolean> = {
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
};

/** A FHIRPath string literal. */
export function literal(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A FHIRPath number literal (FHIRPath has no exponent notation). */
export function numberLiteral(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const fixed = Math.abs(n) >= 1 ? n.toFixed(0) : n.toFixed(20).replace(/0+$/, '');
  return fixed;
}

/** The response item of a question, anywhere in the response. */
function responseItem(id: string): string {
  return `%resource.repeat(item).where(linkId = ${literal(id)})`;
}

/** The answer values of a question (empty when unanswered or disabled). */
export function answers(id: string): string {
  return `${responseItem(id)}.answer.value`;
}

function matches(c: CodeRef): string {
  return `(system = ${literal(c.system)} and code = ${literal(c.code)})`;
}

const IS_DECLINED = matches(declinedCoding());

/**
 * Translate a condition into a FHIRPath boolean over the QuestionnaireResponse
 * (`%resource`), with the library's semantics: a comparison on an unanswered,
 * declined or disabled question is false. Every leaf ends in `exists()` (or is
 * a literal), so the result is always true or false, never empty, and `not()`
 * is safe. Scores are read from their SDC variables (`%scorePhq2`, …).
 */
export function conditionPath(condition: Condition, ctx: PathContext, inCutoff = false): string {
  const node = classifyCondition(condition);
  switch (node.kind) {
    case 'all':
      return `(${node.conditions.map((c) => conditionPath(c, ctx, inCutoff)).join(' and ')})`;
    case 'any':
      return `(${node.conditions.map((c) => conditionPath(c, ctx, inCutoff)).join(' or ')})`;
    case 'not':
      return `${conditionPath(node.condition, ctx, inCutoff)}.not()`;
    case 'answered': {
      const item = ctx.items.get(node.item);
      if (item && declinesAsCoding(item)) return `${answers(node.item)}.where(${IS_DECLINED}.not()).exists()`;
      return `${answers(node.item)}.exists()`;
    }
    case 'declined': {
      const item = ctx.items.get(node.item);
      if (item && declinesAsCoding(item)) return `${answers(node.item)}.where(${IS_DECLINED}).exists()`;
      // Number, text and date answers cannot be a coding: the response marks the item with data-absent-reason.
      return `${responseItem(node.item)}.extension.where(url = ${literal(HL7_EXT.dataAbsentReason)} and value = ${literal(DECLINED.code)}).exists()`;
    }
    case 'score':
      return `${variable(node.score, ctx)}.where($this ${OPS[node.op]} ${numberLiteral(node.value)}).exists()`;
    case 'positive': {
      const score = ctx.scores.get(node.score);
      const shared = inCutoff ? ctx.positives.get(node.score) : undefined;
      if (shared !== undefined) return `%${shared}`;
      return score ? positivePath(score, ctx) : 'false';
    }
    case 'includes':
      return valuesMatch(node.item, [node.value], ctx);
    case 'in':
      return valuesMatch(node.item, node.values, ctx);
    case 'compare': {
      const { item: id, op, value } = node;
      if (op === 'eq') return valuesMatch(id, [value], ctx);
      const item = ctx.items.get(id);
      if (op === 'ne') {
        if (item && isCoded(item)) {
          const c = codingFor(ctx.canonical, item, value);
          const differs = c ? `${matches(c)}.not()` : 'true';
          return `${answers(id)}.where(${differs} and ${IS_DECLINED}.not()).exists()`;
        }
        return `${answers(id)}.where($this != ${scalar(value)}).exists()`;
      }
      if (item?.kind === 'scale' && typeof value === 'number') {
        return valuesMatch(
          id,
          scaleValuesWhere(item, (v) => TESTS[op](v, value)),
          ctx,
        );
      }
      return `${answers(id)}.where($this ${OPS[op]} ${scalar(value)}).exists()`;
    }
  }
}

/** Whether some answer of the item equals one of the values. */
function valuesMatch(id: string, values: readonly Scalar[], ctx: PathContext): string {
  if (values.length === 0) return 'false';
  const item = ctx.items.get(id);
  const tests = values.map((v) => {
    if (item && isCoded(item)) {
      const c = codingFor(ctx.canonical, item, v);
      return c ? matches(c) : 'false';
    }
    return `$this = ${scalar(v)}`;
  });
  return `${answers(id)}.where(${tests.join(' or ')}).exists()`;
}

function scalar(v: Scalar): string {
  if (typeof v === 'number') return numberLiteral(v);
  if (typeof v === 'boolean') return String(v);
  return literal(v);
}

function variable(scoreId: string, ctx: PathContext): string {
  return `%${ctx.variables.get(scoreId) ?? scoreVariableName(scoreId)}`;
}

/** Whether a score is complete and positive, written out. */
export function positivePath(score: Score, ctx: PathContext): string {
  return `${variable(score.id, ctx)}.where(${cutoffTest(score.cutoffs, ctx)}).exists()`;
}

/** The first cut-off whose `when` holds decides, as in the library's scoring. */
function cutoffTest(cutoffs: readonly Cutoff[], ctx: PathContext): string {
  let test = 'false';
  for (let i = cutoffs.length - 1; i >= 0; i--) {
    const c = cutoffs[i] as Cutoff;
    const atOrOver = `$this >= ${numberLiteral(c.gte)}`;
    // Inside a cut-off, another score's positivity is read from its variable.
    test = c.when ? `iif(${conditionPath(c.when, ctx, true)}, ${atOrOver}, ${test})` : atOrOver;
  }
  return test;
}

/**
 * An SDC variable name for a score: `score` and the id in PascalCase
 * (`phq2` → `scorePhq2`, `taps.alcohol` → `scoreTapsAlcohol`). R4 types
 * `Expression.name` as an `id` (`[A-Za-z0-9\-\.]{1,64}`) and FHIRPath reads
 * `%name` only for an identifier (`[A-Za-z_][A-Za-z0-9_]*`), so the name uses
 * letters and digits alone, at most 60 of them (room for a suffix that keeps it unique).
 */
export function scoreVariableName(scoreId: string): string {
  return variableName('score', scoreId);
}

/** `prefix` and the id in PascalCase, letters and digits only, at most 60 characters. */
export function variableName(prefix: string, id: string): string {
  return `${prefix}${pascalCase(id)}`.slice(0, 60);
}

/** The letter-and-digit runs of an id, each with its first letter in upper case, joined. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p.length > 0)
    .map((p) => (p[0] as string).toUpperCase() + p.slice(1))
    .join('');
}

/** Whether an item is enabled: its section's condition and its own, as one FHIRPath boolean. */
export function visiblePath(sectionWhen: Condition | undefined, item: Item, ctx: PathContext): string {
  const parts = [sectionWhen, item.when].filter((c): c is Condition => c !== undefined).map((c) => conditionPath(c, ctx));
  return parts.length === 0 ? 'true' : parts.join(' and ');
}

/**
 * The score of a scale item's answer as FHIRPath: its coding mapped to the
 * option's value, written out literally. `ordinal()` and `weight()` read the
 * weights from `%questionnaire`, which CSIRO's Smart Forms renderer does not
 * pass to FHIRPath (its scores stayed empty); this needs only the response.
 * Any other answer ("prefer not to answer") maps to nothing.
 */
export function weightPath(id: string, weights: readonly { readonly coding: CodeRef; readonly value: number }[]): string {
  const chain = weights.reduceRight((rest, w) => `iif(${matches(w.coding)}, ${numberLiteral(w.value)}, ${rest})`, '{}');
  return `${answers(id)}.select(${chain})`;
}

/**
 * A score as FHIRPath: the sum of its enabled items' weights (`weightPath`).
 * A disabled item adds 0; an enabled one without a weighted answer
 * (unanswered or declined) makes a term empty, and FHIRPath arithmetic with
 * an empty operand is empty, so the total is empty, as the library's
 * `incomplete` score is null. With every item disabled the total is the
 * score's `skipped` value when its condition holds, else empty too
 * (`not-applicable` or `incomplete`).
 *
 * @param terms - For each item of the score: its visibility path and its weight path.
 * @param skipped - The score's `skipped` condition as FHIRPath, and its value.
 */
export function scorePath(
  terms: readonly { readonly visible: string; readonly weight: string }[],
  skipped?: { readonly when: string; readonly value: number },
): string {
  const sum = terms.map((t) => (t.visible === 'true' ? t.weight : `iif(${t.visible}, ${t.weight}, 0)`)).join(' + ');
  const any = terms.map((t) => t.visible);
  if (any.includes('true')) return sum;
  const none = skipped === undefined ? '{}' : `iif(${skipped.when}, ${numberLiteral(skipped.value)}, {})`;
  return `iif(${any.map((v) => `(${v})`).join(' or ')}, ${sum}, ${none})`;
}
