import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHRASES, summarize } from 'intake-screening';
import { substanceUseIntake } from 'intake-screening/questionnaires';
import { followUpCheckIn } from '../../examples/clinic-intake-web/src/follow-up-check-in.js';
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

const press = (p: FormPage, key: string) => p.page.keyboard.press(key);

describe('keyboard only', () => {
  it('completes the follow-up check-in with Tab, Space, Enter, arrow keys and typing; the staff page reads what it sent', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'keyboard', { page: 'follow-up.html' });
    const stored = async () => (await p.storedAnswers('follow-up-check-in')) ?? {};

    await p.tabTo((f) => f.tag === 'a' && f.text === 'Skip to the questions');
    await press(p, 'Enter');
    expect((await p.focused()).tag).toBe('main');
    await p.tabTo((f) => f.item === 'since.last-visit' && f.type === 'date');
    await p.page.keyboard.type('03152024');
    await p.tabTo((f) => f.item === 'since.days-used' && f.type === 'number');
    await p.page.keyboard.type('12');
    // Entering a radio group focuses its first option; arrows move and choose.
    await p.tabTo((f) => f.item === 'since.cravings');
    for (let i = 0; i < 3; i++) await press(p, 'ArrowDown');
    expect(await p.focused()).toMatchObject({ text: 'Strong' });
    await p.tabTo((f) => f.item === 'since.medication');
    await press(p, 'Space');
    await p.tabTo((f) => f.item === 'since.missed-doses');
    await press(p, 'Space');
    await press(p, 'ArrowDown');
    await press(p, 'ArrowDown');
    await p.shot('since-by-keyboard');
    await p.tabTo((f) => f.tag === 'button' && f.text === 'Next');
    await press(p, 'Enter');

    expect(await p.screen()).toEqual({ kind: 'section', id: 'support' });
    expect(await p.focused()).toMatchObject({ tag: 'h2', text: 'Support and anything else' });
    await p.tabTo((f) => f.text === 'Support meetings');
    await press(p, 'Space');
    await p.tabTo((f) => f.text === 'None of these');
    await press(p, 'Space');
    await p.tabTo((f) => f.tag === 'textarea');
    await p.page.keyboard.type('Mornings are hard.');
    await p.tabTo((f) => f.tag === 'button' && f.text === 'Check my answers');
    await press(p, 'Enter');

    expect(await p.screen()).toEqual({ kind: 'review' });
    const answers = await stored();
    expect(answers).toEqual({
      'since.last-visit': '2024-03-15',
      'since.days-used': 12,
      'since.cravings': 3,
      'since.medication': true,
      'since.missed-doses': 'three-or-more',
      'support.helped': ['none'],
      'support.notes': 'Mornings are hard.',
    });
    await p.tabTo((f) => f.tag === 'button' && f.text === 'Send my answers');
    await press(p, 'Enter');

    expect(await p.screen()).toEqual({ kind: 'summary' });
    expect(await p.focused()).toMatchObject({ tag: 'h2', text: 'Your answers: Follow-up visit check-in' });
    await expectPersonViewOnly(p);
    await p.shot('summary-patient');
    await p.expectAccessible('follow-up patient summary');

    // The care team's view is on its own page, never reached from the person's.
    const staff = await p.staffPage('keyboard-staff');
    const clinician = staff.page.locator('article.intake-summary-clinician');
    const expected = summarize(followUpCheckIn, answers);
    // Strong cravings and missed doses each make it a priority.
    expect(expected.urgency.level).toBe('priority');
    const text = await clinician.innerText();
    expect(text).toContain(PHRASES.urgency.priority.en);
    expect(referralsIn(text).sort()).toEqual(expected.referrals.map((r) => r.type).sort());
    expect(expected.referrals.map((r) => r.type)).toEqual(expect.arrayContaining(['moud-evaluation', 'individual-therapy', 'peer-support']));
    await staff.shot('summary-clinician');
    await staff.expectAccessible('follow-up clinician summary');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('reaches and acknowledges the crisis panel with the keyboard', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'keyboard-safety', { page: 'index.html' });
    await p.answerSections(substanceUseIntake, REQUIRED_ONLY, 'asq');
    await p.form.locator('form.section h2').focus();
    await p.tabTo((f) => f.item === 'asq.q1');
    // "Yes" is the first option: Space chooses it, and the acuity question appears.
    await press(p, 'Space');
    await p.tabTo((f) => f.item === 'asq.q5');
    await press(p, 'Space');
    expect(await p.screen()).toEqual({ kind: 'safety' });
    expect((await p.focused()).inDialog).toBe(true);
    await p.tabTo((f) => f.tag === 'button' && f.text === 'I have read this. Continue');
    await press(p, 'Enter');
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    expect(await p.focused()).toMatchObject({ tag: 'h2', text: 'Your safety' });
    expect(p.problems).toEqual([]);
    await p.close();
  });
});
