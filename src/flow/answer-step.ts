import { answerIssue, readAnswer } from '../engine/check-answer.js';
import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import type { AnswerValue } from '../definition/types.js';
import { detailedIssue, issue } from '../issues/issue.js';
import { fireTriggers, INTERRUPT_ONLY } from './fire-triggers.js';
import { lookup, settleAnswers } from '../engine/evaluation-cache.js';
import type { IntakeContext } from './intake-context.js';

/** Longest item id an event may carry before it is refused unread. */
const MAX_ID = 200;

/**
 * Apply an ANSWER event: validate it, store it, drop the answers of items the
 * change hides, and fire any interrupt-tier safety trigger it makes hold. A bad
 * event changes nothing but `issues`.
 */
export function answerStep(index: QuestionnaireIndex, context: IntakeContext, event: { itemId?: unknown; value?: unknown }): Partial<IntakeContext> {
  const { itemId, value } = event;
  if (typeof itemId !== 'string' || itemId.length === 0 || itemId.length > MAX_ID) {
    return { issues: [issue('invalid-event', ['itemId'], 'ANSWER needs an itemId string naming an item of this questionnaire.')], dropped: [] };
  }
  const entry = index.items.get(itemId);
  if (!entry) {
    return { issues: [issue('unknown-item', ['itemId'], `Item "${itemId}" does not exist in this questionnaire.`, itemId)], dropped: [] };
  }
  const inSections = context.cursor < index.sections.length;
  if (inSections && entry.section !== context.cursor) {
    const here = index.sections[context.cursor]?.section.id ?? '';
    const message = `Item "${itemId}" is not in the current section "${here}". Ensure that answers go to the section on screen.`;
    return { issues: [detailedIssue('not-in-section', ['itemId'], message, itemId, { section: here })], dropped: [] };
  }
  const known = lookup(index, context.answers);
  const before = known.evaluation;
  if (!before.shown(entry)) {
    return { issues: [issue('item-hidden', ['itemId'], `Item "${itemId}" is hidden by earlier answers and takes no answer now.`, itemId)], dropped: [] };
  }
  const clearing = value === null || value === undefined;
  // Read once: an array is copied by index and frozen, and the copy is what is checked and stored.
  const read = clearing ? undefined : readAnswer(entry.item, value);
  if (!clearing) {
    const problem = answerIssue(entry.item, read, 'value');
    if (problem) return { issues: [problem], dropped: [] };
  }
  if (clearing && !Object.hasOwn(context.answers, itemId)) return { issues: [], dropped: [] };

  let count = known.count;
  let answers: Record<string, AnswerValue>;
  if (clearing) {
    answers = { ...context.answers };
    delete answers[itemId];
    count--;
  } else {
    if (!Object.hasOwn(context.answers, itemId)) count++;
    // One literal: V8 keeps it a fast object, which copies and freezes
    // cheaper than a copy grown by a keyed store.
    answers = { ...context.answers, [itemId]: read as AnswerValue };
  }

  // Dependents are in document order and conditions read only earlier items,
  // so one pass settles every visibility the change can touch; the evaluation
  // keeps what `before` knew about every other item.
  const ev = before.after(answers, [itemId]);
  const dropped: string[] = [];
  // `invalidates` also follows scores' cut-off conditions, so an item shown
  // only while a score is positive loses its answer when the cut-off moves.
  const dependents = index.invalidates.get(itemId);
  if (dependents !== undefined) {
    for (const dep of dependents) {
      const id = dep.item.id;
      if (Object.hasOwn(answers, id) && !ev.shown(dep)) {
        delete answers[id];
        dropped.push(id);
      }
    }
  }
  count -= dropped.length;
  const section = index.sections[entry.section]?.section.id ?? '';
  const safety = fireTriggers(ev, context.safety, section, INTERRUPT_ONLY, 'stay', dropped.length === 0 ? [itemId] : [itemId, ...dropped]);
  const settled = settleAnswers(ev, count);
  known.replaced = true;
  return safety ? { answers: settled, issues: [], dropped, safety } : { answers: settled, issues: [], dropped };
}
