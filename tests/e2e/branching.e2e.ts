import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { summarize } from 'intake-screening';
import { substanceUseIntake } from 'intake-screening/questionnaires';
import { launchChromium } from './support/browser.js';
import { FormPage } from './support/form-page.js';
import { expectPersonViewOnly, referralsIn } from './support/person-page.js';
import { REQUIRED_ONLY } from './support/plans.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('changing a branch', () => {
  it('going back and changing an answer hides its follow-up questions and drops their answers, up to the summary', { timeout: 180_000 }, async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'branching', { page: 'index.html' });
    const q = substanceUseIntake;
    // 'About you' asks the required sex question first (issue 17).
    await p.next();
    await p.answerSection(q, 'about-you', { 'auditc.sex': 'female' });
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'substance' });
    // The follow-up about sharing equipment appears only once injecting is chosen.
    expect(await p.item('substance.shared-equipment').isHidden()).toBe(true);
    await p.answerSection(q, 'substance', { 'substance.used': ['stimulants'], 'substance.route': ['injection'], 'substance.shared-equipment': false });
    expect(await p.item('substance.shared-equipment').isVisible()).toBe(true);
    await p.shot('substance-injecting');
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'withdrawal' });

    await p.back();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'substance' });
    const sharedNo = p.item('substance.shared-equipment').getByRole('radio', { name: 'No', exact: true });
    expect(await sharedNo.isChecked()).toBe(true);
    expect((await p.storedAnswers(q.id))?.['substance.shared-equipment']).toBe(false);

    // Swap injecting for smoking: the follow-up goes, with its answer.
    const route = p.item('substance.route');
    await route.getByRole('checkbox', { name: /^Smoking/ }).check();
    await route.getByRole('checkbox', { name: /^Injecting/ }).uncheck();
    expect(await p.item('substance.shared-equipment').isHidden()).toBe(true);
    await expect(p.form.getByRole('status').innerText()).resolves.toBe('Some follow-up answers no longer apply and were removed.');
    const answers = (await p.storedAnswers(q.id)) ?? {};
    expect(Object.keys(answers).sort()).toEqual(['auditc.sex', 'substance.route', 'substance.used']);
    expect(answers['substance.route']).toEqual(['smoking']);
    await p.shot('substance-smoking');
    await p.expectAccessible('substance after the change');

    // Choosing injecting again brings the question back empty, not with the old answer.
    await route.getByRole('checkbox', { name: /^Injecting/ }).check();
    expect(await p.item('substance.shared-equipment').isVisible()).toBe(true);
    expect(await sharedNo.isChecked()).toBe(false);
    await route.getByRole('checkbox', { name: /^Injecting/ }).uncheck();

    // On to the end: the review and the summary know nothing of the dropped answer.
    await p.next();
    const { screen } = await p.answerSections(q, REQUIRED_ONLY);
    expect(screen.kind).toBe('review');
    expect(await p.form.locator('.review [data-item="substance.shared-equipment"]').count()).toBe(0);
    expect(await p.form.locator('.review [data-item="substance.route"] dd').innerText()).toMatch(/^Smoking/);
    await p.form.getByRole('button', { name: 'Send my answers' }).click();
    await expectPersonViewOnly(p);
    // The staff page's clinician view knows nothing of the dropped answer either.
    const staff = await p.staffPage('branching-staff');
    const clinician = staff.page.locator('article.intake-summary-clinician');
    const expected = summarize(q, { ...REQUIRED_ONLY, 'substance.used': ['stimulants'], 'substance.route': ['smoking'] });
    const text = await clinician.innerText();
    expect(referralsIn(text).sort()).toEqual(expected.referrals.map((r) => r.type).sort());
    expect(await clinician.getByText('substance.shared-equipment').count()).toBe(0);
    await staff.shot('summary-clinician');

    expect(p.problems).toEqual([]);
    await p.close();
  });
});
