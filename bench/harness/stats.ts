/** Distribution of a set of timings, in the unit they were given. */
export interface Distribution {
  readonly n: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly p99: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

/** The q-quantile of sorted samples, interpolating between ranks (as numpy's default does). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (at - lo);
}

/**
 * Summarize raw samples.
 *
 * @param samples - Raw timings, any order.
 * @returns Median, p10, p90, p99, mean, min and max.
 */
export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Convert every figure of a distribution (e.g. nanoseconds to milliseconds). */
export function scaled(d: Distribution, factor: number): Distribution {
  return {
    n: d.n,
    median: d.median * factor,
    p10: d.p10 * factor,
    p90: d.p90 * factor,
    p99: d.p99 * factor,
    mean: d.mean * factor,
    min: d.min * factor,
    max: d.max * factor,
  };
}

/** One bin of `byHeld`: the samples taken while the flow held `from` to `to` answers. */
export interface HeldBin {
  readonly from: number;
  readonly to: number;
  readonly distribution: Distribution;
}

/**
 * Group samples by a count recorded beside each (how many answers the flow
 * held before the sample), `width` counts to a bin, in rising order; bins
 * with no sample are left out.
 *
 * @param samples - Timings.
 * @param counts - One count per sample, same order.
 * @param width - Counts per bin.
 * @returns The distribution of each bin that has samples.
 */
export function byHeld(samples: readonly number[], counts: readonly number[], width: number): HeldBin[] {
  if (counts.length !== samples.length) throw new Error(`byHeld needs one count per sample (${counts.length} counts, ${samples.length} samples).`);
  const bins = new Map<number, number[]>();
  samples.forEach((t, i) => {
    const from = Math.floor((counts[i] as number) / width) * width;
    const bin = bins.get(from);
    if (bin === undefined) bins.set(from, [t]);
    else bin.push(t);
  });
  return [...bins].sort((a, b) => a[0] - b[0]).map(([from, ts]) => ({ from, to: from + width - 1, distribution: distribution(ts) }));
}
