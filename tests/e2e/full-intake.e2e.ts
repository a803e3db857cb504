import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHRASES, patientView, type Questionnaire, resolveAnswers, summarize } from 'intake-screening';
import { substanceUseIntake } from 'intake-screening/questionnaires';
import { launchChromium } from './support/browser.js';
import { FormPage } from './support/form-page.js';
import { expectPersonViewOnly, received, referralsIn } from './support/person-page.js';
import { FULL_INTAKE } from './support/plans.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a full intake in the browser', () => {
  it(
    'runs every section on the path, ends in a summary whose urgency and referrals match the answers, and passes axe on every step',
    { timeout: 180_000 },
    async () => {
      const p = await FormPage.open(browser, inject('exampleUrl'), 'full-intake', { page: 'index.html' });
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
      await p.form.getByRole('button', { name: 'Send my answers' }).click();
      expect((await p.screen()).kind).toBe('summary');

      // What the page stored is exactly the plan: every planned answer, nothing else.
      const stored = await p.stored(substanceUseIntake.id);
      expect(stored?.status).toBe('done');
      expect(await p.storedAnswers(substanceUseIntake.id)).toEqual(resolveAnswers(substanceUseIntake, FULL_INTAKE).answers);

      // The library's own summary of the planned answers is what the page shows.
      const expected = summarize(substanceUseIntake, FULL_INTAKE);
      // Reasoned from the answers: a recent overdose makes it a priority; daily opioid use points to medication;
      // injecting without naloxone points to harm reduction.
      expect(expected.urgency.level).toBe('priority');
      expect(expected.referrals.map((r) => r.type)).toEqual(expect.arrayContaining(['moud-evaluation', 'harm-reduction-naloxone', 'medical-care']));

      // The person's page ends with the person's view: the summary in the person's words, no scores, no care-team view.
      const patient = p.form.locator('.patient-summary');
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
      await expectPersonViewOnly(p);
      await p.shot('summary-patient');
      await p.expectAccessible('patient summary');

      // The care team reads what the page sent on the staff page: the library's clinician view of the same summary.
      const sent = await received(p);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({
        kind: 'intake',
        summary: { urgency: { level: 'priority' }, referrals: expected.referrals.map((r) => ({ type: r.type })) },
      });
      const staff = await p.staffPage('full-intake-staff');
      const clinician = staff.page.locator('article.intake-summary-clinician');
      const text = await clinician.innerText();
      expect(text).toContain(PHRASES.urgency.priority.en);
      expect(referralsIn(text).sort()).toEqual(expected.referrals.map((r) => r.type).sort());
      // Each referral names the rules that raised it.
      await expect(clinician.locator('li', { hasText: PHRASES.referrals['harm-reduction-naloxone'].en }).first().innerText()).resolves.toContain(
        'substance.no-naloxone',
      );
      // Screening results: PHQ-9 with score, band and cut-off, as summarized, and in the chart's text alternative.
      const phq9 = expected.instruments.find((r) => r.scoreId === 'phq9');
      expect(phq9?.status).toBe('complete');
      expect(phq9?.score).toBe(10);
      const row = await clinician.locator('tr, li', { hasText: 'PHQ-9' }).first().innerText();
      for (const part of [`${phq9?.score}`, phq9?.band ?? 'no band']) expect(row).toContain(part);
      await expect(clinician.locator('svg[role="img"] desc').textContent()).resolves.toContain('PHQ-9');
      // Findings by domain, each as summarized.
      for (const finding of Object.values(expected.findings).flat()) expect(text).toContain(finding.text);
      expect(text).toContain(expected.disclaimer);
      await staff.shot('summary-clinician');
      await staff.expectAccessible('the staff page');

      expect(p.problems).toEqual([]);
      await p.close();
    },
  );
});
