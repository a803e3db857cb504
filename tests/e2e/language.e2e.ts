import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { fillPhrase, ISSUE_MESSAGES, type LocalizedText, PHRASES, summarize } from 'intake-screening';
import { briefScreen } from 'intake-screening/questionnaires';
import { followUpCheckIn } from '../../examples/clinic-intake-web/src/follow-up-check-in.js';
import { browserLocale, offeredLocales, UI } from '../../examples/clinic-intake-web/src/wording.js';
import { launchChromium } from './support/browser.js';
import { IntakePage } from './support/intake-page.js';
import { TAPS_NEVER } from './support/plans.js';

const STORAGE_KEY = 'intake-screening/brief-screen';
const q = briefScreen;
const PAGE = 'brief-screen.html';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const es = (text: LocalizedText): string => text['es'] ?? `(no Spanish for "${text.en}")`;
const sectionTitle = (id: string) => q.sections.find((s) => s.id === id)?.title as LocalizedText;

/**
 * English a Spanish screen must not show: the page's own wording and the
 * summary phrases that Spanish words differently, split at placeholders, as
 * whole words ("Urgent" is not in "Urgente").
 */
const ENGLISH = [
  ...Object.values(UI),
  ...Object.values(ISSUE_MESSAGES),
  ...Object.values(PHRASES).flatMap((table) => Object.values(table as Record<string, LocalizedText>)),
]
  .filter((t) => t['es'] !== undefined && t['es'] !== t.en)
  .flatMap((t) => t.en.split(/\{[a-zA-Z]+\}/))
  .map((s) => s.trim())
  .filter((s) => (s.match(/\p{L}/gu) ?? []).length >= 4);

