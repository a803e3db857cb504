import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { localize, PHRASES, type Questionnaire, summarize, type ReferralSummary } from 'intake-screening';
import { briefScreen } from 'intake-screening/questionnaires';
import { followUpCheckIn } from '../../examples/clinic-intake-web/src/follow-up-check-in.js';
import { INTAKE_FORM_WORDING as W } from '../../src/web/wording.js';
import { launchChromium } from './support/browser.js';
import { type DeepFocus, FormPage } from './support/form-page.js';
import { BRIEF_BY_KEYBOARD as BY_KEYBOARD } from './support/plans.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const press = (p: FormPage, key: string) => p.page.keyboard.press(key);
const inItem = (id: string) => (f: DeepFocus) => f.item === id && f.tag === 'input';
const button = (name: string) => (f: DeepFocus) => f.tag === 'button' && f.text === name;

const itemOf = (id: string) => {
  const item = (briefScreen as Questionnaire).sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (item === undefined) throw new Error(`The brief screen has no item ${id}`);
  return item;
};

describe('<intake-form>: every item kind, on a clinic-defined questionnaire', () => {
  it('draws each kind as its control, words a refused value for the person beside it, and stores every kind of answer', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'item-kinds', { questionnaire: 'follow-up-check-in' });
    await p.expectNothingPreselected('the first section');
    await expect(p.item('since.intro').locator('input').count()).resolves.toBe(0);
    await expect(p.field('since.last-visit').evaluate((e) => [e.getAttribute('type'), e.getAttribute('min'), e.getAttribute('max')])).resolves.toEqual([
      'date',
      '2020-01-01',
      '2099-12-31',
    ]);
    await expect(
      p.field('since.days-used').evaluate((e) => [e.getAttribute('type'), e.getAttribute('min'), e.getAttribute('max'), e.getAttribute('step')]),
    ).resolves.toEqual(['number', '0', '30', '1']);
    await expect(p.form.getByRole('spinbutton', { name: /on how many days did you use/ }).count()).resolves.toBe(1);
    await expect(p.item('since.cravings').getByRole('radio').count()).resolves.toBe(5);
    await expect(p.item('since.missed-doses').isHidden()).resolves.toBe(true);

    // A refused value: the library's person-facing message beside the question; the typed text stays to be corrected.
    await p.field('since.days-used').fill('45');
    await p.field('since.days-used').blur();
    await expect(p.item('since.days-used').locator('.error').textContent()).resolves.toBe('Error: Enter a whole number from 0 to 30.');
    await expect(p.field('since.days-used').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(p.field('since.days-used').inputValue()).resolves.toBe('45');
    await p.expectAccessible('a refused number');
    await p.shot('refused-number');

    const plan = {
      'since.last-visit': '2024-03-15',
      'since.days-used': 12,
      'since.cravings': 3,
      'since.medication': true,
      'since.missed-doses': 'three-or-more',
      'support.helped': ['none'],
      'support.notes': 'Mornings are hard.',
    } as const;
    p.answered('since');
    const { screen } = await p.answerSections(followUpCheckIn, plan);
    expect(screen).toEqual({ kind: 'review' });
    expect(await p.storedAnswers('follow-up-check-in')).toEqual(plan);
    await expect(p.form.locator('[data-item="since.days-used"] dd').innerText()).resolves.toBe('12 days');
    expect(p.problems).toEqual([]);
    await p.close();
  });
});

