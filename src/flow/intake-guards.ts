import { answerCount, evaluationOf } from '../engine/evaluation-cache.js';
import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { checked, planAnswer } from './answer-step.js';
import { recordTriggers } from './fire-triggers.js';
import type { IntakeContext } from './intake-context.js';
import { missingRequired, pendingOnLeave } from './navigation-steps.js';
import { nextSection, previousSection } from './section-navigation.js';

/** What a guard reads: the flow's context and the event being taken. */
interface GuardArgs {
  readonly context: IntakeContext;
  readonly event: { readonly type: string; readonly itemId?: unknown; readonly value?: unknown };
}

/**
 * Items whose answer can change whether an interrupt-tier trigger holds: the
 * items the trigger reads, and the items whose change can hide (and so drop
 * the answer to) one of those. An answer to any other item never interrupts,
 * which the guard then knows from one lookup.
 */
function interruptReach(index: QuestionnaireIndex): ReadonlySet<string> | undefined {
  const interrupts = index.triggers.filter((t) => t.trigger.tier === 'interrupt');
  // A trigger that names a score is checked after every answer (the score follows more than it reads).
  if (interrupts.some((t) => t.readsScores)) return undefined;
  const reads = new Set<string>();
  for (const t of interrupts) for (const id of t.reads) reads.add(id);
  const reach = new Set<string>();
  for (const entry of index.order) {
    const id = entry.item.id;
    if (reads.has(id) || [...(index.invalidates.get(id) ?? [])].some((dep) => reads.has(dep.item.id))) reach.add(id);
  }
  return reach;
}

/**
 * The intake's guards, one per question the flow asks before it moves, as
 * XState guard functions. Each is a pure function of the questionnaire, the
 * context and the event; the machine names them, so its configuration reads
 * as the rules.
 */
export function intakeGuards(index: QuestionnaireIndex) {
  const count = index.sections.length;
  const reach = interruptReach(index);
  const ev = (context: IntakeContext) => evaluationOf(index, context.answerEntries);
  return {
    /** ANSWER: the answer is accepted and makes an interrupt-tier safety trigger hold (crisis resources at once). */
    answerRaisesInterrupt({ context, event }: GuardArgs): boolean {
      if (typeof event.itemId !== 'string') return false;
      // The first answer checks every trigger (see answerStep); later ones only what they can change.
      if (reach !== undefined && !reach.has(event.itemId) && answerCount(index, context.answerEntries) > 0) return false;
      const plan = planAnswer(index, context, event);
      if (plan.kind !== 'accepted') return false;
      const safety = recordTriggers(plan.evaluation, context.safety, plan.section, checked(plan));
      return safety !== undefined && safety.pending.length > 0;
    },
    /** NEXT: a required item of this section is shown and unanswered; SUBMIT: one of any section. */
    sectionHasMissingRequired: ({ context }: GuardArgs) => missingRequired(index, context).length > 0,
    /** NEXT or SUBMIT: a flag recorded in the section waits for its crisis resources, or a trigger holds unrecorded. */
    flagPendingOnLeave: ({ context }: GuardArgs) => pendingOnLeave(index, context) !== undefined,
    /** NEXT: no shown section follows this one, so the flow goes to review. */
    isLastVisibleSection: ({ context }: GuardArgs) => nextSection(ev(context), context.cursor) >= count,
    /** BACK: no shown section comes before this one (or, at review, none at all). */
    isFirstVisibleSection: ({ context }: GuardArgs) => previousSection(ev(context), context.cursor) < 0,
    /** ACKNOWLEDGE: the flow continues at review (it was raised there, or the flagged section was the last). */
    continuesAtReview: ({ context }: GuardArgs) => (context.safety.resume === 'next' ? nextSection(ev(context), context.cursor) : context.cursor) >= count,
    /** start: a resumed flow was submitted already. */
    isSubmitted: ({ context }: GuardArgs) => context.submitted,
    /** start: a resumed flow waits for ACKNOWLEDGE. */
    hasPendingSafety: ({ context }: GuardArgs) => context.safety.pending.length > 0,
    /** start: a new or resumed flow has no section to show before review. */
    isAtReview: ({ context }: GuardArgs) => context.cursor >= count,
  };
}
