import type { Questionnaire, ReferralSummary } from 'intake-screening';
import { clinicianSummary } from './clinician-summary.js';
import { h, uniqueId } from './dom.js';
import { patientSummary } from './patient-summary.js';
import { t } from './wording.js';

/** The finished screen. */
export interface SummaryScreen {
  readonly element: HTMLElement;
  focusHeading(): void;
  /** The index of the view on show, so a redraw can show the same one. */
  selected(): number;
}

/** How the finished screen is shown. */
export interface SummaryScreenOptions {
  /** Show the care team's view beside the person's (default); without it, only the person's view, no tabs. */
  readonly careTeamView?: boolean;
  /** The finish button's label. */
  readonly finishLabel?: 'finish' | 'finishClinic';
}

/**
 * The two views of the referral summary as tabs (the WAI-ARIA tabs pattern:
 * arrow keys, Home and End move between tabs), and a button that clears the
 * answers from this device. A page whose answers go to the clinic shows the
 * person's view only: the care team reads theirs on the staff page.
 *
 * @param summary - The final snapshot's output.
 * @param questionnaire - The questionnaire.
 * @param onFinish - Clear storage and start a new intake.
 * @param initial - The view to show first (0: the person's, 1: the care team's).
 * @param options - Whether to show the care team's view, and the finish button's label.
 * @returns The screen.
 * @example
 * ```ts
 * main.replaceChildren(summaryScreen(snapshot.output, q, restart).element);
 * ```
 */
export function summaryScreen(
  summary: ReferralSummary,
  questionnaire: Questionnaire,
  onFinish: () => void,
  initial = 0,
  options: SummaryScreenOptions = {},
): SummaryScreen {
  const finish = h('button', { type: 'button', class: 'secondary' }, t(options.finishLabel ?? 'finish'));
  finish.addEventListener('click', onFinish);
  if (options.careTeamView === false) {
    const panel = h('div', { 'data-view': 'patient' }, patientSummary(summary));
    return {
      element: h('div', { class: 'summary' }, panel, h('div', { class: 'navigation' }, finish)),
      focusHeading: () => panel.querySelector<HTMLElement>('h2')?.focus(),
      selected: () => 0,
    };
  }
  const views = [
    { name: 'patient', label: t('patientTab'), content: patientSummary(summary) },
    { name: 'clinician', label: t('clinicianTab'), content: clinicianSummary(summary, questionnaire) },
  ].map((v) => ({ ...v, tabId: uniqueId(`tab-${v.name}`), panelId: uniqueId(`panel-${v.name}`) }));
  let current = initial === 1 ? 1 : 0;
  const tabs = views.map((v, i) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: v.tabId,
        'aria-controls': v.panelId,
        'aria-selected': i === current ? 'true' : 'false',
        tabindex: i === current ? 0 : -1,
        'data-view': v.name,
      },
      v.label,
    ),
  );
  const panels = views.map((v, i) =>
    h('div', { role: 'tabpanel', id: v.panelId, 'aria-labelledby': v.tabId, tabindex: 0, hidden: i !== current, 'data-view': v.name }, v.content),
  );
  const select = (index: number, focus: boolean) => {
    current = index;
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', i === index ? 'true' : 'false');
      tab.tabIndex = i === index ? 0 : -1;
      (panels[i] as HTMLElement).hidden = i !== index;
    });
    if (focus) tabs[index]?.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(i, false));
    tab.addEventListener('keydown', (event) => {
      const last = tabs.length - 1;
      const to =
        event.key === 'ArrowRight'
          ? i === last
            ? 0
            : i + 1
          : event.key === 'ArrowLeft'
            ? i === 0
              ? last
              : i - 1
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? last
                : undefined;
      if (to === undefined) return;
      event.preventDefault();
      select(to, true);
    });
  });
  const element = h(
    'div',
    { class: 'summary' },
    h('div', { role: 'tablist', 'aria-label': t('summaryTabs') }, tabs),
    panels,
    h('div', { class: 'navigation' }, finish),
  );
  return {
    element,
    focusHeading() {
      panels[current]?.querySelector<HTMLElement>('h2')?.focus();
    },
    selected: () => current,
  };
}
