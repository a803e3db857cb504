import { type ConditionNode, classifyCondition } from '../conditions/classify.js';
import type { Condition, Scalar } from '../conditions/condition.js';
import { PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import type { IssuePath } from '../issues/issue.js';
import { FALSE, type Formula, type Literal, TRUE, UNKNOWN, and, or } from './formula.js';
import type { JsonSchema } from './json-schema.js';

/** What turning a condition into a formula needs to know. */
export interface FormulaContext {
  /** Whether an item offers "prefer not to answer"; conditions name only existing items. */
  readonly declinable: (itemId: string) => boolean;
  /** Told about each node the target cannot express, with its path in the definition. */
  readonly unsupported: (node: Extract<ConditionNode, { kind: 'score' | 'positive' }>, path: IssuePath) => void;
  /** Turns a literal into the formula to use; the UI schema adds the item's own visibility here. */
  readonly literal?: (literal: Literal) => Formula;
  /**
   * Whether the tests read a renderer's form data rather than an answers
   * object: there an empty value (`''`, a multi-choice with nothing ticked)
   * is no answer, and "prefer not to answer" on a multi-choice item is a box
   * ticked alone (`['prefer-not-to-answer']`), as `fromFormData` reads them.
   */
  readonly forms?: boolean;
}

/** Values a renderer holds for no answer. */
const BLANKS: NonNullable<JsonSchema['enum']> = ['', []];

type NodeOf<K extends ConditionNode['kind']> = Extract<ConditionNode, { kind: K }>;
type Build = (condition: Condition, negate: boolean, path: IssuePath) => Formula;

/**
 * One entry per condition node kind, each returning a formula in negation
 * normal form. Mapped over the node kinds, so a new kind is a compile error
 * here until it has an entry.
 */
type NodeTable = {
  readonly [K in ConditionNode['kind']]: (node: NodeOf<K>, negate: boolean, path: IssuePath, ctx: FormulaContext, build: Build) => Formula;
};

/**
 * Schema of an answer that satisfies an item test, given the item is answered
 * with a valid value; null when no answer can (e.g. `declined` on an item that
 * does not offer it). Mirrors `compileCondition`: declined answers satisfy no
 * comparison.
 */
function testSchema(node: NodeOf<'compare' | 'in' | 'includes' | 'answered' | 'declined'>, declinable: boolean, forms: boolean): JsonSchema | null {
  const declines: NonNullable<JsonSchema['enum']> = !declinable ? [] : forms ? [PREFER_NOT_TO_ANSWER, [PREFER_NOT_TO_ANSWER]] : [PREFER_NOT_TO_ANSWER];
  const notAnAnswer = forms ? [...declines, ...BLANKS] : declines;
  switch (node.kind) {
    case 'answered':
      return notAnAnswer.length > 0 ? { not: { enum: notAnAnswer } } : {};
    case 'declined':
      return declinable ? { enum: declines } : null;
    case 'includes':
      return { type: 'array', contains: { const: node.value } };
    case 'in': {
      const values = node.values.filter((v) => v !== PREFER_NOT_TO_ANSWER);
      if (values.length === 0) return null;
      return values.length === 1 ? { const: values[0] as Scalar } : { enum: [...values] };
    }
    case 'compare': {
      const v = node.value;
      switch (node.op) {
        case 'eq':
          return v === PREFER_NOT_TO_ANSWER ? null : { const: v };
        case 'ne':
          return v === PREFER_NOT_TO_ANSWER || notAnAnswer.length === 0 ? { not: { const: v } } : { not: { enum: [v, ...notAnAnswer] } };
        case 'gt':
          return { type: 'number', exclusiveMinimum: v as number };
        case 'gte':
          return { type: 'number', minimum: v as number };
        case 'lt':
          return { type: 'number', exclusiveMaximum: v as number };
        case 'lte':
          return { type: 'number', maximum: v as number };
      }
    }
  }
}

function itemTest(node: NodeOf<'compare' | 'in' | 'includes' | 'answered' | 'declined'>, negate: boolean, ctx: FormulaContext): Formula {
  const schema = testSchema(node, ctx.declinable(node.item), ctx.forms === true);
  if (schema === null) return negate ? TRUE : FALSE;
  const literal: Literal = { kind: 'literal', item: node.item, schema, negated: negate };
  return ctx.literal ? ctx.literal(literal) : literal;
}

const NODES: NodeTable = {
  compare: (node, negate, _path, ctx) => itemTest(node, negate, ctx),
  in: (node, negate, _path, ctx) => itemTest(node, negate, ctx),
  includes: (node, negate, _path, ctx) => itemTest(node, negate, ctx),
  answered: (node, negate, _path, ctx) => itemTest(node, negate, ctx),
  declined: (node, negate, _path, ctx) => itemTest(node, negate, ctx),
  score: (node, _negate, path, ctx) => {
    ctx.unsupported(node, path);
    return UNKNOWN;
  },
  positive: (node, _negate, path, ctx) => {
    ctx.unsupported(node, path);
    return UNKNOWN;
  },
  // De Morgan: a negated `all` is an `any` of negations, and the reverse.
  all: (node, negate, path, _ctx, build) => {
    const parts = node.conditions.map((c, i) => build(c, negate, [...path, 'all', i]));
    return negate ? or(parts) : and(parts);
  },
  any: (node, negate, path, _ctx, build) => {
    const parts = node.conditions.map((c, i) => build(c, negate, [...path, 'any', i]));
    return negate ? and(parts) : or(parts);
  },
  not: (node, negate, path, _ctx, build) => build(node.condition, !negate, [...path, 'not']),
};

/**
 * Turn a condition into a formula in negation normal form.
 *
 * @param condition - A condition that passed the definition's checks.
 * @param path - Where the condition stands in the definition, for issues.
 * @param ctx - Item facts and callbacks.
 * @param negate - Build the negation instead.
 */
export function conditionFormula(condition: Condition, path: IssuePath, ctx: FormulaContext, negate = false): Formula {
  const build: Build = (c, n, p) => {
    const node = classifyCondition(c);
    const entry = NODES[node.kind] as (node: ConditionNode, negate: boolean, path: IssuePath, ctx: FormulaContext, build: Build) => Formula;
    return entry(node, n, p, ctx, build);
  };
  return build(condition, negate, path);
}
