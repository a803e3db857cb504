import type { AnswerValue, Questionnaire } from '../definition/types.js';
import { LIBRARY_LOCALES, resolveLocale } from '../locale/resolve-locale.js';
import { ensureLibraryLocales } from './library-locales.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { h, uniqueId } from './dom.js';
import { type IntakeStore, webStorageStore } from './intake-store.js';
import { SessionEvents } from './intake-events.js';
import { formLocale, IntakeSession } from './intake-session.js';
import { formScreen, sectionState } from './form-screen.js';
import type { SectionScreen } from './section-screen.js';
import { INTAKE_FORM_CSS } from './styles.js';
import { type Wording, type WordingKey, wording } from './wording.js';

/**
 * The `<intake-form>` element's own properties and methods (beside
 * `HTMLElement`'s).
 *
 * @example
 * ```ts
 * import type { IntakeFormElement } from 'intake-screening/web';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * declare const page: Document;
 * const form = page.querySelector<IntakeFormElement>('intake-form');
 * if (form) form.questionnaire = briefScreen;
 * ```
 */
export interface IntakeFormElement extends HTMLElement {
  /** The questionnaire to run (data: a bundled one, or one from `defineQuestionnaire`/`parseQuestionnaire`). Setting it starts the intake, resuming a stored one. */
  questionnaire: Questionnaire | undefined;
  /** Where progress is kept: `webStorageStore('intake-screening/<id>')` (localStorage) unless set; `null` keeps nothing. Set it before `questionnaire`. */
  store: IntakeStore | null | undefined;
  /** The `locale` attribute: a BCP 47 tag (`en`, `es`, `es-MX`); English when absent or not offered. */
  locale: string;
  /** The referral summary once the intake is complete. */
  readonly summary: ReferralSummary | undefined;
  /** The flow's persisted snapshot (plain JSON), or undefined before a questionnaire is set. */
  snapshot(): unknown;
  /** Forget the stored progress and start a new intake (for the next person on a shared device). */
  reset(): void;
}

let sheet: CSSStyleSheet | undefined;

/**
 * The element's class, built on each call (`defineIntakeForm` calls it once per tag), so importing the module touches
 * no browser global (it loads in Node too).
 */
