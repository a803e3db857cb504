import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Questionnaire } from 'intake-screening';
import { substanceUseIntake } from 'intake-screening/questionnaires';
import { launchChromium } from './support/browser.js';
import { FormPage } from './support/form-page.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the main substance (issue 21, point 11)', () => {
  it('offers only the substances the person chose, none of them chosen, and keeps a named one when the list changes', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'options-from', { page: 'index.html' });
    const q: Questionnaire = substanceUseIntake;
    await p.next();
    await p.answerSection(q, 'about-you', { 'auditc.sex': 'female' });
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'substance' });

    await p.answerSection(q, 'substance', { 'substance.used': ['fentanyl', 'alcohol'] });
    const main = p.item('substance.main');
    const names = async () =>
      (await main.getByRole('radio').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''))).filter(
        (n) => n !== 'Prefer not to answer',
      );
    expect(await names()).toEqual(['Fentanyl', 'Alcohol']);
    expect(await main.getByRole('radio', { checked: true }).count()).toBe(0);

    await p.answerSection(q, 'substance', { 'substance.main': 'fentanyl' });
    // Unticking the substance named as the main one keeps that answer, still shown as chosen.
    await p.item('substance.used').getByRole('checkbox', { name: 'Fentanyl', exact: true }).click();
    expect(await names()).toEqual(['Fentanyl', 'Alcohol']);
    expect(await main.getByRole('radio', { name: 'Fentanyl', exact: true }).isChecked()).toBe(true);
    expect(await p.storedAnswers(q.id)).toMatchObject({ 'substance.used': ['alcohol'], 'substance.main': 'fentanyl' });
    await p.shot('main-substance');
    await p.expectAccessible('main substance');
    await p.close();
  });
});
