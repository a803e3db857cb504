import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import type { AnswerEntry } from '../definition/types.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { summarize, summarizeEvaluated } from '../summary/summarize.js';
import { settled } from '../engine/evaluation-cache.js';
import type { SafetyState } from './intake-context.js';
import { plainCopy } from './plain-copy.js';

/**
 * The referral summary of a flow's answers, in the flow's locale (already
 * resolved to one the summary can be written in). Answers the flow settled itself
 * were validated one by one as they came, so they are summarized from the
 * evaluation the flow already holds; anything else goes through `summarize`.
 *
 * Every trigger that fired during the flow is passed on as raised: a person
 * who disclosed a risk, saw the crisis resources and then changed the answer
 * still gets that flag, marked `answerChanged`, in front of the clinician;
 * every urgency rule that held is passed on too, so the summary's urgency is
 * never below what the intake reached.
 *
 * The summary is handed over as a copy, which outlives the flow in the host's
 * hands while the one built here dies young, as a re-check's does.
 */
export function flowSummary(index: QuestionnaireIndex, entries: readonly AnswerEntry[], safety: SafetyState, locale: string): ReferralSummary {
  const raised = safety.fired.map((f) => ({ id: f.id, notAsked: f.notAsked === true }));
  const raisedRules = (safety.urgencyRules ?? []).map((u) => u.id);
  const known = settled(index, entries);
  const summary =
    known === undefined
      ? summarize(index.questionnaire, Object.fromEntries(entries), { fired: raised, urgencyRules: raisedRules, locale })
      : summarizeEvaluated(index.questionnaire, known.evaluation, known.values, { locale, raised, raisedRules });
  return plainCopy(summary);
}
