import { expect } from 'vitest';
import { PHRASES } from 'intake-screening';
import { type ClinicMessage, INBOX_KEY } from '../../../examples/clinic-intake-web/src/inbox.js';
import type { BrowserPage } from './browser.js';
import type { FormPage } from './form-page.js';
import { es as esPack } from 'intake-screening/locales/es';

/** What the example's person's page sent to the clinic (its stand-in inbox in localStorage), oldest first. */
export async function received(p: BrowserPage): Promise<ClinicMessage[]> {
  return p.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as ClinicMessage[], INBOX_KEY);
}

/**
 * The person's page shows the person's view only and never leads to the care team's: no link off the page (in the
 * page or inside the form), no tab, nothing of the clinician view's wording, no score.
 */
export async function expectPersonViewOnly(p: FormPage): Promise<void> {
  const links = await p.page.evaluate(() => {
    const roots: ParentNode[] = [document, ...[...document.querySelectorAll('intake-form')].flatMap((f) => (f.shadowRoot ? [f.shadowRoot] : []))];
    // Links within the page (the skip link, an error list's links to its questions) are all a person may follow.
    const away = 'a[href]:not([href^="#"]), [role="link"], form[action], iframe, [role="tab"]';
    return roots.flatMap((r) => [...r.querySelectorAll(away)].map((a) => a.outerHTML.slice(0, 120)));
  });
  expect(links).toEqual([]);
  const text = await p.text();
  for (const phrase of [PHRASES.clinician.title.en.split('{')[0] ?? '', esPack.phrases.clinician.title.split('{')[0] ?? '', 'Score', 'score']) {
    expect(text).not.toContain(phrase);
  }
}

/** The referral types whose clinician label a text shows, in the library's order. */
export function referralsIn(text: string): string[] {
  return Object.entries(PHRASES.referrals)
    .filter(([, label]) => text.includes(label.en))
    .map(([type]) => type);
}
