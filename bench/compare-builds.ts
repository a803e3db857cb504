/**
 * Our own timed measures (interactive intake, server re-check, one ANSWER) on
 * two or more builds of the library, so a change is judged against the build
 * before it under the same machine load. survey-core, the twin check and cold
 * imports are left out.
 *
 * `npm run bench:compare -- --baseline=<dist of the other build>` (the build
 * under test is dist/, or --dist); `--baseline` may be given more than once
 * (e.g. the published build and main before a change). `--quick`,
 * `--intakes=`, `--transitions=`, `--rounds=`, `--warmup=`, `--people=` and
 * `--seed=` mean what they mean in `npm run bench`; `--processes=N` (3 by
 * default) sets how many processes each build runs per measure;
 * `--measures=recheck,answer` picks measures.
 *
 * Each process times one measure of one build on the schedule `npm run bench`
 * times it (`profile.js --json --phases=`): `--rounds` phases, each after its
 * own untimed warm-up and a full collection, over the same ranges of scripts,
 * so the figures compare with a published run's. A shorter schedule would
 * measure another part of a process's life: on 2026-12-05 a process timing
 * intakes 100–340 only put the current build's interactive intake at 0.85× the
 * published build's, while from about the 300th intake on it was level or
 * faster (the note "Early in a process" in bench/notes.md). The first phase
 * of each process is shown on a row of its own for that reason.
 *
 * The processes run one at a time, the builds taking turns in an order that
 * rotates every time. Timing two builds in one process was biased: an A/A
 * run (one build against a copy of itself) timed the re-check 2–3× slower for
 * the build loaded as --dist, once the interactive phases had run. In a
 * process of its own a build is measured as a host runs it, and nothing one
 * build does can reach the other's code.
 *
 * Each process builds its scripts from its own build's bundled
 * `substanceUseIntake` (same seed), so two builds of one intake time the same
 * answers, and a build whose intake differs (the build a published
 * docs/benchmarks.md run came from) runs its own: the "sink" line says which.
 * `--intake=<dist>` makes every build run that build's bundled intake instead
 * (the current code accepts the published intake), which compares the code
 * alone. The CPU time per intake or re-check is the figure to compare on a shared
 * machine; wall-clock medians swing with the load.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from './harness/docs.js';
import { parseOptions } from './harness/options.js';
import { type OwnLoopResult, type OwnMeasure, OWN_MEASURES } from './harness/own-loop.js';
import { distribution } from './harness/stats.js';

const root = process.cwd();
const argv = process.argv.slice(2);
const ours = (a: string) => ['--baseline=', '--measures=', '--intake=', '--processes='].some((flag) => a.startsWith(flag));
const intakeArg = argv.find((a) => a.startsWith('--intake='))?.slice('--intake='.length);
const intake = intakeArg === undefined ? undefined : resolve(intakeArg);
const baselines = argv.filter((a) => a.startsWith('--baseline=')).map((a) => resolve(a.slice('--baseline='.length)));
if (baselines.length === 0) throw new Error('Give the other build: --baseline=<its dist directory> (more than once for several).');
const processesArg = argv.find((a) => a.startsWith('--processes='))?.slice('--processes='.length) ?? '3';
const processes = Number(processesArg);
if (!Number.isInteger(processes) || processes < 1) throw new Error('--processes must be a whole number of at least 1.');
const measuresArg = argv.find((a) => a.startsWith('--measures='))?.slice('--measures='.length);
const measures = measuresArg === undefined ? OWN_MEASURES : (measuresArg.split(',') as OwnMeasure[]);
for (const m of measures) if (!OWN_MEASURES.includes(m)) throw new Error(`Unknown measure "${m}": use ${OWN_MEASURES.join(', ')}.`);
const opts = parseOptions(
  argv.filter((a) => !ours(a)),
  { dist: join(root, 'dist'), date: new Date().toISOString().slice(0, 10), docs: 'none' },
);
const builds = [...baselines, resolve(opts.dist)];
if (new Set(builds).size !== builds.length) throw new Error('Each build once: for an A/A run, compare against a copy of the dist directory.');
const label = (dist: string) => (basename(dist) === 'dist' ? `${basename(dirname(dist))}/dist` : basename(dist));
const log = (s: string) => process.stderr.write(`${s}\n`);
const load = () => loadavg()[0] as number;
const profileJs = join(dirname(fileURLToPath(import.meta.url)), 'profile.js');

// Per process, what `npm run bench` times per library: the re-check warms on ten times as many calls.
const counts: Record<OwnMeasure, { count: number; warmup: number }> = {
  interactive: { count: opts.intakes, warmup: opts.warmup },
  recheck: { count: opts.intakes, warmup: opts.warmup * 10 },
  answer: { count: opts.transitions, warmup: opts.warmup },
};

function runOne(dist: string, what: OwnMeasure): OwnLoopResult {
  const { count, warmup } = counts[what];
  const args = [
    '--expose-gc',
    profileJs,
    what,
    String(count),
    `--dist=${dist}`,
    `--warmup=${warmup}`,
    `--phases=${opts.rounds}`,
    `--people=${opts.people}`,
    `--seed=${opts.seed}`,
    '--json',
    ...(intake ? [`--intake=${intake}`] : []),
  ];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`${label(dist)} ${what} failed (${child.status ?? child.signal}): ${child.stderr}`);
  return JSON.parse(child.stdout) as OwnLoopResult;
}

const loads: number[] = [load()];
log(
  `compare: ${builds.map(label).join(', ')} (the last is under test); ${processes} processes per build and measure, one at a time; load average at start ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
const results = new Map<string, OwnLoopResult[]>();
for (let round = 0; round < processes; round++) {
  // Rotate who goes first, so over the turns every build runs in every position.
  const order = builds.map((_, i) => builds[(i + round) % builds.length] as string);
  for (const what of measures) {
    for (const dist of order) {
      const key = `${dist}\n${what}`;
      results.set(key, [...(results.get(key) ?? []), runOne(dist, what)]);
    }
  }
  loads.push(load());
  log(`processes ${round + 1} of ${processes} done (load ${load().toFixed(2)})`);
}

const runs = (dist: string, what: OwnMeasure) => results.get(`${dist}\n${what}`) ?? [];
const pooled = (dist: string, what: OwnMeasure) => distribution(runs(dist, what).flatMap((r) => r.samples));
const firstPhase = (dist: string, what: OwnMeasure) => distribution(runs(dist, what).flatMap((r) => r.samples.slice(0, r.phaseSizes[0])));
const cpu = (dist: string, what: OwnMeasure) => {
  const xs = runs(dist, what).map((r) => r.cpuPerSample);
  return { mean: xs.reduce((s, x) => s + x, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) };
};
type Row = { label: string; what: OwnMeasure; value: (dist: string) => number; text?: (dist: string) => string; higherIsBetter?: boolean };
const rows: Row[] = [
  { label: 'interactive intake, median, ms', what: 'interactive', value: (d) => pooled(d, 'interactive').median },
  { label: "interactive intake, median of each process's first phase, ms", what: 'interactive', value: (d) => firstPhase(d, 'interactive').median },
  {
    label: 'interactive intake, CPU time per intake, ms (mean; min–max of processes)',
    what: 'interactive',
    value: (d) => cpu(d, 'interactive').mean,
    text: (d) => `${fmt(cpu(d, 'interactive').mean)} (${fmt(cpu(d, 'interactive').min)}–${fmt(cpu(d, 'interactive').max)})`,
  },
  { label: 'server re-check, median, ms', what: 'recheck', value: (d) => pooled(d, 'recheck').median },
  {
    label: 'server re-check, CPU time per re-check, ms (mean; min–max of processes)',
    what: 'recheck',
    value: (d) => cpu(d, 'recheck').mean,
    text: (d) => `${fmt(cpu(d, 'recheck').mean)} (${fmt(cpu(d, 'recheck').min)}–${fmt(cpu(d, 'recheck').max)})`,
  },
  { label: 're-checks per CPU-second', what: 'recheck', value: (d) => 1000 / cpu(d, 'recheck').mean, higherIsBetter: true },
  { label: 'one ANSWER, median, µs', what: 'answer', value: (d) => pooled(d, 'answer').median },
  { label: 'one ANSWER, p99, µs', what: 'answer', value: (d) => pooled(d, 'answer').p99 },
];
const underTest = builds[builds.length - 1] as string;
const speedUp = (row: Row, base: string) => (row.higherIsBetter ? row.value(underTest) / row.value(base) : row.value(base) / row.value(underTest));
const sinks = (what: OwnMeasure) => builds.map((d) => `${label(d)} ${runs(d, what)[0]?.sink ?? '–'}`).join(', ');
const shown = rows.filter((r) => measures.includes(r.what));
process.stdout.write(
  [
    `${opts.quick ? 'SMOKE RUN (--quick): not meaningful numbers.\n' : ''}| substanceUseIntake${intake ? ` of ${label(intake)}` : ''} | ${builds.map(label).join(' | ')} | ${baselines.map((b) => `speed-up against ${label(b)} (above 1: faster)`).join(' | ')} |`,
    `|---|${builds.map(() => '---|').join('')}${baselines.map(() => '---|').join('')}`,
    ...shown.map(
      (r) =>
        `| ${r.label} | ${builds.map((d) => (r.text ?? ((x) => fmt(r.value(x))))(d)).join(' | ')} | ${baselines.map((b) => `${fmt(speedUp(r, b))}×`).join(' | ')} |`,
    ),
    '',
    `${processes} processes per build and measure, each on the schedule of \`npm run bench\`: ${opts.rounds} phases, timing ${measures
      .map((m) => `${m} ${counts[m].count} in all, each phase after ${counts[m].warmup} untimed`)
      .join('; ')}.`,
    `Sinks (equal when builds did the same work): ${measures
      .filter((m) => m !== 'answer')
      .map((m) => `${m}: ${sinks(m)}`)
      .join('; ')}.`,
    `Load average (1 min) at start and after each turn of processes: ${loads.map((l) => l.toFixed(1)).join(', ')}; at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}.`,
    '',
  ].join('\n'),
);
