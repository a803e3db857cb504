import { type LocalizedText, localize } from '../definition/text.js';
import type { Block } from './blocks.js';
import { DOMAIN_PATIENT_PHRASES, REFERRAL_PATIENT_PHRASES, SETTING_PATIENT_PHRASES } from './patient-phrases.js';
import { patientView } from './patient-view.js';
import { PATIENT_PHRASES as P, URGENCY_PATIENT_PHRASES, fillPhrase } from './phrases.js';
import type { ReferralSummary } from './referral-summary.js';

/**
 * The patient view: plain language, with crisis resources first when a safety
 * flag fired. Scores, bands, cut-offs and the findings' own sentences are left
 * out, as FHIR SDC concealed assessments are: a number without a clinician to
 * explain it can alarm or falsely reassure. The person sees the topics they
 * told us about and the referrals in their own words, minus anything resting
 * on a private disclosure ({@link patientView}).
 */
export function patientBlocks(s: ReferralSummary, locale: string): Block[] {
  const l = (text: LocalizedText) => localize(text, locale);
  const view = patientView(s);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: fillPhrase(l(P.title), { title: s.questionnaire.title }) }];
  if (s.crisisResources !== undefined) {
    blocks.push({ kind: 'heading', level: 2, text: l(P.crisis) }, { kind: 'paragraph', text: s.crisisResources });
  }
  blocks.push({ kind: 'paragraph', text: l(P.thanks) });
  const topics = [...view.topics.map((d) => DOMAIN_PATIENT_PHRASES[d]), ...view.setting.map((c) => SETTING_PATIENT_PHRASES[c])];
  if (topics.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: l(P.topics) }, { kind: 'list', entries: topics.map((t) => ({ text: l(t) })) });
  }
  blocks.push({ kind: 'heading', level: 2, text: l(P.next) }, { kind: 'paragraph', text: l(URGENCY_PATIENT_PHRASES[s.urgency.level]) });
  if (view.referrals.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: `${l(P.referrals)}:` },
      { kind: 'list', entries: view.referrals.map((type) => ({ text: l(REFERRAL_PATIENT_PHRASES[type]) })) },
    );
  }
  if (s.unanswered.length > 0 || s.declined.length > 0) blocks.push({ kind: 'paragraph', text: l(P.skipped) });
  blocks.push({ kind: 'heading', level: 2, text: l(P.about) }, { kind: 'paragraph', text: l(P.disclaimer) });
  return blocks;
}
