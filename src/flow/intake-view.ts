import { indexOf } from '../definition/define-questionnaire.js';
import { Evaluation } from '../definition/evaluation.js';
import type { Item } from '../definition/item.js';
import type { Section } from '../definition/section.js';
import type { LocalizedText } from '../definition/text.js';
import type { QuestionnaireInput } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';
import type { IntakeContext, IntakeStatus } from './intake-context.js';
import { sectionShown } from './section-navigation.js';

/**
 * What a host needs to draw the current step: where the flow is, the visible
 * items of the current section, progress, the last event's issues, and the
 * crisis resources while the safety state is shown.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine, describeIntake, type IntakeView } from 'intake-screening';
 * import { gad7 } from 'intake-screening/questionnaires';
 * const actor = createActor(createIntakeMachine(gad7)).start();
 * const view: IntakeView = describeIntake(gad7, actor.getSnapshot());
 * view.progress; // { section: 1, sections: 1, answered: 0 }
 * ```
 */
export interface IntakeView {
  readonly status: IntakeStatus;
  /** The current section; undefined at review and after completion. */
  readonly section: Section | undefined;
  /** Visible items of the current section, in order. */
  readonly items: readonly Item[];
  readonly progress: { readonly section: number; readonly sections: number; readonly answered: number };
  readonly issues: readonly Issue[];
  /** Required visible items of the current section still unanswered: what NEXT would refuse, without sending it. */
  readonly missing: readonly string[];
  /** Safety triggers waiting for acknowledgement, with their tier, urgency and reason. */
  readonly safety: readonly {
    readonly id: string;
    readonly tier: 'interrupt' | 'flag';
    readonly urgency: 'emergency' | 'urgent';
    readonly reason: LocalizedText;
  }[];
  readonly crisisResources: LocalizedText | undefined;
}

/**
 * Describe a flow snapshot for rendering.
 *
 * @param questionnaire - The questionnaire the flow runs.
 * @param snapshot - Any snapshot of its flow (only `context` and `status` are read).
 * @returns The view of the current step.
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine, describeIntake } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const actor = createActor(createIntakeMachine(briefScreen)).start();
 * const view = describeIntake(briefScreen, actor.getSnapshot());
 * view.items.map((i) => i.id);
 * ```
 */
export function describeIntake(questionnaire: QuestionnaireInput, snapshot: { readonly context: IntakeContext; readonly status: string }): IntakeView {
  const index = indexOf(questionnaire);
  const { context } = snapshot;
  const ev = new Evaluation(index, context.answers);
  const count = index.sections.length;
  const status: IntakeStatus =
    snapshot.status === 'done' || context.submitted ? 'completed' : context.safety.pending.length > 0 ? 'safety' : context.cursor >= count ? 'review' : 'answering';
  const current = status === 'answering' || status === 'safety' ? index.sections[context.cursor] : undefined;
  const shown = index.sections.filter((s) => sectionShown(ev, s.index));
  const position = current ? shown.findIndex((s) => s.index === current.index) + 1 : shown.length;
  const triggers = new Map(index.triggers.map((t) => [t.trigger.id, t.trigger]));
  const items = current ? current.items.filter((e) => ev.visible(e.item.id)).map((e) => e.item) : [];
  return {
    status,
    section: current?.section,
    items,
    missing: items.filter((i) => i.kind !== 'display' && i.required === true && ev.answer(i.id) === undefined).map((i) => i.id),
    progress: { section: position, sections: shown.length, answered: Object.keys(context.answers).length },
    issues: context.issues,
    safety: context.safety.pending.flatMap((id) => {
      const t = triggers.get(id);
      return t ? [{ id, tier: t.tier, urgency: t.urgency, reason: t.reason }] : [];
    }),
    crisisResources: index.questionnaire.crisisResources,
  };
}
