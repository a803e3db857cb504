import { classifyCondition } from '../../conditions/classify.js';
import type { Condition, NumericOperator, Scalar } from '../../conditions/condition.js';
import type { Item } from '../../definition/item.js';
import { codingFor, declinedCoding, declinesAsCoding, isCoded, scaleValuesWhere } from '../common/codings.js';
import type { FhirEnableOperator, FhirEnableWhen } from '../common/fhir-types.js';

/** What condition translation needs to know about the questionnaire. */
export interface ConditionContext {
  readonly canonical: string;
  readonly items: ReadonlyMap<string, Item>;
}

/** A condition that fits R4 `enableWhen`: the comparisons and how they combine. */
export interface EnableWhenFit {
  readonly enableWhen: FhirEnableWhen[];
  readonly enableBehavior?: 'all' | 'any';
}

const NUMERIC: Record<NumericOperator, FhirEnableOperator> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };
const TESTS: Record<NumericOperator, (a: number, b: number) => boolean> = {
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
};

/**
 * Express a condition as R4 `enableWhen` when its meaning survives exactly,
 * else return undefined (the caller then writes an SDC
 * `enableWhenExpression`). R4 semantics (questionnaire-enable-operator):
 * `exists` tests for any answer, `=` and the order operators hold when at
 * least one answer matches, and `!=` holds when no answer equals the value,
 * which includes no answer at all. So the library's `ne` ("answered, not
 * declined, and different") becomes `exists` + `!=` (+ `!=` declined), and
 * only a single comparison, an `all` of them or an `any` of them fits.
 */
export function toEnableWhen(condition: Condition, ctx: ConditionContext): EnableWhenFit | undefined {
  const and = conjunction(condition, ctx);
  if (and && and.length === 1) return { enableWhen: and };
  if (and && and.length > 1) return { enableWhen: and, enableBehavior: 'all' };
  const or = disjunction(condition, ctx);
  if (or && or.length === 1) return { enableWhen: or };
  if (or && or.length > 1) return { enableWhen: or, enableBehavior: 'any' };
  return undefined;
}

/** Comparisons that must all hold, or undefined. */
function conjunction(condition: Condition, ctx: ConditionContext): FhirEnableWhen[] | undefined {
  const node = classifyCondition(condition);
  switch (node.kind) {
    case 'all': {
      const out: FhirEnableWhen[] = [];
      for (const child of node.conditions) {
        const part = conjunction(child, ctx);
        if (!part) return undefined;
        out.push(...part);
      }
      return out;
    }
    case 'any':
      return node.conditions.length === 1 ? conjunction(node.conditions[0] as Condition, ctx) : undefined;
    case 'compare': {
      const item = ctx.items.get(node.item);
      if (!item) return undefined;
      if (node.op === 'ne') {
        const differs = equals(item, node.value, '!=', ctx);
        if (!differs) return undefined;
        return [exists(item.id), differs, ...notDeclined(item, ctx)];
      }
      const one = compare(item, node.op, node.value, ctx);
      return one && one.length === 1 ? one : undefined;
    }
    case 'answered': {
      const item = ctx.items.get(node.item);
      return item ? [exists(item.id), ...notDeclined(item, ctx)] : undefined;
    }
    default: {
      const or = disjunction(condition, ctx);
      return or && or.length === 1 ? or : undefined;
    }
  }
}

/** Comparisons of which at least one must hold, or undefined. */
function disjunction(condition: Condition, ctx: ConditionContext): FhirEnableWhen[] | undefined {
  const node = classifyCondition(condition);
  switch (node.kind) {
    case 'any': {
      const out: FhirEnableWhen[] = [];
      for (const child of node.conditions) {
        const part = disjunction(child, ctx);
        if (!part) return undefined;
        out.push(...part);
      }
      return out;
    }
    case 'all':
      return node.conditions.length === 1 ? disjunction(node.conditions[0] as Condition, ctx) : undefined;
    case 'compare': {
      const item = ctx.items.get(node.item);
      if (!item || node.op === 'ne') return undefined;
      return compare(item, node.op, node.value, ctx);
    }
    case 'in': {
      const item = ctx.items.get(node.item);
      if (!item) return undefined;
      const out: FhirEnableWhen[] = [];
      for (const v of node.values) {
        const one = equals(item, v, '=', ctx);
        if (!one) return undefined;
        out.push(one);
      }
      return out;
    }
    case 'includes': {
      // `=` on a repeating question holds when at least one answer equals the value: exactly `includes`.
      const item = ctx.items.get(node.item);
      const one = item ? equals(item, node.value, '=', ctx) : undefined;
      return one ? [one] : undefined;
    }
    case 'answered': {
      const item = ctx.items.get(node.item);
      return item && !declinesAsCoding(item) ? [exists(item.id)] : undefined;
    }
    case 'declined': {
      const item = ctx.items.get(node.item);
      return item && declinesAsCoding(item) ? [{ question: item.id, operator: '=', answerCoding: declinedCoding() }] : undefined;
    }
    default:
      return undefined;
  }
}

function exists(question: string): FhirEnableWhen {
  return { question, operator: 'exists', answerBoolean: true };
}

function notDeclined(item: Item, _ctx: ConditionContext): FhirEnableWhen[] {
  return declinesAsCoding(item) ? [{ question: item.id, operator: '!=', answerCoding: declinedCoding() }] : [];
}

/** `eq`/`gt`/… on one item, as one comparison, or several alternatives for an order test on a scale. */
function compare(item: Item, op: 'eq' | NumericOperator, value: Scalar, ctx: ConditionContext): FhirEnableWhen[] | undefined {
  if (op === 'eq') {
    const one = equals(item, value, '=', ctx);
    return one ? [one] : undefined;
  }
  if (typeof value !== 'number') return undefined;
  if (item.kind === 'scale') {
    // R4 defines no order on codings, so an order test on a scale becomes the list of options that pass it.
    const values = scaleValuesWhere(item, (v) => TESTS[op](v, value));
    if (values.length === 0) return undefined;
    return values.map((v) => equals(item, v, '=', ctx) as FhirEnableWhen);
  }
  if (item.kind !== 'number') return undefined;
  const answer = numberAnswer(item, value);
  return answer ? [{ question: item.id, operator: NUMERIC[op], ...answer }] : undefined;
}

/** One `=` or `!=` comparison with the answer typed as the item's FHIR type. */
function equals(item: Item, value: Scalar, operator: '=' | '!=', ctx: ConditionContext): FhirEnableWhen | undefined {
  if (isCoded(item)) {
    const coding = codingFor(ctx.canonical, item, value);
    return coding ? { question: item.id, operator, answerCoding: coding } : undefined;
  }
  if (item.kind === 'boolean') return typeof value === 'boolean' ? { question: item.id, operator, answerBoolean: value } : undefined;
  if (item.kind === 'number' && typeof value === 'number') {
    const answer = numberAnswer(item, value);
    return answer ? { question: item.id, operator, ...answer } : undefined;
  }
  return undefined;
}

/** The answer member matching the item's FHIR type; an integer question cannot be compared with a fraction. */
function numberAnswer(item: Extract<Item, { kind: 'number' }>, value: number): { answerInteger: number } | { answerDecimal: number } | undefined {
  if (!item.integer) return { answerDecimal: value };
  return Number.isInteger(value) ? { answerInteger: value } : undefined;
}
