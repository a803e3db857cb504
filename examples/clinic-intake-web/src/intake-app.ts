import { createActor } from 'xstate';
import {
  type AnswerValue,
  createIntakeMachine,
  describeIntake,
  type IntakeEvent,
  type IntakeView,
  formatIssue,
  type Issue,
  type Questionnaire,
  resumeIntake,
} from 'intake-screening';
import type { DefinedItem as Item } from './definition-types.js';
import { h, uniqueId } from './dom.js';
import { type LanguageSwitch, languageSwitch } from './language-switch.js';
import { flowInLocale } from './localized-summary.js';
import { reviewScreen } from './review-screen.js';
import { safetyPanel } from './safety-panel.js';
import { type SectionScreen, sectionScreen } from './section-screen.js';
import type { SnapshotStore } from './storage.js';
import { type SummaryScreen, summaryScreen } from './summary-screen.js';
import { browserLocale, isPageLocale, l, offeredLocales, type PageLocale, pageLocale, setLocale, t, type UI } from './wording.js';

/** What the page runs. */
export interface IntakeAppOptions {
  /** The element the page draws into. */
  readonly root: HTMLElement;
  readonly questionnaire: Questionnaire;
  /** Where the flow's snapshot is kept so a reload resumes. */
  readonly store: SnapshotStore;
  /**
   * Who keeps the answers: `device` (this browser; the default) or `clinic` (the store sends each step to
   * the clinic's server, as examples/clinic-intake-service does). With `clinic` the page says so, and the
   * finished screen shows the person's view only: the care team reads the server's summary on its own page.
   */
  readonly keeper?: 'device' | 'clinic';
}

/** A running page. */
export interface IntakeApp {
  /** Stop the flow (the stored snapshot stays). */
  stop(): void;
}

/**
 * Run a questionnaire as a web page: one section at a time, the crisis panel
 * when the flow's safety state calls for it, review, and the summary views.
 * Every step is saved with `getPersistedSnapshot()`; a reload resumes there.
 * When the questionnaire declares more than one language the page knows
 * (`locales`), a switch redraws everything in the chosen one; the choice is
 * saved with the progress.
 *
 * @param options - Where to draw, what to run, where to save.
 * @returns The running page.
 * @example
 * ```ts
 * import { substanceUseIntake } from 'intake-screening/questionnaires';
 * startIntakeApp({ root: document.body, questionnaire: substanceUseIntake, store: webStorageStore('intake') });
 * ```
 */
