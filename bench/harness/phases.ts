import type { PreparedScript } from './drivers.js';
import { type PhaseRunner, timePhase } from './sample.js';
import type { StepWalker } from './steps.js';

/** How timed phases draw from a fixed set of prepared scripts, cycled endlessly. */
export interface ScriptPhases {
  /** Script `i` of the endless cycle (negative `i` counts back from the end). */
  at(i: number): PreparedScript;
  /** `count` scripts of the cycle from script `from` on (`from` may be negative). */
  range(from: number, count: number): PreparedScript[];
  /** A phase over whole scripts: `warmup` untimed scripts (those just before the range), then one sample per script. */
  perScript(work: (p: PreparedScript) => unknown, warmup: number): PhaseRunner;
  /** A phase over single answers: every answer of `warmup` scripts untimed, then one sample per answer of the range. */
  perAnswer(walk: (ps: readonly PreparedScript[]) => StepWalker, warmup: number): PhaseRunner;
}

/** The phases of `npm run bench` and `npm run bench:compare` over the same scripts. */
export function scriptPhases(prepared: readonly PreparedScript[]): ScriptPhases {
  const at = (i: number) => prepared[((i % prepared.length) + prepared.length) % prepared.length] as PreparedScript;
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => at(from + i));
  const answersIn = (ps: readonly PreparedScript[]) => ps.reduce((sum, p) => sum + p.events.reduce((s, page) => s + page.length, 0), 0);
  return {
    at,
    range,
    perScript:
      (work, warmup) =>
      ({ from, count }) => {
        const inputs = [...range(from - warmup, warmup), ...range(from, count)];
        let i = 0;
        return timePhase({ next: () => inputs[i++] as PreparedScript, warmup, count, work });
      },
    perAnswer:
      (walk, warmup) =>
      ({ from, count }) => {
        const warm = range(from - warmup, warmup);
        const walker = walk([...warm, ...range(from, count)]);
        const untimed = answersIn(warm);
        return timePhase({ next: () => walker.next(), warmup: untimed, count: walker.total - untimed, work: (step) => step() });
      },
  };
}
