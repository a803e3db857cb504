/** A seeded pseudo-random source: the same seed gives the same people. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element, uniformly. */
  pick<T>(values: readonly T[]): T;
  /** One element, by weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

/**
 * mulberry32: tiny, fast, and good enough for test data. Not for anything
 * that needs unpredictability.
 *
 * @param seed - Any 32-bit integer.
 * @returns A seeded random source.
 */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(values: readonly T[]): T {
      if (values.length === 0) throw new Error('pick from an empty list');
      return values[Math.floor(next() * values.length)] as T;
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
  };
}
