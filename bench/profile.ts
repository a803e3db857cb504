/**
 * Runs one of our measured paths in a loop, without survey-core, for
 * `node --cpu-prof`. Usage (after `npm run build` and the bench bundle):
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/profiles node_modules/.cache/intake-screening-bench/profile.js interactive 2000
 *
 * The first argument is `interactive`, `recheck` or `answer`; the second the
 * number of timed intakes (or re-checks). `--dist=…` picks another build,
 * `--intake=…` the build whose bundled `substanceUseIntake` is run,
 * `--warmup=N` runs N untimed ones first, `--phases=R` splits the timed ones
 * into R phases each after its own N untimed ones (the schedule of `npm run
 * bench`), `--people=` and `--seed=` set the scripts (200 people by default),
 * `--json` prints the result as one JSON line: `npm run bench:compare` runs
 * each build's measures this way, each in its own process. `--flows-before=N`
 * runs N untimed interactive intakes before anything else, as a server that
 * took intake flows before its first re-check. `--by-held` (with
 * `answer`) also prints one ANSWER's time by how many answers the flow held
 * before it, ten at a time (bench/notes.md, "The answers copy").
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as QuestionnairesModule from '../questionnaires/index.js';
import type { QuestionnaireInput } from '../src/definition/types.js';
import { type Lib, ourIntake, prepare } from './harness/drivers.js';
import { type OwnMeasure, OWN_MEASURES, ownLoop } from './harness/own-loop.js';
import { byHeld, distribution } from './harness/stats.js';
import { answerScripts } from './scripts/answer-scripts.js';
import { toSurveyTwin } from './twin/to-survey-json.js';

const argv = process.argv.slice(2);
const args = argv.filter((a) => !a.startsWith('--'));
const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const int = (name: string, fallback: number) => {
  const n = Number(flag(name) ?? fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number.`);
  return n;
};
const dist = flag('dist') ?? join(process.cwd(), 'dist');
const what = (args[0] ?? 'interactive') as OwnMeasure;
const count = Number(args[1] ?? 2000);
if (!OWN_MEASURES.includes(what) || !Number.isInteger(count) || count < 1) {
  throw new Error(
    'Usage: profile.js interactive|recheck|answer [intakes] [--dist=path] [--intake=path] [--warmup=N] [--phases=R] [--people=N] [--seed=N] [--json] [--by-held] [--flows-before=N]',
  );
}

if (argv.includes('--by-held') && what !== 'answer') throw new Error('--by-held bins single ANSWERs: use it with the answer measure.');

const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Lib;
// `--intake=<dist>` runs another build's bundled intake through this build's code: two builds of different intakes
// then do the same work, so the comparison is of the code alone.
const bundled = (await import(pathToFileURL(join(flag('intake') ?? dist, 'questionnaires.js')).href)) as typeof QuestionnairesModule;
const q: QuestionnaireInput = bundled.substanceUseIntake;
const twin = toSurveyTwin(q);
const prepared = answerScripts(q, {
  count: int('people', 200) || 1,
  seed: int('seed', 20240601),
  visibility: (answers) => {
    const ev = lib.resolveAnswers(q, answers).evaluation;
    return (id) => ev.visible(id);
  },
}).map((s) => prepare(s, twin));

// A server that ran intake flows before its first re-check: V8 may by then have tenured allocation sites the flow's
// final summary shares with the re-check (bench/notes.md, "A flow before the re-check").
const flowsBefore = int('flows-before', 0);
for (let i = 0; i < flowsBefore; i++) ourIntake(lib, q, prepared[i % prepared.length] as (typeof prepared)[number]);

const result = ownLoop(lib, q, prepared, what, { count, warmup: int('warmup', 0), phases: int('phases', 1) || 1, held: argv.includes('--by-held') });
if (argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const d = distribution(result.samples);
  process.stdout.write(
    `${what}: n=${d.n} median ${d.median.toFixed(3)} p90 ${d.p90.toFixed(3)} p99 ${d.p99.toFixed(3)} ${result.unit}; CPU time per sample ${result.cpuPerSample.toFixed(3)} (sink ${result.sink})\n`,
  );
  if (result.held !== undefined) {
    process.stdout.write('answers held before the ANSWER | ANSWERs | median | p90 | p99 (µs)\n');
    for (const row of byHeld(result.samples, result.held, 10)) {
      const b = row.distribution;
      process.stdout.write(`${row.from}–${row.to} | ${b.n} | ${b.median.toFixed(2)} | ${b.p90.toFixed(2)} | ${b.p99.toFixed(2)}\n`);
    }
  }
}
