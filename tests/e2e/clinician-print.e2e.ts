import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderSummary, summarize } from 'intake-screening';
import { briefScreen } from 'intake-screening/questionnaires';
import { launchChromium } from './support/browser.js';

// Issue 22: the clinician view of a typical brief screen fits one printed page. Printed here as a clinic would,
// from Chromium with the renderer's print stylesheet, to A4 and Letter; the pages are counted in the PDF.

const ROOT = join(import.meta.dirname, '../..');
const sample = JSON.parse(readFileSync(join(ROOT, 'examples/answers/05-brief-screen.json'), 'utf8')) as { answers: Record<string, unknown> };
const SCREENS = {
  'the brief-screen sample': sample.answers,
  // The example: a non-acute ASQ positive.
  'the sample with ASQ 1 and 2 "yes"': { ...sample.answers, 'asq.q1': 1, 'asq.q2': 1 },
} as const;
const PAPER = ['A4', 'Letter'] as const;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages in a PDF: its page objects (not the /Pages tree nodes). */
const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

async function printed(html: string, format: (typeof PAPER)[number], withoutAppendix = false): Promise<number> {
  await page.setContent(html);
  if (withoutAppendix) await page.evaluate(() => document.querySelector('.appendix')?.remove());
  return pages(await page.pdf({ format, preferCSSPageSize: true }));
}

/** Text or Markdown printed as a clinic's printer would show a plain file: 9 pt monospace, 10 mm margins. */
const plain = (text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title><style>@page{margin:10mm}body{margin:0}pre{font:9pt/1.15 "DejaVu Sans Mono",monospace;white-space:pre-wrap;margin:0}</style></head><body><pre></pre></body></html>`.replace(
    '<pre></pre>',
    `<pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`,
  );

describe('the clinician view printed from Chromium', () => {
  for (const [name, answers] of Object.entries(SCREENS)) {
    it(`${name}: the HTML summary is one page on A4 and Letter, and the appendix starts on the next`, async () => {
      const html = renderSummary(summarize(briefScreen, answers), { format: 'html', audience: 'clinician' });
      for (const paper of PAPER) {
        expect(await printed(html, paper, true), paper).toBe(1);
        // The whole document: the summary page, then the appendix from a new page.
        expect(await printed(html, paper), paper).toBeGreaterThanOrEqual(2);
      }
    });

    it(`${name}: the text and Markdown summary each print on one page`, async () => {
      const s = summarize(briefScreen, answers);
      for (const format of ['text', 'markdown'] as const) {
        const view = renderSummary(s, { format, audience: 'clinician' });
        const summary = view.slice(0, view.indexOf(format === 'text' ? '\nAppendix: answers and sources\n' : '\n## Appendix: answers and sources\n'));
        for (const paper of PAPER) expect(await printed(plain(summary), paper), `${format} ${paper}`).toBe(1);
      }
    });
  }
});
