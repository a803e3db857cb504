/**
 * Runs one of our measured paths in a loop, without survey-core, for
 * `node --cpu-prof`. Usage (after `npm run build` and the bench bundle):
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/profiles node_modules/.cache/intake-screening-bench/profile.js interactive 2000
 *
 * The first argument is `interactive`, `recheck` or `answer`; the second the
 * number of intakes. `--dist=…` picks another build.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as QuestionnairesModule from '../questionnaires/index.js';
import type { QuestionnaireInput } from '../src/definition/types.js';
import { type Lib, ourIntake, ourRecheck, prepare, type PreparedScript } from './harness/drivers.js';
import { distribution } from './harness/stats.js';
import { ourSteps } from './harness/steps.js';
import { answerScripts } from './scripts/answer-scripts.js';
import { toSurveyTwin } from './twin/to-survey-json.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const distArg = process.argv.slice(2).find((a) => a.startsWith('--dist='));
const dist = distArg ? distArg.slice('--dist='.length) : join(process.cwd(), 'dist');
const what = args[0] ?? 'interactive';
const count = Number(args[1] ?? 2000);
if (!['interactive', 'recheck', 'answer'].includes(what) || !Number.isInteger(count) || count < 1) {
  throw new Error('Usage: profile.js interactive|recheck|answer [intakes] [--dist=path]');
}

const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Lib;
const bundled = (await import(pathToFileURL(join(dist, 'questionnaires.js')).href)) as typeof QuestionnairesModule;
const q: QuestionnaireInput = bundled.substanceUseIntake;
const twin = toSurveyTwin(q);
const prepared: PreparedScript[] = answerScripts(q, {
  count: 200,
  seed: 20240601,
  visibility: (answers) => {
    const ev = lib.resolveAnswers(q, answers).evaluation;
    return (id) => ev.visible(id);
  },
}).map((s) => prepare(s, twin));

// Plain hrtime here: this is a loop for the profiler, not a measure (run.ts measures with mitata).
// The loop's CPU time (user + system) is printed too: on a shared machine whose load swings, the CPU time per
// intake moves far less than wall-clock samples, so alternating runs of two builds compare on it.
const samples: number[] = [];
let sink = 0;
const cpu0 = process.cpuUsage();
if (what === 'answer') {
  const walker = ourSteps(
    lib,
    q,
    Array.from({ length: count }, (_, i) => prepared[i % prepared.length] as PreparedScript),
  );
  for (let i = 0; i < walker.total; i++) {
    const step = walker.next();
    const t0 = process.hrtime.bigint();
    step();
    samples.push(Number(process.hrtime.bigint() - t0));
  }
} else {
  for (let i = 0; i < count; i++) {
    const p = prepared[i % prepared.length] as PreparedScript;
    const t0 = process.hrtime.bigint();
    sink += what === 'interactive' ? ourIntake(lib, q, p) : ourRecheck(lib, q, p);
    samples.push(Number(process.hrtime.bigint() - t0));
  }
}
const cpu = process.cpuUsage(cpu0);
const d = distribution(samples);
const unit = what === 'answer' ? 1e3 : 1e6;
const cpuPerSample = ((cpu.user + cpu.system) * 1e3) / d.n / unit;
process.stdout.write(
  `${what}: n=${d.n} median ${(d.median / unit).toFixed(3)} p90 ${(d.p90 / unit).toFixed(3)} p99 ${(d.p99 / unit).toFixed(3)} ${what === 'answer' ? 'µs' : 'ms'}; CPU time per sample ${cpuPerSample.toFixed(3)} (sink ${sink})\n`,
);
