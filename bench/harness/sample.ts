import { do_not_optimize, measure } from 'mitata';

/** A full collection when Node runs with --expose-gc; mitata's own fallback allocates 1 GiB to force one, so never use that. */
const fullGc = (): (() => void) | false => {
  const gc = (globalThis as { gc?: () => void }).gc;
  return typeof gc === 'function' ? gc : false;
};

/**
 * One full collection before a phase's warm-up calls, not (as mitata's `gc`
 * option does) right before the first timed one: a forced full collection
 * shrinks V8's young generation, and until it grows back every call pays for
 * extra scavenges. Measured on our re-check: ~40 µs median timed after the
 * warm-up, ~140 µs timed right after the collection; survey-core is treated
 * the same way.
 */
function collectBeforeWarmup(): void {
  const gc = fullGc();
  if (gc) gc();
}

/** Whether the bench can collect garbage between phases (Node started with --expose-gc). */
export const gcExposed = (): boolean => fullGc() !== false;

/** One timed phase of one library, run by mitata. */
export interface Phase<P> {
  /** Hands out the next input; called once before each call of `work`, warm-up calls first, never timed. */
  readonly next: () => P;
  /** Untimed calls before the timed ones (at least 1: mitata always makes one before it decides how to time). */
  readonly warmup: number;
  /** Timed calls, one sample each. */
  readonly count: number;
  /** The measured work; its result is kept observable with mitata's `do_not_optimize`. */
  readonly work: (input: P) => unknown;
}

// mitata's generator form: `0` is a computed parameter, made outside the
// timer before every call; `bench` is the timed call.
interface Computed<P> {
  readonly 0: () => P;
  readonly bench: (input: P) => void;
}
type MitataBenchmark = () => Generator<() => unknown, void, undefined>;

/**
 * Time `count` calls of `work`, one sample (ns) per call, with mitata's
 * `measure`: inputs come from computed parameters (so setting up is never
 * timed), batching is off (every sample is one call, so the tail is real),
 * mitata's trimming of the two slowest and fastest samples is off (p99 keeps
 * its outliers), and one full collection runs before the warm-up calls.
 *
 * @param phase - Inputs, warm-up and count, and the work.
 * @returns The samples in ns, sorted.
 */
export async function timePhase<P>(phase: Phase<P>): Promise<number[]> {
  if (phase.warmup < 1) throw new Error('A phase needs at least one warm-up call.');
  collectBeforeWarmup();
  let calls = 0;
  const computed: Computed<P> = {
    0: () => {
      calls++;
      return phase.next();
    },
    bench: (input) => do_not_optimize(phase.work(input)),
  };
  const benchmark = function* () {
    yield computed;
  };
  const stats = await measure(benchmark as unknown as MitataBenchmark, {
    min_samples: phase.count,
    max_samples: phase.count,
    min_cpu_time: 0,
    // 1 + warmup_samples untimed calls, however fast: the threshold never stops them and batching never starts.
    warmup_samples: phase.warmup - 1,
    warmup_threshold: Number.POSITIVE_INFINITY,
    batch_threshold: -1,
    samples_threshold: Number.POSITIVE_INFINITY,
    gc: false,
  });
  // The alternation relies on both libraries timing exactly the same inputs.
  if (calls !== phase.warmup + phase.count || stats.samples.length !== phase.count) {
    throw new Error(`mitata made ${calls} calls and ${stats.samples.length} samples; expected ${phase.warmup} untimed and ${phase.count} timed.`);
  }
  return stats.samples;
}

/** Timed calls per library for a range of scripts, with the untimed ones before them. */
export interface PhaseRange {
  /** First timed script (an index into the cycle of scripts). */
  readonly from: number;
  /** Timed scripts. */
  readonly count: number;
}

/** Runs one phase of one library over a range of scripts; returns samples in ns. */
export type PhaseRunner = (range: PhaseRange) => Promise<number[]>;

/** Raw samples (ns) of two libraries measured in turns. */
export interface PairedSamples {
  readonly ours: number[];
  readonly theirs: number[];
}

// Between phases the event loop must run its timers, not only its immediates:
// survey-core schedules short timers (1–10 ms) on setValue and when data is
// set, and each keeps its model (~5 MB) reachable until it fires; left
// pending, they kept a phase's models alive through the next phases.
const turn = () => new Promise<void>((done) => setTimeout(done, 30));

/**
 * Split `count` scripts into `rounds` ranges and time each range with both
 * libraries, in ABBA order (ours then theirs, then theirs then ours, …) so
 * neither always runs right after the other. Both time the same scripts.
 * The event loop turns between phases, so nothing either library deferred
 * runs on the other's clock.
 *
 * @param count - Scripts per library.
 * @param rounds - Phases per library.
 * @param ours - Our phase runner.
 * @param theirs - survey-core's phase runner.
 * @returns Every sample of both.
 */
export async function alternate(count: number, rounds: number, ours: PhaseRunner, theirs: PhaseRunner): Promise<PairedSamples> {
  const a: number[] = [];
  const b: number[] = [];
  const per = Math.ceil(count / Math.max(1, rounds));
  for (let from = 0, round = 0; from < count; from += per, round++) {
    const range = { from, count: Math.min(per, count - from) };
    const order =
      round % 2 === 0
        ? ([
            [ours, a],
            [theirs, b],
          ] as const)
        : ([
            [theirs, b],
            [ours, a],
          ] as const);
    for (const [run, out] of order) {
      for (const x of await run(range)) out.push(x);
      await turn();
    }
  }
  return { ours: a, theirs: b };
}

/**
 * Calls per second on this one thread, with mitata's default loop (batched
 * when a call is short) over at least `ms` of CPU time, every sample kept.
 *
 * @param next - Hands out the next input (the cycle of scripts).
 * @param work - One call.
 * @param ms - Minimum time to measure.
 * @returns Calls per second.
 */
export async function throughput<P>(next: () => P, work: (input: P) => unknown, ms: number): Promise<number> {
  collectBeforeWarmup();
  const stats = await measure(() => do_not_optimize(work(next())), {
    min_cpu_time: ms * 1e6,
    samples_threshold: Number.POSITIVE_INFINITY,
    gc: false,
  });
  return 1e9 / stats.avg;
}
