import { fillPhrase, PHRASES } from '../summary/phrases.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { h } from './dom.js';
import type { Wording } from './wording.js';

/**
 * The person's own view of the summary: crisis resources first when they
 * apply, what happens next and what the care team may talk about. Scores,
 * bands, findings and the clinician view are left out, as the library's
 * patient rendering does: a number without a clinician to explain it can
 * alarm or falsely reassure.
 */
export function patientSummary(summary: ReferralSummary, w: Wording): HTMLElement {
  const P = PHRASES.patient;
  return h(
    'div',
    { class: 'patient-summary', part: 'summary' },
    h('h2', { tabindex: -1, part: 'heading' }, fillPhrase(w.l(P.title), { title: summary.questionnaire.title })),
    summary.crisisResources === undefined
      ? null
      : h('section', { class: 'crisis-note', 'aria-label': w.l(P.crisis) }, h('h3', {}, w.l(P.crisis)), h('p', {}, summary.crisisResources)),
    h('p', {}, w.l(P.thanks)),
    h('h3', {}, w.l(P.next)),
    h('p', { class: `urgency-note urgency-${summary.urgency.level}` }, w.l(PHRASES.urgencyPatient[summary.urgency.level])),
    summary.referrals.length === 0
      ? null
      : [
          h('p', {}, `${w.l(P.referrals)}:`),
          h(
            'ul',
            { class: 'referrals' },
            summary.referrals.map((r) => h('li', { 'data-referral': r.type }, w.l(PHRASES.referrals[r.type]))),
          ),
        ],
    summary.unanswered.length > 0 || summary.declined.length > 0 ? h('p', {}, w.l(P.skipped)) : null,
    h('h3', {}, w.l(P.about)),
    h('p', {}, w.l(P.disclaimer)),
  );
}
