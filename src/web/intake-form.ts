import type { AnswerValue, Questionnaire } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';
import { formatIssue } from '../locale/format-issue.js';
import { LIBRARY_LOCALES, resolveLocale } from '../locale/resolve-locale.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { h, uniqueId } from './dom.js';
import { type IntakeStore, webStorageStore } from './intake-store.js';
import { formLocale, type IntakeProgressDetail, IntakeSession } from './intake-session.js';
import { patientSummary } from './patient-summary.js';
import { reviewScreen } from './review-screen.js';
import { safetyPanel } from './safety-panel.js';
import { type SectionScreen, sectionScreen } from './section-screen.js';
import { INTAKE_FORM_CSS } from './styles.js';
import { type Wording, type WordingKey, wording } from './wording.js';

/**
 * Detail of the `intake-safety` event, sent the moment an answer raises the
 * safety interrupt (the crisis panel opens): which triggers, and the most
 * urgent level. It names trigger ids, never answers.
 *
 * @example
 * ```ts
 * import type { IntakeSafetyDetail } from 'intake-screening/web';
 * declare const form: HTMLElement;
 * declare function alertStaff(urgency: string): void;
 * form.addEventListener('intake-safety', (event) => alertStaff((event as CustomEvent<IntakeSafetyDetail>).detail.urgency));
 * ```
 */
export interface IntakeSafetyDetail {
  readonly urgency: 'emergency' | 'urgent';
  readonly triggers: readonly { readonly id: string; readonly tier: 'interrupt' | 'flag'; readonly urgency: 'emergency' | 'urgent' }[];
  /** True when the panel shows again after a reload (the person had not acknowledged it yet). */
  readonly resumed: boolean;
}

/**
 * Detail of the `intake-complete` event: the referral summary (in the form's
 * locale) and the persisted snapshot (plain JSON) to store with it.
 *
 * @example
 * ```ts
 * import type { IntakeCompleteDetail } from 'intake-screening/web';
 * declare const form: HTMLElement;
 * declare function sendToClinic(body: string): void;
 * form.addEventListener('intake-complete', (event) => {
 *   const { summary, snapshot } = (event as CustomEvent<IntakeCompleteDetail>).detail;
 *   sendToClinic(JSON.stringify({ summary, snapshot }));
 * });
 * ```
 */
export interface IntakeCompleteDetail {
  readonly summary: ReferralSummary;
  readonly snapshot: unknown;
  /** True when the intake was already complete when the form resumed it. */
  readonly resumed: boolean;
}

/**
 * Detail of the `intake-restore` event, sent when the form found a stored
 * intake: `resumed` (with any answers the flow could not keep), or `refused`
 * (another questionnaire, an incompatible version, damaged data). A refused
 * snapshot is set aside by the store and carried here, so its answers can
 * still reach the care team; the form starts a new intake and tells the person.
 *
 * @example
 * ```ts
 * import type { IntakeRestoreDetail } from 'intake-screening/web';
 * declare const form: HTMLElement;
 * declare function sendToClinic(body: string): void;
 * form.addEventListener('intake-restore', (event) => {
 *   const detail = (event as CustomEvent<IntakeRestoreDetail>).detail;
 *   if (detail.outcome === 'refused') sendToClinic(JSON.stringify(detail.stored));
 * });
 * ```
 */
export type IntakeRestoreDetail =
  | { readonly outcome: 'resumed'; readonly issues: readonly Issue[] }
  | { readonly outcome: 'refused'; readonly issues: readonly Issue[]; readonly stored: unknown };

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

/**
 * The constructor `defineIntakeForm` registers.
 *
 * @example
 * ```ts
 * import { defineIntakeForm, type IntakeFormConstructor } from 'intake-screening/web';
 * declare const main: HTMLElement;
 * const IntakeForm: IntakeFormConstructor = defineIntakeForm();
 * main.append(new IntakeForm());
 * ```
 */
