import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import type { ClinicMessage } from '../../../examples/clinic-intake-react/src/outbox.js';
import { OUTBOX_KEY } from '../../../examples/clinic-intake-react/src/outbox.js';
import { BrowserPage } from './browser.js';
import { ROOT } from './paths.js';
import { serveFolder, type StaticServer } from './static-server.js';

/** The React example's folder. */
export const REACT_EXAMPLE = join(ROOT, 'examples/clinic-intake-react');

/**
 * Build the React example against the built package (no network: Vite compiles the JSX itself) and serve it on
 * 127.0.0.1 for one test file.
 *
 * @returns The server; close it in `afterAll`.
 * @example
 * ```ts
 * const server = await serveReactExample();
 * await server.close();
 * ```
 */
export async function serveReactExample(): Promise<StaticServer> {
  await build({ configFile: join(REACT_EXAMPLE, 'vite.config.ts'), logLevel: 'warn' });
  return serveFolder(join(REACT_EXAMPLE, 'dist'));
}

/** What the example "sent to the clinic" (kept in localStorage, as the example has no server). */
export async function outbox(page: Page): Promise<ClinicMessage[]> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as ClinicMessage[], OUTBOX_KEY);
}

/**
 * A page of the React example in a fresh browser context, started and checked as every browser test is (see
 * `BrowserPage`): axe, no console error, no request off the local server.
 */
export class AppPage extends BrowserPage {
  locale: 'en' | 'es' = 'en';

  static async open(browser: Browser, url: string, name: string, locale: 'en' | 'es' = 'en'): Promise<AppPage> {
    const p = new AppPage(...(await BrowserPage.start(browser, url, { name: `react-${name}` })));
    p.locale = locale;
    await p.ready();
    return p;
  }

  private async ready(): Promise<void> {
    await this.page.locator('main h2, main [role="alertdialog"]').first().waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  override async expectAccessible(where: string): Promise<void> {
    await super.expectAccessible(`${where} (${this.locale})`);
  }

  /** The focused element: its tag, and the text of its label (or its own text). */
  async focused(): Promise<{ tag: string; text: string; inDialog: boolean }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const label = el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].textContent : el?.textContent;
      return { tag: el?.tagName.toLowerCase() ?? '', text: (label ?? '').trim().slice(0, 200), inDialog: el?.closest('[role="alertdialog"]') != null };
    });
  }
}