/** The English phrases shown in a part of the page, leaving out instrument citations and licences (published in English). */
async function englishIn(part: Locator): Promise<string[]> {
  const text = await part.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const source of copy.querySelectorAll('.source')) source.remove();
    return copy.innerText;
  });
  return [...new Set(ENGLISH)].filter((phrase) => new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text));
}

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
  it('has Spanish for every phrase of the page, with the same placeholders as the English', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{([a-zA-Z]+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join();
    const problems = Object.entries(UI).flatMap(([key, text]: [string, LocalizedText]) => {
      const spanish = text['es'];
      if (spanish === undefined || spanish.trim() === '') return [`${key}: no Spanish`];
      // The instrument's full title is its published English name; the Spanish leaves it out.
      return key !== 'fromInstrument' && placeholders(spanish) !== placeholders(text.en) ? [`${key}: placeholders differ`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('switches the brief screen to Spanish and completes it: questions, errors, crisis panel, review and both summaries in Spanish, remembered on reload', async () => {
    const p = await IntakePage.open(browser, inject('exampleUrl'), PAGE, 'language-es');
    const lang = () => p.page.evaluate(() => document.documentElement.lang);
    const languages = p.page.getByRole('group', { name: 'Language' });
    expect(await lang()).toBe('en');
    await expect(languages.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(languages.getByRole('button', { name: 'Español' }).getAttribute('lang')).resolves.toBe('es');

    await p.switchLanguage('es');
    expect(await lang()).toBe('es');
    await expect(p.page.locator('h1').innerText()).resolves.toBe(es(q.title));
    await expect(p.page.locator('form.section h2').innerText()).resolves.toBe(es(sectionTitle('about')));
    await expect(
      p.page
        .getByRole('group', { name: es(UI.language) })
        .getByRole('button', { name: 'Español' })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    // Focus stays on the switch, so a keyboard user is not thrown back to the top.
    expect(await p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.locale)).toBe('es');
    await expect(p.page.evaluate((key) => localStorage.getItem(`${key}:locale`), STORAGE_KEY)).resolves.toBe('es');
    expect(await englishIn(p.page.locator('body'))).toEqual([]);
    await p.shot('about-es');
    await p.expectAccessible('about, in Spanish');
    await p.page.getByRole('button', { name: es(UI.next), exact: true }).click();

    expect(await p.screen()).toEqual({ kind: 'section', id: 'about-you' });
    await p.answerSection(q, 'about-you', { 'auditc.sex': 'female' });
    await p.next();

    // Errors are worded in the chosen language, and worded again when it changes.
    expect(await p.screen()).toEqual({ kind: 'section', id: 'taps1' });
    await p.answerSection(q, 'taps1', { 'taps.tobacco.frequency': 'never' });
    await p.next();
    const summaryBox = p.page.locator('.error-summary');
    await expect(summaryBox.locator('h3').innerText()).resolves.toBe(es(UI.errorTitle));
    await expect(p.item('taps.alcohol.frequency').locator('.error').innerText()).resolves.toContain(es(ISSUE_MESSAGES.requiredDecline));
    await p.shot('taps-errors-es');
    await p.expectAccessible('TAPS errors, in Spanish');
    await p.switchLanguage('en');
    await expect(summaryBox.locator('h3').innerText()).resolves.toBe(UI.errorTitle.en);
    await expect(p.item('taps.alcohol.frequency').locator('.error').innerText()).resolves.toContain(ISSUE_MESSAGES.requiredDecline.en);
    await expect(p.page.locator('form.section h2').innerText()).resolves.toBe(sectionTitle('taps1').en);
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
    await p.page.reload();
    await p.page.locator('main').waitFor();
    expect(await lang()).toBe('es');
    expect(await p.screen()).toEqual({ kind: 'section', id: 'phq2' });
    await expect(p.page.getByRole('status').innerText()).resolves.toBe(es(UI.resumed));

    const { screen } = await p.answerSections(q, REST, 'asq');
    expect(screen).toEqual({ kind: 'section', id: 'asq' });
    await p.answerSection(q, 'asq', ASQ_ACUTE);

    // The crisis panel, in Spanish, with its own switch (the page behind it is inert).
    expect(await p.screen()).toEqual({ kind: 'safety' });
    const dialog = p.page.getByRole('alertdialog');
    await expect(dialog.getAttribute('aria-labelledby').then((id) => p.page.locator(`#${id ?? ''}`).innerText())).resolves.toBe(es(UI.crisisTitle));
    const crisisText = await dialog.innerText();
    expect(crisisText).toContain(es(q.crisisResources as LocalizedText));
    expect(crisisText).toContain(es(PHRASES.urgencyPatient.emergency));
    expect(await englishIn(dialog)).toEqual([]);
    await p.shot('crisis-es');
    await p.expectAccessible('crisis panel, in Spanish');
    await p.switchLanguage('en');
    await expect(dialog.innerText()).resolves.toContain(q.crisisResources?.en);
    expect(await p.focused()).toMatchObject({ inDialog: true, text: 'English' });
    await p.switchLanguage('es');
    expect(await p.focused()).toMatchObject({ inDialog: true, text: 'Español' });
    await dialog.getByRole('button', { name: es(UI.crisisContinue) }).click();

    const rest = await p.answerSections(q, { ...REST, ...ASQ_ACUTE });
    expect(rest.screen).toEqual({ kind: 'review' });
    await expect(p.page.locator('.review h2').innerText()).resolves.toBe(es(UI.reviewTitle));
    const homeSupport = p.page.locator('[data-item="living.home-support"] dd');
    await expect(homeSupport.innerText()).resolves.toBe(es(UI.yes));
    expect(await englishIn(p.page.locator('main'))).toEqual([]);
    await p.shot('review-es');
    await p.expectAccessible('review, in Spanish');
    await p.page.getByRole('button', { name: es(UI.submit), exact: true }).click();

    // Both summary views in Spanish, from the library's Spanish summary.
    const answers = (await p.stored(STORAGE_KEY))?.context?.answers ?? {};
    const expected = summarize(q, answers, { locale: 'es' });
    expect(expected.urgency.level).toBe('emergency');
    const patient = p.page.getByRole('tabpanel', { name: es(UI.patientTab) });
    await expect(patient.locator('h2').innerText()).resolves.toBe(fillPhrase(es(PHRASES.patient.title), { title: es(q.title) }));
    await expect(patient.locator('.urgency-note').innerText()).resolves.toBe(es(PHRASES.urgencyPatient.emergency));
    await expect(patient.locator('.crisis-note p').innerText()).resolves.toBe(expected.crisisResources);
    expect(await englishIn(patient)).toEqual([]);
    await p.shot('summary-patient-es');
    await p.expectAccessible('patient summary, in Spanish');

    await p.page.getByRole('tab', { name: es(UI.clinicianTab) }).click();
    const clinician = p.page.getByRole('tabpanel', { name: es(UI.clinicianTab) });
    const findings = await clinician.locator('.domain li > p:first-child').allInnerTexts();
    expect(findings).toEqual(Object.values(expected.findings).flatMap((list) => list.map((f) => f.text)));
    await expect(clinician.locator('.urgency').innerText()).resolves.toContain(es(PHRASES.urgency.emergency));
    await expect(clinician.locator('[data-flag="asq.acute"]').innerText()).resolves.toContain(es(UI.tierInterrupt));
    expect(await englishIn(clinician)).toEqual([]);
    await p.shot('summary-clinician-es');
    await p.expectAccessible('clinician summary, in Spanish');

    // Switching on the summary keeps the view on show and words the summary again.
    await p.switchLanguage('en');
    const clinicianEn = p.page.getByRole('tabpanel', { name: UI.clinicianTab.en });
    expect(await clinicianEn.isVisible()).toBe(true);
    await expect(clinicianEn.locator('.urgency').innerText()).resolves.toContain(PHRASES.urgency.emergency.en);
    await p.switchLanguage('es');

    // Finishing clears the answers and the language: the next person starts in their browser's language.
    await p.page.getByRole('button', { name: es(UI.finish) }).click();
    expect(await lang()).toBe('en');
    await expect(p.page.evaluate((key) => localStorage.getItem(`${key}:locale`), STORAGE_KEY)).resolves.toBe(null);
    expect(await p.screen()).toEqual({ kind: 'section', id: 'about' });
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('starts in Spanish for a browser that prefers it, on the full intake too', async () => {
    const p = await IntakePage.open(browser, inject('exampleUrl'), '', 'language-browser-es', 'es-MX');
    p.locale = 'es';
    expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect(p.page.locator('h1').innerText()).resolves.toMatch(/\S/);
    await expect(p.page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(p.page.getByRole('button', { name: es(UI.next), exact: true }).isVisible()).resolves.toBe(true);
    expect(await englishIn(p.page.locator('body'))).toEqual([]);
    await p.expectAccessible('full intake, in Spanish');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('keeps what was typed and the errors beside it when the language changes, on a clinic-defined questionnaire', async () => {
    const p = await IntakePage.open(browser, inject('exampleUrl'), 'follow-up.html', 'language-follow-up');
    const days = followUpCheckIn.sections[0].items[2];
    await p.field('since.days-used').fill('45');
    await p.field('since.days-used').blur();
    await p.field('since.last-visit').fill('2019-12-31');
    await p.field('since.last-visit').blur();
    await p.next();
    const errors = p.page.getByRole('alert');
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
      `${es(UI.errorPrefix)} ${fillPhrase(es(ISSUE_MESSAGES.wholeNumberRange), { min: 0, max: 30 })}`,
    );
    await p.shot('follow-up-errors-es');
    await p.expectAccessible('follow-up errors, in Spanish');

    // Fixed in Spanish, the answers are the same values the English page stores.
    await p.answer(followUpCheckIn.sections[0].items[1], '2024-03-15');
    await p.answer(days, 12);
    await p.answer(followUpCheckIn.sections[0].items[3], 3);
    await p.next();
    expect(await p.screen()).toEqual({ kind: 'section', id: 'support' });
    expect((await p.stored('intake-screening/follow-up-check-in'))?.context?.answers).toEqual({
      'since.last-visit': '2024-03-15',
      'since.days-used': 12,
      'since.cravings': 3,
    });
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('offers only the languages both the questionnaire and the page have; none for English only', () => {
    expect(offeredLocales(undefined)).toEqual(['en']);
    expect(offeredLocales(['en'])).toEqual(['en']);
    expect(offeredLocales(['en', 'es', 'vi'])).toEqual(['en', 'es']);
    expect(browserLocale(['en', 'es'], ['es-MX', 'en-US'])).toBe('es');
    expect(browserLocale(['en'], ['es-MX'])).toBe('en');
  });
});