describe('<intake-form> by keyboard only', () => {
  it('completes the brief screen with Tab, Space, arrow keys, typing and Enter; nothing is ever preselected', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'keyboard');
    const section = async (id: string) => {
      expect(await p.screen()).toEqual({ kind: 'section', id });
      await p.expectNothingPreselected(id);
    };
    await section('about');
    await p.tabTo(button('Next'));
    await press(p, 'Enter');

    await section('about-you');
    expect(await p.focused()).toMatchObject({ tag: 'h2', text: 'About you' });
    await p.tabTo((f) => f.item === 'about.age' && f.type === 'number');
    await p.page.keyboard.type('36');
    // Entering a radio group focuses its first option without choosing it; Space chooses it.
    await p.tabTo(inItem('auditc.sex'));
    await press(p, 'Space');
    await p.tabTo(button('Next'));
    await press(p, 'Enter');

    await section('taps1');
    // "Never" is the last option before "Prefer not to answer": from the first, Up wraps to the last, Up again is "Never".
    for (const id of ['taps.tobacco.frequency', 'taps.alcohol.frequency', 'taps.drugs.frequency', 'taps.rx.frequency']) {
      await p.tabTo(inItem(id));
      await press(p, 'ArrowUp');
      await press(p, 'ArrowUp');
      expect((await p.focused()).text).toBe('Never');
    }
    await p.tabTo(button('Next'));
    await press(p, 'Enter');

    await section('withdrawal-screen');
    await p.tabTo((f) => f.item === 'withdrawal.screen' && f.text.startsWith('No'));
    await press(p, 'Space');
    await p.tabTo(button('Next'));
    await press(p, 'Enter');

    for (const [id, items] of [
      ['phq2', ['phq9.q1', 'phq9.q2']],
      ['gad2', ['gad7.q1', 'gad7.q2']],
    ] as const) {
      await section(id);
      for (const item of items) {
        await p.tabTo(inItem(item));
        await press(p, 'Space');
      }
      await p.tabTo(button('Next'));
      await press(p, 'Enter');
    }

    await section('asq');
    // "Yes" comes first: Down from it chooses "No" without choosing "Yes" on the way.
    for (const item of ['asq.q1', 'asq.q2', 'asq.q3', 'asq.q4']) {
      await p.tabTo(inItem(item));
      await press(p, 'ArrowDown');
      expect((await p.focused()).text).toBe('No');
    }
    await p.tabTo(button('Next'));
    await press(p, 'Enter');

    await section('residential');
    for (const item of ['living.home-support', 'living.transport']) {
      await p.tabTo(inItem(item));
      await press(p, 'Space');
    }
    await p.tabTo(button('Check my answers'));
    await press(p, 'Enter');

    expect(await p.screen()).toEqual({ kind: 'review' });
    expect(await p.focused()).toMatchObject({ tag: 'h2', text: 'Check your answers' });
    expect(await p.storedAnswers('brief-screen')).toEqual(BY_KEYBOARD);
    await p.tabTo(button('Send my answers'));
    await press(p, 'Enter');

    expect(await p.screen()).toEqual({ kind: 'summary' });
    const [complete] = await p.heard('intake-complete');
    const summary = (complete?.detail as { summary: ReferralSummary }).summary;
    const expected = summarize(briefScreen, BY_KEYBOARD);
    expect(summary.urgency).toEqual(expected.urgency);
    expect(summary.instruments.map((i) => [i.scoreId, i.score])).toEqual(expected.instruments.map((i) => [i.scoreId, i.score]));
    // The person's view only: no scores, instrument names or care-team wording.
    const shown = await p.form.locator('.form').innerText();
    expect(shown).toContain(PHRASES.patient.disclaimer.en);
    for (const hidden of ['PHQ-2', 'GAD-2', 'TAPS', 'score', 'Score', PHRASES.clinician.title.en]) expect(shown).not.toContain(hidden);
    // Progress events only moved forward.
    const values = (await p.heard('intake-progress')).map((e) => (e.detail as { value: number }).value);
    expect(values.length).toBeGreaterThan(8);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(1);
    expect(p.problems).toEqual([]);
    await p.close();
  });
});

