import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt } from './build-cli.js';
import { expectNoStack, runCli, SAMPLES, scratch } from './helpers.js';

beforeAll(ensureCliBuilt, 60_000);
const tmp = scratch();
afterAll(() => tmp.remove());

/** A value a person might have typed; it must never reach the terminal. */
const MARKER = 'MARKER-7f3a-answer-value';

describe('bad answers files exit 1 with one line naming the file and the problem', { timeout: 60_000 }, () => {
  it('reports every problem without ever printing an answer value', async () => {
    const broken = tmp.file('broken.json', `{ "asq.q1": ${MARKER} }`);
    const unknown = tmp.file('unknown.json', { questionnaire: 'brief-screen', answers: { 'asq.q9': MARKER } });
    const wrongType = tmp.file('wrong-type.json', { 'living.home-support': MARKER });
    const notObject = tmp.file('list.json', [MARKER]);
    const missing = `${tmp.dir}/does-not-exist.json`;
    const [b, u, w, n, m] = await Promise.all([
      runCli(['summarize', '--answers', broken]),
      runCli(['run', '--answers', unknown]),
      runCli(['summarize', '--answers', wrongType, '--questionnaire', 'brief-screen']),
      runCli(['run', '--answers', notObject]),
      runCli(['summarize', '--answers', missing]),
    ]);
    for (const r of [b, u, w, n, m]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^intake-screening: /);
      expect(r.stderr + r.stdout).not.toContain(MARKER);
      expectNoStack(r.stderr);
    }
    expect(b.stderr).toContain(`${broken}: is not valid JSON (line 1, column`);
    expect(u.stderr).toContain(unknown);
    expect(u.stderr).toContain('"asq.q9"');
    expect(u.stderr).toContain('[unknown-item]');
    expect(w.stderr).toContain(wrongType);
    expect(w.stderr).toContain('item "living.home-support"');
    expect(w.stderr).toContain('[wrong-type]');
    expect(n.stderr).toContain(`${notObject}: is not an answers object`);
    expect(m.stderr).toBe(`intake-screening: ${missing}: no such file.\n`);
  });

  it('refuses an answers file for another questionnaire, and one that leaves a required question unanswered', async () => {
    const partial = tmp.file('partial.json', { questionnaire: 'brief-screen', answers: { 'auditc.sex': 'female', 'taps.tobacco.frequency': 'never' } });
    const [mismatch, incomplete] = await Promise.all([
      runCli(['summarize', '--answers', SAMPLES.brief, '--questionnaire', 'substance-use-intake']),
      runCli(['run', '--answers', partial]),
    ]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain(`${SAMPLES.brief}: is for questionnaire "brief-screen", not "substance-use-intake"`);
    expect(incomplete.code).toBe(1);
    expect(incomplete.stderr).toContain(`${partial}: the intake cannot be finished with these answers`);
    expect(incomplete.stderr).toContain('item "taps.alcohol.frequency"');
    expect(incomplete.stderr).toContain('[required]');
    expectNoStack(mismatch.stderr + incomplete.stderr);
  });
});

describe('bad usage exits 2', { timeout: 60_000 }, () => {
  it.each([
    ['an unknown command', ['frobnicate'], 'Unknown command "frobnicate"'],
    ['no command', [], 'Usage: intake-screening <command>'],
    ['an unknown flag', ['summarize', '--answer', SAMPLES.brief], "Unknown option '--answer'"],
    ['a flag without its value', ['summarize', '--answers'], "--answers <value>' argument missing"],
    ['a missing --answers', ['summarize'], 'summarize needs --answers FILE.json'],
    ['a missing file argument', ['validate'], 'validate needs the path of a definition file'],
    ['an unknown --format', ['summarize', '--answers', SAMPLES.brief, '--format', 'pdf'], '--format must be one of text, markdown, json'],
    ['an unknown --audience', ['run', '--answers', SAMPLES.brief, '--audience', 'family'], '--audience must be one of clinician, patient'],
    ['a malformed --locale', ['run', '--answers', SAMPLES.brief, '--locale', 'english!'], '--locale must be a language tag'],
    ['an unknown questionnaire id', ['export', '--format', 'fhir', '--questionnaire', 'phq-10'], 'Unknown questionnaire "phq-10"'],
    ['export without --format', ['export'], 'export needs --format'],
    ['fhir-response without answers', ['export', '--format', 'fhir-response'], 'needs --answers'],
    ['too many arguments', ['validate', 'a.json', 'b.json'], 'Too many arguments for "validate"'],
    [
      'the questionnaire named twice, differently',
      ['run', 'brief-screen', '--questionnaire', 'phq9', '--answers', SAMPLES.brief],
      'Name the questionnaire once',
    ],
  ])('for %s', async (_name, args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expectNoStack(r.stderr);
  });
});
