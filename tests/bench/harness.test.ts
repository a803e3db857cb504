import { answersOf } from '../../src/flow/answers-of.js';
import { Model, settings } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { benchmarksPage } from '../../bench/harness/docs.js';
import { prepare, type PreparedScript } from '../../bench/harness/drivers.js';
import { parseOptions } from '../../bench/harness/options.js';
import { ownLoop } from '../../bench/harness/own-loop.js';
import { type BenchResults, checkTargets, coldRatio, compare } from '../../bench/harness/report.js';
import { alternate, type PhaseRange, timePhase } from '../../bench/harness/sample.js';
import { byHeld, distribution, quantile } from '../../bench/harness/stats.js';
import { ourSteps, surveySteps } from '../../bench/harness/steps.js';
import { answerScripts } from '../../bench/scripts/answer-scripts.js';
import { toSurveyTwin } from '../../bench/twin/to-survey-json.js';
import { substanceUseIntake } from '../../questionnaires/index.js';
import * as lib from '../../src/index.js';

// These tests check what the bench measures and reports, never how fast anything is.
settings.animationEnabled = false;

const defaults = { dist: '/x/dist', date: '2030-01-02', docs: '/x/docs/benchmarks.md' };

describe('bench options', () => {
  it('default to a full run that writes the docs page', () => {
    const o = parseOptions([], defaults);
    expect(o).toMatchObject({ quick: false, intakes: 1000, transitions: 1000, name: '2030-01-02', docs: '/x/docs/benchmarks.md', dist: '/x/dist' });
  });

  it('make --quick a small run that leaves the docs page alone unless asked', () => {
    const quick = parseOptions(['--quick'], defaults);
    expect(quick.quick).toBe(true);
    expect(quick.intakes).toBeLessThan(20);
    expect(quick.name).toBe('2030-01-02-quick');
    expect(quick.docs).toBe('');
    expect(parseOptions(['--quick', '--docs=/tmp/page.md', '--intakes=9'], defaults)).toMatchObject({ docs: '/tmp/page.md', intakes: 9 });
  });

  it('read kebab-case numbers and refuse unknown or malformed ones', () => {
    expect(parseOptions(['--survey-warmup=5', '--throughput-ms=300', '--docs=none'], defaults)).toMatchObject({ surveyWarmup: 5, throughputMs: 300, docs: '' });
    expect(() => parseOptions(['--intake=5'], defaults)).toThrow(/Unknown option --intake/);
    expect(() => parseOptions(['--intakes=0'], defaults)).toThrow(/positive integer/);
    expect(() => parseOptions(['--intakes=2.5'], defaults)).toThrow(/positive integer/);
    expect(() => parseOptions(['--name=../x'], defaults)).toThrow(/--name/);
    expect(() => parseOptions(['intakes=5'], defaults)).toThrow(/Unknown argument/);
  });
});

describe('bench statistics', () => {
  it('interpolate quantiles between ranks', () => {
    const sorted = [10, 20, 30, 40, 50];
    expect(quantile(sorted, 0.5)).toBe(30);
    expect(quantile(sorted, 0.1)).toBeCloseTo(14);
    expect(quantile(sorted, 0.99)).toBeCloseTo(49.6);
    const d = distribution([50, 10, 40, 20, 30]);
    expect(d).toMatchObject({ n: 5, median: 30, min: 10, max: 50, mean: 30 });
  });

  it('give ratios as survey-core ÷ ours, in the unit asked', () => {
    const ours = [1000, 2000, 3000];
    const c = compare({ ours, theirs: ours.map((x) => x * 250) }, 'µs', 'one answer', 3);
    expect(c.ours.median).toBeCloseTo(2);
    expect(c.surveyCore.median).toBeCloseTo(500);
    expect(c.ratio.median).toBeCloseTo(250);
    expect(c.ratio.p99).toBeCloseTo(250);
  });
});

describe('bench sampling with mitata', () => {
  it('times every timed input once, after the untimed ones, one sample per call', async () => {
    const seen: number[] = [];
    let i = 0;
    const samples = await timePhase({ next: () => i++, warmup: 3, count: 20, work: (x: number) => seen.push(x) });
    expect(seen).toEqual(Array.from({ length: 23 }, (_, k) => k));
    expect(samples).toHaveLength(20);
    for (const s of samples) expect(s).toBeGreaterThanOrEqual(0);
  });

  it('alternates the libraries over the same ranges, in ABBA order, covering every script once', async () => {
    const calls: string[] = [];
    const runner = (who: string) => async (r: PhaseRange) => {
      calls.push(`${who} ${r.from}+${r.count}`);
      return Array.from({ length: r.count }, () => 1);
    };
    const paired = await alternate(10, 3, runner('ours'), runner('theirs'));
    expect(calls).toEqual(['ours 0+4', 'theirs 0+4', 'theirs 4+4', 'ours 4+4', 'ours 8+2', 'theirs 8+2']);
    expect(paired.ours).toHaveLength(10);
    expect(paired.theirs).toHaveLength(10);
  });
});