export type IntakeFormConstructor = new () => IntakeFormElement;

let sheet: CSSStyleSheet | undefined;

/** The class is built on first use, so importing the module touches no browser global (it loads in Node too). */
function intakeFormClass(): IntakeFormConstructor {
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
    #announced = new Set<string>();
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
      this.#announced.clear();
      this.#setNotice([]);
      this.#screenKey = '';
      this.#render();
      this.#section?.focusHeading();
    }

    /** The locale the form shows: the attribute's, when the questionnaire is translated into it and the form has its phrases. */
    #locale(): string {
      const resolved = resolveLocale(this.#questionnaire, formLocale(this.getAttribute('locale')));
      if (!resolved.success || !resolved.data.translated) return 'en';
      const { locale } = resolved.data;
      return LIBRARY_LOCALES.includes(locale.split('-')[0] ?? locale) ? locale : 'en';
    }

    #start(): void {
      this.#session?.stop();
      this.#session = undefined;
      this.#announced.clear();
      this.#screenKey = '';
      const q = this.#questionnaire;
      if (q === undefined) {
        this.#screen.replaceChildren();
        return;
      }
      const store = this.#store === undefined ? webStorageStore(`intake-screening/${q.id}`) : (this.#store ?? undefined);
      const session = new IntakeSession(q, store, this.#locale());
      this.#session = session;
      this.#label();
      const { restore } = session;
      if (restore.kind === 'refused') this.#setNotice(['restoreFailed']);
      else if (restore.kind === 'resumed') this.#setNotice(restore.dropped.length > 0 ? ['resumed', 'resumedDropped'] : ['resumed']);
      else this.#setNotice([]);
      this.#render();
      // After the current task, so a host that sets the questionnaire before adding listeners still hears these.
      queueMicrotask(() => {
        if (this.#session !== session || restore.kind === 'fresh') return;
        const detail: IntakeRestoreDetail =
          restore.kind === 'refused' ? { outcome: 'refused', issues: restore.issues, stored: restore.stored } : { outcome: 'resumed', issues: restore.dropped };
        this.#emit('intake-restore', detail);
      });
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

    #emit(type: string, detail: unknown): void {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
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
    };

    #build(mode: 'first' | 'new' | 'relabel'): void {
      const session = this.#session as IntakeSession;
      const q = this.#questionnaire as Questionnaire;
      const w = this.#w;
      const v = session.view();
      const snapshot = session.snapshot();
      const hadFocus = this.#shadow.activeElement !== null;
      this.#section = undefined;
      if (mode !== 'relabel') {
        session.newScreen();
        this.#showErrorSummary = false;
        if (mode === 'new') this.#setNotice([]);
      }
      let focus: () => void = () => undefined;
      if (v.status === 'answering' && v.section) {
        const s = sectionScreen(v.section, { ...this.#actions, w, canGoBack: v.progress.section > 1, last: v.progress.section === v.progress.sections });
        this.#section = s;
        this.#screen.replaceChildren(s.element);
        focus = s.focusHeading;
      } else if (v.status === 'safety') {
        const pending = new Set(snapshot.context.safety.pending);
        const emergency = snapshot.context.safety.fired.some((f) => pending.has(f.id) && f.urgency === 'emergency');
        const panel = safetyPanel(emergency ? 'emergency' : 'urgent', v.crisisResources, w, () => {
          session.acknowledge();
          this.#render();
        });
        this.#screen.replaceChildren(panel.element);
        focus = panel.focus;
      } else if (v.status === 'review') {
        const r = reviewScreen(q, snapshot.context.answers, w, {
          back: () => this.#actions.back(),
          submit: () => {
            session.submit();
            this.#render();
          },
        });
        this.#screen.replaceChildren(r.element);
        focus = r.focusHeading;
      } else if (snapshot.output !== undefined) {
        // The person's view only: the care team reads theirs from the summary the host receives.
        const view = patientSummary(snapshot.output, w);
        this.#screen.replaceChildren(view);
        focus = () => view.querySelector<HTMLElement>('h2')?.focus();
      }
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
      const snapshot = session.snapshot();
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
      const offered = new Map(
        v.items.flatMap((i) => (i.kind === 'single' || i.kind === 'multi' ? [[i.id, new Set<AnswerValue>(i.options.map((o) => o.value))] as const] : [])),
      );
      const messages = new Map([...session.errors].map(([id, issue]) => [id, formatIssue(issue, { locale: w.locale, audience: 'person' })] as const));
      this.#section?.update({
        answers: snapshot.context.answers,
        visible: new Set(v.items.map((i) => i.id)),
        offered,
        errors: messages,
        drafts: new Set(session.drafts.keys()),
        showErrorSummary: this.#showErrorSummary,
      });
      if (changed && relabel === undefined) this.#announce(session, progress);
    }

    /** The host's events for a new screen; those of a resumed screen wait a microtask, as `intake-restore` does. */
    #announce(session: IntakeSession, progress: IntakeProgressDetail): void {
      const first = this.#announced.size === 0;
      const snapshot = session.snapshot();
      const events: [string, unknown][] = [['intake-progress', progress]];
      if (progress.status === 'safety') {
        const pending = new Set(snapshot.context.safety.pending);
        const triggers = snapshot.context.safety.fired.filter((f) => pending.has(f.id)).map((f) => ({ id: f.id, tier: f.tier, urgency: f.urgency }));
        const detail: IntakeSafetyDetail = { urgency: triggers.some((t) => t.urgency === 'emergency') ? 'emergency' : 'urgent', triggers, resumed: first };
        events.push(['intake-safety', detail]);
      }
      if (progress.status === 'completed' && snapshot.output !== undefined && !this.#announced.has('complete')) {
        this.#announced.add('complete');
        const detail: IntakeCompleteDetail = { summary: snapshot.output, snapshot: session.persisted(), resumed: first };
        events.push(['intake-complete', detail]);
      }
      this.#announced.add('screen');
      const send = () => {
        if (this.#session === session) for (const [type, detail] of events) this.#emit(type, detail);
      };
      if (first) queueMicrotask(send);
      else send();
    }
  };
}

