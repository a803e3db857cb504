import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHRASES, renderSummary, summarize } from 'intake-screening';
import { briefScreen } from 'intake-screening/questionnaires';
import { type ClinicMessage, INBOX_KEY } from '../../examples/clinic-intake-web/src/inbox.js';
import { BrowserPage, launchChromium } from './support/browser.js';
import { es as esPack } from 'intake-screening/locales/es';

// The example's staff page (examples/clinic-intake-web/staff.html): it reads what the person's page sent to the
// clinic (the example's stand-in inbox in localStorage) and shows each finished intake as renderSummary's clinician
// HTML. The walks in full-intake, safety and branching reach it from a real intake; here the inbox is written
// directly, to check what the page does with every kind of message.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const HOSTILE = '<img src=x onerror="document.title=1">';
/** "Yes" to ASQ question 1, raised acute, then the acuity answer changed to "no"; free text beside the flag. */
const changed = (locale: string) =>
  summarize(
    briefScreen,
    { 'asq.q1': 1, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'no', 'asq.q5.describe': `pills at home ${HOSTILE}` },
    { locale, raised: ['asq.acute', 'asq.positive'] },
  );

/** Open the staff page with these messages in the inbox (oldest first). */
async function staffWith(name: string, messages: readonly ClinicMessage[] | string, query = ''): Promise<BrowserPage> {
  const base = inject('exampleUrl');
  const p = await BrowserPage.openPage(browser, `${base}element.html`, { name });
  await p.page.evaluate(
    ([key, value]) => localStorage.setItem(key as string, value as string),
    [INBOX_KEY, typeof messages === 'string' ? messages : JSON.stringify(messages)],
  );
  await p.page.goto(`${base}staff.html${query}`);
  await p.page.locator('main > :not(noscript)').first().waitFor();
  return p;
}

/** The article as the browser holds it, and the same HTML string parsed by the browser, for an exact comparison. */
async function article(p: BrowserPage, expected: string): Promise<{ shown: string; rendered: string }> {
  const shown = await p.page.locator('article.intake-summary').evaluate((a) => a.outerHTML);
  const rendered = await p.page.evaluate((html) => {
    const t = document.createElement('template');
    t.innerHTML = html.trim();
    return t.innerHTML;
  }, expected);
  return { shown, rendered };
}

describe('the staff page', () => {
  it('says when nothing has been received, and passes axe', async () => {
    const p = await staffWith('staff-empty', []);
    await expect(p.page.locator('main').innerText()).resolves.toBe('No intake has been received yet.');
    await p.expectAccessible('the empty staff page');
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('shows the newest intake as the library’s clinician HTML, lists every message, and opens each', async () => {
    const en = changed('en');
    const es = changed('es');
    const unrestored = { status: 'active', context: { questionnaireId: 'another-form', answers: { 'asq.q1': 1 } } };
    const messages: ClinicMessage[] = [
      { kind: 'intake', receivedAt: '2026-12-04T10:00:00.000Z', summary: en, snapshot: {} },
      { kind: 'unrestored', receivedAt: '2026-12-04T10:05:00.000Z', stored: unrestored },
      { kind: 'intake', receivedAt: '2026-12-04T10:10:00.000Z', summary: { not: 'a summary' }, snapshot: {} },
      { kind: 'intake', receivedAt: '2026-12-04T10:15:00.000Z', summary: es, snapshot: {} },
    ];
    const p = await staffWith('staff-messages', messages);
    // Newest first; the one on show is marked.
    const links = p.page.getByRole('navigation', { name: 'Received intakes' }).getByRole('link');
    await expect(links.allInnerTexts()).resolves.toEqual([
      `${es.questionnaire.title}: emergency (received 2026-12-04 10:15:00 UTC)`,
      'An intake that could not be read (received 2026-12-04 10:10:00 UTC)',
      'Saved answers the form could not resume (received 2026-12-04 10:05:00 UTC)',
      `${en.questionnaire.title}: emergency (received 2026-12-04 10:00:00 UTC)`,
    ]);
    await expect(links.first().getAttribute('aria-current')).resolves.toBe('page');

    // The Spanish summary, as renderSummary writes it, in Spanish.
    const spanish = await article(p, renderSummary(es, { format: 'html', audience: 'clinician', fragment: true }));
    expect(spanish.shown).toBe(spanish.rendered);
    await expect(p.page.locator('article').getAttribute('lang')).resolves.toBe('es');
    await expect(p.page.locator('article').innerText()).resolves.toContain(esPack.phrases.summary.answerChanged);
    await p.shot('spanish');
    await p.expectAccessible('the staff page, a Spanish summary');

    // The oldest, by its link: the flag whose answer was changed keeps its urgency and says so; the person's free
    // text stands beside it as text, and the answer's markup is inert.
    await links.last().click();
    await p.page.locator('article').waitFor();
    const english = await article(p, renderSummary(en, { format: 'html', audience: 'clinician', fragment: true }));
    expect(english.shown).toBe(english.rendered);
    const text = await p.page.locator('article').innerText();
    expect(text).toContain(PHRASES.urgency.emergency.en);
    expect(text).toContain(PHRASES.summary.answerChanged.en);
    expect(text).toContain(HOSTILE);
    await expect(p.page.locator('main img, main script, main iframe').count()).resolves.toBe(0);
    await expect(p.page.title()).resolves.toBe('Care team: received intakes');
    await p.expectAccessible('the staff page, an English summary');

    // What it cannot show as a summary is kept as it arrived, never dropped.
    await links.nth(2).click();
    await expect(p.page.locator('pre.raw').innerText()).resolves.toBe(JSON.stringify(unrestored, null, 2));
    await p.expectAccessible('the staff page, a stored intake the form could not resume');
    await links.nth(1).click();
    await expect(p.page.locator('pre.raw').innerText()).resolves.toBe(JSON.stringify({ not: 'a summary' }, null, 2));
    expect(p.problems).toEqual([]);
    await p.close();
  });

  it('keeps a damaged inbox as it is, as one unreadable message', async () => {
    const p = await staffWith('staff-damaged', '{not json');
    await expect(p.page.locator('pre.raw').innerText()).resolves.toBe(JSON.stringify('{not json', null, 2));
    await p.expectAccessible('the staff page, a damaged inbox');
    expect(p.problems).toEqual([]);
    await p.close();
  });
});
