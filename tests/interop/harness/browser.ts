import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../e2e/support/browser.js';
import { type StaticServer, serveFolder } from '../../e2e/support/static-server.js';
import { ARTIFACTS, DIST } from './paths.js';

/** A client's page, with what it tried to fetch elsewhere and the errors it threw. */
export interface ClientPage {
  readonly page: Page;
  /** Requests to any origin but the harness server's: each was refused. */
  readonly foreign: string[];
  /** Uncaught page errors, console errors, and the page's own render error. */
  readonly errors: string[];
  /** Close the page, then fail if it asked for anything off the server's origin or reported an error. */
  close(): Promise<void>;
}

/**
 * One Chromium and one server of the built pages (`DIST`) for a test file:
 * started before its tests, closed after them.
 *
 * @returns `open(path)`: a page of that server, as {@link openPage} opens it.
 * @example
 * ```ts
 * const pages = clientPages();
 * test('…', async () => {
 *   const client = await pages.open('/rjsf.html?q=briefScreen');
 *   await client.close();
 * });
 * ```
 */
export function clientPages(): { open(path: `/${string}`): Promise<ClientPage> } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveFolder(DIST)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open(path) {
      if (browser === undefined || server === undefined) throw new Error('clientPages() opens pages only inside the tests of the file that called it');
      return openPage(browser, server, path);
    },
  };
}

/**
 * Open one of the pages on the harness server and wait until it says it is ready
 * (`window.__interop.ready`, or `window.__interop.error`). Every request off the
 * server's origin is refused and recorded; `close()` fails the test on any.
 *
 * @param browser - From tests/e2e/support's `launchChromium`.
 * @param server - From tests/e2e/support's `serveFolder(DIST)`.
 * @param path - The page and its query, e.g. `/rjsf.html?q=briefScreen`.
 * @returns The page and its records.
 * @example
 * ```ts
 * const client = await openPage(browser, server, '/rjsf.html?q=briefScreen');
 * await client.close();
 * ```
 */
export async function openPage(browser: Browser, server: StaticServer, path: `/${string}`): Promise<ClientPage> {
  const { origin } = new URL(server.url);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === origin || url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => window.__interop?.ready === true || window.__interop?.error !== undefined, undefined, { timeout: 60_000 });
  const renderError = await page.evaluate(() => window.__interop?.error);
  if (renderError !== undefined) errors.push(`render: ${renderError}`);
  return {
    page,
    foreign,
    errors,
    async close() {
      await page.close();
      expect(foreign, 'requests off the loopback origin').toEqual([]);
      expect(errors, 'page errors').toEqual([]);
    },
  };
}

/**
 * Save a full-page screenshot to tests/interop/.artifacts/<name>.png (CI keeps that folder).
 *
 * @param page - The page.
 * @param name - File name without extension, e.g. `rjsf-briefScreen-untouched`.
 * @returns The file's path.
 * @example
 * ```ts
 * await screenshot(client.page, 'rjsf-briefScreen-untouched');
 * ```
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** What every page puts on `window` (pages/interop.ts). */
export interface InteropWindow {
  ready?: boolean;
  error?: string;
  /** The client's collected data as the host would read it (form data, or a QuestionnaireResponse). */
  read?: () => unknown;
  /** True while a change is still on its way between the client and the host (pages/interop.ts `exposePending`). */
  pending?: () => boolean;
}

declare global {
  interface Window {
    __interop?: InteropWindow;
  }
}

/**
 * The form controls on the page that hold a value: checked radio buttons and check boxes, filled text fields (not
 * read-only ones), chosen drop-down options. On an untouched form this must be empty, whatever the client reads back.
 *
 * @param page - The client's page.
 * @returns One line per filled control (its id or name, and its value).
 * @example
 * ```ts
 * expect(await filledControls(client.page)).toEqual([]);
 * ```
 */
export function filledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = (el: Element) => el.id || el.getAttribute('name') || el.outerHTML.slice(0, 80);
    const out: string[] = [];
    // Not MUI's auto-growing text area's hidden, read-only twin, which holds "x" to measure line height (Smart Forms).
    for (const el of document.querySelectorAll('input, textarea:not([aria-hidden="true"][readonly]), select')) {
      if (el instanceof HTMLInputElement) {
        if (el.type === 'radio' || el.type === 'checkbox') {
          if (el.checked) out.push(`${named(el)} checked`);
        } else if (el.type !== 'hidden' && el.type !== 'button' && el.type !== 'submit' && !el.readOnly && el.value !== '') {
          // A read-only field (LHC-Forms' unit beside a number, "years") shows text; it holds no answer.
          out.push(`${named(el)} = ${el.value}`);
        }
      } else if (el instanceof HTMLTextAreaElement) {
        if (el.value !== '') out.push(`${named(el)} = ${el.value}`);
      } else if (el instanceof HTMLSelectElement) {
        if (el.value !== '') out.push(`${named(el)} = ${el.value}`);
      }
    }
    return out;
  });
}
