import { spawnSync } from 'node:child_process';
import { distribution, type Distribution } from './stats.js';

/** Something to import in a fresh process. */
export interface ImportTarget {
  readonly name: string;
  /** A file URL or a bare specifier resolved from `cwd`; empty for the bare Node start-up baseline. */
  readonly specifier: string;
}

/** Per target: the import alone, timed inside the child, and the whole process, timed outside (ms). */
export interface ColdImport {
  readonly name: string;
  /** The baseline: Node starting and exiting, nothing imported (its import figures are 0). */
  readonly startupOnly: boolean;
  readonly importMs: Distribution;
  readonly processMs: Distribution;
}

function once(target: ImportTarget, cwd: string): { importMs: number; processMs: number } {
  const code =
    target.specifier === ''
      ? 'process.stdout.write("0")'
      : `const t = performance.now(); await import(${JSON.stringify(target.specifier)}); process.stdout.write(String(performance.now() - t));`;
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8' });
  const processMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (child.status !== 0) throw new Error(`Importing ${target.name} failed: ${child.stderr.slice(0, 500)}`);
  return { importMs: Number(child.stdout), processMs };
}

/**
 * Import each target in `runs` fresh Node processes, round robin (the order
 * rotates each round so no target always runs right after another).
 *
 * @param targets - What to import; include `{ specifier: '' }` as the start-up baseline.
 * @param runs - Processes per target.
 * @param cwd - Where bare specifiers resolve from.
 * @returns Import and whole-process times per target.
 */
export function coldImports(targets: readonly ImportTarget[], runs: number, cwd: string): ColdImport[] {
  const samples = targets.map(() => ({ importMs: [] as number[], processMs: [] as number[] }));
  for (let round = 0; round < runs + 1; round++) {
    for (let k = 0; k < targets.length; k++) {
      const i = (k + round) % targets.length;
      const r = once(targets[i] as ImportTarget, cwd);
      // Round 0 only warms the file system cache.
      if (round === 0) continue;
      samples[i]?.importMs.push(r.importMs);
      samples[i]?.processMs.push(r.processMs);
    }
  }
  return targets.map((t, i) => ({
    name: t.name,
    startupOnly: t.specifier === '',
    importMs: distribution(samples[i]?.importMs ?? []),
    processMs: distribution(samples[i]?.processMs ?? []),
  }));
}
