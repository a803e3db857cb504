import { type LocalizedText, localize } from '../definition/text.js';
import type { Block } from './blocks.js';
import { PATIENT_PHRASES as P, REFERRAL_PHRASES, URGENCY_PATIENT_PHRASES, fillPhrase } from './phrases.js';
import type { ReferralSummary } from './referral-summary.js';

/**
 * The patient view: plain language, with crisis resources first when a safety
 * flag fired. Scores, bands, cut-offs and findings are left out, as FHIR SDC
 * concealed assessments are: a number without a clinician to explain it can
 * alarm or falsely reassure.
 */
export function patientBlocks(s: ReferralSummary, locale: string): Block[] {
  const l = (text: LocalizedText) => localize(text, locale);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: fillPhrase(l(P.title), { title: s.questionnaire.title }) }];
  if (s.crisisResources !== undefined) {
    blocks.push({ kind: 'heading', level: 2, text: l(P.crisis) }, { kind: 'paragraph', text: s.crisisResources });
  }
  blocks.push(
    { kind: 'paragraph', text: l(P.thanks) },
    { kind: 'heading', level: 2, text: l(P.next) },
    { kind: 'paragraph', text: localize(URGENCY_PATIENT_PHRASES[s.urgency.level], locale) },
  );
  if (s.referrals.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: `${l(P.referrals)}:` },
      { kind: 'list', entries: s.referrals.map((r) => ({ text: localize(REFERRAL_PHRASES[r.type], locale) })) },
    );
  }
  if (s.unanswered.length > 0 || s.declined.length > 0) blocks.push({ kind: 'paragraph', text: l(P.skipped) });
  blocks.push({ kind: 'heading', level: 2, text: l(P.about) }, { kind: 'paragraph', text: l(P.disclaimer) });
  return blocks;
}
