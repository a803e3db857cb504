/**
 * The benchmark: intake-screening (the built package in dist/) against a
 * survey-core twin of the same intake, in one process, plus cold imports in
 * fresh processes. Writes bench/results/<name>.json and renders
 * docs/benchmarks.md from it. Run with `npm run bench` (`-- --quick` for a
 * smoke run); see docs/benchmarks.md.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Model, settings } from 'survey-core';
import type * as QuestionnairesModule from '../questionnaires/index.js';
import type { QuestionnaireInput } from '../src/definition/types.js';
import { checkTwin } from './harness/check-twin.js';
import { coldImports } from './harness/cold-import.js';
import { type Lib, ourIntake, ourRecheck, prepare, surveyIntake, surveyRecheck, surveyRecheckReused } from './harness/drivers.js';
import { fmt } from './harness/docs.js';
import { loadInfo, machineInfo, sourceInfo } from './harness/machine.js';
import { parseOptions } from './harness/options.js';
import { type BenchResults, checkTargets, coldRatio, compare, type PhaseTime } from './harness/report.js';
import { scriptPhases } from './harness/phases.js';
import { alternate, gcExposed, throughput } from './harness/sample.js';
import { quantile } from './harness/stats.js';
import { ourSteps, surveySteps } from './harness/steps.js';
import { writeDocs, writeResults } from './harness/write-results.js';
import { answerScripts } from './scripts/answer-scripts.js';
import { toSurveyTwin } from './twin/to-survey-json.js';

// Headless, as on a server: survey-core's UI animations otherwise queue a
// microtask per visibility change, which a synchronous loop never drains (the
// models then pile up until the heap runs out) and which is rendering work.
settings.animationEnabled = false;

const started = performance.now();
const root = process.cwd();
const opts = parseOptions(process.argv.slice(2), {
  dist: join(root, 'dist'),
  date: new Date().toISOString().slice(0, 10),
  docs: join(root, 'docs', 'benchmarks.md'),
});
const log = (s: string) => process.stderr.write(`${s}\n`);
const before = loadInfo();
log(
  `bench${opts.quick ? ' (quick)' : ''}: ${opts.people} people, ${opts.intakes} intakes and ${opts.transitions} transition intakes per library, ${opts.dist}`,
);
log(before.uptime);
if (!gcExposed()) log("warning: run node with --expose-gc, or garbage of one phase is collected on the next one's clock");

const parts: PhaseTime[] = [];
async function part<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  log(`${name}…`);
  const t0 = performance.now();
  const result = await run();
  parts.push({ part: name, seconds: Math.round((performance.now() - t0) / 100) / 10 });
  return result;
}

const lib = (await import(pathToFileURL(join(opts.dist, 'index.js')).href)) as Lib;
const bundled = (await import(pathToFileURL(join(opts.dist, 'questionnaires.js')).href)) as typeof QuestionnairesModule;
const q: QuestionnaireInput = bundled.substanceUseIntake;

// Answer scripts come from our own visibility; checkTwin below and
// tests/bench/twin.test.ts make sure survey-core sees the same items.
const scripts = answerScripts(q, {
  count: opts.people,
  seed: opts.seed,
  visibility: (answers) => {
    const ev = lib.resolveAnswers(q, answers).evaluation;
    return (id) => ev.visible(id);
  },
});
const twin = toSurveyTwin(q);
const prepared = scripts.map((s) => prepare(s, twin));

await part('twin check', () => {
  const mismatches = checkTwin(lib, Model, q, twin, prepared);
  if (mismatches.length > 0) {
    throw new Error(
      `The survey-core twin differs from the library, so timing it would not be fair:\n${mismatches
        .slice(0, 10)
        .map((m) => `  script ${m.script}, ${m.what}: ${m.detail}`)
        .join('\n')}`,
    );
  }
});

const { at, perScript, perAnswer } = scriptPhases(prepared);

const surveyWarmup = opts.surveyWarmup;
const interactive = await part('interactive intakes', async () =>
  compare(
    await alternate(
      opts.intakes,
      opts.rounds,
      perScript((p) => ourIntake(lib, q, p), opts.warmup),
      perScript((p) => surveyIntake(Model, twin, p), surveyWarmup),
    ),
    'ms',
    'one whole intake',
    opts.intakes,
  ),
);

const recheck = await part('server re-checks', async () => {
  // A re-check is a small part of an intake's work, so ours warms on ten times as many. survey-core reuses one
  // Model, as a server would (issue 19: the fair terms; a new Model per set is measured below, for the record).
  const server = new Model(twin.json);
  const raw = await alternate(
    opts.intakes,
    opts.rounds,
    perScript((p) => ourRecheck(lib, q, p), opts.warmup * 10),
    perScript((p) => surveyRecheckReused(server, twin, p), surveyWarmup),
  );
  // Both libraries back to back in mitata's own loop, the same way.
  let k = 0;
  const oursPerSecond = await throughput(
    () => at(k++),
    (p) => ourRecheck(lib, q, p),
    opts.throughputMs,
  );
  const surveyCorePerSecond = await throughput(
    () => at(k++),
    (p) => surveyRecheckReused(server, twin, p),
    opts.throughputMs,
  );
  return { ...compare(raw, 'ms', 'one finished answer set', opts.intakes), oursPerSecond, surveyCorePerSecond };
});

const recheckNewModel = await part('server re-checks, survey-core new Model per set', async () =>
  compare(
    await alternate(
      opts.intakes,
      opts.rounds,
      perScript((p) => ourRecheck(lib, q, p), opts.warmup * 10),
      perScript((p) => surveyRecheck(Model, twin, p), surveyWarmup),
    ),
    'ms',
    'one finished answer set',
    opts.intakes,
  ),
);

const transition = await part('single transitions', async () =>
  compare(
    await alternate(
      opts.transitions,
      opts.rounds,
      perAnswer((ps) => ourSteps(lib, q, ps), opts.warmup),
      perAnswer((ps) => surveySteps(Model, twin, ps), surveyWarmup),
    ),
    'µs',
    'one answer in a running intake',
    opts.transitions,
  ),
);

const coldTargets = await part('cold imports', () => {
  const distUrl = (file: string) => pathToFileURL(join(opts.dist, file)).href;
  return coldImports(
    [
      { name: 'node (no import)', specifier: '' },
      { name: 'intake-screening', specifier: distUrl('index.js') },
      { name: 'intake-screening/questionnaires', specifier: distUrl('questionnaires.js') },
      { name: 'survey-core', specifier: 'survey-core' },
      { name: 'zod', specifier: 'zod' },
      { name: 'zod/mini', specifier: 'zod/mini' },
      { name: 'xstate', specifier: 'xstate' },
    ],
    opts.cold,
    root,
  );
});
const after = loadInfo();

const answers = scripts.map((s) => s.answerCount).sort((a, b) => a - b);
const measures = { interactive, recheck, transition };
const results: BenchResults = {
  name: opts.name,
  date: new Date().toISOString(),
  quick: opts.quick,
  seconds: Math.round((performance.now() - started) / 1000),
  machine: machineInfo(root),
  source: sourceInfo(root),
  load: { before, after },
  harness: {
    mitata: machineInfo(root).versions['mitata'] ?? 'unknown',
    gcExposed: gcExposed(),
    surveyCore: 'settings.animationEnabled = false; re-check reuses one Model (clear(true, true), then data)',
  },
  options: opts,
  scripts: {
    people: scripts.length,
    answersMedian: quantile(answers, 0.5),
    answersMin: answers[0] ?? 0,
    answersMax: answers[answers.length - 1] ?? 0,
    checked: prepared.length,
  },
  ...measures,
  recheckNewModel,
  coldImport: { targets: coldTargets, ratio: coldRatio(coldTargets) },
  parts,
  targets: checkTargets(measures),
};

const file = writeResults(root, results);
log(`wrote ${file}`);
if (opts.docs !== '') {
  writeDocs(root, results, opts.docs);
  log(`wrote ${opts.docs}`);
}
const line = (label: string, c: { unit: string; ours: { median: number }; surveyCore: { median: number }; ratio: { median: number } }) =>
  `${label.padEnd(22)} ${fmt(c.ours.median).padStart(9)} ${c.unit.padEnd(3)} vs ${fmt(c.surveyCore.median).padStart(9)} ${c.unit.padEnd(3)} ${fmt(c.ratio.median).padStart(8)}×`;
process.stdout.write(
  [
    `${opts.quick ? 'SMOKE RUN (--quick): not meaningful numbers. ' : ''}Medians, intake-screening vs survey-core:`,
    line('interactive intake', interactive),
    line('server re-check', recheck),
    line('re-check, new Model', recheckNewModel),
    line('one transition', transition),
    `${'one transition p99'.padEnd(22)} ${fmt(transition.ours.p99).padStart(9)} µs  vs ${fmt(transition.surveyCore.p99).padStart(9)} µs  ${fmt(transition.ratio.p99).padStart(8)}×`,
    `re-checks per second:  ${fmt(recheck.oursPerSecond)} vs ${fmt(recheck.surveyCorePerSecond)}`,
    ...results.targets.map((t) => `${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.measured}`),
    `took ${fmt(results.seconds / 60)} min`,
    '',
  ].join('\n'),
);
