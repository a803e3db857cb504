import type { ColdImport } from './cold-import.js';
import type { LoadInfo, MachineInfo } from './machine.js';
import type { BenchOptions } from './options.js';
import type { Distribution } from './stats.js';

/** One library against the other on one measure. */
export interface Comparison {
  readonly unit: 'ms' | 'µs';
  readonly ours: Distribution;
  readonly surveyCore: Distribution;
  /** survey-core time ÷ our time, at the median and at p90. */
  readonly ratio: { readonly median: number; readonly p90: number };
}

/** A performance target and whether this run met it. */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

/** Everything a run writes to bench/results/<name>.json. */
export interface BenchResults {
  readonly name: string;
  readonly date: string;
  readonly machine: MachineInfo;
  readonly load: { readonly before: LoadInfo; readonly after: LoadInfo };
  readonly options: BenchOptions;
  readonly scripts: { readonly people: number; readonly answersMedian: number; readonly answersMin: number; readonly answersMax: number; readonly checked: number };
  readonly interactive: Comparison;
  readonly recheck: Comparison & { readonly oursPerSecond: number; readonly surveyCorePerSecond: number };
  readonly transition: Comparison & { readonly samples: { readonly ours: number; readonly surveyCore: number } };
  readonly coldImport: readonly ColdImport[];
  readonly targets: readonly TargetCheck[];
}

const f = (x: number, digits = 3): string => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toPrecision(digits));
const row = (label: string, d: Distribution) => `| ${label} | ${f(d.median)} | ${f(d.p10)} | ${f(d.p90)} | ${f(d.p99)} | ${d.n} |`;

/**
 * The results as Markdown: one table per measure plus the target checks,
 * ready for docs/benchmarks.md.
 *
 * @param r - A run's results.
 * @returns Markdown text.
 */
export function markdown(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`Run \`${r.name}\` on ${r.date}: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.platform}, Node ${r.machine.node}.`);
  lines.push(`Versions: ${Object.entries(r.machine.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  lines.push(`Load average before / after: ${r.load.before.loadavg.join(' ')} / ${r.load.after.loadavg.join(' ')}.`);
  lines.push(`Scripts: ${r.scripts.people} people, ${r.scripts.answersMin}–${r.scripts.answersMax} answers each (median ${r.scripts.answersMedian}); all ${r.scripts.checked} checked equal in both libraries before timing.`);
  lines.push('');
  for (const [title, c] of [
    ['Interactive intake (whole intake)', r.interactive],
    ['Server re-check (one finished answer set)', r.recheck],
    ['One answer (a single ANSWER event / setValue)', r.transition],
  ] as const) {
    lines.push(`**${title}**, ${c.unit}`);
    lines.push('');
    lines.push('| library | median | p10 | p90 | p99 | samples |');
    lines.push('|---|---:|---:|---:|---:|---:|');
    lines.push(row('intake-screening', c.ours));
    lines.push(row('survey-core', c.surveyCore));
    lines.push('');
    lines.push(`survey-core ÷ intake-screening: ${f(c.ratio.median)}× at the median, ${f(c.ratio.p90)}× at p90.`);
    lines.push('');
  }
  lines.push(`Re-check throughput on one thread: intake-screening ${f(r.recheck.oursPerSecond)} summaries/s, survey-core ${f(r.recheck.surveyCorePerSecond)} models/s.`);
  lines.push('');
  lines.push('**Cold import** (fresh Node process each time), ms');
  lines.push('');
  lines.push('| target | import median | import p90 | process median | process p90 | runs |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const c of r.coldImport) lines.push(`| ${c.name} | ${f(c.importMs.median)} | ${f(c.importMs.p90)} | ${f(c.processMs.median)} | ${f(c.processMs.p90)} | ${c.importMs.n} |`);
  lines.push('');
  lines.push('**Targets**');
  lines.push('');
  lines.push('| target | measured | met |');
  lines.push('|---|---|---|');
  for (const t of r.targets) lines.push(`| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}
