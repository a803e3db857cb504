import { fillPhrase, PHRASES, type ReferralSummary } from 'intake-screening';
import { h } from './dom.js';
import { l } from './wording.js';

/**
 * The person's own view of the summary: plain language, crisis resources
 * first when they apply, what happens next and what the care team may talk
 * about. Scores, bands and findings are left out, as the library's patient
 * rendering does: a number without a clinician to explain it can alarm or
 * falsely reassure.
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
  return h(
    'div',
    { class: 'patient-summary' },
    h('h2', { tabindex: -1 }, fillPhrase(l(P.title), { title: summary.questionnaire.title })),
    summary.crisisResources === undefined
      ? null
      : h('section', { class: 'crisis-note', 'aria-label': l(P.crisis) }, h('h3', {}, l(P.crisis)), h('p', {}, summary.crisisResources)),
    h('p', {}, l(P.thanks)),
    h('h3', {}, l(P.next)),
    h('p', { class: `urgency-note urgency-${summary.urgency.level}` }, l(PHRASES.urgencyPatient[summary.urgency.level])),
    summary.referrals.length === 0
      ? null
      : [
          h('p', {}, `${l(P.referrals)}:`),
          h(
            'ul',
            { class: 'referrals' },
            summary.referrals.map((r) => h('li', { 'data-referral': r.type }, l(PHRASES.referrals[r.type]))),
          ),
        ],
    summary.unanswered.length > 0 || summary.declined.length > 0 ? h('p', {}, l(P.skipped)) : null,
    h('h3', {}, l(P.about)),
    h('p', {}, l(P.disclaimer)),
  );
}
