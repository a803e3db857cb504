import type { PreparedScript } from './drivers.js';

/** One library's way of doing a measured unit of work; returns a value so the work is not optimized away. */
export type Work = (p: PreparedScript) => number;

/** Raw per-intake timings (ns) for two libraries measured side by side. */
export interface PairedSamples {
  readonly ours: number[];
  readonly theirs: number[];
  readonly sink: number;
}

function maybeGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Time `count` intakes of each library, one sample per intake, after
 * `warmup` untimed ones each. The libraries alternate in blocks, cycling
 * through the prepared scripts, so a change in machine load falls on both;
 * a full collection runs between blocks (with --expose-gc) so one library's
 * garbage is not collected on the other's clock, and the event loop turns
 * between blocks so deferred tasks never pile up.
 */
export async function paired(scripts: readonly PreparedScript[], ours: Work, theirs: Work, opts: { count: number; warmup: number; block: number }): Promise<PairedSamples> {
  let sink = 0;
  const at = (i: number) => scripts[i % scripts.length] as PreparedScript;
  for (let i = 0; i < opts.warmup; i++) sink += ours(at(i)) + theirs(at(i));
  const a: number[] = [];
  const b: number[] = [];
  let next = 0;
  while (a.length < opts.count || b.length < opts.count) {
    const start = next;
    for (const [work, out] of [
      [ours, a],
      [theirs, b],
    ] as const) {
      maybeGc();
      for (let i = start; i < start + opts.block && out.length < opts.count; i++) {
        const p = at(i);
        const t0 = process.hrtime.bigint();
        sink += work(p);
        out.push(Number(process.hrtime.bigint() - t0));
      }
    }
    next += opts.block;
    // Let anything either library deferred run now, outside every timer.
    await new Promise((done) => setImmediate(done));
  }
  return { ours: a, theirs: b, sink };
}

/** Items of work per second on this one thread, over `count` back-to-back runs. */
export function throughput(scripts: readonly PreparedScript[], work: Work, count: number): { perSecond: number; sink: number } {
  let sink = 0;
  maybeGc();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) sink += work(scripts[i % scripts.length] as PreparedScript);
  const ns = Number(process.hrtime.bigint() - t0);
  return { perSecond: (count * 1e9) / ns, sink };
}
