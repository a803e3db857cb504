import { fillPhrase, patientView, PHRASES, type ReferralSummary } from 'intake-screening';
import { h } from './dom.js';
import { l } from './wording.js';

/**
 * The person's own view of the summary, as the library's patient rendering
 * builds it: plain language, crisis resources first when they apply, the
 * topics they told us about, what happens next and what the care team may
 * talk about, all in the person's words. Scores, bands and the findings' own
 * sentences are left out (a number without a clinician to explain it can
 * alarm or falsely reassure), and `patientView` leaves out anything resting on
 * a disclosure made in private, since this screen may be shared or printed.
 *
 * @param summary - The flow's output.
 * @returns The view, headed by an h2 that takes focus.
 * @example
 * ```ts
 * panel.append(patientSummary(snapshot.output));
 * ```
 */
export function patientSummary(summary: ReferralSummary): HTMLElement {
  const P = PHRASES.patient;
  const view = patientView(summary);
  const topics = [
    ...view.topics.map((d) => h('li', { 'data-topic': d }, l(PHRASES.domainsPatient[d]))),
    ...view.setting.map((c) => h('li', { 'data-indicator': c }, l(PHRASES.settingPatient[c]))),
  ];
  return h(
    'div',
    { class: 'patient-summary' },
    h('h2', { tabindex: -1 }, fillPhrase(l(P.title), { title: summary.questionnaire.title })),
    summary.crisisResources === undefined
      ? null
      : h('section', { class: 'crisis-note', 'aria-label': l(P.crisis) }, h('h3', {}, l(P.crisis)), h('p', {}, summary.crisisResources)),
    h('p', {}, l(P.thanks)),
    topics.length === 0 ? null : [h('h3', {}, l(P.topics)), h('ul', { class: 'topics' }, topics)],
    h('h3', {}, l(P.next)),
    h('p', { class: `urgency-note urgency-${summary.urgency.level}` }, l(PHRASES.urgencyPatient[summary.urgency.level])),
    view.referrals.length === 0
      ? null
      : [
          h('p', {}, `${l(P.referrals)}:`),
          h(
            'ul',
            { class: 'referrals' },
            view.referrals.map((type) => h('li', { 'data-referral': type }, l(PHRASES.referralsPatient[type]))),
          ),
        ],
    summary.unanswered.length > 0 || summary.declined.length > 0 ? h('p', {}, l(P.skipped)) : null,
    h('h3', {}, l(P.about)),
    h('p', {}, l(P.disclaimer)),
  );
}
