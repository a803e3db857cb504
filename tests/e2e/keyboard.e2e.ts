import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { summarize } from 'intake-screening';
import { substanceUseIntake } from 'intake-screening/questionnaires';
import { followUpCheckIn } from '../../examples/clinic-intake-web/src/follow-up-check-in.js';
import { launchChromium } from './support/browser.js';
import { IntakePage } from './support/intake-page.js';
import { REQUIRED_ONLY } from './support/plans.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Focus = Awaited<ReturnType<IntakePage['focused']>>;

/** Press Tab (or Shift+Tab) until focus is where `wanted` says, checking every stop shows a focus ring. */
async function tabTo(p: IntakePage, wanted: (f: Focus) => boolean, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<Focus> {
  for (let i = 0; i < 25; i++) {
    await p.page.keyboard.press(key);
    const f = await p.focused();
    if (f.tag !== 'body' && f.tag !== 'main') expect(f.ring, `focus ring on ${f.tag} ${f.text}`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error('Tab never reached the wanted control');
}
const press = (p: IntakePage, key: string) => p.page.keyboard.press(key);

describe('keyboard only', () => {
  it('completes the follow-up check-in with Tab, Space, Enter, arrow keys and typing, and switches summary views with arrows', async () => {
    const p = await IntakePage.open(browser, inject('exampleUrl'), 'follow-up.html', 'keyboard');
    const stored = async () => (await p.stored('intake-screening/follow-up-check-in'))?.context?.answers ?? {};

    await tabTo(p, (f) => f.tag === 'a' && f.text === 'Skip to the questions');
    await press(p, 'Enter');
    expect((await p.focused()).tag).toBe('main');
    await tabTo(p, (f) => f.item === 'since.last-visit' && f.type === 'date');
    await p.page.keyboard.type('03152024');
    await tabTo(p, (f) => f.item === 'since.days-used' && f.type === 'number');
    await p.page.keyboard.type('12');
    // Entering a radio group focuses its first option; arrows move and choose.
    await tabTo(p, (f) => f.item === 'since.cravings');
    for (let i = 0; i < 3; i++) await press(p, 'ArrowDown');
    expect(await p.focused()).toMatchObject({ text: 'Strong' });
    await tabTo(p, (f) => f.item === 'since.medication');
    await press(p, 'Space');
    await tabTo(p, (f) => f.item === 'since.missed-doses');
    await press(p, 'Space');
    await press(p, 'ArrowDown');
    await press(p, 'ArrowDown');
    await p.shot('since-by-keyboard');
    await tabTo(p, (f) => f.tag === 'button' && f.text === 'Next');
    await press(p, 'Enter');

    expect(await p.screen()).toEqual({ kind: 'section', id: 'support' });
    expect(await p.focused()).toMatchObject({ tag: 'h2', text: 'Support and anything else' });
    await tabTo(p, (f) => f.text === 'Support meetings');
    await press(p, 'Space');
    await tabTo(p, (f) => f.text === 'None of these');
    await press(p, 'Space');
    await tabTo(p, (f) => f.tag === 'textarea');
    await p.page.keyboard.type('Mornings are hard.');
    await tabTo(p, (f) => f.tag === 'button' && f.text === 'Check my answers');
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
    await tabTo(p, (f) => f.tag === 'button' && f.text === 'Send my answers');
    await press(p, 'Enter');

    expect(await p.screen()).toEqual({ kind: 'summary' });
    expect(await p.focused()).toMatchObject({ tag: 'h2', text: 'Your answers: Follow-up visit check-in' });
    await tabTo(p, (f) => f.role === 'tab', 'Shift+Tab');
    await press(p, 'ArrowRight');
    expect(await p.focused()).toMatchObject({ role: 'tab', text: 'For your care team' });
    const clinician = p.page.getByRole('tabpanel', { name: 'For your care team' });
    expect(await clinician.isVisible()).toBe(true);
    const expected = summarize(followUpCheckIn, answers);
    // Strong cravings and missed doses each make it a priority.
    expect(expected.urgency.level).toBe('priority');
    expect(await clinician.locator('[data-urgency]').getAttribute('data-urgency')).toBe('priority');
    expect(await clinician.locator('.referrals > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-referral')))).toEqual(
      expected.referrals.map((r) => r.type),
    );
    expect(expected.referrals.map((r) => r.type)).toEqual(expect.arrayContaining(['moud-evaluation', 'individual-therapy', 'peer-support']));
    await p.shot('summary-clinician');
    await p.expectAccessible('follow-up clinician summary');
    await press(p, 'Home');
    expect(await p.focused()).toMatchObject({ role: 'tab', text: 'Your summary' });
    expect(await p.page.getByRole('tabpanel', { name: 'Your summary' }).isVisible()).toBe(true);
    await p.shot('summary-patient');
    await p.expectAccessible('follow-up patient summary');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('reaches and acknowledges the crisis panel with the keyboard', async () => {
    const p = await IntakePage.open(browser, inject('exampleUrl'), '', 'keyboard-safety');
    await p.answerSections(substanceUseIntake, REQUIRED_ONLY, 'asq');
    await p.page.locator('form.section h2').focus();
    await tabTo(p, (f) => f.item === 'asq.q1');
    // "Yes" is the first option: Space chooses it, and the acuity question appears.
    await press(p, 'Space');
    await tabTo(p, (f) => f.item === 'asq.q5');
    await press(p, 'Space');
    expect(await p.screen()).toEqual({ kind: 'safety' });
    expect((await p.focused()).inDialog).toBe(true);
    await tabTo(p, (f) => f.tag === 'button' && f.text === 'I have read this. Continue');
    await press(p, 'Enter');
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    expect(await p.focused()).toMatchObject({ tag: 'h2', text: 'Your safety' });
    expect(p.problems).toEqual([]);
    await p.close();
  });
});
