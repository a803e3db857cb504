/**
 * Our own three timed measures (interactive intake, server re-check, one
 * transition, plus back-to-back re-check throughput) on two builds of the
 * library in one process, their phases alternating as in `npm run bench`, so a
 * change is judged against the build before it under the same machine load.
 * survey-core, the twin check and cold imports are left out.
 *
 * `npm run bench:compare -- --baseline=<dist of the other build>` (the build
 * under test is dist/, or --dist); every `npm run bench` option applies
 * (`--quick`, `--intakes=`, `--rounds=` …).
 *
 * `--own-intake`: each build runs its own bundled `substanceUseIntake` with
 * scripts built from that intake's visibility (same seed), for a baseline
 * whose intake differs (the build a published docs/benchmarks.md run came
 * from): the ratio is then "that release on its intake" against "this build on
 * today's", which is what "no slower than the published run" asks.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as QuestionnairesModule from '../questionnaires/index.js';
import type { QuestionnaireInput } from '../src/definition/types.js';
import { type Lib, ourIntake, ourRecheck, prepare } from './harness/drivers.js';
import { fmt } from './harness/docs.js';
import { parseOptions } from './harness/options.js';
import { compare, type Comparison } from './harness/report.js';
import { scriptPhases } from './harness/phases.js';
import { alternate, gcExposed, throughput } from './harness/sample.js';
import { ourSteps } from './harness/steps.js';
import { answerScripts } from './scripts/answer-scripts.js';
import { toSurveyTwin } from './twin/to-survey-json.js';

const root = process.cwd();
const argv = process.argv.slice(2);
const baselineArg = argv.find((a) => a.startsWith('--baseline='));
if (baselineArg === undefined) throw new Error('Give the other build: --baseline=<its dist directory>.');
const baseline = resolve(baselineArg.slice('--baseline='.length));
const ownIntake = argv.includes('--own-intake');
const opts = parseOptions(
  argv.filter((a) => a !== baselineArg && a !== '--own-intake'),
  { dist: join(root, 'dist'), date: new Date().toISOString().slice(0, 10), docs: 'none' },
);
const log = (s: string) => process.stderr.write(`${s}\n`);
if (!gcExposed()) log("warning: run node with --expose-gc, or garbage of one phase is collected on the next one's clock");

const load = async (dist: string) => ({
  lib: (await import(pathToFileURL(join(dist, 'index.js')).href)) as Lib,
  q: ((await import(pathToFileURL(join(dist, 'questionnaires.js')).href)) as typeof QuestionnairesModule).substanceUseIntake as QuestionnaireInput,
});
const after = await load(opts.dist);
const before = await load(baseline);
log(
  `compare: ${opts.dist} (after) against ${baseline} (before); ${opts.people} people, ${opts.intakes} intakes, ${opts.transitions} transition intakes, ${opts.rounds} rounds`,
);

// One set of scripts, from the build under test's own visibility; both builds must take them. Building the scripts
// calls resolveAnswers on thousands of partial answer sets of varied shapes, which leaves that build's inline caches
// polymorphic: done on one build only, it made the re-check (identical code in both) about 2× slower in whichever
// build was loaded as --dist. Both builds see the same calls (the visibility questions included: asked of one
// build only, an A/A run of one build against a copy of itself still timed the re-check about 2.5× slower on the
// --dist side), so neither starts the timing warmer or colder.
// With --own-intake each build gets scripts from its own intake, so each makes its own calls.
const scriptsFor = (b: typeof after, other?: typeof after) =>
  answerScripts(b.q, {
    count: opts.people,
    seed: opts.seed,
    visibility: (answers) => {
      const twin = other?.lib.resolveAnswers(other.q, answers).evaluation;
      const ev = b.lib.resolveAnswers(b.q, answers).evaluation;
      return twin === undefined
        ? (id) => ev.visible(id)
        : (id) => {
            twin.visible(id);
            return ev.visible(id);
          };
    },
  });
const phasesFor = (b: typeof after, scripts: ReturnType<typeof scriptsFor>) => {
  const twin = toSurveyTwin(b.q);
  return scriptPhases(scripts.map((s) => prepare(s, twin)));
};
const afterPhases = ownIntake ? phasesFor(after, scriptsFor(after)) : phasesFor(after, scriptsFor(after, before));
const beforePhases = ownIntake ? phasesFor(before, scriptsFor(before)) : afterPhases;
log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}${ownIntake ? '; each build on its own intake' : ''}`,
);

type Build = typeof after;
const phasesOf = (b: Build) => (b === after ? afterPhases : beforePhases);
const intake = (b: Build) => phasesOf(b).perScript((p) => ourIntake(b.lib, b.q, p), opts.warmup);
const recheck = (b: Build) => phasesOf(b).perScript((p) => ourRecheck(b.lib, b.q, p), opts.warmup * 10);
const steps = (b: Build) => phasesOf(b).perAnswer((ps) => ourSteps(b.lib, b.q, ps), opts.warmup);

log('interactive intakes…');
const interactive = compare(await alternate(opts.intakes, opts.rounds, intake(after), intake(before)), 'ms', 'one whole intake', opts.intakes);
log('server re-checks…');
const recheckC = compare(await alternate(opts.intakes, opts.rounds, recheck(after), recheck(before)), 'ms', 'one finished answer set', opts.intakes);
// Back to back, in halves ordered before, after, after, before, so a drift in load falls on both.
const perSecond = async (b: Build) => {
  let k = 0;
  return throughput(
    () => phasesOf(b).at(k++),
    (p) => ourRecheck(b.lib, b.q, p),
    opts.throughputMs / 2,
  );
};
const b1 = await perSecond(before);
const a1 = await perSecond(after);
const a2 = await perSecond(after);
const b2 = await perSecond(before);
const perSecondBefore = (b1 + b2) / 2;
const perSecondAfter = (a1 + a2) / 2;
log('single transitions…');
const transition = compare(
  await alternate(opts.transitions, opts.rounds, steps(after), steps(before)),
  'µs',
  'one answer in a running intake',
  opts.transitions,
);

// In Comparison, `ours` is the build under test and `surveyCore` the baseline.
const row = (label: string, c: Comparison, stat: 'median' | 'p99' = 'median') =>
  `| ${label} | ${fmt(c.surveyCore[stat])} ${c.unit} | ${fmt(c.ours[stat])} ${c.unit} | ${fmt(c.ratio[stat])}× |`;
process.stdout.write(
  [
    `${opts.quick ? 'SMOKE RUN (--quick): not meaningful numbers.\n' : ''}| measure (substanceUseIntake) | before | after | speed-up (above 1: after is faster) |`,
    '|---|---|---|---|',
    row('interactive intake, median', interactive),
    row('server re-check, median', recheckC),
    `| re-checks per second, back to back | ${fmt(perSecondBefore)} | ${fmt(perSecondAfter)} | ${fmt(perSecondAfter / perSecondBefore)}× |`,
    row('one transition, median', transition),
    row('one transition, p99', transition, 'p99'),
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
    '',
  ].join('\n'),
);
