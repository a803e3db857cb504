import { briefScreen } from 'intake-screening/questionnaires';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The library's browser-test helpers: the person's page here runs the same <intake-form> element.
import { BrowserPage, launchChromium } from '../../../tests/e2e/support/browser.js';
import { FormPage } from '../../../tests/e2e/support/form-page.js';
import { AXE } from '../../../tests/e2e/support/paths.js';
import { briefScreenAnswers } from './support/device.js';
import { type RunningService, STAFF, startService } from './support/service.js';
import { DATABASE_KIND } from './support/database.js';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Awaited<ReturnType<Browser['newContext']>>['newPage']>>;

/** axe-core's violations on a page as it is (ids and targets). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe(`in Chromium (${DATABASE_KIND}): a person completes an intake while the staff page shows the safety flag live`, () => {
  let svc: RunningService;
  let browser: Browser;

  beforeAll(async () => {
    svc = await startService({ flagPollMs: 200 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await svc?.close();
  });

  it('from the link to the submitted intake, with the flag on the staff page before the person finishes', async () => {
    // Staff sign in on their page and make the person's link.
    // bypassCSP lets the test inject axe into pages served under the service's strict Content-Security-Policy.
    const staffContext = await browser.newContext({ viewport: { width: 1100, height: 1000 }, bypassCSP: true });
    const staff = await staffContext.newPage();
    staff.setDefaultTimeout(10_000);
    const staffErrors: string[] = [];
    staff.on('pageerror', (e) => staffErrors.push(e.message));
    await staff.goto(`${svc.url}/staff`);
    expect(await axeViolations(staff)).toEqual([]);
    await staff.getByLabel('Email').fill(STAFF.email);
    await staff.getByLabel('Password').fill(STAFF.password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByLabel('Questionnaire').selectOption('brief-screen');
    await staff.getByLabel(/Who it is for/).fill('Browser Person');
    await staff.getByRole('button', { name: 'Create link' }).click();
    const link = (await staff.locator('a.person-link').textContent()) ?? '';
    expect(link).toMatch(/\/intake#t=[A-Za-z0-9_-]{43}$/);
    await expect.poll(() => staff.locator('.open-flags .count').textContent()).toBe('0');

    // The person opens it (the service's public URL is the test's placeholder: use the path on this server).
    const address = `${svc.url}${new URL(link).pathname}${new URL(link).hash}`;
    const person = await FormPage.open(browser, svc.url, 'service-person', { url: address, bypassCSP: true, waitForForm: false });
    await person.page.getByRole('button', { name: 'I understand. Start' }).waitFor();
    await person.expectAccessible('the consent screen', false);
    await person.page.getByRole('button', { name: 'I understand. Start' }).click();
    await person.page.locator('form.section').waitFor();
    const plan = { ...briefScreenAnswers({ acute: true }) } as never;
    expect((await person.answerSections(briefScreen, plan, 'asq')).screen).toEqual({ kind: 'section', id: 'asq' });
    // "Yes" to question 1, then to the acuity question: the crisis panel, at once.
    await person.answerSection(briefScreen, 'asq', plan);
    expect(await person.screen()).toEqual({ kind: 'safety' });

    // The person is on the crisis panel and has not finished: the staff page already shows the flag, unreloaded.
    const flag = staff.locator('.flags li[data-trigger="asq.acute"]');
    await flag.waitFor({ timeout: 10_000 });
    expect(await flag.textContent()).toMatch(/EMERGENCY · interrupt · Browser Person.*ASQ acute positive/);
    // With it, the non-acute flag recorded with the "yes" to question 1 (issue 16): two open flags.
    await expect.poll(() => staff.locator('tr[data-intake] td').nth(3).textContent()).toBe('2');
    expect(await axeViolations(staff)).toEqual([]);
    expect(await staff.locator('.open-flags .count').textContent()).toBe('2');
    await staff.screenshot({ path: 'test-results/staff-flag-live.png', fullPage: true });

    await person.page.getByRole('button', { name: 'I have read this. Continue' }).click();
    const rest = await person.answerSections(briefScreen, plan);
    expect(rest.screen).toEqual({ kind: 'review' });
    await person.page.getByRole('button', { name: 'Send my answers' }).click();
    await person.form.locator('.patient-summary').waitFor();
    // The person sees their own view only: no care-team tab, no scores.
    expect(await person.page.getByRole('tab').count()).toBe(0);
    expect(await person.text()).not.toMatch(/PHQ-2|score/i);
    await expect.poll(() => person.page.locator('#save-status').textContent()).toBe('Sent to your care team');
    await person.expectAccessible("the person's finished screen");
    expect(person.problems).toEqual([]);

    // Staff open the record: the server's clinician view, the consent and the 42 CFR 2.32 notice.
    await flag.getByRole('button', { name: 'Open intake' }).click();
    await staff.locator('.submission.accepted').waitFor();
    expect(await staff.locator('.part2-notice').textContent()).toContain('42 CFR part 2 prohibits unauthorized use or disclosure of these records.');
    expect(await staff.locator('pre.clinician-view').textContent()).toMatch(/emergency/i);
    await flag.getByRole('button', { name: 'Mark seen' }).click();
    await expect.poll(() => staff.locator('.open-flags .count').textContent()).toBe('1');
    await staff.locator('.flags li[data-trigger="asq.positive"]').getByRole('button', { name: 'Mark seen' }).click();
    await expect.poll(() => staff.locator('.open-flags .count').textContent()).toBe('0');
    expect(staffErrors).toEqual([]);

    // The link is spent: opening it again says the answers were sent.
    const again = await BrowserPage.openPage(browser, address, { name: 'service-person-again', bypassCSP: true });
    await expect.poll(() => again.page.locator('main').textContent()).toMatch(/Your answers were sent to your care team/);
    await again.close();
    await person.close();
    await staffContext.close();
  });
});
