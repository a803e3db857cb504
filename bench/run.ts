/**
 * The benchmark: intake-screening (the built package in dist/) against a
 * survey-core twin of the same intake, in one process, plus cold imports in
 * fresh processes. Run with `npm run bench` (see docs/benchmarks.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Model, settings } from 'survey-core';
import type * as QuestionnairesModule from '../questionnaires/index.js';
import type { QuestionnaireInput } from '../src/definition/types.js';
import { coldImports } from './harness/cold-import.js';
import {
  type Lib,
  ourAnswerTimes,
  ourIntake,
  ourRecheck,
  prepare,
  type PreparedScript,
  surveyAnswerTimes,
  surveyIntake,
  surveyRecheck,
} from './harness/drivers.js';
import { loadInfo, machineInfo } from './harness/machine.js';
import { parseOptions } from './harness/options.js';
import { type BenchResults, type Comparison, markdown, type TargetCheck } from './harness/report.js';
import { paired, throughput } from './harness/sample.js';
import { distribution, quantile, scaled } from './harness/stats.js';
import { answerScripts } from './scripts/answer-scripts.js';
import { toSurveyTwin } from './twin/to-survey-json.js';

// Headless, as on a server: survey-core's UI animations otherwise queue a
// microtask per visibility change, which a synchronous loop never drains (the
// models then pile up until the heap runs out) and which is rendering work.
settings.animationEnabled = false;

const root = process.cwd();
const opts = parseOptions(process.argv.slice(2), { dist: join(root, 'dist'), name: new Date().toISOString().slice(0, 10) });
const log = (s: string) => process.stderr.write(`${s}\n`);
const before = loadInfo();
log(`bench: ${opts.people} people, ${opts.intakes} intakes per library, dist ${opts.dist}; ${before.uptime}`);

const lib = (await import(pathToFileURL(join(opts.dist, 'index.js')).href)) as Lib;
const bundled = (await import(pathToFileURL(join(opts.dist, 'questionnaires.js')).href)) as typeof QuestionnairesModule;
const q: QuestionnaireInput = bundled.substanceUseIntake;

// Answer scripts come from our own visibility; the check below and
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
const prepared: PreparedScript[] = scripts.map((s) => prepare(s, twin));

// Refuse to time work that is not the same: every script's PHQ-9 and GAD-7
// totals must agree between our summary and survey-core's calculated values.
log('checking the twin gives the same totals for every script…');
for (const p of prepared) {
  const ours = lib.summarize(q, p.answers).instruments;
  const survey = new Model(twin.json);
  survey.data = p.data;
  survey.doComplete();
  for (const [scoreId, name] of twin.scoreNameOf) {
    const mine = ours.find((i) => i.scoreId === scoreId)?.score ?? null;
    const raw: unknown = survey.getVariable(name);
    const theirs = typeof raw === 'number' ? raw : null;
    if (mine !== theirs) throw new Error(`Script ${p.script.id}: ${scoreId} is ${mine} here and ${theirs} in survey-core.`);
  }
}

const NS_TO_MS = 1e-6;
const NS_TO_US = 1e-3;
function compare(ours: number[], theirs: number[], factor: number, unit: Comparison['unit']): Comparison {
  const a = scaled(distribution(ours), factor);
  const b = scaled(distribution(theirs), factor);
  return { unit, ours: a, surveyCore: b, ratio: { median: b.median / a.median, p90: b.p90 / a.p90 } };
}
const sampling = { count: opts.intakes, warmup: opts.warmup, block: opts.block };

log('interactive intakes…');
const interactiveRaw = await paired(prepared, (p) => ourIntake(lib, q, p), (p) => surveyIntake(Model, twin, p), sampling);
const interactive = compare(interactiveRaw.ours, interactiveRaw.theirs, NS_TO_MS, 'ms');

log('server re-checks…');
const recheckRaw = await paired(prepared, (p) => ourRecheck(lib, q, p), (p) => surveyRecheck(Model, twin, p), sampling);
const oursPerSecond = throughput(prepared, (p) => ourRecheck(lib, q, p), Math.max(2000, opts.intakes * 2));
const recheck = {
  ...compare(recheckRaw.ours, recheckRaw.theirs, NS_TO_MS, 'ms'),
  oursPerSecond: oursPerSecond.perSecond,
  surveyCorePerSecond: 1e9 / distribution(recheckRaw.theirs).mean,
};

log('single answers…');
const transitionIntakes = Math.min(opts.intakes, 200);
const ourTimes: number[] = [];
const surveyTimes: number[] = [];
for (let i = 0; i < Math.min(opts.warmup, transitionIntakes); i++) ourAnswerTimes(lib, q, prepared[i % prepared.length] as PreparedScript, []);
for (let i = 0; i < transitionIntakes; i++) {
  const p = prepared[i % prepared.length] as PreparedScript;
  ourAnswerTimes(lib, q, p, ourTimes);
  surveyAnswerTimes(Model, twin, p, surveyTimes);
}
const transition = { ...compare(ourTimes, surveyTimes, NS_TO_US, 'µs'), samples: { ours: ourTimes.length, surveyCore: surveyTimes.length } };

log('cold imports…');
const distUrl = (file: string) => pathToFileURL(join(opts.dist, file)).href;
const cold = coldImports(
  [
    { name: 'node (no import)', specifier: '' },
    { name: 'intake-screening', specifier: distUrl('index.js') },
    { name: 'intake-screening/questionnaires', specifier: distUrl('questionnaires.js') },
    { name: 'survey-core', specifier: 'survey-core' },
    { name: 'zod', specifier: 'zod' },
    { name: 'xstate', specifier: 'xstate' },
  ],
  opts.cold,
  root,
);
const after = loadInfo();

const answers = scripts.map((s) => s.answerCount).sort((a, b) => a - b);
const targets: TargetCheck[] = [
  { target: 'interactive intake ≥ 100× faster than survey-core (median)', measured: `${interactive.ratio.median.toFixed(0)}×`, met: interactive.ratio.median >= 100 },
  { target: 'interactive intake < 1 ms (median)', measured: `${interactive.ours.median.toFixed(3)} ms`, met: interactive.ours.median < 1 },
  { target: 'server re-check ≥ 500× faster than survey-core (median)', measured: `${recheck.ratio.median.toFixed(0)}×`, met: recheck.ratio.median >= 500 },
  { target: '≥ 20,000 summaries/s on one core', measured: `${Math.round(recheck.oursPerSecond)}/s`, met: recheck.oursPerSecond >= 20_000 },
  { target: 'one ANSWER event < 20 µs at p99', measured: `${transition.ours.p99.toFixed(1)} µs`, met: transition.ours.p99 < 20 },
];

const results: BenchResults = {
  name: opts.name,
  date: new Date().toISOString(),
  machine: machineInfo(root),
  load: { before, after },
  options: opts,
  scripts: { people: scripts.length, answersMedian: quantile(answers, 0.5), answersMin: answers[0] ?? 0, answersMax: answers[answers.length - 1] ?? 0, checked: prepared.length },
  interactive,
  recheck,
  transition,
  coldImport: cold,
  targets,
};
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${opts.name}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
// The sinks keep every measured call observable.
log(`wrote ${file} (sink ${interactiveRaw.sink + recheckRaw.sink + oursPerSecond.sink})`);
process.stdout.write(`${markdown(results)}\n`);
