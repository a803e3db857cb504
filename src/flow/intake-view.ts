import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import type { Item } from '../definition/item.js';
import { indexOf, type QuestionnaireIndex } from '../engine/questionnaire-index.js';
import type { SafetyTrigger } from '../definition/rule.js';
import type { Section } from '../definition/section.js';
import type { LocalizedText } from '../definition/text.js';
import type { Questionnaire } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';
import type { IntakeContext, IntakeStatus } from './intake-context.js';
import { answerCount, evaluationOf } from '../engine/evaluation-cache.js';
import { asOffered } from '../engine/offered-options.js';
import { sectionShown } from './section-navigation.js';

const triggersById = new WeakMap<QuestionnaireIndex, ReadonlyMap<string, SafetyTrigger>>();

function triggersOf(index: QuestionnaireIndex): ReadonlyMap<string, SafetyTrigger> {
  let map = triggersById.get(index);
  if (map === undefined) triggersById.set(index, (map = new Map(index.triggers.map((t) => [t.trigger.id, t.trigger]))));
  return map;
}

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
  /**
   * Visible items of the current section, in order. An item with `optionsFrom`
   * has only the options the person chose in that earlier item (and those its
   * own answer holds): draw these options, not the definition's.
   */
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
export function describeIntake(
  questionnaire: Questionnaire,
  // What the view reads of a context; its answers by id, so a context typed by any questionnaire fits.
  snapshot: {
    readonly context: Pick<IntakeContext, 'cursor' | 'issues' | 'safety' | 'submitted'> & { readonly answerEntries: readonly (readonly [string, unknown])[] };
    readonly status: string;
  },
): IntakeView {
  const index = indexOf(checkedQuestionnaire(questionnaire));
  const context = snapshot.context as IntakeContext;
  // Cached beside the entries list: after an ANSWER the step has already
  // computed most of what the view reads.
  const ev = evaluationOf(index, context.answerEntries);
  const count = index.sections.length;
  const status: IntakeStatus =
    snapshot.status === 'done' || context.submitted
      ? 'completed'
      : context.safety.pending.length > 0
        ? 'safety'
        : context.cursor >= count
          ? 'review'
          : 'answering';
  const current = status === 'answering' || status === 'safety' ? index.sections[context.cursor] : undefined;
  let sections = 0;
  let position = 0;
  for (const s of index.sections) {
    if (!sectionShown(ev, s.index)) continue;
    sections++;
    if (s === current) position = sections;
  }
  const items: Item[] = [];
  const missing: string[] = [];
  if (current) {
    for (const entry of current.items) {
      if (!ev.shown(entry)) continue;
      const { item } = entry;
      items.push(asOffered(item, ev));
      if (item.kind !== 'display' && item.required === true && ev.answer(item.id) === undefined) missing.push(item.id);
    }
  }
  const pending = context.safety.pending;
  const triggers = pending.length === 0 ? undefined : triggersOf(index);
  return {
    status,
    section: current?.section,
    items,
    missing,
    progress: { section: current ? position : sections, sections, answered: answerCount(index, context.answerEntries) },
    issues: context.issues,
    safety: pending.flatMap((id) => {
      const t = triggers?.get(id);
      return t ? [{ id, tier: t.tier, urgency: t.urgency, reason: t.reason }] : [];
    }),
    crisisResources: index.questionnaire.crisisResources,
  };
}
