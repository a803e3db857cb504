import { answersOf } from 'intake-screening';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatIssue, PHRASES, type ReferralSummary, startIntake } from 'intake-screening';
import { asq } from 'intake-screening/questionnaires';
import { INTAKE_FORM_WORDING as W } from '../../src/web/wording.js';
import { launchChromium } from './support/browser.js';
import { AppPage, outbox, serveReactExample } from './support/react-example.js';
import type { StaticServer } from './support/static-server.js';

// The React example's headless page (examples/clinic-intake-react/headless.html): every control is the app's own,
// drawn from useIntake's state. These tests are the hook's runtime tests in a browser (react-dom/client, StrictMode).
let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveReactExample()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const open = (name: string, query: string, locale: 'en' | 'es' = 'en') => AppPage.open(browser, `${server.url}headless.html?${query}`, `hook-${name}`, locale);
// What the library says to the person for the first question refused at Next: the page must show exactly this.
const REQUIRED = formatIssue(startIntake(asq).next()[0]!, { locale: 'en', audience: 'person' });

describe('useIntake drawing the app’s own controls', () => {
  it('ASQ by keyboard: errors beside each question, the acute crisis dialog at the answer, review and the person’s view, axe-clean throughout', async () => {
    const p = await open('asq', 'questionnaire=asq');
    const { page } = p;
    await expect(page.locator('main input:checked').count()).resolves.toBe(0);
    await p.expectAccessible('the first question');

    // Next with nothing answered: the flow's refusals, worded for the person beside each question.
    await page.getByRole('button', { name: W.toReview.en }).click();
    const q1 = page.getByRole('group', { name: /^In the past few weeks, have you wished you were dead\?/ });
    await expect(q1.locator('.error').innerText()).resolves.toBe(`${W.errorPrefix.en} ${REQUIRED}`);
    await expect(q1.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('main .error').count()).resolves.toBe(4);
    await p.expectAccessible('errors shown');

    // By keyboard: focus the first question's "Yes" and choose it with Space; the error goes.
    await page.getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Tab');
    expect(await p.focused()).toMatchObject({ tag: 'input', text: 'Yes' });
    await page.keyboard.press('Space');
    await expect(q1.locator('.error').count()).resolves.toBe(0);

    // The acuity question appears; "Yes" raises the interrupt at once.
    const acuity = page.getByRole('group', { name: /^Are you having thoughts of killing yourself right now\?/ });
    await acuity.getByRole('radio', { name: 'Yes', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: W.crisisTitle.en });
    await dialog.waitFor();
    expect((await p.focused()).inDialog).toBe(true);
    await page.keyboard.press('Tab');
    expect(await p.focused()).toMatchObject({ tag: 'button', text: W.crisisContinue.en, inDialog: true });
    await page.keyboard.press('Tab');
    expect((await p.focused()).inDialog).toBe(true);
    await expect(page.getByRole('radio').count()).resolves.toBe(0);
    await p.expectAccessible('the crisis dialog');
    expect(await outbox(page)).toEqual([{ path: '/api/intake/safety', body: { urgency: 'emergency', triggers: ['asq.acute'] } }]);
    await page.keyboard.press('Enter');

    // Back to the questions, answers kept, heading focused.
    await expect(page.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Your safety');
    expect((await p.focused()).tag).toBe('h2');
    await expect(acuity.getByRole('radio', { name: 'Yes', exact: true }).isChecked()).resolves.toBe(true);
    for (const n of [2, 3, 4])
      await page
        .locator('fieldset')
        .nth(n - 1)
        .getByRole('radio', { name: 'No', exact: true })
        .check();
    await page.getByRole('button', { name: W.toReview.en }).click();
    await expect(page.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(W.reviewTitle.en);
    await p.expectAccessible('review');
    await page.getByRole('button', { name: W.submit.en }).click();
    await page.locator('.patient-summary').waitFor();
    await p.expectAccessible('the person’s summary');
    await p.shot('summary');
    const text = await page.locator('main').innerText();
    for (const never of ['score', 'Score', 'asq.', 'positive', 'cut-off']) expect(text).not.toContain(never);
    expect(text).toContain(asq.crisisResources?.en ?? 'crisis resources');
    const sent = await outbox(page);
    expect(sent.map((m) => m.path)).toEqual(['/api/intake/safety', '/api/intake']);
    expect((sent[1]?.body as { summary: ReferralSummary }).summary.urgency.level).toBe('emergency');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('saves after every step and resumes after a reload, in Spanish, with the answer typed before', async () => {
    const p = await open('resume-es', 'questionnaire=brief-screen&locale=es', 'es');
    const { page } = p;
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await page.getByRole('button', { name: W.next.es }).click();
    const age = page.getByRole('spinbutton');
    await age.fill('41');
    await age.blur();
    await page.reload();
    await page.getByRole('status').waitFor();
    await expect(page.getByRole('status').innerText()).resolves.toBe(W.resumed.es);
    await expect(page.getByRole('spinbutton').inputValue()).resolves.toBe('41');
    // Next refused (the sex question is required): the error in Spanish.
    await page.getByRole('button', { name: W.next.es }).click();
    await expect(page.locator('main .error').first().innerText()).resolves.toContain('Por favor, responda esta pregunta');
    await p.expectAccessible('a resumed section with an error, in Spanish');
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('intake-screening/brief-screen') ?? 'null') as { context: { answerEntries: [string, unknown][] } },
    );
    expect(answersOf(stored.context)).toEqual({ 'about.age': 41 });
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('the guide’s useIntake sample (SafetyQuestions.tsx) runs: errors, the acute crisis dialog, review and the person’s view, axe-clean', async () => {
    const p = await AppPage.open(browser, `${server.url}minimal.html`, 'hook-guide-sample');
    const { page } = p;
    await p.expectAccessible('the guide sample’s questions');
    await page.getByRole('button', { name: W.toReview.en }).click();
    await expect(page.getByRole('alert').first().innerText()).resolves.toBe(REQUIRED);
    await p.expectAccessible('the guide sample’s errors');
    await page
      .getByRole('group', { name: /^In the past few weeks, have you wished you were dead\?/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    for (const n of [2, 3, 4])
      await page
        .locator('fieldset')
        .nth(n - 1)
        .getByRole('radio', { name: 'No' })
        .check();
    await page
      .getByRole('group', { name: /^Are you having thoughts of killing yourself right now\?/ })
      .getByRole('radio', { name: 'Yes' })
      .click();
    await page.getByRole('alertdialog', { name: W.crisisTitle.en }).waitFor();
    expect((await p.focused()).inDialog).toBe(true);
    await p.expectAccessible('the guide sample’s crisis dialog');
    await page.getByRole('button', { name: W.crisisContinue.en }).click();
    await page.getByRole('button', { name: W.toReview.en }).click();
    await page.getByRole('button', { name: W.submit.en }).click();
    await expect(page.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(W.progressDone.en);
    await expect(page.locator('main').innerText()).resolves.toContain(PHRASES.urgencyPatient.emergency.en);
    await p.expectAccessible('the guide sample’s summary');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('reads, for a screen reader, as a progress bar, a heading and questions named by their text (accessibility tree)', async () => {
    const p = await open('aria', 'questionnaire=asq');
    const tree = await p.page.locator('main').ariaSnapshot();
    expect(tree).toContain('- heading "Before your visit" [level=1]');
    expect(tree).toContain('- progressbar "Section 1 of 1"');
    expect(tree).toContain('- heading "Your safety" [level=2]');
    expect(tree).toContain('- group "In the past few weeks, have you wished you were dead? (required)"');
    expect(tree).toContain(`- radio "${W.preferNot.en}"`);
    expect(tree).toContain(`- button "${W.toReview.en}"`);
    await p.close();
  });
});
