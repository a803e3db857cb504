import type { Browser, Locator } from 'playwright-core';
import { type AnswerValue, type LocalizedText, localize, PREFER_NOT_TO_ANSWER, type Questionnaire } from 'intake-screening';
import { INTAKE_FORM_WORDING as W } from '../../../src/web/wording.js';
import { BrowserPage } from './browser.js';

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
  readonly role: string | null;
  readonly type: string | null;
  readonly text: string;
  readonly item: string | null;
  readonly inForm: boolean;
  readonly inDialog: boolean;
  readonly ring: boolean;
}

/** Where the form is: the example's element page (`?questionnaire=`, `?locale=`) or one of its person's pages. */
export interface FormPageOptions {
  /** The page, relative to the example's base URL: `element.html` (the default), `index.html`, `brief-screen.html`, `follow-up.html`. */
  readonly page?: string;
  /** `?questionnaire=` and `?locale=` for element.html (and the React example): `brief-screen` by default. */
  readonly questionnaire?: string;
  readonly locale?: 'en' | 'es';
  /** The browser's language (navigator.language); US English by default. */
  readonly browserLocale?: string;
  /** A whole address instead (another server's page, such as the clinic service's), opened as it is. */
  readonly url?: string;
  /** Let axe be injected into a page served with a strict Content-Security-Policy (the clinic service's). */
  readonly bypassCSP?: boolean;
  /** Wait for the form to show a screen before returning (default); false for a page that shows something first. */
  readonly waitForForm?: boolean;
}

const EVENTS = ['intake-progress', 'intake-safety', 'intake-complete', 'intake-restore'];

/** The host's side: every event the form sends reaches the document (they bubble and are composed). */
function listen(types: string[]): void {
  const heard: { type: string; detail: unknown }[] = [];
  (window as unknown as { heard: typeof heard }).heard = heard;
  for (const type of types)
    document.addEventListener(type, (e) => heard.push({ type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail)) as unknown }));
}

/**
 * A page of the example holding the `<intake-form>` element, driven as a person would, through the form's open
 * shadow root (Playwright's locators pierce it; `screen`, `focused` and `text` look inside it), with the events the
 * host page heard.
 */
export class FormPage extends BrowserPage {
  /** The language answers are given in (the wording of options); a language switch changes it. */
  locale: 'en' | 'es' = 'en';
  /** Sections answered in this test, where "nothing preselected" no longer applies. */
  private readonly visited = new Set<string>();

  /**
   * Open a page holding the form in a fresh context, hearing its events.
   *
   * @param browser - The test file's browser.
   * @param base - The example's base URL.
   * @param name - A folder name for this test's screenshots.
   * @param options - Which page, questionnaire and languages.
   * @returns The page, showing the form's first screen.
   */
  static async open(browser: Browser, base: string, name: string, options: FormPageOptions = {}): Promise<FormPage> {
    // The person's pages name their questionnaire themselves and ignore the query.
    const params = new URLSearchParams({ questionnaire: options.questionnaire ?? 'brief-screen', ...(options.locale ? { locale: options.locale } : {}) });
    const started = await BrowserPage.start(browser, options.url ?? `${base}${options.page ?? 'element.html'}?${params.toString()}`, {
      name,
      ...(options.browserLocale ? { browserLocale: options.browserLocale } : {}),
      ...(options.bypassCSP ? { bypassCSP: true } : {}),
      init: { script: listen, arg: EVENTS },
    });
    const p = new FormPage(...started);
    if (options.locale) p.locale = options.locale;
    if (options.waitForForm !== false) await p.ready();
    return p;
  }

  get form(): Locator {
    return this.page.locator('intake-form');
  }

