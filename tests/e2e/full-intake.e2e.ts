import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHRASES, patientView, type Questionnaire, resolveAnswers, summarize } from 'intake-screening';
import { substanceUseIntake } from 'intake-screening/questionnaires';
import { launchChromium } from './support/browser.js';
import { IntakePage } from './support/intake-page.js';
import { FULL_INTAKE } from './support/plans.js';

const STORAGE_KEY = 'intake-screening/substance-use-intake';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a full intake in the browser', () => {
  it('runs every section on the path, ends in a summary whose urgency and referrals match the answers, and passes axe on every step', async () => {
    const p = await IntakePage.open(browser, inject('exampleUrl'), '', 'full-intake');
    const { screen, passed } = await p.answerSections(substanceUseIntake, FULL_INTAKE);
    expect(screen.kind).toBe('review');
    // No alcohol named and TAPS alcohol "never": AUDIT-C is skipped, every other section is shown.
    expect(passed).toEqual(substanceUseIntake.sections.map((s) => s.id).filter((id) => id !== 'auditc'));

    // The review lists what was answered, in the person's own words.
    const route = (substanceUseIntake as Questionnaire).sections.flatMap((s) => s.items).find((i) => i.id === 'substance.route');
    const injecting = route?.kind === 'multi' ? route.options.find((o) => o.value === 'injection')?.text.en : undefined;
    expect(injecting).toBeDefined();
    await expect(p.item('substance.route').locator('dd').innerText()).resolves.toBe(injecting);
    await p.shot('review');
    await p.expectAccessible('review');
    await p.page.getByRole('button', { name: 'Send my answers' }).click();
    expect((await p.screen()).kind).toBe('summary');

    // What the page stored is exactly the plan: every planned answer, nothing else.
    const stored = await p.stored(STORAGE_KEY);
    expect(stored?.status).toBe('done');
    expect(stored?.context?.answers).toEqual(resolveAnswers(substanceUseIntake, FULL_INTAKE).answers);

    // The library's own summary of the planned answers is what the page shows.
    const expected = summarize(substanceUseIntake, FULL_INTAKE);
    // Reasoned from the answers: a recent overdose makes it a priority; daily opioid use points to medication;
    // injecting without naloxone points to harm reduction.
    expect(expected.urgency.level).toBe('priority');
    expect(expected.referrals.map((r) => r.type)).toEqual(expect.arrayContaining(['moud-evaluation', 'harm-reduction-naloxone', 'medical-care']));

    const patient = p.page.getByRole('tabpanel', { name: 'Your summary' });
    await expect(patient.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Your answers: Substance use treatment intake');
    await expect(patient.locator('.urgency-note').innerText()).resolves.toBe(PHRASES.urgencyPatient.priority.en);
    // Referrals and the topics the person told us about, in the person's words (issue 17, section 4), never the
    // clinician's names for them.
    const view = patientView(expected);
    expect(view.referrals).toEqual(expected.referrals.map((r) => r.type));
    await expect(patient.locator('[data-referral]').allInnerTexts()).resolves.toEqual(expected.referrals.map((r) => PHRASES.referralsPatient[r.type].en));
    await expect(patient.locator('[data-topic]').allInnerTexts()).resolves.toEqual(view.topics.map((d) => PHRASES.domainsPatient[d].en));
    expect(view.topics.length).toBeGreaterThan(0);
    await expect(patient.innerText()).resolves.not.toMatch(/opioid use disorder|withdrawal management|harm-reduction/i);
    // The patient view holds no scores.
    await expect(patient.locator('table').count()).resolves.toBe(0);
    await p.shot('summary-patient');
    await p.expectAccessible('patient summary');

    await p.page.getByRole('tab', { name: 'For your care team' }).click();
    const clinician = p.page.getByRole('tabpanel', { name: 'For your care team' });
    expect(await patient.isHidden()).toBe(true);
    await expect(clinician.locator('[data-urgency]').getAttribute('data-urgency')).resolves.toBe('priority');
    await expect(clinician.locator('.reasons > li').count()).resolves.toBe(expected.urgency.reasons.length);
    await expect(clinician.locator('.referrals > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-referral')))).resolves.toEqual(
      expected.referrals.map((r) => r.type),
    );
    // Each referral names the rules that raised it and the answers behind them.
    const naloxone = clinician.locator('[data-referral="harm-reduction-naloxone"]');
    await expect(naloxone.locator('.raised-by').innerText()).resolves.toContain('substance.no-naloxone');
    await expect(naloxone.locator('.evidence li').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/naloxone.*— No substance\.naloxone$/s)]),
    );

    // Screening results: PHQ-9 with score, band and cut-off, as summarized.
    const phq9 = expected.instruments.find((r) => r.scoreId === 'phq9');
    expect(phq9?.status).toBe('complete');
    const row = clinician.locator('tr[data-score="phq9"]');
    const cells = await row.locator('td').allInnerTexts();
    expect(cells).toEqual([
      `${phq9?.score} (${phq9?.min}–${phq9?.max})`,
      phq9?.band,
      phq9?.cutoff?.label,
      phq9?.positive ? 'At or above the cut-off' : 'Below the cut-off',
    ]);
    expect(phq9?.score).toBe(10);

    // Findings by domain, each with its evidence.
    for (const [domain, findings] of Object.entries(expected.findings)) {
      const shown = clinician.locator(`[data-domain="${domain}"] > ul > li`);
      await expect(shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).resolves.toEqual(findings.map((f) => f.ruleId));
    }
    const firstFinding = Object.values(expected.findings).flat()[0];
    expect(firstFinding).toBeDefined();
    await expect(clinician.locator(`[data-rule="${firstFinding?.ruleId}"] .evidence li`).count()).resolves.toBe(firstFinding?.evidence.length);
    await expect(clinician.locator('.disclaimer').innerText()).resolves.toBe(expected.disclaimer);
    await p.shot('summary-clinician');
    await p.expectAccessible('clinician summary');

    expect(p.problems).toEqual([]);
    await p.close();
  }, 180_000); // 17 sections with axe on each: about 40 s on a quiet machine, over 60 s on a loaded one.
});
