import type { Evaluation } from '../engine/evaluation.js';
import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { detailedIssue, type Issue, issue } from '../issues/issue.js';
import { ALL_TIERS, fireTriggers } from './fire-triggers.js';
import { evaluationOf } from '../engine/evaluation-cache.js';
import type { IntakeContext } from './intake-context.js';
import { nextSection, previousSection } from './section-navigation.js';

function missingRequired(ev: Evaluation, sections: readonly number[]): Issue[] {
  const issues: Issue[] = [];
  for (const s of sections) {
    for (const entry of ev.index.sections[s]?.items ?? []) {
      const { item } = entry;
      if (item.kind === 'display' || !item.required) continue;
      if (ev.shown(entry) && ev.answer(item.id) === undefined) {
        const message = `Item "${item.id}" needs an answer before moving on.`;
        issues.push(detailedIssue('required', [item.id], message, item.id, { preferNotToAnswer: item.preferNotToAnswer === true }));
      }
    }
  }
  return issues;
}

const none = { issues: [], dropped: [] } as const;

/** NEXT: check required items, show crisis resources for any trigger that holds, then move on. */
export function nextStep(index: QuestionnaireIndex, context: IntakeContext): Partial<IntakeContext> {
  if (context.cursor >= index.sections.length) {
    return { issues: [issue('invalid-event', [], 'NEXT is not taken at review. Send SUBMIT to finish or BACK to change answers.')], dropped: [] };
  }
  const ev = evaluationOf(index, context.answers);
  const issues = missingRequired(ev, [context.cursor]);
  if (issues.length > 0) return { issues, dropped: [] };
  const section = index.sections[context.cursor]?.section.id ?? '';
  const safety = fireTriggers(ev, context.safety, section, ALL_TIERS, 'next');
  if (safety) return { ...none, safety };
  return { ...none, cursor: nextSection(ev, context.cursor) };
}

/** BACK: go to the previous shown section (from review, the last one). */
export function backStep(index: QuestionnaireIndex, context: IntakeContext): Partial<IntakeContext> {
  const ev = evaluationOf(index, context.answers);
  const previous = previousSection(ev, context.cursor);
  if (previous < 0) return { issues: [issue('invalid-event', [], 'BACK is not taken in the first section.')], dropped: [] };
  return { ...none, cursor: previous };
}

/** SUBMIT: from review, check every required visible item and any trigger not yet shown, then finish. */
export function submitStep(index: QuestionnaireIndex, context: IntakeContext): Partial<IntakeContext> {
  if (context.cursor < index.sections.length) {
    return { issues: [issue('invalid-event', [], 'SUBMIT is taken only at review. Send NEXT through the remaining sections first.')], dropped: [] };
  }
  const ev = evaluationOf(index, context.answers);
  const issues = missingRequired(ev, index.sections.map((s) => s.index));
  if (issues.length > 0) return { issues, dropped: [] };
  const safety = fireTriggers(ev, context.safety, 'review', ALL_TIERS, 'stay');
  if (safety) return { ...none, safety };
  return { ...none, submitted: true };
}

/** ACKNOWLEDGE: the person saw the crisis resources; continue where the flow was going. */
export function acknowledgeStep(index: QuestionnaireIndex, context: IntakeContext): Partial<IntakeContext> {
  if (context.safety.pending.length === 0) {
    return { issues: [issue('invalid-event', [], 'ACKNOWLEDGE is taken only while crisis resources are shown.')], dropped: [] };
  }
  const cursor = context.safety.resume === 'next' ? nextSection(evaluationOf(index, context.answers), context.cursor) : context.cursor;
  return { ...none, cursor, safety: { ...context.safety, pending: [], resume: 'stay' } };
}

/** Any event the current state does not take. */
export function rejectStep(type: unknown, state: string): Partial<IntakeContext> {
  const name = typeof type === 'string' ? type.slice(0, 40) : 'event';
  const hint = state === 'safety' ? ' Send ACKNOWLEDGE once the person has seen the crisis resources.' : '';
  return { issues: [issue('invalid-event', ['type'], `${name} is not taken in ${state}.${hint}`)], dropped: [] };
}