describe('single-answer steps', () => {
  const q = substanceUseIntake;
  const twin = toSurveyTwin(q);
  const scripts = answerScripts(q, {
    count: 2,
    seed: 7,
    visibility: (answers) => {
      const ev = lib.resolveAnswers(q, answers).evaluation;
      return (id) => ev.visible(id);
    },
  });
  const prepared: PreparedScript[] = scripts.map((s) => prepare(s, twin));

  it('send every answer of every script, in order, each into its own running flow', () => {
    const walker = ourSteps(lib, q, prepared);
    expect(walker.total).toBe(scripts[0]!.answerCount + scripts[1]!.answerCount);
    const flows = new Set<unknown>();
    for (const s of scripts) {
      for (let n = 0; n < s.answerCount; n++) walker.next()();
      const flow = walker.live!;
      flows.add(flow);
      expect(answersOf(flow.getSnapshot().context)).toEqual(s.answers);
      expect(flow.getSnapshot().context.issues).toEqual([]);
    }
    expect(flows.size).toBe(2);
    expect(walker.given).toBe(walker.total);
    expect(() => walker.next()).toThrow(/already handed out/);
  });

  it('time, in the loop bench:compare runs per process, exactly the calls asked for after the untimed ones', () => {
    const summaries = prepared.map((p) => lib.summarize(q, p.answers).instruments.length);
    // 1 untimed re-check on the script before the range (script 1, counting back), then 3 timed (scripts 0, 1, 0).
    const recheck = ownLoop(lib, q, prepared, 'recheck', { count: 3, warmup: 1 });
    expect(recheck).toMatchObject({ what: 'recheck', unit: 'ms', phaseSizes: [3] });
    expect(recheck.samples).toHaveLength(3);
    expect(recheck.sink).toBe(summaries[0]! * 2 + summaries[1]! * 2);
    expect(recheck.cpuPerSample).toBeGreaterThan(0);
    // Every ANSWER of the timed intake (script 0) is one sample; the untimed intake's (script 1) are not.
    expect(scripts[0]!.answerCount).not.toBe(scripts[1]!.answerCount);
    const answer = ownLoop(lib, q, prepared, 'answer', { count: 1, warmup: 1 });
    expect(answer.unit).toBe('µs');
    expect(answer.samples).toHaveLength(scripts[0]!.answerCount);
    const interactive = ownLoop(lib, q, prepared, 'interactive', { count: 2, warmup: 0 });
    expect(interactive.samples).toHaveLength(2);
    expect(interactive.sink).toBe(ownLoop(lib, q, [...prepared].reverse(), 'interactive', { count: 2, warmup: 0 }).sink);
  }, 60_000);

  it('record, beside each timed ANSWER, how many answers its flow held before it', () => {
    const plain = ownLoop(lib, q, prepared, 'answer', { count: 1, warmup: 1 });
    expect(plain.held).toBeUndefined();
    const answer = ownLoop(lib, q, prepared, 'answer', { count: 2, warmup: 1, held: true });
    const first = scripts[0]!.answerCount;
    expect(answer.held).toHaveLength(answer.samples.length);
    // A fresh flow per script: each starts from no answers and, in these scripts, only adds (no answer is changed or hidden).
    const expected = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(answer.held).toEqual([...expected(first), ...expected(scripts[1]!.answerCount)]);
    const bins = byHeld(answer.samples, answer.held!, 10);
    expect(bins[0]).toMatchObject({ from: 0, to: 9 });
    expect(bins.reduce((n, b) => n + b.distribution.n, 0)).toBe(answer.samples.length);
    expect(bins.map((b) => b.from)).toEqual([...new Set(answer.held!.map((h) => Math.floor(h / 10) * 10))].sort((a, b) => a - b));
    expect(() => byHeld([1, 2], [0], 10)).toThrow(/one count per sample/);
  }, 60_000);

  it('split the timed calls into phases as `npm run bench` does, each after its own untimed calls', () => {
    // Two phases of one intake each: script 0 timed after script 1, then script 1 timed after script 0.
    const answer = ownLoop(lib, q, prepared, 'answer', { count: 2, warmup: 1, phases: 2 });
    expect(answer.phaseSizes).toEqual([scripts[0]!.answerCount, scripts[1]!.answerCount]);
    expect(answer.samples).toHaveLength(scripts[0]!.answerCount + scripts[1]!.answerCount);
    // Phases of ceil(3 / 2) = 2 and 1 intakes: timed 0, 1 after 1, then 0 after 1; the untimed ones count in the sink.
    const one = (i: number) => ownLoop(lib, q, [prepared[i]!], 'interactive', { count: 1, warmup: 0 }).sink;
    const interactive = ownLoop(lib, q, prepared, 'interactive', { count: 3, warmup: 1, phases: 2 });
    expect(interactive.phaseSizes).toEqual([2, 1]);
    expect(one(0)).not.toBe(one(1));
    expect(interactive.sink).toBe(2 * one(0) + 3 * one(1));
  }, 60_000);

  it('set every value of every script on its own survey-core model, turning pages between them', () => {
    const walker = surveySteps(Model, twin, prepared);
    expect(walker.total).toBe(scripts[0]!.answerCount + scripts[1]!.answerCount);
    for (const [k, s] of scripts.entries()) {
      for (let n = 0; n < s.answerCount; n++) walker.next()();
      const survey = walker.live!;
      expect(survey.data).toEqual(prepared[k]!.data);
      const lastShown = s.pages.filter((p) => p.answers.length > 0).at(-1)!.section;
      expect(survey.currentPage.name).toBe(twin.pageOf.get(lastShown));
    }
  }, 60_000);
});

