import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { answerStep } from './answer-step.js';
import type { IntakeContext } from './intake-context.js';
import { acknowledgeStep, backStep, nextStep, submitStep } from './navigation-steps.js';

/** The flow events that change the context through a step. */
export type StepEvent = 'ANSWER' | 'NEXT' | 'BACK' | 'SUBMIT' | 'ACKNOWLEDGE';

/**
 * Where a context puts the flow, as one number: a section's index, or one of
 * the three places after the sections. The state value is a function of the
 * context alone, which is also how a restored snapshot finds its state.
 */
export interface Places {
  readonly review: number;
  readonly safety: number;
  readonly completed: number;
  of(context: Pick<IntakeContext, 'submitted' | 'safety' | 'cursor'>): number;
}

/** The places of a questionnaire with `count` sections. */
export function placesOf(count: number): Places {
  const review = count;
  const safety = count + 1;
  const completed = count + 2;
  return {
    review,
    safety,
    completed,
    of: (c) => (c.submitted ? completed : c.safety.pending.length > 0 ? safety : Math.min(c.cursor, review)),
  };
}

/** The state path of a place (`answering.<key>`, `review`, `safety` or `completed`). */
export function pathOf(place: number, keys: readonly string[]): string {
  if (place < keys.length) return `answering.${keys[place] as string}`;
  return place === keys.length ? 'review' : place === keys.length + 1 ? 'safety' : 'completed';
}

/** A step's context update, worked out once for a guard and the action after it. */
export interface StepPlanner {
  /** Where the step for this event leads (for guards). */
  peek(context: IntakeContext, event: { type: string }): number;
  /** The step's context update (for the action); forgets the plan. */
  take(context: IntakeContext, event: { type: string }): Partial<IntakeContext>;
}

/**
 * Plans steps for a machine's guards and actions. XState tests a transition's
 * guard before running its actions, so to pick the target from the step's
 * result the step runs in the first guard and the action takes its result:
 * one slot, keyed by the context and event objects, which XState hands to the
 * guards and then the action of one transition. A miss only recomputes (steps
 * are pure).
 */
export function stepPlanner(index: QuestionnaireIndex, places: Places): StepPlanner {
  let lastContext: IntakeContext | undefined;
  let lastEvent: unknown;
  let update: Partial<IntakeContext> = {};
  let place = -1;

  const plan = (context: IntakeContext, event: { type: string }): void => {
    if (context === lastContext && event === lastEvent) return;
    update = stepFor(index, context, event);
    place = places.of({
      submitted: update.submitted ?? context.submitted,
      safety: update.safety ?? context.safety,
      cursor: update.cursor ?? context.cursor,
    });
    lastContext = context;
    lastEvent = event;
  };
  return {
    peek(context, event) {
      plan(context, event);
      return place;
    },
    take(context, event) {
      plan(context, event);
      const out = update;
      // Drop the references: the slot must not keep a person's answers alive.
      lastContext = undefined;
      lastEvent = undefined;
      update = {};
      return out;
    },
  };
}

function stepFor(index: QuestionnaireIndex, context: IntakeContext, event: { type: string }): Partial<IntakeContext> {
  switch (event.type as StepEvent) {
    case 'ANSWER':
      return answerStep(index, context, event as { itemId?: unknown; value?: unknown });
    case 'NEXT':
      return nextStep(index, context);
    case 'BACK':
      return backStep(index, context);
    case 'SUBMIT':
      return submitStep(index, context);
    case 'ACKNOWLEDGE':
      return acknowledgeStep(index, context);
  }
}
