import { patientView } from '../summary/patient-view.js';
import { fillPhrase, PHRASES } from '../summary/phrases.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { h } from './dom.js';
import type { Wording } from './wording.js';

/**
 * The person's own view of the summary: crisis resources first when they
 * apply, the topics they told us about, what happens next and what the care
 * team may talk about, in the person's words. Scores, bands, the findings' own
 * sentences and the clinician view are left out, as the library's patient
 * rendering does: a number without a clinician to explain it can alarm or
 * falsely reassure; `patientView` leaves out anything resting on a disclosure
 * made in private, since the page may be shared or printed.
 */
export function patientSummary(summary: ReferralSummary, w: Wording): HTMLElement {
  const P = PHRASES.patient;
  const view = patientView(summary);
  const topics = [
    ...view.topics.map((d) => h('li', { 'data-topic': d }, w.l(PHRASES.domainsPatient[d]))),
    ...view.setting.map((c) => h('li', { 'data-indicator': c }, w.l(PHRASES.settingPatient[c]))),
  ];
  return h(
    'div',
    { class: 'patient-summary', part: 'summary' },
    h('h2', { tabindex: -1, part: 'heading' }, fillPhrase(w.l(P.title), { title: summary.questionnaire.title })),
    summary.crisisResources === undefined
      ? null
      : h('section', { class: 'crisis-note', 'aria-label': w.l(P.crisis) }, h('h3', {}, w.l(P.crisis)), h('p', {}, summary.crisisResources)),
    h('p', {}, w.l(P.thanks)),
    topics.length === 0 ? null : [h('h3', {}, w.l(P.topics)), h('ul', { class: 'topics' }, topics)],
    h('h3', {}, w.l(P.next)),
    h('p', { class: `urgency-note urgency-${summary.urgency.level}` }, w.l(PHRASES.urgencyPatient[summary.urgency.level])),
    view.referrals.length === 0
      ? null
      : [
          h('p', {}, `${w.l(P.referrals)}:`),
          h(
            'ul',
            { class: 'referrals' },
            view.referrals.map((type) => h('li', { 'data-referral': type }, w.l(PHRASES.referralsPatient[type]))),
          ),
        ],
    summary.unanswered.length > 0 || summary.declined.length > 0 ? h('p', {}, w.l(P.skipped)) : null,
    h('h3', {}, w.l(P.about)),
    h('p', {}, w.l(P.disclaimer)),
  );
}
