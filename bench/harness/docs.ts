import type { ColdImport } from './cold-import.js';
import type { BenchResults, Comparison, Ratios } from './report.js';
import type { Distribution } from './stats.js';

/** 3 significant figures below 100, whole numbers with separators above. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  if (a >= 100) return Math.round(x).toLocaleString('en-US');
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toPrecision(3);
}

const times = (x: number) => `${fmt(x)}×`;
const withUnit = (x: number, unit: string) => `${fmt(x)} ${unit}`;

function comparisonTable(c: Comparison): string[] {
  const row = (name: string, d: Distribution) =>
    `| ${name} | ${fmt(d.median)} | ${fmt(d.p10)} | ${fmt(d.p90)} | ${fmt(d.p99)} | ${fmt(d.mean)} | ${fmt(d.max)} | ${d.n.toLocaleString('en-US')} |`;
  const r = c.ratio;
  return [
    `| ${c.unit} | median | p10 | p90 | p99 | mean | max | samples |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    row('intake-screening', c.ours),
    row('survey-core', c.surveyCore),
    `| **survey-core ÷ intake-screening** | **${times(r.median)}** | ${times(r.p10)} | ${times(r.p90)} | ${times(r.p99)} | | | |`,
  ];
}

function coldTable(targets: readonly ColdImport[]): string[] {
  return [
    '| ms | import median | p10 | p90 | p99 | whole process median | runs |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...targets.map((t) => {
      const d = t.importMs;
      const cells = t.startupOnly ? ['–', '–', '–', '–'] : [d.median, d.p10, d.p90, d.p99].map(fmt);
      return `| ${t.name} | ${cells.join(' | ')} | ${fmt(t.processMs.median)} | ${t.processMs.n} |`;
    }),
  ];
}

const ratioLine = (r: Ratios) => `survey-core ÷ intake-screening: **${times(r.median)}** at the median, ${times(r.p90)} at p90, ${times(r.p99)} at p99.`;

/**
 * docs/benchmarks.md, rendered from one run's results and the hand-written
 * notes, so the page never disagrees with bench/results.
 *
 * @param r - The run's results (bench/results/<name>.json).
 * @param notes - bench/notes.md: what the profiles show, for targets missed.
 * @returns The whole page.
 */
