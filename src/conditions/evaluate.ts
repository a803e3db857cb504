import type { Condition, NumericOperator, Scalar } from './condition.js';
import { classifyCondition } from './classify.js';

/**
 * What a condition reads while it is evaluated. The `evaluation` that
 * `resolveAnswers` returns is one.
 *
 * @example
 * ```ts
 * import type { ConditionScope } from 'intake-screening';
 * const fromAnswers = (answers: Record<string, unknown>): ConditionScope => ({
 *   answer: (id) => answers[id],
 *   scoreValue: () => null,
 *   scorePositive: () => false,
 * });
 * ```
 */
export interface ConditionScope {
  /** The answer to a visible item, or undefined. Declined answers are returned as given. */
  answer(itemId: string): unknown;
  /** A score's value when complete, else null. */
  scoreValue(scoreId: string): number | null;
  /** Whether a score is complete and positive. */
  scorePositive(scoreId: string): boolean;
}

/**
 * A condition turned into a function once, when the questionnaire is indexed.
 *
 * @example
 * ```ts
 * import { compileCondition, type CompiledCondition } from 'intake-screening';
 * const injects: CompiledCondition = compileCondition({ item: 'substance.route', includes: 'injection' });
 * injects({ answer: () => ['injection'], scoreValue: () => null, scorePositive: () => false }); // true
 * ```
 */
export type CompiledCondition = (scope: ConditionScope) => boolean;

const DECLINED = 'prefer-not-to-answer';

function numeric(op: NumericOperator, a: number, b: number): boolean {
  switch (op) {
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
  }
}

function given(value: unknown): boolean {
  return value !== undefined && value !== DECLINED;
}

/**
 * Compile a condition into a function. Comparisons on an unanswered, declined
 * or hidden item are false; `not` negates the result of its child as is.
 *
 * @param condition - A condition that passed the definition's checks.
 * @returns A function of a `ConditionScope`.
 * @example
 * ```ts
 * import { compileCondition } from 'intake-screening';
 * const test = compileCondition({ item: 'phq9.q9', gte: 1 });
 * test({ answer: (id) => (id === 'phq9.q9' ? 2 : undefined), scoreValue: () => null, scorePositive: () => false }); // true
 * ```
 */
export function compileCondition(condition: Condition): CompiledCondition {
  const node = classifyCondition(condition);
  switch (node.kind) {
    // Loops rather than every/some: no closure per evaluation, and these run
    // for every rule on every summary.
    case 'all': {
      const parts = node.conditions.map((c) => compileCondition(c));
      return (s) => {
        for (let i = 0; i < parts.length; i++) if (!(parts[i] as CompiledCondition)(s)) return false;
        return true;
      };
    }
    case 'any': {
      const parts = node.conditions.map((c) => compileCondition(c));
      return (s) => {
        for (let i = 0; i < parts.length; i++) if ((parts[i] as CompiledCondition)(s)) return true;
        return false;
      };
    }
    case 'not': {
      const inner = compileCondition(node.condition);
      return (s) => !inner(s);
    }
    case 'answered': {
      const id = node.item;
      return (s) => given(s.answer(id));
    }
    case 'declined': {
      const id = node.item;
      return (s) => s.answer(id) === DECLINED;
    }
    case 'positive': {
      const id = node.score;
      return (s) => s.scorePositive(id);
    }
    case 'score': {
      const { score, op, value } = node;
      return (s) => {
        const v = s.scoreValue(score);
        return v !== null && numeric(op, v, value);
      };
    }
    case 'includes': {
      const { item, value } = node;
      return (s) => {
        const a = s.answer(item);
        return Array.isArray(a) && a.includes(value);
      };
    }
    case 'in': {
      const { item, values } = node;
      return (s) => {
        const a = s.answer(item);
        return given(a) && values.includes(a as Scalar);
      };
    }
    case 'compare': {
      const { item, op, value } = node;
      if (op === 'eq') return (s) => s.answer(item) === value && value !== DECLINED;
      if (op === 'ne') {
        return (s) => {
          const a = s.answer(item);
          return given(a) && a !== value;
        };
      }
      const bound = value as number;
      return (s) => {
        const a = s.answer(item);
        return typeof a === 'number' && numeric(op, a, bound);
      };
    }
  }
}
