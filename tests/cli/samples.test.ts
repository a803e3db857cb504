import { beforeAll, describe, expect, it } from 'vitest';
import { ReferralSummarySchema, type ReferralSummary } from '../../src/summary/referral-summary.js';
import { ensureCliBuilt } from './build-cli.js';
import { expectNoStack, runCli, SAMPLES } from './helpers.js';

beforeAll(ensureCliBuilt, 60_000);

async function summaryOf(args: readonly string[]): Promise<ReferralSummary> {
  const result = await runCli([...args, '--format', 'json']);
  expectNoStack(result.stderr);
  expect(result.code, result.stderr).toBe(0);
  return ReferralSummarySchema.parse(JSON.parse(result.stdout));
}

const types = (s: ReferralSummary) => s.referrals.map((r) => r.type);

describe('run --answers with each sample file', { timeout: 60_000 }, () => {
  it('01 grief: outpatient referrals with grief support, no safety concern', async () => {
    const s = await summaryOf(['run', '--answers', SAMPLES.grief]);
    expect(s.questionnaire.id).toBe('substance-use-intake');
    expect(['routine', 'priority']).toContain(s.urgency.level);
    expect(types(s)).toEqual(expect.arrayContaining(['grief-support', 'individual-therapy', 'group-therapy']));
    expect(types(s)).not.toContain('crisis-services');
    expect(s.safetyFlags).toEqual([]);
    expect(s.setting).toEqual([]);
    expect(s.findings.motivations.map((f) => f.ruleId)).toContain('motivation.grief');
  });

  it('02 pain after surgery: pain-management coordination and an MOUD evaluation', async () => {
    const s = await summaryOf(['run', '--answers', SAMPLES.pain]);
    expect(['routine', 'priority']).toContain(s.urgency.level);
    expect(types(s)).toEqual(expect.arrayContaining(['pain-management-coordination', 'moud-evaluation']));
    expect(types(s)).not.toContain('crisis-services');
    const pain = s.referrals.find((r) => r.type === 'pain-management-coordination');
    expect(pain?.evidence.map((e) => e.itemId)).toContain('motivation.reasons');
  });

  it('03 acute safety risk: emergency, crisis services, crisis resources in the summary', async () => {
    const s = await summaryOf(['run', '--answers', SAMPLES.acute]);
    expect(s.urgency.level).toBe('emergency');
    expect(types(s)[0]).toBe('crisis-services');
    expect(s.safetyFlags.map((f) => f.id)).toContain('asq.acute');
    expect(s.safetyFlags.find((f) => f.id === 'asq.acute')?.evidence.map((e) => e.itemId)).toContain('asq.q5');
    expect(s.crisisResources).toContain('988');
  });

  it('04 severe withdrawal from heroin and benzodiazepines after a past seizure, alone: emergency, medical detox evaluation, residential indicators', async () => {
    const s = await summaryOf(['run', '--answers', SAMPLES.withdrawal]);
    expect(s.urgency.level).toBe('emergency');
    expect(s.urgency.reasons[0]?.source).toEqual({ kind: 'rule', id: 'cross.sedative-withdrawal-complicated' });
    expect(types(s)).toContain('medical-detox-evaluation');
    expect(types(s)).not.toContain('crisis-services');
    expect(s.setting.map((x) => x.indicator)).toEqual(expect.arrayContaining(['no-home-support', 'no-transport']));
  });

  it('05 brief screen: runs the brief-screen questionnaire the file names', async () => {
    const s = await summaryOf(['run', '--answers', SAMPLES.brief]);
    expect(s.questionnaire.id).toBe('brief-screen');
    expect(s.urgency.level).toBe('routine');
    expect(types(s)).toEqual(expect.arrayContaining(['alcohol-use-assessment', 'mental-health-assessment', 'transport-assistance']));
    expect(s.instruments.find((i) => i.scoreId === 'phq2')).toMatchObject({ status: 'complete', positive: true });
  });

  it('06 alcohol withdrawal: urgent, a same-day medical evaluation, no emergency without danger signs', async () => {
    const s = await summaryOf(['run', '--answers', SAMPLES.alcohol]);
    expect(s.urgency.level).toBe('urgent');
    expect(s.urgency.reasons.map((r) => r.source.id)).toEqual(['cross.sedative-withdrawal']);
    expect(types(s)).toEqual(expect.arrayContaining(['medical-detox-evaluation', 'alcohol-use-assessment']));
    expect(s.instruments.find((i) => i.scoreId === 'auditc')).toMatchObject({ status: 'complete', positive: true });
  });

  it('07 pregnant: priority, coordinated prenatal care, an MOUD evaluation and naloxone', async () => {
    const s = await summaryOf(['run', '--answers', SAMPLES.pregnant]);
    expect(s.urgency.level).toBe('priority');
    expect(s.urgency.reasons[0]?.source).toEqual({ kind: 'rule', id: 'pregnancy.reported' });
    expect(types(s)).toEqual(expect.arrayContaining(['prenatal-care-coordination', 'moud-evaluation', 'harm-reduction-naloxone']));
  });

  it('cover every urgency from routine to emergency', async () => {
    const levels = await Promise.all(Object.values(SAMPLES).map(async (file) => (await summaryOf(['summarize', '--answers', file])).urgency.level));
    expect(new Set(levels)).toEqual(new Set(['routine', 'priority', 'urgent', 'emergency']));
  });

  it('gives the same summary through the flow (run) as from the answers alone (summarize), using every answer', async () => {
    // The flow records each safety trigger when an answer makes it hold, so its summary may also list a
    // trigger a later answer superseded (the non-acute ASQ screen, before the acuity answer made it acute),
    // marked answerChanged; everything else is the same.
    const withoutSuperseded = (s: ReferralSummary): ReferralSummary => {
      const changed = new Set(s.safetyFlags.filter((f) => f.answerChanged === true).map((f) => f.id));
      return {
        ...s,
        safetyFlags: s.safetyFlags.filter((f) => !changed.has(f.id)),
        urgency: { ...s.urgency, reasons: s.urgency.reasons.filter((r) => !changed.has(r.source.id)) },
      };
    };
    await Promise.all(
      Object.values(SAMPLES).map(async (file) => {
        const [viaFlow, direct] = await Promise.all([
          runCli(['run', '--answers', file, '--format', 'json']),
          runCli(['summarize', '--answers', file, '--format', 'json']),
        ]);
        // A sample answer to a question its other answers skip would be noted on stderr.
        expect(viaFlow.stderr, file).toBe('');
        expect(direct.stderr, file).toBe('');
        const flow = JSON.parse(viaFlow.stdout) as ReferralSummary;
        expect(withoutSuperseded(flow), file).toEqual(JSON.parse(direct.stdout));
        expect(flow.urgency.level, file).toBe((JSON.parse(direct.stdout) as ReferralSummary).urgency.level);
      }),
    );
  });
});