export function benchmarksPage(r: BenchResults, notes: string): string {
  const o = r.options;
  const cold = (name: string) => r.coldImport.targets.find((t) => t.name === name)?.importMs.median ?? Number.NaN;
  const missed = r.targets.filter((t) => !t.met);
  // Since 2026-12-04 survey-core's re-check reuses one Model, as a server would; older runs built one per set.
  const fair = r.recheckNewModel !== undefined;
  const lines: string[] = [
    '# Benchmarks',
    '',
    `<!-- Written by \`npm run bench\` from bench/results/${r.name}.json. Edit bench/harness/docs.ts or bench/notes.md, not this page. -->`,
    '',
  ];
  if (r.quick) {
    lines.push(
      `> **Smoke run (\`--quick\`)**: ${r.interactive.intakes} intakes per library instead of 1,000, on whatever load the machine had. These numbers only show that the bench works; run \`npm run bench\` for real ones.`,
      '',
    );
  }
  lines.push(
    "intake-screening against what a clinic would otherwise pick, SurveyJS's headless engine `survey-core`, running the same intake (`substanceUseIntake`) for the same seeded people in one Node process. Higher ratios mean intake-screening is faster.",
    '',
    `Run \`${r.name}\`, ${r.date.slice(0, 16).replace('T', ' ')} UTC, on ${r.machine.cpu} (${r.machine.cores} cores), Node ${r.machine.node}; details under [Machine](#machine).`,
    '',
    '## At a glance',
    '',
    '| measure | intake-screening | survey-core | survey-core ÷ intake-screening |',
    '|---|---:|---:|---:|',
    `| Interactive intake, median | ${withUnit(r.interactive.ours.median, 'ms')} | ${withUnit(r.interactive.surveyCore.median, 'ms')} | ${times(r.interactive.ratio.median)} |`,
    `| Server re-check, median${fair ? ' (survey-core reusing one `Model`)' : ''} | ${withUnit(r.recheck.ours.median, 'ms')} | ${withUnit(r.recheck.surveyCore.median, 'ms')} | ${times(r.recheck.ratio.median)} |`,
    ...(r.recheckNewModel === undefined
      ? []
      : [
          `| Server re-check, median (survey-core \`new Model\` per set) | ${withUnit(r.recheckNewModel.ours.median, 'ms')} | ${withUnit(r.recheckNewModel.surveyCore.median, 'ms')} | ${times(r.recheckNewModel.ratio.median)} |`,
        ]),
    `| Re-checks per second, one thread | ${fmt(r.recheck.oursPerSecond)} | ${fmt(r.recheck.surveyCorePerSecond)} | ${times(r.recheck.oursPerSecond / r.recheck.surveyCorePerSecond)} |`,
    `| One transition, median | ${withUnit(r.transition.ours.median, 'µs')} | ${withUnit(r.transition.surveyCore.median, 'µs')} | ${times(r.transition.ratio.median)} |`,
    `| One transition, p99 | ${withUnit(r.transition.ours.p99, 'µs')} | ${withUnit(r.transition.surveyCore.p99, 'µs')} | ${times(r.transition.ratio.p99)} |`,
    `| Cold import, median | ${withUnit(cold('intake-screening'), 'ms')} | ${withUnit(cold('survey-core'), 'ms')} | ${times(r.coldImport.ratio.median)} |`,
    '',
    '## Targets',
    '',
    `The speed targets of issue 9. Its 1 ms is for a ~60-answer intake; these scripts have a median of ${fmt(r.scripts.answersMedian)} answers. The byte budgets (core entry with dependencies ≤ 50 KB min+gzip, own code ≤ 15 KB) are checked by size-limit in CI, not here.`,
    '',
    '| target | measured | met |',
    '|---|---:|:-:|',
    ...r.targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`),
    '',
    missed.length === 0
      ? 'Every target was met in this run.'
      : `${missed.length} of ${r.targets.length} missed in this run; see [Notes](#notes) for what the profiles show.`,
    '',
    '## Measures',
    '',
    `Scripts: ${r.scripts.people} seeded people (seed ${o.seed}), ${r.scripts.answersMin}–${r.scripts.answersMax} answers each (median ${fmt(r.scripts.answersMedian)}); all ${r.scripts.checked} checked to give the same visible items and the same PHQ-9 and GAD-7 totals in both libraries before anything was timed.`,
    '',
    '### 1. Interactive intake',
    '',
    'One sample is one whole intake. intake-screening: start the flow, send one `ANSWER` at a time and read the view (`describeIntake`) after each, `NEXT` at each section end, `SUBMIT`, take the referral summary. survey-core: `new Model`, `setValue` then `getAllQuestions(true)` after each answer, `nextPage()` at each page end, `doComplete()`, read the totals.',
    '',
    ...comparisonTable(r.interactive),
    '',
    '### 2. Server re-check',
    '',
    fair
      ? 'One sample is one finished answer set. intake-screening: `summarize(q, answers)` (validate, resolve visibility, score, summarize). survey-core as a server would run it: one `Model` built once and reused, `clear(true, true)`, `data = answers`, `doComplete()`, read the totals (checked to give the totals a fresh model gives on every script).'
      : 'One sample is one finished answer set. intake-screening: `summarize(q, answers)` (validate, resolve visibility, score, summarize). survey-core: `new Model`, `data = answers`, `doComplete()`, read the totals.',
    '',
    ...comparisonTable(r.recheck),
    '',
    ...(r.recheckNewModel === undefined
      ? []
      : [
          'The same with survey-core building a `new Model` per answer set (what this page published as the headline before 2026-12-04):',
          '',
          ...comparisonTable(r.recheckNewModel),
          '',
        ]),
    fair
      ? `Back to back on one thread, both in mitata's own loop over ${fmt(o.throughputMs / 1000)} s: intake-screening ${fmt(r.recheck.oursPerSecond)} summaries/s; survey-core ${fmt(r.recheck.surveyCorePerSecond)} answer sets/s (one reused \`Model\`).`
      : `Back to back on one thread: intake-screening ${fmt(r.recheck.oursPerSecond)} summaries/s (mitata's own loop over ${fmt(o.throughputMs / 1000)} s); survey-core ${fmt(r.recheck.surveyCorePerSecond)} models/s (from the mean above).`,
    '',
    '### 3. One transition',
    '',
    `One sample is one answer in a running intake, over every answer of ${r.transition.intakes.toLocaleString('en-US')} intakes per library: intake-screening \`actor.send({ type: 'ANSWER', … })\`, survey-core \`setValue\`. Starting the intake, \`NEXT\` / \`nextPage()\` and acknowledging a safety interrupt happen between samples, untimed.`,
    '',
    ...comparisonTable(r.transition),
    '',
    '### 4. Cold import',
    '',
    `A fresh \`node\` process per run, ${o.cold} runs per target after one untimed round that warms the file cache, targets in rotating order. "import" is \`await import(…)\` timed inside the child; "whole process" is spawn to exit, timed outside (the first row is Node starting and exiting with no import).`,
    '',
    ...coldTable(r.coldImport.targets),
    '',
    ratioLine(r.coldImport.ratio),
    '',
    '## Machine',
    '',
    `- CPU: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; ${r.machine.platform}`,
    `- Node ${r.machine.node}; ${Object.entries(r.machine.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `- Code: commit ${r.source.commit}${r.source.dirty ? ' with uncommitted changes' : ''}; built package \`${o.dist.replace(/^.*\/(?=dist$)/, '')}\``,
    `- Load average (1, 5, 15 min) before: ${r.load.before.loadavg.join(', ')}; after: ${r.load.after.loadavg.join(', ')}`,
    `- Full collections between phases: ${r.harness.gcExposed ? 'yes (--expose-gc)' : '**no** (Node ran without --expose-gc)'}; survey-core: ${r.harness.surveyCore}`,
    `- Run took ${fmt(r.seconds / 60)} min: ${r.parts.map((p) => `${p.part} ${fmt(p.seconds)} s`).join(', ')}`,
    `- Options: ${Object.entries(o)
      .filter(([k]) => !['dist', 'docs', 'name'].includes(k))
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ')}`,
    '',
    '## Method',
    '',
    '- **Same work.** The survey-core twin is generated from the definition (`bench/twin/`): one page per section, every item `when` as `visibleIf`, "prefer not to answer" as an extra choice, PHQ-9 and GAD-7 as `calculatedValues` with our rules (hidden items count 0; a visible item unanswered or declined leaves the total empty), hidden answers cleared at once. The bench refuses to time anything unless every script gives the same visible items and totals in both; `tests/bench/twin.test.ts` also checks it answer by answer through the running flow. survey-core runs headless with `settings.animationEnabled = false`, as on a server.',
    "- **Harness.** Every in-process measure (1–3 and the throughput) is taken with [mitata](https://github.com/evanwashere/mitata) 1.0 `measure()`. Inputs are mitata computed parameters, made outside the timer, so the one-transition samples are exactly one `send` / `setValue`; batching is off, so each sample is one call and the p99 is real; mitata's default trimming (it drops the two fastest and two slowest samples) is off; results go through `do_not_optimize`. The throughput uses mitata's default loop (batched when calls are short).",
    `- **Pairing.** mitata measures one function at a time, so the bench alternates: each measure is split into ${o.rounds} phases per library over the same scripts, run in ABBA order (ours, survey-core, survey-core, ours, …) so a change in machine load falls on both. Each phase starts with a full collection, then untimed intakes (ours ${o.warmup}, re-checks ${o.warmup * 10}; survey-core ${o.surveyWarmup}) because a long run of one library leaves the other's code cold and a forced collection shrinks V8's young generation (timing right after it tripled our re-check), and the event loop runs its timers between phases so nothing deferred (survey-core's short timers hold each model until they fire) runs on the other library's clock.`,
    '- **Cold import** is the one measure outside mitata: it needs a fresh process per sample, which an in-process harness cannot give, so it spawns `node` itself.',
    '- **Not measured here:** rendering. Both libraries are measured headless; a UI on top adds the same for both.',
    '',
    '## Reproduce',
    '',
    '```sh',
    'npm ci',
    'npm run bench               # the full run: bench/results/<date>.json and this page',
    'npm run bench -- --quick    # a smoke run in under a minute: bench/results/<date>-quick.json only',
    'npm run bench -- --transitions=200 --name=short   # any count can be changed',
    'node node_modules/.cache/intake-screening-bench/write-docs.js   # re-render this page from the newest full run',
    'npm run bench:shapes        # the hostile input shapes of issue 18 (table under Notes)',
    '```',
    '',
    'Options (`--name=value`): `--people`, `--seed`, `--intakes` (interactive and re-check, per library), `--transitions` (intakes whose every answer is timed), `--rounds`, `--warmup`, `--survey-warmup`, `--throughput-ms`, `--cold`, `--dist` (another build), `--name`, `--docs` (page to write, `none` for none). Close other work first: the load average is recorded, not corrected for.',
    '',
    '## Notes',
    '',
    notes.trim(),
    '',
  );
  return lines.join('\n');
}