  /** Wait until the form shows a screen. */
  async ready(): Promise<void> {
    await this.form.locator('.screen > *').first().waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  say(key: keyof typeof W | LocalizedText): string {
    return localize(typeof key === 'string' ? W[key] : key, this.locale);
  }

  /** axe as every page gets it, and (unless `shadow` is false, for a screen before the form) inside the form. */
  override async expectAccessible(where: string, shadow = true): Promise<void> {
    await super.expectAccessible(`${where} (${this.locale})`, shadow);
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

  /** The text a part of the page shows, through shadow roots (`innerText` of a host leaves its shadow tree out). */
  async text(part: Locator = this.page.locator('body')): Promise<string> {
    return part.evaluate((root) => {
      const parts: string[] = [];
      const walk = (node: Node) => {
        if (node instanceof HTMLElement && (node.hidden || node.closest('[hidden]') !== null)) return;
        if (node instanceof Text) parts.push(node.data);
        if (node instanceof HTMLElement && node.shadowRoot) for (const child of node.shadowRoot.childNodes) walk(child);
        for (const child of node.childNodes) if (!(child instanceof HTMLStyleElement || child instanceof HTMLScriptElement)) walk(child);
      };
      walk(root);
      return parts.join(' ').replace(/\s+/g, ' ');
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

  async expectNothingPreselected(where: string): Promise<void> {
    const chosen = await this.preselected();
    if (chosen.length > 0) throw new Error(`Preselected on ${where}: ${chosen.join(', ')}`);
  }

  /** Answer as a person would with a mouse: click the option whose label is the wording, or type in the field. */
  async answer(item: DefinedItem, value: AnswerValue): Promise<void> {
    const box = this.item(item.id);
    // A click, not check(): an answer may replace the whole screen (the crisis panel).
    const choose = async (control: Locator) => {
      if (!(await control.isChecked())) await control.click();
    };
    const option = (name: string) => box.getByRole(item.kind === 'multi' ? 'checkbox' : 'radio', { name, exact: true });
    if (value === PREFER_NOT_TO_ANSWER) {
      const role = item.kind === 'single' || item.kind === 'boolean' || item.kind === 'scale' ? 'radio' : 'checkbox';
      await choose(box.getByRole(role, { name: this.say('preferNot'), exact: true }));
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

  /** Answer every planned item of the section on screen, in order; each must be shown by the time it is reached. */
  async answerSection(q: Questionnaire, sectionId: string, plan: Readonly<Record<string, AnswerValue>>): Promise<void> {
    const section = q.sections.find((s) => s.id === sectionId);
    if (!section) throw new Error(`No section ${sectionId}`);
    this.visited.add(sectionId);
    for (const item of section.items) {
      const value = plan[item.id];
      if (value !== undefined) await this.answer(item, value);
    }
  }

  /**
   * Answer every section with a plan (items the plan names that are not shown are left), checking on arrival at a
   * section not answered before that nothing is preselected, with a screenshot and axe on each, until a screen other
   * than a section shows, or the section `stopAt` (left unanswered).
   *
   * @returns The screen it stopped at and the sections it passed.
   */
  async answerSections(q: Questionnaire, plan: Readonly<Record<string, AnswerValue>>, stopAt?: string): Promise<{ screen: FormScreen; passed: string[] }> {
    const passed: string[] = [];
    for (;;) {
      const screen = await this.screen();
      if (screen.kind !== 'section' || screen.id === stopAt) return { screen, passed };
      const section = q.sections.find((s) => s.id === screen.id);
      if (!section) throw new Error(`No section ${screen.id}`);
      if (!this.visited.has(screen.id)) await this.expectNothingPreselected(`section ${screen.id}`);
      this.visited.add(screen.id);
      for (const item of section.items) {
        const value = plan[item.id];
        if (value !== undefined && (await this.item(item.id).isVisible())) await this.answer(item, value);
      }
      await this.shot(screen.id);
      await this.expectAccessible(`section ${screen.id}`);
      await this.next();
      const after = await this.screen();
      if (after.kind === 'section' && after.id === screen.id) {
        const problems = await this.form
          .locator('.error-summary')
          .innerText()
          .catch(() => '');
        throw new Error(`Next did not leave ${screen.id}: ${problems}`);
      }
      passed.push(screen.id);
    }
  }

  /** Mark sections as answered already (a resumed intake), so "nothing preselected" is not asked of them. */
  answered(...sections: string[]): void {
    for (const id of sections) this.visited.add(id);
  }

  async next(): Promise<void> {
    await this.form.locator('form.section button[type="submit"]').click();
  }

  async back(): Promise<void> {
    await this.form.getByRole('button', { name: this.say('back'), exact: true }).click();
  }

  /** What has focus, through shadow roots, and whether it shows a focus ring. */
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
        role: el?.getAttribute('role') ?? null,
        type: el?.getAttribute('type') ?? null,
        text: (label ?? '').trim().slice(0, 200),
        item: el?.closest<HTMLElement>('[data-item]')?.dataset.item ?? null,
        inForm,
        inDialog: el?.closest('[role="alertdialog"]') != null,
        // A visible focus indicator: an outline or the focus ring's shadow.
        // (On a date field's calendar button the field loses :focus and Chromium outlines the button itself.)
        ring:
          (el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus')) ||
          (style !== undefined && ((style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none')),
      };
    });
  }

  /** Press Tab (or Shift+Tab) until focus is where `wanted` says, checking that every stop shows a focus ring. */
  async tabTo(wanted: (f: DeepFocus) => boolean, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<DeepFocus> {
    for (let i = 0; i < 30; i++) {
      await this.page.keyboard.press(key);
      const f = await this.focused();
      if (f.tag !== 'body' && f.tag !== 'main' && !f.ring) throw new Error(`No focus ring on ${f.tag} "${f.text}"`);
      if (wanted(f)) return f;
    }
    throw new Error('Tab never reached the wanted control');
  }

  /** Press a language button in the person's page header; answers are given in that language from then on. */
  async switchLanguage(locale: 'en' | 'es'): Promise<void> {
    await this.page
      .locator('header')
      .getByRole('button', { name: locale === 'es' ? 'Español' : 'English', exact: true })
      .click();
    this.locale = locale;
    await this.page.waitForFunction((l) => document.documentElement.lang === l, locale);
  }

  /** The example's staff page, opened beside this one (the same storage: it reads what the person's page sent). */
  async staffPage(name: string, query = ''): Promise<BrowserPage> {
    const staff = await this.openBeside(new URL(`staff.html${query}`, this.page.url()).href, name);
    await staff.page.locator('main > :not(noscript)').first().waitFor();
    return staff;
  }

  /** The snapshot the form keeps in localStorage (the default store, `intake-screening/<id>`). */
  async stored(questionnaireId: string): Promise<{ status?: string; context?: { answerEntries: [string, unknown][]; cursor: number } } | null> {
    return this.page.evaluate((k) => {
      const text = localStorage.getItem(k);
      return text === null ? null : (JSON.parse(text) as { status?: string; context?: { answerEntries: [string, unknown][]; cursor: number } });
    }, `intake-screening/${questionnaireId}`);
  }

  /** The answers of the stored snapshot, by item id (undefined when nothing is stored). */
  async storedAnswers(questionnaireId: string): Promise<Record<string, unknown> | undefined> {
    const entries = (await this.stored(questionnaireId))?.context?.answerEntries;
    return entries === undefined ? undefined : Object.fromEntries(entries);
  }
}
