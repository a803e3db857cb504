import { evaluationOf } from '../engine/evaluation-cache.js';
import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { detailedIssue, type Issue, issue } from '../issues/issue.js';
import { showTriggers } from './fire-triggers.js';
import type { IntakeContext, SafetyState } from './intake-context.js';
import { nextSection, previousSection } from './section-navigation.js';

// The context updates behind the machine's named actions (see
// create-intake-machine.ts). Each runs after the guards chose its transition,
// so it only does what its name says.

const none = { issues: [], dropped: [] } as const;

/**
 * Required items that are shown and unanswered: in the current section, or at
 * review in every section.
 */
export function missingRequired(index: QuestionnaireIndex, context: Pick<IntakeContext, 'answerEntries' | 'cursor'>): Issue[] {
  const ev = evaluationOf(index, context.answerEntries);
  const count = index.sections.length;
  const sections = context.cursor < count ? [index.sections[context.cursor]] : index.sections;
  const issues: Issue[] = [];
  for (const s of sections) {
    for (const entry of s?.items ?? []) {
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

/**
 * The safety state that shows the crisis resources the person is due before
 * leaving a section (then continuing to the next one) or review (then staying
 * there): flag-tier triggers recorded and not yet shown, and any trigger that
 * holds but was never recorded; undefined when there is nothing to show.
 */
export function pendingOnLeave(index: QuestionnaireIndex, context: IntakeContext): SafetyState | undefined {
  const inSection = context.cursor < index.sections.length;
  const section = inSection ? (index.sections[context.cursor]?.section.id ?? '') : 'review';
  return showTriggers(evaluationOf(index, context.answerEntries), context.safety, section, inSection ? 'next' : 'stay');
}

/** reportMissing: refuse NEXT or SUBMIT, naming every required item still unanswered. */
export const reportMissing = (index: QuestionnaireIndex, context: IntakeContext): Partial<IntakeContext> => ({
  issues: missingRequired(index, context),
  dropped: [],
});

/** raiseFlags: show crisis resources for the triggers that hold before leaving. */
export const raiseFlags = (index: QuestionnaireIndex, context: IntakeContext): Partial<IntakeContext> => {
  const safety = pendingOnLeave(index, context);
  return safety ? { ...none, safety } : none;
};

/** advance: on to the next shown section, or review. */
export const advance = (index: QuestionnaireIndex, context: IntakeContext): Partial<IntakeContext> => ({
  ...none,
  cursor: nextSection(evaluationOf(index, context.answerEntries), context.cursor),
});

/** goBack: the previous shown section (from review, the last one). */
export const goBack = (index: QuestionnaireIndex, context: IntakeContext): Partial<IntakeContext> => ({
  ...none,
  cursor: Math.max(0, previousSection(evaluationOf(index, context.answerEntries), context.cursor)),
});

/** acknowledge: the person saw the crisis resources; continue where the flow was going. */
export const acknowledge = (index: QuestionnaireIndex, context: IntakeContext): Partial<IntakeContext> => ({
  ...none,
  cursor: context.safety.resume === 'next' ? nextSection(evaluationOf(index, context.answerEntries), context.cursor) : context.cursor,
  safety: { ...context.safety, pending: [], resume: 'stay' },
});

/** submit: every check passed at review; the flow is done. */
export const submit = (): Partial<IntakeContext> => ({ ...none, submitted: true });

/** refuseBack: BACK with no shown section before this one. */
export const refuseBack = (): Partial<IntakeContext> => ({ issues: [issue('invalid-event', [], 'BACK is not taken in the first section.')], dropped: [] });

/** Any event the current state does not take. */
export function rejectStep(type: unknown, state: string): Partial<IntakeContext> {
  const name = typeof type === 'string' ? type.slice(0, 40) : 'event';
  const hint = state === 'safety' ? ' Send ACKNOWLEDGE once the person has seen the crisis resources.' : '';
  return { issues: [issue('invalid-event', ['type'], `${name} is not taken in ${state}.${hint}`)], dropped: [] };
}
