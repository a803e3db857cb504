import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PREFER_NOT_TO_ANSWER } from 'intake-screening';
import { followUpCheckIn } from '../../examples/clinic-intake-web/src/follow-up-check-in.js';
import { launchChromium } from './support/browser.js';
import { FormPage } from './support/form-page.js';

const open = (name: string) => FormPage.open(browser, inject('exampleUrl'), name, { page: 'follow-up.html' });
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const answers = async (p: FormPage) => (await p.storedAnswers(followUpCheckIn.id)) ?? {};

describe('every item kind, on a clinic-defined questionnaire', () => {
  it('draws each kind as its control, with limits from the definition', async () => {
    const p = await open('item-kinds');
    expect(await p.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await p.page.getByRole('heading', { level: 1 }).innerText()).toBe('Follow-up visit check-in');
    // For a screen reader, the page around the form: its landmarks, the title, the language switch's state, the
    // form named by its section, and nothing that leads away (the care team's view is on another page).
    const tree = await p.page.locator('body').ariaSnapshot();
    for (const line of [
      '- link "Skip to the questions"',
      '- banner:',
      '- heading "Follow-up visit check-in" [level=1]',
      '- group "Language":',
      '- button "English" [pressed]',
      '- button "Español"',
      '- main:',
      `- form "${followUpCheckIn.sections[0].title.en}"`,
      '- contentinfo:',
      '- button "Clear my answers and start again"',
    ])
      expect(tree).toContain(line);
    expect(tree.match(/- link /g)).toHaveLength(1);
    // display → a paragraph, no control.
    expect(await p.item('since.intro').locator('p').innerText()).toBe('These questions are about the time since you last saw us.');
    expect(await p.item('since.intro').locator('input').count()).toBe(0);
    // date → input type=date with min/max; number → input type=number with min/max/step and a unit.
    expect(await p.field('since.last-visit').evaluate((e) => [e.getAttribute('type'), e.getAttribute('min'), e.getAttribute('max')])).toEqual([
      'date',
      '2020-01-01',
      '2099-12-31',
    ]);
    expect(
      await p.field('since.days-used').evaluate((e) => [e.getAttribute('type'), e.getAttribute('min'), e.getAttribute('max'), e.getAttribute('step')]),
    ).toEqual(['number', '0', '30', '1']);
    expect(await p.item('since.days-used').locator('.unit').innerText()).toBe('days');
    // Every group is a fieldset named by its question; every field is labelled by it.
    expect(await p.form.getByRole('group', { name: /on how many days did you use/ }).count()).toBe(1);
    expect(await p.form.getByRole('spinbutton', { name: /on how many days did you use/ }).count()).toBe(1);
    // scale → radios; boolean → Yes/No radios plus "Prefer not to answer"; single follow-up hidden until it applies.
    expect(await p.item('since.cravings').getByRole('radio').count()).toBe(5);
    expect(await p.item('since.medication').getByRole('radio').allTextContents()).toEqual(['', '', '']);
    expect(await p.item('since.medication').locator('label').allInnerTexts()).toEqual(['Yes', 'No', 'Prefer not to answer']);
    expect(await p.item('since.missed-doses').isHidden()).toBe(true);
    await p.shot('since-empty');
    await p.expectAccessible('follow-up section 1');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('shows validation messages by item: required, out of range, unreadable; Next stays until they are fixed', async () => {
    const p = await open('item-kinds-errors');
    await p.field('since.days-used').fill('45');
    await p.field('since.days-used').blur();
    const daysError = p.item('since.days-used').locator('.error');
    expect(await daysError.textContent()).toBe('Error: Enter a whole number from 0 to 30.');
    expect(await p.field('since.days-used').getAttribute('aria-invalid')).toBe('true');
    // The field keeps what was typed so it can be corrected; the flow stored nothing.
    expect(await p.field('since.days-used').inputValue()).toBe('45');
    expect(await answers(p)).toEqual({});

    await p.field('since.last-visit').fill('2019-12-31');
    await p.field('since.last-visit').blur();
    expect(await p.item('since.last-visit').locator('.error').textContent()).toBe('Error: Enter a date between January 1, 2020 and December 31, 2099.');

    await p.next();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'since' });
    const summary = p.form.getByRole('alert');
    expect(await summary.locator('li').allInnerTexts()).toEqual([
      'When was your last visit with us? — Enter a date between January 1, 2020 and December 31, 2099.',
      'In the past 30 days, on how many days did you use the substance you want help with? — Enter a whole number from 0 to 30.',
    ]);
    expect(await p.focused()).toMatchObject({ tag: 'div', role: 'alert' });
    await p.shot('errors-typed');
    await p.expectAccessible('section with typed-value errors');

    // Fix both; Next now reports the required scale that is still unanswered.
    await p.answer(followUpCheckIn.sections[0].items[1], '2024-03-15');
    await p.answer(followUpCheckIn.sections[0].items[2], 12);
    expect(await daysError.isHidden()).toBe(true);
    expect(await p.field('since.days-used').getAttribute('aria-invalid')).toBe('false');
    expect(await answers(p)).toEqual({ 'since.last-visit': '2024-03-15', 'since.days-used': 12 });
    await p.next();
    expect(await summary.locator('li').allInnerTexts()).toEqual(['In the past week, how strong were your cravings? — Please answer this question.']);
    expect(await p.item('since.cravings').locator('.error').textContent()).toBe('Error: Please answer this question.');
    // The group is described by its error, so a screen reader reads it on entering the group.
    const describedBy = (await p.item('since.cravings').getAttribute('aria-describedby')) ?? '';
    expect(await p.form.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toBe('Error: Please answer this question.');
    await p.shot('errors-required');
    await p.expectAccessible('section with a required error');

    // The error link takes focus to the question.
    await summary.getByRole('link').click();
    expect((await p.focused()).item).toBe('since.cravings');
    await p.item('since.cravings').getByRole('radio', { name: 'Mild' }).click();
    expect(await p.item('since.cravings').locator('.error').isHidden()).toBe(true);
    expect(await summary.isHidden()).toBe(true);
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'support' });
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('"Prefer not to answer", exclusive "none of these", follow-ups and free text store what the person chose', async () => {
    const p = await open('item-kinds-answers');
    const days = p.item('since.days-used');
    await p.field('since.days-used').fill('3');
    await days.getByRole('checkbox', { name: 'Prefer not to answer' }).check();
    expect(await p.field('since.days-used').isDisabled()).toBe(true);
    expect(await p.field('since.days-used').inputValue()).toBe('');
    expect((await answers(p))['since.days-used']).toBe(PREFER_NOT_TO_ANSWER);
    await days.getByRole('checkbox', { name: 'Prefer not to answer' }).uncheck();
    expect(await p.field('since.days-used').isEnabled()).toBe(true);
    expect((await p.focused()).item).toBe('since.days-used');
    expect((await answers(p))['since.days-used']).toBeUndefined();
    await p.field('since.days-used').fill('0');

    await p.item('since.cravings').getByRole('radio', { name: 'Strong', exact: true }).click();
    await p.item('since.medication').getByRole('radio', { name: 'Yes' }).click();
    expect(await p.item('since.missed-doses').isVisible()).toBe(true);
    await p.item('since.missed-doses').getByRole('radio', { name: 'Three or more' }).click();
    await p.shot('since-answered');
    await p.next();

    const helped = p.item('support.helped');
    await helped.getByRole('checkbox', { name: 'Support meetings' }).check();
    await helped.getByRole('checkbox', { name: 'Counseling' }).check();
    expect((await answers(p))['support.helped']).toEqual(['meetings', 'counselling']);
    await helped.getByRole('checkbox', { name: 'None of these' }).click();
    expect(await helped.getByRole('checkbox', { checked: true }).count()).toBe(1);
    expect((await answers(p))['support.helped']).toEqual(['none']);
    await helped.getByRole('checkbox', { name: 'Family or friends' }).click();
    expect((await answers(p))['support.helped']).toEqual(['family']);

    const notes = p.form.getByRole('textbox', { name: /anything you would like your care team to know/ });
    expect(await notes.evaluate((e) => [e.tagName, e.getAttribute('maxlength')])).toEqual(['TEXTAREA', '500']);
    await notes.fill('  Started a new job; mornings are hard.  ');
    await p.shot('support-answered');
    await p.expectAccessible('follow-up section 2');
    // Next commits the field even without a change event first.
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'review' });
    expect(await answers(p)).toEqual({
      'since.days-used': 0,
      'since.cravings': 3,
      'since.medication': true,
      'since.missed-doses': 'three-or-more',
      'support.helped': ['family'],
      'support.notes': 'Started a new job; mornings are hard.',
    });
    expect(await p.item('since.days-used').locator('dd').innerText()).toBe('0 days');
    expect(await p.item('since.last-visit').locator('dd').innerText()).toBe('Not answered');
    await p.shot('review');
    await p.expectAccessible('follow-up review');
    expect(p.problems).toEqual([]);
    await p.close();
  });
});
