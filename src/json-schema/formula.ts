import type { JsonSchema } from './json-schema.js';

/** An answer test: the item is answered and its value satisfies `schema`; negated when `negated`. */
export interface Literal {
  readonly kind: 'literal';
  readonly item: string;
  readonly schema: JsonSchema;
  readonly negated: boolean;
}

/** A part of a condition the target cannot express, e.g. a score comparison. */
export interface Unknown {
  readonly kind: 'unknown';
}

/**
 * A condition in negation normal form: `not` pushed down to the literals, so
 * the formula is monotone in them. That makes bounds simple: replacing every
 * unknown with `true` gives a condition that holds whenever the original may
 * hold (an upper bound), with `false` one that holds only when it surely does.
 */
export type Formula<U = Unknown> =
  { readonly kind: 'const'; readonly value: boolean } | Literal | { readonly kind: 'and' | 'or'; readonly parts: readonly Formula<U>[] } | U;

/** A formula with nothing unknown in it. */
export type Exact = Formula<never>;

export const TRUE = { kind: 'const', value: true } as const;
export const FALSE = { kind: 'const', value: false } as const;
export const UNKNOWN: Unknown = { kind: 'unknown' };

function junction<U>(kind: 'and' | 'or', parts: readonly Formula<U>[]): Formula<U> {
  // `and` is absorbed by false and ignores true; `or` the other way round.
  const absorbing = kind === 'or';
  // A part met twice (a shared formula, such as an item's visibility read by
  // several tests) is kept once: x ∧ x = x. A loop, not push(...parts): a
  // spread of a long list overflows the argument limit.
  const seen = new Set<Formula<U>>();
  const flat: Formula<U>[] = [];
  const keep = (p: Formula<U>) => {
    if (!seen.has(p)) {
      seen.add(p);
      flat.push(p);
    }
  };
  for (const p of parts) {
    const f = p as Formula<Unknown>;
    if (f.kind === 'const') {
      if (f.value === absorbing) return f;
      continue;
    }
    if (f.kind === kind) for (const q of f.parts as readonly Formula<U>[]) keep(q);
    else keep(p);
  }
  if (flat.length === 0) return absorbing ? FALSE : TRUE;
  if (flat.length === 1) return flat[0] as Formula<U>;
  return { kind, parts: flat };
}

/** Conjunction, simplified. */
export function and<U>(parts: readonly Formula<U>[]): Formula<U> {
  return junction('and', parts);
}

/** Disjunction, simplified. */
export function or<U>(parts: readonly Formula<U>[]): Formula<U> {
  return junction('or', parts);
}

/** Replace every unknown with `value`: `true` gives the upper bound, `false` the lower. */
export function bound(f: Formula, value: boolean): Exact {
  switch (f.kind) {
    case 'unknown':
      return value ? TRUE : FALSE;
    case 'and':
      return and(f.parts.map((p) => bound(p, value)));
    case 'or':
      return or(f.parts.map((p) => bound(p, value)));
    default:
      return f;
  }
}

const sizes = new WeakMap<object, number>();

/**
 * Nodes of a formula written out as a tree (shared parts counted each time),
 * memoized per formula object and capped, so asking is cheap however much the
 * formula would expand.
 */
export function formulaSize(f: Formula): number {
  if (f.kind !== 'and' && f.kind !== 'or') return 1;
  let n = sizes.get(f);
  if (n === undefined) {
    n = 1;
    for (const p of f.parts) n = Math.min(n + formulaSize(p), Number.MAX_SAFE_INTEGER);
    sizes.set(f, n);
  }
  return n;
}

/** Whether a formula holds anything unknown. */
export function hasUnknown(f: Formula): boolean {
  if (f.kind === 'unknown') return true;
  if (f.kind === 'and' || f.kind === 'or') return f.parts.some(hasUnknown);
  return false;
}

/** Render a formula as a JSON Schema over the answers object, with `key` naming each item's property. */
export function formulaSchema(f: Exact, key: (itemId: string) => string): JsonSchema {
  switch (f.kind) {
    case 'const':
      return f.value ? {} : { not: {} };
    case 'literal': {
      const k = key(f.item);
      const test: JsonSchema = { required: [k], properties: { [k]: f.schema } };
      return f.negated ? { not: test } : test;
    }
    case 'and':
      return { allOf: f.parts.map((p) => formulaSchema(p, key)) };
    case 'or':
      return { anyOf: f.parts.map((p) => formulaSchema(p, key)) };
  }
}