describe('<intake-form> save and resume', () => {
  it('resumes after a reload where the person was, with their answers and a welcome-back notice, and going back never moves progress back', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'resume');
    await p.next();
    await p.answer(itemOf('about.age'), 50);
    await p.answer(itemOf('auditc.sex'), 'male');
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'taps1' });
    const before = await p.form.locator('progress').evaluate((e) => (e as HTMLProgressElement).value);
    await p.form.getByRole('button', { name: 'Back' }).click();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'about-you' });
    await expect(p.form.locator('progress').evaluate((e) => (e as HTMLProgressElement).value)).resolves.toBe(before);
    await p.next();

    await p.reload();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'taps1' });
    await expect(p.form.locator('.notice').innerText()).resolves.toBe(W.resumed.en);
    expect((await p.heard('intake-restore')).map((e) => e.detail)).toEqual([{ outcome: 'resumed', issues: [] }]);
    await p.form.getByRole('button', { name: 'Back' }).click();
    await expect(p.item('auditc.sex').getByRole('radio', { name: 'Male', exact: true }).isChecked()).resolves.toBe(true);
    await expect(p.field('about.age').inputValue()).resolves.toBe('50');
    await p.expectAccessible('a resumed section');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('a stored intake the flow refuses is reported to the person and the host and kept, never dropped', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'refused');
    const foreign = {
      status: 'active',
      value: 'answering',
      context: { questionnaireId: 'another-form', questionnaireVersion: '1.0.0', answers: { 'asq.q1': 1 } },
    };
    await p.page.evaluate((s) => localStorage.setItem('intake-screening/brief-screen', JSON.stringify(s)), foreign);
    await p.reload();
    await expect(p.form.locator('.notice').innerText()).resolves.toBe(W.restoreFailed.en);
    const [restore] = await p.heard('intake-restore');
    expect(restore?.detail).toMatchObject({ outcome: 'refused', stored: foreign });
    expect((restore?.detail as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(['snapshot-foreign']);
    const aside = await p.page.evaluate(() => localStorage.getItem('intake-screening/brief-screen:unrestored'));
    expect(JSON.parse(aside ?? '[]')).toEqual([foreign]);
    expect(await p.screen()).toEqual({ kind: 'section', id: 'about' });
    await p.expectAccessible('the refused-restore notice');
    await p.close();
  });
});

describe('<intake-form> in Spanish', () => {
  it('asks, reviews and summarizes in Spanish, with no English phrase of the form left', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'spanish', { locale: 'es' });
    await expect(p.form.evaluate((e) => e.shadowRoot?.querySelector('.form')?.getAttribute('lang'))).resolves.toBe('es');
    const plan = { ...BY_KEYBOARD, 'living.transport': false };
    const { screen, passed } = await p.answerSections(briefScreen, plan);
    expect(passed).toEqual(['about', 'about-you', 'taps1', 'withdrawal-screen', 'phq2', 'gad2', 'asq', 'residential']);
    expect(screen).toEqual({ kind: 'review' });
    await expect(p.form.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(W.reviewTitle.es);
    await p.form.getByRole('button', { name: W.submit.es }).click();
    const text = await p.form.locator('.form').innerText();
    expect(text).toContain(localize(PHRASES.patient.disclaimer, 'es'));
    for (const phrase of Object.values(W)) if (phrase.en !== phrase.es) expect(text).not.toContain(phrase.en);
    const [complete] = await p.heard('intake-complete');
    expect((complete?.detail as { summary: ReferralSummary }).summary.locale).toBe('es');
    await p.close();
  });
});

describe('<intake-form> for a screen reader', () => {
  it('names every control by its question and option, in an accessibility-tree snapshot', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'aria', { questionnaire: 'follow-up-check-in' });
    const tree = await p.form.ariaSnapshot();
    const section = followUpCheckIn.sections[0];
    expect(tree).toContain(`- progressbar "${W.progress.en.replace('{section}', '1').replace('{sections}', String(followUpCheckIn.sections.length))}"`);
    expect(tree).toContain(`- form "${section.title.en}"`);
    expect(tree).toContain(`- heading "${section.title.en}" [level=2]`);
    for (const item of section.items) {
      if (item.kind === 'display' || 'when' in item) continue;
      expect(tree).toContain(`- group "${item.text.en}${'required' in item && item.required ? ' (required)' : ''}"`);
    }
    expect(tree).toMatch(/- textbox "[^"]+"|- spinbutton "[^"]+"/);
    expect(tree).toContain(`- button "${W.next.en}"`);
    // The crisis dialog: an alert dialog named by its title, with its one way on.
    const p2 = await FormPage.open(browser, inject('exampleUrl'), 'aria-crisis', { questionnaire: 'asq' });
    await p2.form.getByRole('radio', { name: 'Yes' }).first().click();
    await p2.item('asq.q5').getByRole('radio', { name: 'Yes', exact: true }).click();
    const crisis = await p2.form.ariaSnapshot();
    expect(crisis).toContain(`- alertdialog "${W.crisisTitle.en}"`);
    expect(crisis).toContain(`- button "${W.crisisContinue.en}"`);
    expect(crisis).not.toContain('- radio');
    await p.close();
    await p2.close();
  });
});