describe('the benchmarks page', () => {
  const dist = (median: number) => distribution([median * 0.5, median, median, median * 2]);
  const comparison = (ours: number, theirs: number) => {
    const c = compare({ ours: [ours * 1e6], theirs: [theirs * 1e6] }, 'ms', 'x', 1000);
    return { ...c, ours: dist(ours), surveyCore: dist(theirs), ratio: { median: theirs / ours, p10: theirs / ours, p90: theirs / ours, p99: theirs / ours } };
  };
  const cold = [
    { name: 'node (no import)', startupOnly: true, importMs: distribution([0]), processMs: dist(40) },
    { name: 'intake-screening', startupOnly: false, importMs: dist(20), processMs: dist(60) },
    { name: 'survey-core', startupOnly: false, importMs: dist(50), processMs: dist(90) },
  ];
  const measures = {
    interactive: comparison(0.5, 400),
    recheck: { ...comparison(0.04, 100), oursPerSecond: 25_000, surveyCorePerSecond: 10 },
    transition: { ...comparison(12, 5000), unit: 'µs' as const },
  };
  const load = { loadavg: [0.1, 0.2, 0.3], uptime: 'up' };
  const results = (quick: boolean): BenchResults => ({
    name: 'test-run',
    date: '2030-01-02T03:04:05.000Z',
    quick,
    seconds: 90,
    machine: { cpu: 'Test CPU', cores: 4, memoryGiB: 8, platform: 'linux', node: 'v20.0.0', versions: { 'survey-core': '3.1.1' } },
    source: { commit: 'abc', dirty: false },
    load: { before: load, after: load },
    harness: { mitata: '1.0.34', gcExposed: true, surveyCore: 'settings.animationEnabled = false' },
    options: parseOptions(quick ? ['--quick'] : [], defaults),
    scripts: { people: 400, answersMedian: 70, answersMin: 50, answersMax: 90, checked: 400 },
    ...measures,
    coldImport: { targets: cold, ratio: coldRatio(cold) },
    parts: [{ part: 'interactive intakes', seconds: 60 }],
    targets: checkTargets(measures),
  });

  it('shows both libraries, the ratio, the machine and how to reproduce', () => {
    const page = benchmarksPage(results(false), 'Profile notes here.');
    expect(page).toContain('| Interactive intake, median | 0.500 ms | 400 ms | 800× |');
    expect(page).toContain('| **survey-core ÷ intake-screening** | **2,500×**');
    expect(page).toContain('Test CPU (4 cores), Node v20.0.0');
    expect(page).toContain('npm run bench');
    expect(page).toContain('bench/results/test-run.json');
    expect(page).toContain('survey-core ÷ intake-screening: **2.50×** at the median');
    expect(page).toMatch(/## Notes\n\nProfile notes here\.\n$/);
    expect(page).not.toContain('Smoke run');
  });

  it('publishes survey-core reusing one Model as the re-check headline, with a new Model per set beside it', () => {
    const older = benchmarksPage(results(false), '');
    expect(older).toContain('| Server re-check, median | 0.0400 ms | 100 ms | 2,500× |');
    expect(older).toContain('survey-core: `new Model`, `data = answers`');
    const page = benchmarksPage(
      { ...results(false), recheck: { ...comparison(0.04, 40), oursPerSecond: 25_000, surveyCorePerSecond: 24 }, recheckNewModel: comparison(0.04, 100) },
      '',
    );
    expect(page).toContain('| Server re-check, median (survey-core reusing one `Model`) | 0.0400 ms | 40.0 ms | 1,000× |');
    expect(page).toContain('| Server re-check, median (survey-core `new Model` per set) | 0.0400 ms | 100 ms | 2,500× |');
    expect(page).toContain('| Re-checks per second, one thread | 25,000 | 24.0 | 1,042× |');
    expect(page).toContain("both in mitata's own loop");
    expect(page).toContain('one `Model` built once and reused, `clear(true, true)`');
  });

  it('flags each missed target and labels a smoke run', () => {
    const r = results(true);
    const missed = r.targets.filter((t) => !t.met).map((t) => t.target);
    // The fixture's answer times are 6, 12, 12 and 24 µs: p99 23.6 µs.
    expect(missed).toEqual(['One transition under 20 µs at p99']);
    const page = benchmarksPage(r, '');
    expect(page).toContain('| One transition under 20 µs at p99 | 23.6 µs | **no** |');
    expect(page).toContain('1 of 5 missed in this run');
    expect(page).toContain('**Smoke run (`--quick`)**');
    expect(page).toContain('| node (no import) | – | – | – | – |');
  });
});
