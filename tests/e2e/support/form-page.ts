import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { type AnswerValue, type LocalizedText, localize, PREFER_NOT_TO_ANSWER, type Questionnaire } from 'intake-screening';
import { INTAKE_FORM_WORDING as W } from '../../../src/web/wording.js';
import { AXE, RESULTS } from './paths.js';

type DefinedItem = Questionnaire['sections'][number]['items'][number];

/** Which screen the form shows. */
export type FormScreen =
  | { readonly kind: 'section'; readonly id: string }
  | { readonly kind: 'safety' }
  | { readonly kind: 'review' }
  | { readonly kind: 'summary' }
  | { readonly kind: 'none' };

/** An event the form sent, as the page's document heard it. */
export interface HeardEvent {
  readonly type: string;
  readonly detail: unknown;
}

/** What has focus, looked up through shadow roots. */
export interface DeepFocus {
  readonly tag: string;
  readonly type: string | null;
  readonly text: string;
  readonly item: string | null;
  readonly inForm: boolean;
  readonly inDialog: boolean;
  readonly ring: boolean;
}

const EVENTS = ['intake-progress', 'intake-safety', 'intake-complete', 'intake-restore'];

/**
 * The `<intake-form>` element on the example's element page (examples/clinic-intake-web/element.html), in a fresh
 * browser context, with what every test checks: events heard by the host page, axe, no console error, no request
 * off the local server.
 */
