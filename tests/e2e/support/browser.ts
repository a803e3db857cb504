import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { AXE, RESULTS } from './paths.js';

/** Debian's Chromium; CI installs it with apt-get when missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Playwright adds --headless itself and gives every launch a fresh temporary
// profile (its own --user-data-dir), removed on close.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Start headless Chromium for one test file.
 *
 * @returns The browser; close it in `afterAll`.
 * @example
 * ```ts
 * const browser = await launchChromium();
 * await browser.close();
 * ```
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}. Install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** How to open a page for a test. */
export interface OpenOptions {
  /** A folder name for this test's screenshots (under test-results/e2e). */
  readonly name: string;
  /** The browser's language (navigator.language); US English by default. */
  readonly browserLocale?: string;
  /** Let axe be injected into a page served with a strict Content-Security-Policy. */
  readonly bypassCSP?: boolean;
  /** A script to run in every page of the context before the page's own (see `BrowserContext.addInitScript`). */
  readonly init?: { readonly script: (arg: string[]) => void; readonly arg: string[] };
}

/** The result of one axe run: its violations, and how many checked nodes were inside a shadow root. */
export interface AxeResult {
  readonly violations: string[];
  readonly shadowNodes: number;
}

/** Console errors and page errors of a page go to `problems`. */
function watch(page: Page, problems: string[]): void {
  page.setDefaultTimeout(5_000);
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}

/**
 * A page in a fresh browser context (its own storage), with what every browser test checks, started in one place:
 * no console error or page error, no request off the page's own server (the pages promise to send nothing
 * anywhere), numbered screenshots, and axe.
 */
export class BrowserPage {
  private step = 0;

  protected constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    /** Console errors, page errors and requests off the local server, of every page opened in this context. */
    readonly problems: string[],
    private readonly shots: string,
  ) {}

  /** Start a context and a page on `url`, watched as above; the page is loaded (its `load` event) when this returns. */
  protected static async start(browser: Browser, url: string, options: OpenOptions): Promise<[BrowserContext, Page, string[], string]> {
    const context = await browser.newContext({
      viewport: { width: 900, height: 1000 },
      locale: options.browserLocale ?? 'en-US',
      bypassCSP: options.bypassCSP ?? false,
    });
    const problems: string[] = [];
    const origin = new URL(url).origin;
    await context.route('**/*', (route) => {
      const requested = route.request().url();
      if (requested.startsWith(`${origin}/`)) return route.continue();
      problems.push(`request off the local server: ${requested}`);
      return route.abort();
    });
    if (options.init) await context.addInitScript(options.init.script, options.init.arg);
    const page = await context.newPage();
    watch(page, problems);
    const shots = join(RESULTS, options.name);
    mkdirSync(shots, { recursive: true });
    await page.goto(url);
    return [context, page, problems, shots];
  }

  /**
   * Open a page for a test.
   *
   * @param browser - The test file's browser.
   * @param url - The page's address on the local server.
   * @param options - Screenshot folder, browser language.
   * @returns The page, loaded.
   * @example
   * ```ts
   * const p = await BrowserPage.openPage(browser, `${inject('exampleUrl')}staff.html`, { name: 'staff' });
   * await p.expectAccessible('the staff page');
   * ```
   */
  static async openPage(browser: Browser, url: string, options: OpenOptions): Promise<BrowserPage> {
    return new BrowserPage(...(await BrowserPage.start(browser, url, options)));
  }

  /** Another page in the same context (the same storage), watched the same way, with its own screenshots. */
  async openBeside(url: string, name: string): Promise<BrowserPage> {
    const page = await this.context.newPage();
    watch(page, this.problems);
    const shots = join(RESULTS, name);
    mkdirSync(shots, { recursive: true });
    await page.goto(url);
    return new BrowserPage(this.context, page, this.problems, shots);
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /**
   * A full-page screenshot, numbered in step order. It is an artifact, not a check, so it gets its own 30 s instead of
   * the page's 5 s: a full-page capture of a long section took over 5 s on a loaded two-core machine (load 22).
   */
  async shot(name: string): Promise<void> {
    this.step += 1;
    await this.page.screenshot({ path: join(this.shots, `${String(this.step).padStart(2, '0')}-${name}.png`), fullPage: true, timeout: 30_000 });
  }

  /** Run axe on the whole page. axe-core descends into open shadow roots; `shadowNodes` counts checked nodes inside one. */
  async axe(): Promise<AxeResult> {
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.addScriptTag({ path: AXE });
    return this.page.evaluate(async () => {
      type Node = { target: unknown[] };
      type Rule = { id: string; impact?: string | null; help: string; nodes: Node[] };
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
      const result = await axe.run(document);
      // A node inside a shadow root is targeted as [host selector, selector inside].
      const inShadow = (n: Node) => Array.isArray(n.target[0]);
      return {
        violations: result.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
        shadowNodes: result.passes.flatMap((r) => r.nodes).filter(inShadow).length,
      };
    });
  }

  /**
   * Fail with axe's findings when there are any.
   *
   * @param where - The screen, for the message.
   * @param shadow - Also fail when axe checked nothing inside a shadow root (a page holding `<intake-form>`), so a
   *   pass is never an axe that did not look inside the form.
   */
  async expectAccessible(where: string, shadow = false): Promise<void> {
    const { violations, shadowNodes } = await this.axe();
    if (violations.length > 0) throw new Error(`axe found ${violations.length} violation(s) on ${where}:\n${violations.join('\n')}`);
    if (shadow && shadowNodes === 0) throw new Error(`axe checked nothing inside the form's shadow root on ${where}`);
  }
}
