import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { fillPhrase, ISSUE_MESSAGES, localize, type LocalizedText, PHRASES, summarize } from 'intake-screening';
import { briefScreen } from 'intake-screening/questionnaires';
import { followUpCheckIn } from '../../examples/clinic-intake-web/src/follow-up-check-in.js';
import { PAGE_WORDING } from '../../examples/clinic-intake-web/src/page-wording.js';
import { INTAKE_FORM_WORDING as W } from '../../src/web/wording.js';
import { launchChromium } from './support/browser.js';
import { FormPage } from './support/form-page.js';
import { expectPersonViewOnly, received } from './support/person-page.js';
import { TAPS_NEVER } from './support/plans.js';

const STORAGE_KEY = 'intake-screening/brief-screen';
const q = briefScreen;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// The page's and the questionnaire's texts carry their Spanish; the library's phrases read it from the registered pack.
const es = (text: LocalizedText): string => localize(text, 'es');
const sectionTitle = (id: string) => q.sections.find((s) => s.id === id)?.title as LocalizedText;

/**
 * English a Spanish screen must not show: the page's and the form's own wording and the library phrases that
 * Spanish words differently, split at placeholders, as whole words ("Urgent" is not in "Urgente").
 */
const ENGLISH = [
  ...Object.values<LocalizedText>(PAGE_WORDING),
  ...Object.values<LocalizedText>(W),
  ...Object.values<LocalizedText>(ISSUE_MESSAGES),
  ...Object.values(PHRASES).flatMap((table) => Object.values(table as Record<string, LocalizedText>)),
]
  .filter((t) => localize(t, 'es') !== t.en)
  .flatMap((t) => t.en.split(/\{[a-zA-Z]+\}/))
  .map((s) => s.trim())
  .filter((s) => (s.match(/\p{L}/gu) ?? []).length >= 4);

/** The English phrases a text shows. */
function englishIn(text: string): string[] {
  return [...new Set(ENGLISH)].filter((phrase) => new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text));
}
/** The English phrases a part of the page shows, through the form's shadow root. */
const englishOn = async (p: FormPage, part?: Locator) => englishIn(await p.text(part));

const ASQ_ACUTE = { 'asq.q1': 1, 'asq.q5': 'yes' } as const;
const REST = {
  'phq9.q1': 1,
  'phq9.q2': 0,
  'gad7.q1': 0,
  'gad7.q2': 0,
  'asq.q2': 0,
  'asq.q3': 0,
  'asq.q4': 0,
  'living.home-support': true,
  'living.transport': false,
  'cooccurring.told': ['none'],
  'cooccurring.concerns': ['none'],
} as const;

