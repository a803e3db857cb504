import { checkAnswer, freezeAnswer } from '../definition/check-answer.js';
import { Evaluation } from '../definition/evaluation.js';
import type { QuestionnaireIndex } from '../definition/questionnaire-index.js';
import type { AnswerValue } from '../definition/types.js';
import { issue } from '../issues/issue.js';
import { fireTriggers, INTERRUPT_ONLY } from './fire-triggers.js';
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
    const here = index.sections[context.cursor]?.section.id;
    return { issues: [issue('not-in-section', ['itemId'], `Item "${itemId}" is not in the current section "${here}". Ensure that answers go to the section on screen.`, itemId)], dropped: [] };
  }
  const before = new Evaluation(index, context.answers);
  if (!before.visible(itemId)) {
    return { issues: [issue('item-hidden', ['itemId'], `Item "${itemId}" is hidden by earlier answers and takes no answer now.`, itemId)], dropped: [] };
  }
  const clearing = value === null || value === undefined;
  if (!clearing) {
    const problem = checkAnswer(entry.item, value, ['value']);
    if (problem) return { issues: [problem], dropped: [] };
  }
  if (clearing && !Object.hasOwn(context.answers, itemId)) return { issues: [], dropped: [] };

  const answers: Record<string, AnswerValue> = { ...context.answers };
  if (clearing) delete answers[itemId];
  else answers[itemId] = freezeAnswer(value as AnswerValue);

  // Dependents are in document order and conditions read only earlier items,
  // so one pass settles every visibility the change can touch.
  const ev = new Evaluation(index, answers);
  const dropped: string[] = [];
  for (const dep of index.dependents.get(itemId) ?? []) {
    const id = dep.item.id;
    if (Object.hasOwn(answers, id) && !ev.visible(id)) {
      delete answers[id];
      dropped.push(id);
    }
  }
  const section = index.sections[entry.section]?.section.id ?? '';
  const safety = fireTriggers(ev, context.safety, section, INTERRUPT_ONLY, 'stay', [itemId, ...dropped]);
  return safety ? { answers, issues: [], dropped, safety } : { answers, issues: [], dropped };
}
