import type { QuestionnaireInput } from '../../src/definition/types.js';
import { type Lib, ourIntake, ourRecheck, type PreparedScript } from './drivers.js';
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
  /** Wall-clock time of each timed call, in `unit`. */
  readonly samples: number[];
  /**
   * Process CPU time (user + system) of the timed part over the number of
   * samples, in `unit`. For `answer` it includes the untimed work between two
   * ANSWERs (NEXT, starting intakes), so only its samples mean one transition.
   */
  readonly cpuPerSample: number;
  /** A number derived from every call's output: equal for two builds that did the same work. */
  readonly sink: number;
}

/**
 * Run `warmup` untimed calls, then `count` timed ones, cycling through the
 * scripts. An intake or a re-check is one call; for `answer`, `count` and
 * `warmup` count intakes and every ANSWER of the timed ones is one call.
 * Plain `hrtime` here, not mitata: the loop is also what `node --cpu-prof`
 * profiles, and the CPU time of the timed part is what builds compare on
 * (on a shared machine it moves far less than wall-clock samples).
 *
 * @param lib - The built library.
 * @param q - Its questionnaire.
 * @param prepared - Scripts for that questionnaire.
 * @param what - The measure.
 * @param counts - Timed and untimed calls.
 * @returns Samples, CPU time per sample and a sink.
 */
export function ownLoop(
  lib: Lib,
  q: QuestionnaireInput,
  prepared: readonly PreparedScript[],
  what: OwnMeasure,
  counts: { readonly count: number; readonly warmup: number },
): OwnLoopResult {
  const at = (i: number) => prepared[i % prepared.length] as PreparedScript;
  const unit = what === 'answer' ? 1e3 : 1e6;
  const samples: number[] = [];
  let sink = 0;
  let cpu0: NodeJS.CpuUsage;
  if (what === 'answer') {
    const warm = Array.from({ length: counts.warmup }, (_, i) => at(i));
    const untimed = warm.reduce((n, p) => n + p.script.answerCount, 0);
    const walker = ourSteps(lib, q, [...warm, ...Array.from({ length: counts.count }, (_, i) => at(counts.warmup + i))]);
    for (let i = 0; i < untimed; i++) walker.next()();
    cpu0 = process.cpuUsage();
    for (let i = untimed; i < walker.total; i++) {
      const step = walker.next();
      const t0 = process.hrtime.bigint();
      step();
      samples.push(Number(process.hrtime.bigint() - t0) / unit);
    }
  } else {
    const work = what === 'interactive' ? (p: PreparedScript) => ourIntake(lib, q, p) : (p: PreparedScript) => ourRecheck(lib, q, p);
    for (let i = 0; i < counts.warmup; i++) sink += work(at(i));
    cpu0 = process.cpuUsage();
    for (let i = 0; i < counts.count; i++) {
      const p = at(counts.warmup + i);
      const t0 = process.hrtime.bigint();
      sink += work(p);
      samples.push(Number(process.hrtime.bigint() - t0) / unit);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  return { what, unit: what === 'answer' ? 'µs' : 'ms', samples, cpuPerSample: ((cpu.user + cpu.system) * 1e3) / unit / samples.length, sink };
}
