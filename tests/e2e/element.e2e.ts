import { answersOf } from 'intake-screening';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatIssue, PHRASES, type ReferralSummary } from 'intake-screening';
import { asq } from 'intake-screening/questionnaires';
import { launchChromium } from './support/browser.js';
import { FormPage } from './support/form-page.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ASQ_NO = { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0 } as const;
const dialogOf = (p: FormPage) => p.form.getByRole('alertdialog', { name: p.say('crisisTitle') });

const press = (p: FormPage, key: string) => p.page.keyboard.press(key);

describe('<intake-form>: every screen passes axe in English and Spanish', () => {
  for (const locale of ['en', 'es'] as const) {
    it(`first question, an error shown, the crisis dialog, review and completion (${locale})`, async () => {
      const p = await FormPage.open(browser, inject('exampleUrl'), `screens-${locale}`, { questionnaire: 'asq', locale });
      expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
      await p.expectNothingPreselected('first question');
      await p.expectAccessible('the first question');
      await p.shot('first-question');

      // Next with the required questions unanswered: the library's person-facing message beside each, in the locale.
      await p.next();
      const summary = p.form.locator('.error-summary');
      await expect(summary.isVisible()).resolves.toBe(true);
      expect((await p.focused()).inForm).toBe(true);
      const required = formatIssue(
        { code: 'required', path: ['asq.q1'], itemId: 'asq.q1', preferNotToAnswer: true, message: '' },
        { locale, audience: 'person' },
      );
      await expect(p.item('asq.q1').locator('.error').innerText()).resolves.toContain(required);
      await expect(p.item('asq.q1').getAttribute('aria-describedby')).resolves.toMatch(/error-/);
      await p.expectAccessible('an error shown');
      await p.shot('error');

      // An acuity "yes" raises the interrupt at once: the alert dialog, focus in it, the rest inert.
      await p.answer(asq.sections[0].items[0], 1);
      await p.answer(asq.sections[0].items[5], 'yes');
      expect(await p.screen()).toEqual({ kind: 'safety' });
      expect((await p.focused()).inDialog).toBe(true);
      await expect(p.form.locator('.progress').evaluate((e) => (e as HTMLElement).inert)).resolves.toBe(true);
      await expect(dialogOf(p).innerText()).resolves.toContain(p.say(PHRASES.urgencyPatient.emergency));
      await p.expectAccessible('the crisis dialog');
      await p.shot('crisis');
      await dialogOf(p)
        .getByRole('button', { name: p.say('crisisContinue') })
        .click();

      p.answered('asq');
      const { screen } = await p.answerSections(asq, { 'asq.q1': 1, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'yes' });
      expect(screen).toEqual({ kind: 'review' });
      await p.expectAccessible('review');
      await p.shot('review');
      await p.form.getByRole('button', { name: p.say('submit') }).click();
      expect(await p.screen()).toEqual({ kind: 'summary' });
      await p.expectAccessible('completion');
      await p.shot('completion');
      const complete = await p.heard('intake-complete');
      expect(complete).toHaveLength(1);
      const detail = complete[0]?.detail as { summary: ReferralSummary; snapshot: { status: string; context: { answerEntries: [string, unknown][] } } };
      expect(detail.summary.locale).toBe(locale);
      expect(detail.summary.urgency.level).toBe('emergency');
      expect(detail.snapshot.status).toBe('done');
      expect(answersOf(detail.snapshot.context)).toEqual({ 'asq.q1': 1, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'yes' });
      expect(p.problems).toEqual([]);
      await p.close();
    });
  }
});

describe('<intake-form>: the safety interrupt', () => {
  it('ASQ acute positive: the alert dialog opens at the answer, keeps Tab inside, tells the host, and goes on after acknowledgement', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'acute', { questionnaire: 'asq' });
    await p.answer(asq.sections[0].items[0], 1);
    await expect(p.item('asq.q5').isVisible()).resolves.toBe(true);
    await p.answer(asq.sections[0].items[5], 'yes');
    const dialog = dialogOf(p);
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true');
    const text = await dialog.innerText();
    expect(text).toContain(asq.crisisResources?.en ?? 'no crisis resources');
    expect(text).not.toContain('NIMH');
    for (let i = 0; i < 4; i++) {
      await press(p, 'Tab');
      const f = await p.focused();
      expect(f.inDialog || f.tag === 'body' || !f.inForm).toBe(true);
    }
    const safety = await p.heard('intake-safety');
    expect(safety.map((e) => e.detail)).toEqual([
      { urgency: 'emergency', triggers: [{ id: 'asq.acute', tier: 'interrupt', urgency: 'emergency' }], resumed: false },
    ]);
    await dialog.getByRole('button', { name: 'I have read this. Continue' }).click();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    expect(await p.focused()).toMatchObject({ tag: 'h2', inForm: true });
    await expect(p.item('asq.q5').getByRole('radio', { name: 'Yes', exact: true }).isChecked()).resolves.toBe(true);
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('ASQ non-acute positive: the dialog opens when the person leaves the section, with the urgent wording', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'non-acute', { questionnaire: 'asq' });
    for (const [id, value] of Object.entries({ ...ASQ_NO, 'asq.q2': 1, 'asq.q5': 'no' })) {
      const item = asq.sections[0].items.find((i) => i.id === id);
      if (item) await p.answer(item, value);
    }
    expect(await p.screen()).toEqual({ kind: 'section', id: 'asq' });
    expect(await p.heard('intake-safety')).toEqual([]);
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'safety' });
    expect((await p.focused()).inDialog).toBe(true);
    await expect(dialogOf(p).innerText()).resolves.toContain(PHRASES.urgencyPatient.urgent.en);
    expect((await p.heard('intake-safety')).map((e) => e.detail)).toEqual([
      { urgency: 'urgent', triggers: [{ id: 'asq.positive', tier: 'flag', urgency: 'urgent' }], resumed: false },
    ]);
    await dialogOf(p).getByRole('button', { name: 'I have read this. Continue' }).click();
    expect(await p.screen()).toEqual({ kind: 'review' });
    expect(p.problems).toEqual([]);
    await p.close();
  });
});
