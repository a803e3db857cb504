import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { localize } from '../definition/text.js';
import type { EvidenceBuilder } from './evidence.js';
import type { SummaryAnswer, SummaryAnswerSection, SummaryIssue } from './referral-summary.js';

/**
 * Every answer given, by section in document order, for the summary's
 * `answers`; answers to questions the form's logic would not have asked are
 * included, marked `notAsked`, and each is also reported as an `item-hidden`
 * issue (naming the item, never the answer).
 *
 * @param index - The questionnaire index.
 * @param cite - Evidence of the answers kept.
 * @param locale - The summary's locale.
 * @param received - Evidence of the answers as received, when some were to hidden items.
 * @returns The answers part and the issues.
 */
export function summaryAnswers(
  index: QuestionnaireIndex,
  cite: EvidenceBuilder,
  locale: string,
  received: EvidenceBuilder | undefined,
): { answers: SummaryAnswerSection[]; issues: SummaryIssue[] } {
  const answers: SummaryAnswerSection[] = [];
  const issues: SummaryIssue[] = [];
  for (let s = 0; s < index.sections.length; s++) {
    const { section, items } = index.sections[s] as QuestionnaireIndex['sections'][number];
    let list: SummaryAnswer[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const entry = items[i] as QuestionnaireIndex['sections'][number]['items'][number];
      if (entry.item.kind === 'display') continue;
      // An answered item's evidence is shared with the findings that cite it; its answer is never null.
      const kept = cite.answer(entry) as SummaryAnswer | undefined;
      if (kept !== undefined) {
        (list ??= []).push(kept);
        continue;
      }
      const given = received?.answer(entry) as SummaryAnswer | undefined;
      if (given === undefined) continue;
      (list ??= []).push({ ...given, notAsked: true });
      const id = entry.item.id;
      issues.push({
        code: 'item-hidden',
        path: [id],
        message: `Answer to "${id}" was given, though the other answers hide the item (the form's logic would not have asked it). It is listed in the summary's answers and checked by safety triggers, and not used for scores or rules.`,
        itemId: id,
      });
    }
    if (list !== undefined) answers.push({ section: section.id, title: localize(section.title, locale), answers: list });
  }
  return { answers, issues };
}