/**
 * Register the `<intake-form>` custom element (call it once, in the browser).
 * Nothing is registered on import: the clinic chooses when, and under which
 * tag name. Calling it again for a tag already defined returns that element.
 *
 * The element runs a questionnaire set as its `questionnaire` property: one
 * section at a time with every item kind, the person's errors beside each
 * question (the library's own messages, in the `locale` attribute's language),
 * progress, back and next, review, the crisis panel as an alert dialog the
 * moment an answer raises the safety interrupt, and the person's summary.
 * Progress is saved after every step through `store` (localStorage by default)
 * and resumed on reload. It sends `intake-progress`, `intake-safety`,
 * `intake-complete` and `intake-restore` events (bubbling, composed). It never
 * shows the clinician view.
 *
 * @param tagName - The tag to register; `intake-form` by default.
 * @param registry - The registry to define it in; `customElements` by default.
 * @returns The element's constructor.
 * @example
 * ```ts
 * import { defineIntakeForm, type IntakeFormElement } from 'intake-screening/web';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * declare const main: HTMLElement;
 *
 * defineIntakeForm();
 * const form = document.createElement('intake-form') as IntakeFormElement;
 * form.setAttribute('locale', 'es');
 * form.addEventListener('intake-complete', (event) => console.log((event as CustomEvent).detail.summary.urgency.level));
 * form.questionnaire = briefScreen;
 * main.append(form);
 * ```
 */
export function defineIntakeForm(tagName = 'intake-form', registry: CustomElementRegistry = customElements): IntakeFormConstructor {
  const existing = registry.get(tagName);
  if (existing !== undefined) return existing as unknown as IntakeFormConstructor;
  const element = intakeFormClass();
  registry.define(tagName, element);
  return element;
}
