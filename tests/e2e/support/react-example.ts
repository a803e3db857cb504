import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import type { ClinicMessage } from '../../../examples/clinic-intake-react/src/outbox.js';
import { OUTBOX_KEY } from '../../../examples/clinic-intake-react/src/outbox.js';
import { AXE, RESULTS, ROOT } from './paths.js';
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
 * A page of the React example in a fresh browser context, with what every test checks: axe, no console error, no
 * request off the local server.
 */
export class AppPage {
  readonly problems: string[] = [];
  private step = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly locale: 'en' | 'es',
    private readonly shots: string,
  ) {}

  static async open(browser: Browser, url: string, name: string, locale: 'en' | 'es' = 'en'): Promise<AppPage> {
    const context = await browser.newContext({ viewport: { width: 900, height: 1000 }, locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    const shots = join(RESULTS, `react-${name}`);
    mkdirSync(shots, { recursive: true });
    const p = new AppPage(context, page, locale, shots);
    page.on('console', (m) => {
      if (m.type() === 'error') p.problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => p.problems.push(`page error: ${e.message}`));
    const base = new URL(url).origin;
    await context.route('**/*', (route) => {
      const requested = route.request().url();
      if (requested.startsWith(base)) return route.continue();
      p.problems.push(`request off the local server: ${requested}`);
      return route.abort();
    });
    await page.goto(url);
    await page.locator('main h2, main [role="alertdialog"]').first().waitFor();
    return p;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('main h2, main [role="alertdialog"]').first().waitFor();
  }

  async shot(name: string): Promise<void> {
    this.step += 1;
    await this.page.screenshot({ path: join(this.shots, `${String(this.step).padStart(2, '0')}-${name}.png`), fullPage: true, timeout: 30_000 });
  }

  /** Run axe on the whole page and fail with its violations, if any. */
  async expectAccessible(where: string): Promise<void> {
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.addScriptTag({ path: AXE });
    const violations = await this.page.evaluate(async () => {
      type Rule = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Rule[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    if (violations.length > 0) throw new Error(`axe found ${violations.length} violation(s) on ${where} (${this.locale}):\n${violations.join('\n')}`);
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
