/**
 * The server re-check alone, on the terms of `npm run bench` (same scripts,
 * twin check, phases alternating, mitata): ours against survey-core reusing
 * one `Model` (the headline since issue 19) and against survey-core building
 * a `new Model` per answer set, plus both libraries' back-to-back throughput.
 * Prints medians; writes nothing. For a busy machine where the whole bench
 * would take too long:
 *
 *   npm run build:js && npx tsup --config bench/tsup.config.ts
 *   node --expose-gc node_modules/.cache/intake-screening-bench/recheck.js --people=100 --intakes=200 --rounds=4
 *
 * Every `npm run bench` option applies.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Model, settings } from 'survey-core';
import type * as QuestionnairesModule from '../questionnaires/index.js';
import type { QuestionnaireInput } from '../src/definition/types.js';
import { checkTwin } from './harness/check-twin.js';
import { type Lib, ourRecheck, prepare, surveyRecheck, surveyRecheckReused } from './harness/drivers.js';
import { fmt } from './harness/docs.js';
import { loadInfo } from './harness/machine.js';
import { parseOptions } from './harness/options.js';
import { compare, type Comparison } from './harness/report.js';
import { scriptPhases } from './harness/phases.js';
import { alternate, throughput } from './harness/sample.js';
import { answerScripts } from './scripts/answer-scripts.js';
import { toSurveyTwin } from './twin/to-survey-json.js';

settings.animationEnabled = false;
const root = process.cwd();
const opts = parseOptions(process.argv.slice(2), { dist: join(root, 'dist'), date: new Date().toISOString().slice(0, 10), docs: 'none' });
const log = (s: string) => process.stderr.write(`${s}\n`);
const lib = (await import(pathToFileURL(join(opts.dist, 'index.js')).href)) as Lib;
const q: QuestionnaireInput = ((await import(pathToFileURL(join(opts.dist, 'questionnaires.js')).href)) as typeof QuestionnairesModule).substanceUseIntake;
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
const mismatches = checkTwin(lib, Model, q, twin, prepared);
if (mismatches.length > 0) throw new Error(`The twin differs: ${JSON.stringify(mismatches.slice(0, 5))}`);
const { at, perScript } = scriptPhases(prepared);
const before = loadInfo();
log(`re-check: ${opts.people} people, ${opts.intakes} answer sets per library, ${opts.rounds} rounds; load ${before.loadavg.join(', ')}`);

const server = new Model(twin.json);
const ours = perScript((p) => ourRecheck(lib, q, p), opts.warmup * 10);
const reused = compare(
  await alternate(
    opts.intakes,
    opts.rounds,
    ours,
    perScript((p) => surveyRecheckReused(server, twin, p), opts.surveyWarmup),
  ),
  'ms',
  'one finished answer set',
  opts.intakes,
);
const fresh = compare(
  await alternate(
    opts.intakes,
    opts.rounds,
    ours,
    perScript((p) => surveyRecheck(Model, twin, p), opts.surveyWarmup),
  ),
  'ms',
  'one finished answer set',
  opts.intakes,
);
let k = 0;
const oursPerSecond = await throughput(
  () => at(k++),
  (p) => ourRecheck(lib, q, p),
  opts.throughputMs,
);
const reusedPerSecond = await throughput(
  () => at(k++),
  (p) => surveyRecheckReused(server, twin, p),
  opts.throughputMs,
);
const freshPerSecond = await throughput(
  () => at(k++),
  (p) => surveyRecheck(Model, twin, p),
  opts.throughputMs,
);
const line = (label: string, c: Comparison) =>
  `${label.padEnd(34)} ours ${fmt(c.ours.median)} ms (p99 ${fmt(c.ours.p99)}), survey-core ${fmt(c.surveyCore.median)} ms (p99 ${fmt(c.surveyCore.p99)}): ${fmt(c.ratio.median)}×`;
process.stdout.write(
  [
    line('survey-core reusing one Model', reused),
    line('survey-core new Model per set', fresh),
    `per second, mitata's loop: ours ${fmt(oursPerSecond)}, survey-core reused ${fmt(reusedPerSecond)}, new Model ${fmt(freshPerSecond)}`,
    `load before ${before.loadavg.join(', ')}, after ${loadInfo().loadavg.join(', ')}`,
    '',
  ].join('\n'),
);