export class FormPage {
  readonly problems: string[] = [];
  private step = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly url: string,
    readonly locale: 'en' | 'es',
    private readonly shots: string,
  ) {}

  /** `page` is the page holding the element, relative to `base` (examples/clinic-intake-web's element.html by default). */
  static async open(
    browser: Browser,
    base: string,
    name: string,
    options: { questionnaire?: string; locale?: 'en' | 'es'; page?: string } = {},
  ): Promise<FormPage> {
    const context = await browser.newContext({ viewport: { width: 900, height: 1000 }, locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    const shots = join(RESULTS, `element-${name}`);
    mkdirSync(shots, { recursive: true });
    const params = new URLSearchParams({ questionnaire: options.questionnaire ?? 'brief-screen', ...(options.locale ? { locale: options.locale } : {}) });
    const url = `${base}${options.page ?? 'element.html'}?${params.toString()}`;
    const p = new FormPage(context, page, url, options.locale ?? 'en', shots);
    page.on('console', (m) => {
      if (m.type() === 'error') p.problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => p.problems.push(`page error: ${e.message}`));
    await context.route('**/*', (route) => {
      const requested = route.request().url();
      if (requested.startsWith(base)) return route.continue();
      p.problems.push(`request off the local server: ${requested}`);
      return route.abort();
    });
    // The host's side: every event the form sends reaches the document (they bubble and are composed).
    await context.addInitScript((types: string[]) => {
      const heard: { type: string; detail: unknown }[] = [];
      (window as unknown as { heard: typeof heard }).heard = heard;
      for (const type of types)
        document.addEventListener(type, (e) => heard.push({ type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail)) as unknown }));
    }, EVENTS);
    await page.goto(url);
    await p.form.locator('.screen > *').first().waitFor();
    return p;
  }

  get form(): Locator {
    return this.page.locator('intake-form');
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.form.locator('.screen > *').first().waitFor();
  }

  say(key: keyof typeof W | LocalizedText): string {
    return localize(typeof key === 'string' ? W[key] : key, this.locale);
  }

  /** The events heard so far. */
  async heard(type?: string): Promise<HeardEvent[]> {
    const all = await this.page.evaluate(() => (window as unknown as { heard: HeardEvent[] }).heard);
    return type === undefined ? all : all.filter((e) => e.type === type);
  }

  async screen(): Promise<FormScreen> {
    return this.form.evaluate((host): FormScreen => {
      const root = host.shadowRoot;
      if (!root) return { kind: 'none' };
      if (root.querySelector('[role="alertdialog"]')) return { kind: 'safety' };
      const form = root.querySelector<HTMLElement>('form.section');
      if (form) return { kind: 'section', id: form.dataset.section ?? '' };
      if (root.querySelector('.review')) return { kind: 'review' };
      if (root.querySelector('.patient-summary')) return { kind: 'summary' };
      return { kind: 'none' };
    });
  }

  item(id: string): Locator {
    return this.form.locator(`[data-item="${id}"]`);
  }

  field(id: string): Locator {
    return this.item(id).locator('input:not([type="checkbox"]), textarea');
  }

  /** Nothing answers for the person: no checked box or radio, no typed value, no selected option on the screen. */
  async preselected(): Promise<string[]> {
    return this.form.evaluate((host) =>
      [...(host.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select') ?? [])]
        .filter(
          (el) =>
            (el instanceof HTMLInputElement && (el.checked || el.defaultChecked)) ||
            ((el instanceof HTMLInputElement && el.type !== 'radio' && el.type !== 'checkbox') || el instanceof HTMLTextAreaElement
              ? el.value !== '' || el.defaultValue !== ''
              : false) ||
            (el instanceof HTMLSelectElement && el.selectedIndex >= 0),
        )
        .map((el) => `${el.closest<HTMLElement>('[data-item]')?.dataset.item ?? '?'} ${el.tagName.toLowerCase()}`),
    );
  }

  /** Answer as a person would with a mouse: click the option whose label is the wording, or type in the field. */
  async answer(item: DefinedItem, value: AnswerValue): Promise<void> {
    const box = this.item(item.id);
    const choose = async (control: Locator) => {
      if (!(await control.isChecked())) await control.click();
    };
    const option = (name: string) => box.getByRole(item.kind === 'multi' ? 'checkbox' : 'radio', { name, exact: true });
    if (value === PREFER_NOT_TO_ANSWER) {
      await choose(
        box.getByRole(item.kind === 'single' || item.kind === 'boolean' || item.kind === 'scale' ? 'radio' : 'checkbox', {
          name: this.say('preferNot'),
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
        await choose(option(this.say(value === true ? 'yes' : 'no')));
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

  /**
   * Answer every section with a plan, checking on arrival that nothing is preselected and axe finds nothing,
   * until a screen other than a section shows. `answered` names sections the person has answered already.
   */
  async answerSections(
    q: Questionnaire,
    plan: Readonly<Record<string, AnswerValue>>,
    answered: readonly string[] = [],
  ): Promise<{ screen: FormScreen; passed: string[] }> {
    const passed: string[] = [];
    for (;;) {
      const screen = await this.screen();
      if (screen.kind !== 'section') return { screen, passed };
      const section = q.sections.find((s) => s.id === screen.id);
      if (!section) throw new Error(`No section ${screen.id}`);
      if (!answered.includes(screen.id)) await this.expectNothingPreselected(`section ${screen.id}`);
      for (const item of section.items) {
        const value = plan[item.id];
        if (value !== undefined && (await this.item(item.id).isVisible())) await this.answer(item, value);
      }
      await this.shot(screen.id);
      await this.expectAccessible(`section ${screen.id}`);
      await this.next();
      const after = await this.screen();
      if (after.kind === 'section' && after.id === screen.id)
        throw new Error(`Next did not leave ${screen.id}: ${await this.form.locator('.error-summary').innerText()}`);
      passed.push(screen.id);
    }
  }

  async expectNothingPreselected(where: string): Promise<void> {
    const chosen = await this.preselected();
    if (chosen.length > 0) throw new Error(`Preselected on ${where}: ${chosen.join(', ')}`);
  }

  async next(): Promise<void> {
    await this.form.locator('form.section button[type="submit"]').click();
  }

  async shot(name: string): Promise<void> {
    this.step += 1;
    await this.page.screenshot({ path: join(this.shots, `${String(this.step).padStart(2, '0')}-${name}.png`), fullPage: true, timeout: 30_000 });
  }

  /**
   * Run axe on the whole page. axe-core descends into open shadow roots; the returned count of checked nodes
   * inside the form's shadow root shows it did.
   */
  async axe(): Promise<{ violations: string[]; shadowNodes: number }> {
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

  async expectAccessible(where: string): Promise<void> {
    const { violations, shadowNodes } = await this.axe();
    if (violations.length > 0) throw new Error(`axe found ${violations.length} violation(s) on ${where} (${this.locale}):\n${violations.join('\n')}`);
    if (shadowNodes === 0) throw new Error(`axe checked nothing inside the form's shadow root on ${where}`);
  }

  /** What has focus, through the form's shadow root, and whether it shows a focus ring. */
  async focused(): Promise<DeepFocus> {
    return this.page.evaluate(() => {
      let el = document.activeElement as HTMLElement | null;
      let inForm = false;
      while (el?.shadowRoot?.activeElement) {
        inForm ||= el.tagName === 'INTAKE-FORM';
        el = el.shadowRoot.activeElement as HTMLElement;
      }
      const style = el ? getComputedStyle(el) : undefined;
      const label = el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].textContent : el?.textContent;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        type: el?.getAttribute('type') ?? null,
        text: (label ?? '').trim().slice(0, 200),
        item: el?.closest<HTMLElement>('[data-item]')?.dataset.item ?? null,
        inForm,
        inDialog: el?.closest('[role="alertdialog"]') != null,
        ring: style !== undefined && ((style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none'),
      };
    });
  }

  /** The snapshot the form keeps in localStorage (the default store). */
  async stored(questionnaireId: string): Promise<{ context?: { answers: Record<string, unknown>; cursor: number } } | null> {
    return this.page.evaluate((k) => {
      const text = localStorage.getItem(k);
      return text === null ? null : (JSON.parse(text) as { context?: { answers: Record<string, unknown>; cursor: number } });
    }, `intake-screening/${questionnaireId}`);
  }
}
