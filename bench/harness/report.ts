import type { ColdImport } from './cold-import.js';
import { fmt } from './docs.js';
import type { LoadInfo, MachineInfo, SourceInfo } from './machine.js';
import type { BenchOptions } from './options.js';
import { distribution, type Distribution, scaled } from './stats.js';

/** survey-core's figure ÷ ours, per statistic (above 1: we are faster). */
export interface Ratios {
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly p99: number;
}

/** One library against the other on one measure. */
export interface Comparison {
  readonly unit: 'ms' | 'µs';
  /** What one sample is. */
  readonly sample: string;
  /** Scripts (intakes) run per library to collect the samples. */
  readonly intakes: number;
  readonly ours: Distribution;
  readonly surveyCore: Distribution;
  readonly ratio: Ratios;
}

/** A performance target of issue 9 and whether this run met it. */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

/** Wall time of one part of the run. */
export interface PhaseTime {
  readonly part: string;
  readonly seconds: number;
}

/** Everything a run writes to bench/results/<name>.json; docs/benchmarks.md is rendered from it. */
export interface BenchResults {
  readonly name: string;
  readonly date: string;
  readonly quick: boolean;
  readonly seconds: number;
  readonly machine: MachineInfo;
  readonly source: SourceInfo;
  readonly load: { readonly before: LoadInfo; readonly after: LoadInfo };
  readonly harness: { readonly mitata: string; readonly gcExposed: boolean; readonly surveyCore: string };
  readonly options: BenchOptions;
  readonly scripts: {
    readonly people: number;
    readonly answersMedian: number;
    readonly answersMin: number;
    readonly answersMax: number;
    readonly checked: number;
  };
  readonly interactive: Comparison;
  /**
   * survey-core reuses one `Model` (`clear(true, true)`, then `data`) when
   * `recheckNewModel` is present; runs before 2026-12-04 built a new one per set.
   * Both per-second figures come from mitata's loop since then (survey-core's
   * was 1 / mean before).
   */
  readonly recheck: Comparison & { readonly oursPerSecond: number; readonly surveyCorePerSecond: number };
  /** The re-check with survey-core building a `new Model` per answer set, for the record (absent in older runs). */
  readonly recheckNewModel?: Comparison;
  readonly transition: Comparison;
  readonly coldImport: { readonly targets: readonly ColdImport[]; readonly ratio: Ratios };
  readonly parts: readonly PhaseTime[];
  readonly targets: readonly TargetCheck[];
}

const ratios = (ours: Distribution, theirs: Distribution): Ratios => ({
  median: theirs.median / ours.median,
  p10: theirs.p10 / ours.p10,
  p90: theirs.p90 / ours.p90,
  p99: theirs.p99 / ours.p99,
});

/**
 * Summarize raw samples of both libraries into one comparison.
 *
 * @param raw - Samples in ns.
 * @param unit - The unit to report in.
 * @param sample - What one sample is, for the reader.
 * @param intakes - Scripts run per library.
 * @returns Distributions in `unit` and their ratios.
 */
export function compare(
  raw: { readonly ours: readonly number[]; readonly theirs: readonly number[] },
  unit: Comparison['unit'],
  sample: string,
  intakes: number,
): Comparison {
  const factor = unit === 'ms' ? 1e-6 : 1e-3;
  const ours = scaled(distribution(raw.ours), factor);
  const surveyCore = scaled(distribution(raw.theirs), factor);
  return { unit, sample, intakes, ours, surveyCore, ratio: ratios(ours, surveyCore) };
}

/**
 * Cold-import ratio: survey-core's import time ÷ ours (the core entry).
 *
 * @param targets - Every cold-import target; needs `intake-screening` and `survey-core`.
 * @returns The ratios, NaN when a target is missing.
 */
export function coldRatio(targets: readonly ColdImport[]): Ratios {
  const ours = targets.find((t) => t.name === 'intake-screening')?.importMs;
  const theirs = targets.find((t) => t.name === 'survey-core')?.importMs;
  return ours && theirs ? ratios(ours, theirs) : { median: Number.NaN, p10: Number.NaN, p90: Number.NaN, p99: Number.NaN };
}

/**
 * The speed targets of issue 9, checked against one run (the byte budgets are size-limit's, in CI).
 *
 * @param r - The run's measures.
 * @returns One check per target.
 */
export function checkTargets(r: Pick<BenchResults, 'interactive' | 'recheck' | 'transition'>): TargetCheck[] {
  return [
    {
      target: 'Interactive intake at least 100× faster than survey-core (median)',
      measured: `${fmt(r.interactive.ratio.median)}×`,
      met: r.interactive.ratio.median >= 100,
    },
    { target: 'Interactive intake under 1 ms (median)', measured: `${fmt(r.interactive.ours.median)} ms`, met: r.interactive.ours.median < 1 },
    {
      target: 'Server re-check at least 500× faster than survey-core (median)',
      measured: `${fmt(r.recheck.ratio.median)}×`,
      met: r.recheck.ratio.median >= 500,
    },
    { target: 'At least 20,000 summaries per second on one core', measured: `${fmt(r.recheck.oursPerSecond)}/s`, met: r.recheck.oursPerSecond >= 20_000 },
    { target: 'One transition under 20 µs at p99', measured: `${fmt(r.transition.ours.p99)} µs`, met: r.transition.ours.p99 < 20 },
  ];
}