export function intakeFormClass(): new () => IntakeFormElement {
  return class IntakeForm extends HTMLElement implements IntakeFormElement {
    static readonly observedAttributes = ['locale'];
    #questionnaire: Questionnaire | undefined;
    #store: IntakeStore | null | undefined;
    #session: IntakeSession | undefined;
    #w: Wording = wording('en');
    #screenKey = '';
    #section: SectionScreen | undefined;
    #noticeKeys: WordingKey[] = [];
    #showErrorSummary = false;
    #events: SessionEvents | undefined;
    readonly #shadow: ShadowRoot;
    readonly #wrapper: HTMLElement;
    readonly #progressText: HTMLElement;
    readonly #progressBar: HTMLProgressElement;
    readonly #answered: HTMLElement;
    readonly #notice: HTMLElement;
    readonly #screen: HTMLElement;

    constructor() {
      super();
      this.#shadow = this.attachShadow({ mode: 'open' });
      if (sheet === undefined) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(INTAKE_FORM_CSS);
      }
      this.#shadow.adoptedStyleSheets = [sheet];
      this.#progressText = h('p', { id: uniqueId('progress'), class: 'progress-text' });
      this.#progressBar = h('progress', { 'aria-labelledby': this.#progressText.id, part: 'progress-bar' });
      this.#answered = h('p', { class: 'answered' });
      this.#notice = h('p', { class: 'notice', part: 'notice', role: 'status' });
      this.#screen = h('div', { class: 'screen' });
      const progress = h('div', { class: 'progress', part: 'progress' }, this.#progressText, this.#progressBar, this.#answered);
      this.#wrapper = h('div', { class: 'form', part: 'form' }, progress, this.#notice, this.#screen);
      this.#shadow.append(this.#wrapper);
    }

    connectedCallback(): void {
      // A property set before the element was defined sits on the instance: take it through the setters.
      for (const name of ['store', 'questionnaire'] as const) {
        if (Object.hasOwn(this, name)) {
          const value = (this as Record<string, unknown>)[name];
          delete (this as Record<string, unknown>)[name];
          (this as Record<string, unknown>)[name] = value;
        }
      }
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      if (name !== 'locale' || old === value || this.#session === undefined) return;
      // Redrawn in the new language with answers, errors and what is typed kept; focus stays in the form if it was.
      const typed = this.#section?.typed();
      this.#session.setLocale(this.#locale());
      this.#label();
      this.#screenKey = '';
      this.#render('relabel');
      if (typed) this.#section?.retype(typed);
    }

    get questionnaire(): Questionnaire | undefined {
      return this.#questionnaire;
    }

    set questionnaire(q: Questionnaire | undefined) {
      this.#questionnaire = q;
      this.#start();
    }

    get store(): IntakeStore | null | undefined {
      return this.#store;
    }

    set store(store: IntakeStore | null | undefined) {
      this.#store = store;
      if (this.#questionnaire !== undefined) this.#start();
    }

    get locale(): string {
      return this.getAttribute('locale') ?? 'en';
    }

    set locale(value: string) {
      this.setAttribute('locale', value);
    }

    get summary(): ReferralSummary | undefined {
      const snapshot = this.#session?.snapshot();
      return snapshot?.status === 'done' ? snapshot.output : undefined;
    }

    snapshot(): unknown {
      return this.#session?.persisted();
    }

    reset(): void {
      if (this.#session === undefined) return;
      this.#session.reset(this.#locale());
      this.#events?.reset();
      this.#setNotice([]);
      this.#screenKey = '';
      this.#render();
      this.#section?.focusHeading();
    }

    /** The locale the form shows: the attribute's, when the questionnaire is translated into it and the form has its phrases. */
    #locale(): string {
      ensureLibraryLocales();
      const resolved = resolveLocale(this.#questionnaire, formLocale(this.getAttribute('locale')));
      if (!resolved.success || !resolved.data.translated) return 'en';
      const { locale } = resolved.data;
      return LIBRARY_LOCALES.includes(locale.split('-')[0] ?? locale) ? locale : 'en';
    }

    #start(): void {
      this.#session?.stop();
      this.#session = undefined;
      this.#events = undefined;
      this.#screenKey = '';
      const q = this.#questionnaire;
      if (q === undefined) {
        this.#screen.replaceChildren();
        return;
      }
      const store = this.#store === undefined ? webStorageStore(`intake-screening/${q.id}`) : (this.#store ?? undefined);
      const session = new IntakeSession(q, store, this.#locale());
      this.#session = session;
      this.#events = new SessionEvents(
        session,
        () => this.#session === session,
        (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
      );
      this.#label();
      const { restore } = session;
      if (restore.kind === 'refused') this.#setNotice(['restoreFailed']);
      else if (restore.kind === 'resumed') this.#setNotice(restore.dropped.length > 0 ? ['resumed', 'resumedDropped'] : ['resumed']);
      else this.#setNotice([]);
      this.#render();
      this.#events.started();
    }

    #label(): void {
      this.#w = wording(this.#locale());
      this.#wrapper.lang = this.#w.locale;
      this.#setNotice(this.#noticeKeys);
    }

    #setNotice(keys: WordingKey[]): void {
      this.#noticeKeys = keys;
      this.#notice.textContent = keys.map((k) => this.#w.t(k)).join(' ');
    }

    readonly #actions = {
      answer: (itemId: string, value: AnswerValue | null): boolean => {
        const session = this.#session as IntakeSession;
        const accepted = session.answer(itemId, value);
        if (session.dropped) this.#setNotice(['dropped']);
        this.#render();
        return accepted;
      },
      unreadable: (itemId: string) => {
        this.#session?.unreadable(itemId);
        this.#render();
      },
      next: () => {
        const session = this.#session as IntakeSession;
        this.#section?.commitAll();
        const here = this.#section;
        session.next();
        this.#render();
        if (this.#section === here && session.errors.size > 0) {
          this.#showErrorSummary = true;
          this.#render();
          this.#section?.focusErrorSummary();
        }
      },
      back: () => {
        this.#section?.commitAll();
        this.#session?.back();
        this.#render();
      },
      acknowledge: () => {
        this.#session?.acknowledge();
        this.#render();
      },
      submit: () => {
        this.#session?.submit();
        this.#render();
      },
    };

    #build(mode: 'first' | 'new' | 'relabel'): void {
      const session = this.#session as IntakeSession;
      const v = session.view();
      const hadFocus = this.#shadow.activeElement !== null;
      this.#section = undefined;
      if (mode !== 'relabel') {
        session.newScreen();
        this.#showErrorSummary = false;
        if (mode === 'new') this.#setNotice([]);
      }
      const screen = formScreen(session, { ...this.#actions, w: this.#w });
      this.#section = screen?.section;
      this.#screen.replaceChildren(...(screen ? [screen.element] : []));
      const focus = screen?.focus ?? (() => undefined);
      // Nothing but the crisis panel can be used while it shows.
      const blocked = v.status === 'safety';
      for (const part of [this.#progressText.parentElement as HTMLElement, this.#notice]) part.inert = blocked;
      // On first load focus stays where the page put it, unless the crisis panel must be seen;
      // after a language change it goes back into the form if it was there.
      if (mode === 'new' || (mode === 'first' && blocked) || (mode === 'relabel' && hadFocus)) focus();
    }

    #render(relabel?: 'relabel'): void {
      const session = this.#session;
      if (session === undefined) return;
      const key = session.screenKey();
      const changed = key !== this.#screenKey;
      if (changed) {
        const mode = relabel ?? (this.#screenKey === '' ? 'first' : 'new');
        this.#screenKey = key;
        this.#build(mode);
      }
      const v = session.view();
      const progress = session.progress();
      const w = this.#w;
      this.#progressBar.max = 100;
      this.#progressBar.value = Math.round(progress.value * 100);
      this.#progressText.textContent =
        v.status === 'review' ? w.t('progressReview') : v.status === 'completed' ? w.t('progressDone') : w.t('progress', v.progress);
      this.#answered.textContent = w.t('answered', { answered: v.progress.answered });
      this.#section?.update(sectionState(session, w, this.#showErrorSummary));
      if (changed && relabel === undefined) this.#events?.screen(progress);
    }
  };
}
