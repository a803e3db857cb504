import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { type AnswerValue, type LocalizedText, localize, PREFER_NOT_TO_ANSWER, type Questionnaire } from 'intake-screening';
import { UI } from '../../../examples/clinic-intake-web/src/wording.js';
import { AXE, RESULTS } from './paths.js';

type DefinedItem = Questionnaire['sections'][number]['items'][number];

/** Which screen the page shows. */
export type Screen =
  | { readonly kind: 'section'; readonly id: string }
  | { readonly kind: 'safety' }
  | { readonly kind: 'review' }
  | { readonly kind: 'summary' }
  | { readonly kind: 'none' };

/** One axe violation, reduced to what a failure message needs. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

const YES_NO = { true: UI.yes, false: UI.no } as const;

/**
 * The example page in a fresh browser context (own storage), with the
 * actions a person takes and the checks every test repeats: screenshots of
 * each step, axe, no console errors, no request leaving the local server.
 */
export class IntakePage {
  /** Console errors, page errors and requests to anywhere but the example's server. */
  readonly problems: string[] = [];
  /** The language the page is shown in; answers are given by their wording in it. */
  locale = 'en';
  private step = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly base: string,
    private readonly shots: string,
  ) {}

  /**
   * Open a page of the example in a new context.
   *
   * @param browser - The test file's browser.
   * @param base - The example's base URL.
   * @param path - The page ('' for the intake, 'follow-up.html' for the check-in).
   * @param name - A folder name for this test's screenshots.
   * @param browserLocale - The browser's language (navigator.language); US English by default.
   * @param bypassCSP - Let axe be injected into a page served with a strict Content-Security-Policy (the clinic service's).
   * @returns The page, loaded.
   */
  static async open(browser: Browser, base: string, path: string, name: string, browserLocale = 'en-US', bypassCSP = false): Promise<IntakePage> {
    const context = await browser.newContext({ viewport: { width: 900, height: 1000 }, locale: browserLocale, bypassCSP });
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    const shots = join(RESULTS, name);
    mkdirSync(shots, { recursive: true });
    const p = new IntakePage(context, page, base, shots);
    page.on('console', (m) => {
      if (m.type() === 'error') p.problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => p.problems.push(`page error: ${e.message}`));
    // The page promises to send nothing anywhere: any request off the local server fails the test.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      p.problems.push(`request off the local server: ${url}`);
      return route.abort();
    });
    await page.goto(base + path);
    await page.locator('main').waitFor();
    return p;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /** The screen on show. */
  async screen(): Promise<Screen> {
    return this.page.evaluate((): Screen => {
      if (document.querySelector('[role="alertdialog"]')) return { kind: 'safety' };
      const form = document.querySelector<HTMLElement>('form.section');
      if (form) return { kind: 'section', id: form.dataset.section ?? '' };
      if (document.querySelector('.review')) return { kind: 'review' };
      if (document.querySelector('.summary')) return { kind: 'summary' };
      return { kind: 'none' };
    });
  }

  /** The wrapper of an item (a fieldset, or a div for display text). */
  item(id: string): Locator {
    return this.page.locator(`[data-item="${id}"]`);
  }

  /** The text field of a number, text or date item. */
  field(id: string): Locator {
    return this.item(id).locator('input:not([type="checkbox"]), textarea');
  }

  /** Text in the page's language. */
  say(text: LocalizedText): string {
    return localize(text, this.locale);
  }

  /** Press a language switch button (in the crisis panel when it shows) and answer in that language from then on. */
  async switchLanguage(locale: 'en' | 'es'): Promise<void> {
    const name = locale === 'es' ? 'Español' : 'English';
    const dialog = this.page.getByRole('alertdialog');
    const scope = (await dialog.count()) > 0 ? dialog : this.page.locator('header');
    await scope.getByRole('button', { name, exact: true }).click();
    this.locale = locale;
    await this.page.waitForFunction((l) => document.documentElement.lang === l, locale);
  }

  /**
   * Answer an item the way a person would: by clicking the option whose label
   * is the definition's wording (in the page's language), or typing into the field.
   */
  async answer(item: DefinedItem, value: AnswerValue): Promise<void> {
    const box = this.item(item.id);
    // A click, not check(): an answer may replace the whole screen (the crisis panel).
    const choose = async (control: Locator) => {
      if (!(await control.isChecked())) await control.click();
    };
    const option = (name: string) => box.getByRole(item.kind === 'multi' ? 'checkbox' : 'radio', { name, exact: true });
    if (value === PREFER_NOT_TO_ANSWER) {
      await choose(
        box.getByRole(item.kind === 'single' || item.kind === 'boolean' || item.kind === 'scale' ? 'radio' : 'checkbox', {
          name: this.say(UI.preferNot),
          exact: true,
        }),
      );
      return;
    }
    switch (item.kind) {
      case 'single':
      case 'scale': {
        const text = item.options.find((o) => o.value === value)?.text;
        if (text === undefined) throw new Error(`${item.id} has no option ${String(value)}`);
        await choose(option(this.say(text)));
        return;
      }
      case 'boolean':
        await choose(option(this.say(YES_NO[String(value) as 'true' | 'false'])));
        return;
      case 'multi':
        for (const v of value as readonly string[]) {
          const text = item.options.find((o) => o.value === v)?.text;
          if (text === undefined) throw new Error(`${item.id} has no option ${v}`);
          await choose(option(this.say(text)));
        }
        return;
      case 'number':
      case 'text':
      case 'date':
        await this.field(item.id).fill(String(value));
        await this.field(item.id).blur();
        return;
      case 'display':
        throw new Error(`${item.id} is display text`);
    }
  }

  /** Answer every planned item of the section on screen, in document order. */
  async answerSection(q: Questionnaire, sectionId: string, plan: Readonly<Record<string, AnswerValue>>): Promise<void> {
    const section = q.sections.find((s) => s.id === sectionId);
    if (!section) throw new Error(`No section ${sectionId}`);
    for (const item of section.items) {
      const value = plan[item.id];
      if (value !== undefined) await this.answer(item, value);
    }
  }

  async next(): Promise<void> {
    await this.page.locator('form.section button[type="submit"]').click();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: this.say(UI.back), exact: true }).click();
  }

  /**
   * Go through sections with a plan of answers, with a screenshot and an axe
   * check of each, until a screen other than a section shows, or the section
   * `stopAt` (left unanswered).
   *
   * @returns The screen it stopped at and the sections it passed.
   */
  async answerSections(q: Questionnaire, plan: Readonly<Record<string, AnswerValue>>, stopAt?: string): Promise<{ screen: Screen; passed: string[] }> {
    const passed: string[] = [];
    for (;;) {
      const screen = await this.screen();
      if (screen.kind !== 'section' || screen.id === stopAt) return { screen, passed };
      await this.answerSection(q, screen.id, plan);
      await this.shot(screen.id);
      await this.expectAccessible(`section ${screen.id}`);
      await this.next();
      const after = await this.screen();
      if (after.kind === 'section' && after.id === screen.id) {
        const problems = await this.page
          .locator('.error-summary')
          .innerText()
          .catch(() => '');
        throw new Error(`NEXT did not leave section ${screen.id}: ${problems}`);
      }
      passed.push(screen.id);
    }
  }

  /**
   * A full-page screenshot, numbered in step order. It is an artifact, not a check, so it gets its own 30 s instead of
   * the page's 5 s: a full-page capture of a long section took over 5 s on a loaded two-core machine (load 22) and
   * failed the walk.
   */
  async shot(name: string): Promise<void> {
    this.step += 1;
    await this.page.screenshot({ path: join(this.shots, `${String(this.step).padStart(2, '0')}-${name}.png`), fullPage: true, timeout: 30_000 });
  }

  /** Run axe on the page as it is. */
  async axe(): Promise<AxeViolation[]> {
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.addScriptTag({ path: AXE });
    return this.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: Document): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
    });
  }

  /** Fail with axe's findings when there are any. */
  async expectAccessible(where: string): Promise<void> {
    const violations = await this.axe();
    if (violations.length > 0) {
      throw new Error(
        `axe found ${violations.length} violation(s) on ${where}:\n${violations.map((v) => `- ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`).join('\n')}`,
      );
    }
  }

  /** What has focus: tag, role, label text, the item it belongs to, whether it is in the crisis dialog and shows a focus ring. */
  async focused(): Promise<{ tag: string; role: string | null; type: string | null; text: string; inDialog: boolean; item: string | null; ring: boolean }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const style = el ? getComputedStyle(el) : undefined;
      const label = el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].textContent : el?.textContent;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        role: el?.getAttribute('role') ?? null,
        type: el?.getAttribute('type') ?? null,
        text: (label ?? '').trim().slice(0, 200),
        inDialog: el?.closest('[role="alertdialog"]') !== null && el?.closest('[role="alertdialog"]') !== undefined,
        item: el?.closest<HTMLElement>('[data-item]')?.dataset.item ?? null,
        // A visible focus indicator: an outline or the focus ring's shadow.
        // (On a date field's calendar button the field loses :focus and Chromium outlines the button itself.)
        ring:
          (el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus')) ||
          (style !== undefined && ((style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none')),
      };
    });
  }

  /** The persisted snapshot the page keeps in localStorage. */
  async stored(key: string): Promise<{ status?: string; context?: { answers: Record<string, unknown>; cursor: number } } | null> {
    return this.page.evaluate((k) => {
      const text = localStorage.getItem(k);
      return text === null ? null : (JSON.parse(text) as { status?: string; context?: { answers: Record<string, unknown>; cursor: number } });
    }, key);
  }
}