export function startIntakeApp(options: IntakeAppOptions): IntakeApp {
  const { root, questionnaire: q, store } = options;
  const clinic = options.keeper === 'clinic';
  const machine = createIntakeMachine(q);
  const items = new Map<string, Item>(q.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));

  // The flow writes its summary in the page's language (its input). A stored
  // snapshot the flow refuses (another questionnaire, an incompatible version,
  // a damaged entry) throws: start fresh.
  const fresh = () => createActor(machine, { input: { locale: pageLocale() } }).start();
  const open = () => {
    const stored = store.load();
    if (stored !== undefined) {
      try {
        return { actor: resumeIntake(machine, stored, { locale: pageLocale() }), resumed: true };
      } catch {
        store.clear();
      }
    }
    return { actor: fresh(), resumed: false };
  };

  const offered = offeredLocales(q.locales);
  const stored = store.loadLocale();
  setLocale(isPageLocale(stored) && offered.includes(stored) ? stored : browserLocale(offered, navigator.languages));

  const progressText = h('p', { id: uniqueId('progress'), class: 'progress-text' });
  const progressBar = h('progress', { 'aria-labelledby': progressText.id });
  const answered = h('p', { class: 'answered' });
  const skip = h('a', { class: 'skip-link', href: '#main' });
  const pageTitle = h('h1', {});
  // The switch shows only when there is a choice; in the crisis panel it is offered again, since the page behind is inert.
  const switches: LanguageSwitch[] = [];
  const newSwitch = () => {
    if (offered.length < 2) return null;
    const s = languageSwitch(offered, (locale) => chooseLocale(locale));
    switches.push(s);
    return s;
  };
  const headerSwitch = newSwitch();
  const header = h(
    'header',
    { class: 'page-header' },
    h('div', { class: 'title-row' }, pageTitle, headerSwitch?.element),
    h('div', { class: 'progress' }, progressText, progressBar, answered),
  );
  const notice = h('p', { class: 'notice', role: 'status' });
  const screen = h('div', { class: 'screen' });
  const main = h('main', { id: 'main', tabindex: -1 }, notice, screen);
  const clear = h('button', { type: 'button', class: 'link' });
  const privacy = h('p', {});
  const footer = h('footer', { class: 'page-footer' }, privacy, clear);
  root.replaceChildren(skip, header, main, footer);
  // What the notice says, as phrase keys, so it can be said again in another language.
  let noticeKeys: (keyof typeof UI)[] = [];
  const setNotice = (keys: (keyof typeof UI)[]) => {
    noticeKeys = keys;
    notice.textContent = keys.map((k) => t(k)).join(' ');
  };
  const labelChrome = () => {
    document.documentElement.lang = pageLocale();
    skip.textContent = t('skip');
    pageTitle.textContent = l(q.title);
    clear.textContent = t('clear');
    privacy.textContent = t(clinic ? 'privacyClinic' : 'privacy');
    headerSwitch?.update();
    setNotice(noticeKeys);
  };
  labelChrome();

  let { actor, resumed } = open();
  let screenKey = '';
  let section: SectionScreen | undefined;
  let summary: SummaryScreen | undefined;
  // Kept by the page, not the flow: the flow's issues describe only the last
  // event, and a refused field must stay marked until the person fixes it.
  // Issues, not messages, so a language switch words them again.
  const errors = new Map<string, Issue>();
  const drafts = new Map<string, Issue>();
  let showErrorSummary = false;

  const save = () => store.save(actor.getPersistedSnapshot());
  const send = (event: IntakeEvent) => {
    actor.send(event);
    save();
  };
  const view = (): IntakeView => describeIntake(q, actor.getSnapshot());
  const setError = (itemId: string, issue: Issue) => {
    if (items.has(itemId)) errors.set(itemId, issue);
  };
  // The library words each issue for the person from its details (the item's limits), never from the answer.
  const messages = () => new Map([...errors].map(([id, issue]) => [id, formatIssue(issue, { locale: pageLocale() })] as const));

  const actions = {
    answer(itemId: string, value: AnswerValue | null): boolean {
      send({ type: 'ANSWER', itemId, value });
      const { issues, dropped } = actor.getSnapshot().context;
      const problem = issues.find((i) => i.itemId === itemId);
      if (problem) {
        drafts.set(itemId, problem);
        setError(itemId, problem);
      } else {
        for (const id of [itemId, ...dropped]) {
          drafts.delete(id);
          errors.delete(id);
        }
        if (dropped.length > 0) setNotice(['dropped']);
      }
      render();
      return problem === undefined;
    },
    unreadable(itemId: string) {
      const item = items.get(itemId);
      if (item === undefined) return;
      // The field holds text the page cannot read as an answer (letters in a number, half a date): nothing reached the flow.
      const issue: Issue = {
        code: 'wrong-type',
        path: [itemId],
        itemId,
        expected: item.kind,
        message: `The page could not read the answer typed for "${itemId}".`,
      };
      drafts.set(itemId, issue);
      setError(itemId, issue);
      render();
    },
    next() {
      section?.commitAll();
      const here = section;
      const shown = new Set(view().items.map((i) => i.id));
      if (![...drafts.keys()].some((id) => shown.has(id))) {
        send({ type: 'NEXT' });
        for (const i of actor.getSnapshot().context.issues) if (i.itemId !== undefined) setError(i.itemId, i);
      }
      render();
      if (section === here && errors.size > 0) {
        showErrorSummary = true;
        render();
        section?.focusErrorSummary();
      }
    },
    back() {
      section?.commitAll();
      send({ type: 'BACK' });
      render();
    },
  };

  /**
   * Start a new intake. Finishing forgets the language too (the device may be
   * handed to the next person); starting again keeps it for the same person.
   */
  const restart = (forgetLanguage: boolean) => {
    actor.stop();
    store.clear();
    if (forgetLanguage) {
      setLocale(browserLocale(offered, navigator.languages));
      labelChrome();
    } else if (offered.length > 1) store.saveLocale(pageLocale());
    actor = fresh();
    resumed = false;
    screenKey = '';
    render();
    section?.focusHeading();
  };
  clear.addEventListener('click', () => {
    if (window.confirm(t(clinic ? 'clearConfirmClinic' : 'clearConfirm'))) restart(false);
  });

  /** Redraw everything in another language, keeping answers, errors, what is typed and where focus is. */
  function chooseLocale(locale: PageLocale): void {
    const fromScreen = screen.contains(document.activeElement);
    const typed = section?.typed();
    setLocale(locale);
    store.saveLocale(locale);
    actor = flowInLocale(machine, actor, locale);
    labelChrome();
    screenKey = '';
    render('relabel');
    if (typed) section?.retype(typed);
    // A switch inside the screen (the crisis panel's) was redrawn: focus its new button.
    if (fromScreen) switches.at(-1)?.focus();
  }

  function buildScreen(v: IntakeView, mode: 'first' | 'new' | 'relabel'): void {
    const tab = mode === 'relabel' ? summary?.selected() : undefined;
    section = undefined;
    summary = undefined;
    switches.splice(headerSwitch ? 1 : 0);
    if (mode !== 'relabel') {
      errors.clear();
      drafts.clear();
      showErrorSummary = false;
      if (mode === 'new' || !resumed) setNotice([]);
    }
    let focus: (() => void) | undefined;
    let title: string;
    const snapshot = actor.getSnapshot();
    if (v.status === 'answering' && v.section) {
      const s = sectionScreen(v.section, { ...actions, canGoBack: v.progress.section > 1, last: v.progress.section === v.progress.sections });
      section = s;
      screen.replaceChildren(s.element);
      focus = s.focusHeading;
      title = `${t('progress', v.progress)}: ${l(v.section.title)}`;
    } else if (v.status === 'safety') {
      const pending = new Set(snapshot.context.safety.pending);
      const emergency = snapshot.context.safety.fired.some((f) => pending.has(f.id) && f.urgency === 'emergency');
      const panel = safetyPanel(
        emergency ? 'emergency' : 'urgent',
        v.crisisResources,
        () => {
          send({ type: 'ACKNOWLEDGE' });
          render();
        },
        newSwitch()?.element,
      );
      screen.replaceChildren(panel.element);
      focus = panel.focus;
      title = t('crisisTitle');
    } else if (v.status === 'review') {
      const r = reviewScreen(q, snapshot.context.answers, {
        back: () => actions.back(),
        submit: () => {
          send({ type: 'SUBMIT' });
          render();
        },
      });
      screen.replaceChildren(r.element);
      focus = r.focusHeading;
      title = t('reviewTitle');
    } else {
      const output = snapshot.output;
      if (output === undefined) return;
      const s = summaryScreen(output, q, () => restart(true), tab, {
        careTeamView: !clinic,
        finishLabel: clinic ? 'finishClinic' : 'finish',
      });
      summary = s;
      screen.replaceChildren(s.element);
      focus = s.focusHeading;
      title = t('patientTab');
    }
    // Nothing but the crisis panel can be used while it shows.
    const blocked = v.status === 'safety';
    for (const part of [skip, header, footer]) part.inert = blocked;
    document.title = `${title} — ${l(q.title)}`;
    // On first load focus stays at the top of the page, unless the crisis panel must be seen;
    // after a language switch it stays on the switch.
    if (mode === 'new' || (mode === 'first' && blocked)) {
      window.scrollTo(0, 0);
      focus();
    }
  }

  function render(relabel?: 'relabel'): void {
    const snapshot = actor.getSnapshot();
    const v = describeIntake(q, snapshot);
    const key = `${v.status}:${snapshot.context.cursor}:${snapshot.context.safety.pending.join(',')}`;
    if (key !== screenKey) {
      const mode = relabel ?? (screenKey === '' ? 'first' : 'new');
      screenKey = key;
      buildScreen(v, mode);
    }
    progressBar.max = Math.max(v.progress.sections, 1);
    progressBar.value = v.status === 'answering' || v.status === 'safety' ? Math.max(v.progress.section - 1, 0) : progressBar.max;
    progressText.textContent = v.status === 'review' ? t('progressReview') : v.status === 'completed' ? t('progressDone') : t('progress', v.progress);
    answered.textContent = t('answered', { answered: v.progress.answered });
    const offered = new Map(
      v.items.flatMap((i) => (i.kind === 'single' || i.kind === 'multi' ? [[i.id, new Set<AnswerValue>(i.options.map((o) => o.value))] as const] : [])),
    );
    section?.update({
      answers: snapshot.context.answers,
      visible: new Set(v.items.map((i) => i.id)),
      offered,
      errors: messages(),
      drafts: new Set(drafts.keys()),
      showErrorSummary,
    });
  }

  if (resumed) {
    const dropped = actor.getSnapshot().context.issues.some((i) => i.code === 'answer-dropped');
    const welcome = clinic ? 'resumedClinic' : 'resumed';
    setNotice(dropped ? [welcome, 'resumedDropped'] : [welcome]);
  }
  save();
  render();
  return {
    stop: () => actor.stop(),
  };
}
