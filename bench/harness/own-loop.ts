import type { QuestionnaireInput } from '../../src/definition/types.js';
import { type Lib, ourIntake, ourRecheck, type PreparedScript } from './drivers.js';
import { scriptPhases } from './phases.js';
import { ourSteps } from './steps.js';

/** One of our measures, run alone in a plain loop (`bench/profile.ts`, and each process of `npm run bench:compare`). */
export type OwnMeasure = 'interactive' | 'recheck' | 'answer';

/** The measures `bench/profile.ts` knows. */
export const OWN_MEASURES: readonly OwnMeasure[] = ['interactive', 'recheck', 'answer'];

/** What one loop measured. */
export interface OwnLoopResult {
  readonly what: OwnMeasure;
  /** ms for an intake or a re-check, µs for one ANSWER. */
  readonly unit: 'ms' | 'µs';
  /** Wall-clock time of each timed call, in `unit`, in the order they ran. */
  readonly samples: number[];
  /** How many of `samples` each phase timed, in order (they add up to `samples.length`). */
  readonly phaseSizes: number[];
  /**
   * Process CPU time (user + system) of the timed parts over the number of
   * samples, in `unit`. For `answer` it includes the untimed work between two
   * ANSWERs (NEXT, starting intakes), so only its samples mean one transition.
   */
  readonly cpuPerSample: number;
  /** A number derived from every call's output: equal for two builds that did the same work. */
  readonly sink: number;
  /** With `held` asked for (`answer` only): how many answers the flow held before each sample's ANSWER, by sample. */
  readonly held?: number[];
}

/** How many calls a loop makes: `count` timed ones in `phases` phases, each after `warmup` untimed ones. */
export interface OwnLoopCounts {
  /** Timed calls (intakes or re-checks; for `answer`, intakes whose every ANSWER is timed). */
  readonly count: number;
  /** Untimed calls before each phase's timed ones (for `answer`, intakes). */
  readonly warmup: number;
  /** Phases; 1 when left out. */
  readonly phases?: number;
  /**
   * `answer` only: also record how many answers the flow held before each
   * timed ANSWER (read between two ANSWERs, untimed; reading it costs the loop
   * a key list per answer, so leave it off when the samples themselves matter).
   */
  readonly held?: boolean;
}

/** A full collection when Node runs with --expose-gc, as `npm run bench` makes before each phase's warm-up. */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

// How many answers a flow's context holds: its answer entries, or the answers
// object of a build from before them (a baseline build compared with --dist).
function heldBy(context: { readonly answerEntries?: readonly unknown[]; readonly answers?: object } | undefined): number {
  return context?.answerEntries?.length ?? Object.keys(context?.answers ?? {}).length;
}

/**
 * Time our side of `npm run bench`'s phases alone, in a plain loop: `count`
 * calls split into `phases` ranges of the cycle of scripts, each range timed
 * after `warmup` untimed calls on the scripts just before it (and a full
 * collection first when Node runs with --expose-gc), exactly the ranges and
 * warm-ups `npm run bench` times (bench/harness/phases.ts), less survey-core
 * between them. An intake or a re-check is one call; for `answer`, `count` and
 * `warmup` count intakes and every ANSWER of the timed ones is one call.
 * Plain `hrtime` here, not mitata: the loop is also what `node --cpu-prof`
 * profiles, and the CPU time of the timed parts is what builds compare on (on
 * a shared machine it moves far less than wall-clock samples).
 *
 * @param lib - The built library.
 * @param q - Its questionnaire.
 * @param prepared - Scripts for that questionnaire.
 * @param what - The measure.
 * @param counts - Timed and untimed calls, and phases.
 * @returns Samples, CPU time per sample and a sink.
 */
export function ownLoop(lib: Lib, q: QuestionnaireInput, prepared: readonly PreparedScript[], what: OwnMeasure, counts: OwnLoopCounts): OwnLoopResult {
  const { range } = scriptPhases(prepared);
  const unit = what === 'answer' ? 1e3 : 1e6;
  const samples: number[] = [];
  const phaseSizes: number[] = [];
  const held: number[] | undefined = what === 'answer' && counts.held === true ? [] : undefined;
  let sink = 0;
  let cpuMicros = 0;
  const per = Math.ceil(counts.count / Math.max(1, counts.phases ?? 1));
  for (let from = 0; from < counts.count; from += per) {
    const size = Math.min(per, counts.count - from);
    const warm = range(from - counts.warmup, counts.warmup);
    const timed = range(from, size);
    collect();
    const before = samples.length;
    let cpu0: NodeJS.CpuUsage;
    if (what === 'answer') {
      const untimed = warm.reduce((total, p) => total + p.script.answerCount, 0);
      const walker = ourSteps(lib, q, [...warm, ...timed]);
      for (let i = 0; i < untimed; i++) walker.next()();
      cpu0 = process.cpuUsage();
      for (let i = untimed; i < walker.total; i++) {
        const step = walker.next();
        if (held !== undefined) held.push(heldBy(walker.live?.getSnapshot().context));
        const t0 = process.hrtime.bigint();
        step();
        samples.push(Number(process.hrtime.bigint() - t0) / unit);
      }
    } else {
      const work = what === 'interactive' ? (p: PreparedScript) => ourIntake(lib, q, p) : (p: PreparedScript) => ourRecheck(lib, q, p);
      for (const p of warm) sink += work(p);
      cpu0 = process.cpuUsage();
      for (const p of timed) {
        const t0 = process.hrtime.bigint();
        sink += work(p);
        samples.push(Number(process.hrtime.bigint() - t0) / unit);
      }
    }
    const cpu = process.cpuUsage(cpu0);
    cpuMicros += cpu.user + cpu.system;
    phaseSizes.push(samples.length - before);
  }
  const result = { what, unit: what === 'answer' ? 'µs' : 'ms', samples, phaseSizes, cpuPerSample: (cpuMicros * 1e3) / unit / samples.length, sink } as const;
  return held === undefined ? result : { ...result, held };
}