describe('the language switch', () => {
  it(
    'switches the brief screen to Spanish and completes it: questions, errors, crisis panel, review, the person’s summary and the staff page’s in Spanish, remembered on reload',
    { timeout: 180_000 },
    async () => {
      const p = await FormPage.open(browser, inject('exampleUrl'), 'language-es', { page: 'brief-screen.html' });
      const lang = () => p.page.evaluate(() => document.documentElement.lang);
      const languages = p.page.getByRole('group', { name: 'Language' });
      expect(await lang()).toBe('en');
      await expect(languages.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(languages.getByRole('button', { name: 'Español' }).getAttribute('lang')).resolves.toBe('es');

      await p.switchLanguage('es');
      expect(await lang()).toBe('es');
      await expect(p.form.getAttribute('locale')).resolves.toBe('es');
      await expect(p.page.locator('h1').innerText()).resolves.toBe(es(q.title));
      await expect(p.form.locator('form.section h2').innerText()).resolves.toBe(es(sectionTitle('about')));
      await expect(
        p.page
          .getByRole('group', { name: es(PAGE_WORDING.language) })
          .getByRole('button', { name: 'Español' })
          .getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      // Focus stays on the switch, so a keyboard user is not thrown back to the top.
      expect(await p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.lang)).toBe('es');
      await expect(p.page.evaluate((key) => localStorage.getItem(`${key}:locale`), STORAGE_KEY)).resolves.toBe('es');
      expect(await englishOn(p)).toEqual([]);
      await p.shot('about-es');
      await p.expectAccessible('about, in Spanish');
      await p.form.getByRole('button', { name: es(W.next), exact: true }).click();

      expect(await p.screen()).toEqual({ kind: 'section', id: 'about-you' });
      await p.answerSection(q, 'about-you', { 'auditc.sex': 'female' });
      await p.next();

      // Errors are worded in the chosen language, and worded again when it changes.
      expect(await p.screen()).toEqual({ kind: 'section', id: 'taps1' });
      await p.answerSection(q, 'taps1', { 'taps.tobacco.frequency': 'never' });
      await p.next();
      const summaryBox = p.form.locator('.error-summary');
      await expect(summaryBox.locator('h3').innerText()).resolves.toBe(es(W.errorTitle));
      await expect(p.item('taps.alcohol.frequency').locator('.error').innerText()).resolves.toContain(es(ISSUE_MESSAGES.requiredDecline));
      await p.shot('taps-errors-es');
      await p.expectAccessible('TAPS errors, in Spanish');
      await p.switchLanguage('en');
      await expect(summaryBox.locator('h3').innerText()).resolves.toBe(W.errorTitle.en);
      await expect(p.item('taps.alcohol.frequency').locator('.error').innerText()).resolves.toContain(ISSUE_MESSAGES.requiredDecline.en);
      await expect(p.form.locator('form.section h2').innerText()).resolves.toBe(sectionTitle('taps1').en);
      await p.switchLanguage('es');
      await expect(summaryBox.isVisible()).resolves.toBe(true);
      await expect(p.item('taps.alcohol.frequency').locator('.error').innerText()).resolves.toContain(es(ISSUE_MESSAGES.requiredDecline));
      // The answer given before the switches is still chosen.
      const tobaccoNever = q.sections.find((s) => s.id === 'taps1')?.items[0];
      if (tobaccoNever?.kind !== 'single') throw new Error('taps.tobacco.frequency should be a single choice');
      await expect(
        p
          .item('taps.tobacco.frequency')
          .getByRole('radio', { name: es(tobaccoNever.options.find((o) => o.value === 'never')?.text as LocalizedText), exact: true })
          .isChecked(),
      ).resolves.toBe(true);
      await p.answerSection(q, 'taps1', TAPS_NEVER);
      await p.next();
      expect(await p.screen()).toEqual({ kind: 'section', id: 'withdrawal-screen' });
      await p.next();

      // A reload resumes in Spanish, with the welcome-back notice in Spanish.
      expect(await p.screen()).toEqual({ kind: 'section', id: 'phq2' });
      await p.reload();
      expect(await lang()).toBe('es');
      expect(await p.screen()).toEqual({ kind: 'section', id: 'phq2' });
      await expect(p.form.getByRole('status').innerText()).resolves.toBe(es(W.resumed));

      const { screen } = await p.answerSections(q, REST, 'asq');
      expect(screen).toEqual({ kind: 'section', id: 'asq' });
      await p.answerSection(q, 'asq', ASQ_ACUTE);

      // The crisis panel, in Spanish; the page behind it (its language switch too) is inert until it is acknowledged.
      expect(await p.screen()).toEqual({ kind: 'safety' });
      const dialog = p.form.getByRole('alertdialog');
      await expect(dialog.getAttribute('aria-labelledby').then((id) => p.form.locator(`[id="${id ?? ''}"]`).innerText())).resolves.toBe(es(W.crisisTitle));
      const crisisText = await dialog.innerText();
      expect(crisisText).toContain(es(q.crisisResources as LocalizedText));
      expect(crisisText).toContain(es(PHRASES.urgencyPatient.emergency));
      expect(englishIn(crisisText)).toEqual([]);
      await expect(p.page.locator('header').evaluate((e) => (e as HTMLElement).inert)).resolves.toBe(true);
      await p.shot('crisis-es');
      await p.expectAccessible('crisis panel, in Spanish');
      await dialog.getByRole('button', { name: es(W.crisisContinue) }).click();

      const rest = await p.answerSections(q, { ...REST, ...ASQ_ACUTE });
      expect(rest.screen).toEqual({ kind: 'review' });
      await expect(p.form.locator('.review h2').innerText()).resolves.toBe(es(W.reviewTitle));
      const homeSupport = p.form.locator('[data-item="living.home-support"] dd');
      await expect(homeSupport.innerText()).resolves.toBe(es(W.yes));
      expect(await englishOn(p, p.page.locator('main'))).toEqual([]);
      await p.shot('review-es');
      await p.expectAccessible('review, in Spanish');
      await p.form.getByRole('button', { name: es(W.submit), exact: true }).click();

      // The person's summary in Spanish, from the library's Spanish summary.
      const answers = (await p.storedAnswers(q.id)) ?? {};
      const expected = summarize(q, answers, { locale: 'es' });
      expect(expected.urgency.level).toBe('emergency');
      const patient = p.form.locator('.patient-summary');
      await expect(patient.locator('h2').innerText()).resolves.toBe(fillPhrase(es(PHRASES.patient.title), { title: es(q.title) }));
      await expect(patient.locator('.urgency-note').innerText()).resolves.toBe(es(PHRASES.urgencyPatient.emergency));
      await expect(patient.locator('.crisis-note p').innerText()).resolves.toBe(expected.crisisResources);
      expect(await englishOn(p, patient)).toEqual([]);
      await expectPersonViewOnly(p);
      await p.shot('summary-patient-es');
      await p.expectAccessible('patient summary, in Spanish');

      // The care team's view of what was sent, in Spanish, on the staff page.
      const sent = await received(p);
      expect(sent.map((m) => (m.kind === 'intake' ? (m.summary as { locale: string }).locale : m.kind))).toEqual(['es']);
      const staff = await p.staffPage('language-es-staff');
      const clinician = staff.page.locator('article.intake-summary-clinician');
      await expect(clinician.getAttribute('lang')).resolves.toBe('es');
      const view = await clinician.innerText();
      for (const finding of Object.values(expected.findings).flat()) expect(view).toContain(finding.text);
      expect(view).toContain(es(PHRASES.urgency.emergency));
      await expect(
        clinician
          .locator('li')
          .filter({ hasText: 'asq.acute' })
          .filter({ hasText: es(PHRASES.clinician.tierInterrupt) })
          .count(),
      ).resolves.toBeGreaterThan(0);
      // Instrument citations and licences are published in English; everything else is Spanish.
      const worded = await clinician.evaluate((a) => {
        const copy = a.cloneNode(true) as HTMLElement;
        for (const li of copy.querySelectorAll('li')) if (/^(Fuente|Licencia)/.test(li.textContent ?? '')) li.remove();
        return copy.textContent ?? '';
      });
      expect(englishIn(worded)).toEqual([]);
      await staff.shot('summary-clinician-es');
      await staff.expectAccessible('clinician summary, in Spanish');

      // Switching on the summary words the person's summary again.
      await p.switchLanguage('en');
      await expect(patient.locator('h2').innerText()).resolves.toBe(fillPhrase(PHRASES.patient.title.en, { title: q.title.en }));
      await expect(patient.locator('.urgency-note').innerText()).resolves.toBe(PHRASES.urgencyPatient.emergency.en);
      await p.switchLanguage('es');

      // Finishing clears the answers and the language: the next person starts in their browser's language.
      await p.page.getByRole('button', { name: es(PAGE_WORDING.finish) }).click();
      expect(await lang()).toBe('en');
      await expect(p.page.evaluate((key) => localStorage.getItem(`${key}:locale`), STORAGE_KEY)).resolves.toBe(null);
      expect(await p.screen()).toEqual({ kind: 'section', id: 'about' });
      await expect(p.form.locator('form.section h2').innerText()).resolves.toBe(sectionTitle('about').en);
      expect(p.problems).toEqual([]);
      await p.close();
    },
  );

  it('starts in Spanish for a browser that prefers it, on the full intake too', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'language-browser-es', { page: 'index.html', browserLocale: 'es-MX' });
    p.locale = 'es';
    expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect(p.page.locator('h1').innerText()).resolves.toMatch(/\S/);
    await expect(p.page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(p.form.getByRole('button', { name: es(W.next), exact: true }).isVisible()).resolves.toBe(true);
    expect(await englishOn(p)).toEqual([]);
    await p.expectAccessible('full intake, in Spanish');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('keeps what was typed and the errors beside it when the language changes, on a clinic-defined questionnaire', async () => {
    const p = await FormPage.open(browser, inject('exampleUrl'), 'language-follow-up', { page: 'follow-up.html' });
    const days = followUpCheckIn.sections[0].items[2];
    await p.field('since.days-used').fill('45');
    await p.field('since.days-used').blur();
    await p.field('since.last-visit').fill('2019-12-31');
    await p.field('since.last-visit').blur();
    await p.next();
    const errors = p.form.getByRole('alert');
    const before = await errors.locator('li').allInnerTexts();
    expect(before).toHaveLength(2);

    await p.switchLanguage('es');
    expect(await p.field('since.days-used').inputValue()).toBe('45');
    expect(await p.field('since.days-used').getAttribute('aria-invalid')).toBe('true');
    expect(await p.item('since.days-used').locator('.unit').innerText()).toBe(es(days.unit));
    const after = await errors.locator('li').allInnerTexts();
    expect(after).toEqual([
      `${es(followUpCheckIn.sections[0].items[1].text)} — ${fillPhrase(es(ISSUE_MESSAGES.dateRange), { min: '1 de enero de 2020', max: '31 de diciembre de 2099' })}`,
      `${es(days.text)} — ${fillPhrase(es(ISSUE_MESSAGES.wholeNumberRange), { min: 0, max: 30 })}`,
    ]);
    await expect(p.item('since.days-used').locator('.error').textContent()).resolves.toBe(
      `${es(W.errorPrefix)} ${fillPhrase(es(ISSUE_MESSAGES.wholeNumberRange), { min: 0, max: 30 })}`,
    );
    await p.shot('follow-up-errors-es');
    await p.expectAccessible('follow-up errors, in Spanish');

    // Fixed in Spanish, the answers are the same values the English page stores.
    await p.answer(followUpCheckIn.sections[0].items[1], '2024-03-15');
    await p.answer(days, 12);
    await p.answer(followUpCheckIn.sections[0].items[3], 3);
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'support' });
    expect(await p.storedAnswers(followUpCheckIn.id)).toEqual({
      'since.last-visit': '2024-03-15',
      'since.days-used': 12,
      'since.cravings': 3,
    });
    expect(p.problems).toEqual([]);
    await p.close();
  });
});