describe('run without a terminal and without --answers', { timeout: 60_000 }, () => {
  it('runs the first sample file and says so in one line on stderr', async () => {
    const result = await runCli(['run', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('01-grief-outpatient.json');
    const s = ReferralSummarySchema.parse(JSON.parse(result.stdout));
    expect(types(s)).toContain('grief-support');
  });

  it('picks the first sample for a named questionnaire', async () => {
    const result = await runCli(['run', 'brief-screen', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('05-brief-screen.json');
    expect(ReferralSummarySchema.parse(JSON.parse(result.stdout)).questionnaire.id).toBe('brief-screen');
  });
});

describe('summary views', { timeout: 60_000 }, () => {
  it("prints the clinician's view by default for both run and summarize, and the person's on request, as text or Markdown", async () => {
    const [patientText, clinicianMarkdown, clinicianText, patientMarkdown, runDefault, runClinician, summarizeClinician] = await Promise.all([
      runCli(['run', '--answers', SAMPLES.acute, '--audience', 'patient']),
      runCli(['run', '--answers', SAMPLES.acute, '--format', 'markdown']),
      runCli(['summarize', '--answers', SAMPLES.acute]),
      runCli(['summarize', '--answers', SAMPLES.acute, '--audience', 'patient', '--format', 'markdown']),
      runCli(['run', '--answers', SAMPLES.acute]),
      runCli(['run', '--answers', SAMPLES.acute, '--audience', 'clinician']),
      runCli(['summarize', '--answers', SAMPLES.acute, '--audience', 'clinician']),
    ]);
    // One default for both commands, and both helps say which. (The flow's view may also list a flag a
    // later answer superseded, which the answers alone cannot show.)
    expect(runDefault.stdout).toBe(runClinician.stdout);
    expect(clinicianText.stdout).toBe(summarizeClinician.stdout);
    const helps = await Promise.all(['run', 'summarize'].map((c) => runCli([c, '--help'])));
    for (const h of helps) expect(h.stdout).toMatch(/--audience clinician\|patient[^\n]*\(default: clinician/);
    for (const r of [patientText, clinicianMarkdown, clinicianText, patientMarkdown]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('not a diagnosis');
    }
    // The person sees crisis resources first and no scores; the clinician sees urgency, scores and evidence.
    expect(patientText.stdout).toMatch(/^Your answers: Substance use treatment intake\n=+\n/);
    expect(patientText.stdout.indexOf('988')).toBeLessThan(patientText.stdout.indexOf('What happens next'));
    expect(patientText.stdout).not.toMatch(/Score \d|asq\.q5/);
    expect(clinicianMarkdown.stdout).toMatch(/^# Referral summary: Substance use treatment intake\n/);
    expect(clinicianMarkdown.stdout).toMatch(/^\*\*Urgency — Emergency: /m);
    expect(clinicianMarkdown.stdout).toContain('(asq.q5)');
    expect(clinicianMarkdown.stdout).toMatch(/ · \d+ \(0–27\) · /);
    expect(clinicianText.stdout).toMatch(/^Referral summary: Substance use treatment intake\n=+\n/);
    expect(clinicianText.stdout).not.toMatch(/^#/m);
    expect(patientMarkdown.stdout).toMatch(/^# Your answers/);
  });
});
