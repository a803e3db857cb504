import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { ensureCliBuilt, ROOT } from './build-cli.js';
import { expectNoStack, runCli, SAMPLES, scratch } from './helpers.js';

// An answers file from another system holds the ASQ acuity question answered
// "yes" and what the person wrote, though this form asks it only after a "yes"
// to questions 1-4. The CLI must not lose it (issue 16, cases 0 and 1).

beforeAll(ensureCliBuilt, 60_000);
const tmp = scratch();
afterAll(() => tmp.remove());

// The brief-screen sample (ASQ questions 1-4 all "no"), plus the two answers the form would not have asked.
const sample = JSON.parse(readFileSync(join(ROOT, SAMPLES.brief), 'utf8')) as { answers: Record<string, unknown> };
const answers = {
  questionnaire: 'brief-screen',
  answers: { ...sample.answers, 'asq.q5': 'yes', 'asq.q5.describe': 'I have pills saved up at home' },
};

describe('an answers file with answers to questions the form would not have asked', () => {
  it('summarize --format json: the flag at emergency, marked not asked, the free text beside it, and every answer listed', async () => {
    const file = tmp.file('not-asked.json', answers);
    const r = await runCli(['summarize', '--answers', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expect(r.stderr).toContain('2 answers to questions the other answers skip: asq.q5, asq.q5.describe. The summary lists them as not asked');
    expect(r.stderr).not.toContain('pills');
    const s = JSON.parse(r.stdout) as ReferralSummary;
    expect(s.urgency.level).toBe('emergency');
    expect(s.safetyFlags.map((f) => [f.id, f.notAsked, f.freeText?.map((e) => e.answerText)])).toEqual([
      ['asq.acute', true, ['I have pills saved up at home']],
    ]);
    expect(s.issues?.map((i) => i.itemId)).toEqual(['asq.q5', 'asq.q5.describe']);
    expect(s.answers?.flatMap((sec) => sec.answers).map((a) => a.itemId)).toContain('asq.q5.describe');
  });

  it('run --answers (the flow takes no answer to a skipped question): the clinician view still shows the flag and the words', async () => {
    const file = tmp.file('not-asked-run.json', answers);
    const r = await runCli(['run', '--answers', file, '--audience', 'clinician']);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expect(r.stdout).toContain('Emergency: answers call for immediate attention');
    expect(r.stdout).toContain("The answer was given to a question the form's logic would not have asked.");
    // Beside the flag by its number, and once in full in the appendix.
    const ref = /^- (A\d+) If yes, please describe: — I have pills saved up at home (\([^()]*\) )?\(asq\.q5\.describe\)$/m.exec(r.stdout)?.[1];
    expect(ref).toBeDefined();
    expect(r.stdout).toContain(`In their words: ${ref} I have pills saved up at home`);
    expect(r.stdout).toContain('All answers');
  });
});
