import type { Urgency } from '../definition/rule.js';
import type { AnswerEntry, Answers, AnswersOf, AnswerValueOf, AnswerableItemsOf, ItemIdOf, Questionnaire } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';

/**
 * Whether a questionnaire's type knows its item ids (one from
 * `defineQuestionnaire`, or a bundled one) or not (one parsed at run time,
 * typed `Questionnaire`): flow types are exact for the first and accept any
 * id and value for the second.
 */
type Known<Q extends Questionnaire> = string extends ItemIdOf<Q> ? false : true;

/**
 * A flow's answers as an object keyed by item id (what `answersOf(context)`
 * gives): `AnswersOf<Q>` when the questionnaire's ids are known at compile
 * time, else any answers object.
 *
 * @example
 * ```ts
 * import type { FlowAnswers } from 'intake-screening';
 * import type { gad7 } from 'intake-screening/questionnaires';
 * const answers: FlowAnswers<typeof gad7> = { 'gad7.q1': 2 };
 * ```
 */
export type FlowAnswers<Q extends Questionnaire = Questionnaire> = Known<Q> extends true ? AnswersOf<Q> : Answers;

/**
 * One answer a flow holds, `[itemId, value]`: typed per item when the
 * questionnaire's ids are known at compile time, else any {@link AnswerEntry}.
 *
 * @example
 * ```ts
 * import type { FlowAnswerEntry } from 'intake-screening';
 * import type { gad7 } from 'intake-screening/questionnaires';
 * const entry: FlowAnswerEntry<typeof gad7> = ['gad7.q1', 2];
 * ```
 */
export type FlowAnswerEntry<Q extends Questionnaire = Questionnaire> = Known<Q> extends true ? EntryOf<AnswerableItemsOf<Q>> : AnswerEntry;
// Distributes over the items: one entry type per item.
type EntryOf<I> = I extends { readonly id: infer Id } ? readonly [itemId: Id, value: AnswerValueOf<I>] : never;

/**
 * The ANSWER event of a questionnaire: for a questionnaire whose ids are known
 * at compile time, one event type per item, whose `value` is that item's
 * answer type (or `null`, which clears it); so a wrong item id, option value or
 * kind of value does not compile.
 *
 * @example
 * ```ts
 * import type { AnswerEvent } from 'intake-screening';
 * import type { gad7 } from 'intake-screening/questionnaires';
 * const e: AnswerEvent<typeof gad7> = { type: 'ANSWER', itemId: 'gad7.q1', value: 2 };
 * ```
 */
export type AnswerEvent<Q extends Questionnaire = Questionnaire> =
  Known<Q> extends true ? AnswerEventOf<AnswerableItemsOf<Q>> : { readonly type: 'ANSWER'; readonly itemId: string; readonly value: unknown };
// Distributes over the items: one event type per item.
type AnswerEventOf<I> = I extends { readonly id: infer Id } ? { readonly type: 'ANSWER'; readonly itemId: Id; readonly value: AnswerValueOf<I> | null } : never;

/**
 * A safety trigger that fired during the flow, and where.
 *
 * @example
 * ```ts
 * import type { FiredTrigger, IntakeContext } from 'intake-screening';
 * declare const context: IntakeContext;
 * const interrupts: FiredTrigger[] = context.safety.fired.filter((f) => f.tier === 'interrupt');
 * ```
 */
export interface FiredTrigger {
  readonly id: string;
  readonly tier: 'interrupt' | 'flag';
  readonly urgency: Extract<Urgency, 'emergency' | 'urgent'>;
  /** The section whose answer made it hold (`review` for one first found at SUBMIT). */
  readonly section: string;
  /** Item ids whose answers made it fire. */
  readonly evidence: readonly string[];
  /**
   * Present (always `true`) when it fired only on answers the form's logic
   * would not have asked: answers to hidden items in a restored snapshot
   * (which are then dropped and reported). The summary's flag says so.
   */
  readonly notAsked?: true;
}

/**
 * An urgency rule (a questionnaire rule with an `urgency`) that held on the
 * answers at some point of the flow, recorded when an answer made it hold.
 *
 * @example
 * ```ts
 * import type { IntakeContext, RecordedUrgency } from 'intake-screening';
 * declare const context: IntakeContext;
 * const emergencies: RecordedUrgency[] = (context.safety.urgencyRules ?? []).filter((r) => r.urgency === 'emergency');
 * ```
 */
export interface RecordedUrgency {
  /** The rule's id. */
  readonly id: string;
  readonly urgency: Exclude<Urgency, 'routine'>;
  /** Item ids whose answers made it hold. */
  readonly evidence: readonly string[];
}

/**
 * Safety state of a flow: what fired, and what waits for acknowledgement.
 *
 * @example
 * ```ts
 * import type { IntakeContext, SafetyState } from 'intake-screening';
 * declare const context: IntakeContext;
 * const safety: SafetyState = context.safety;
 * const showCrisisResources = safety.pending.length > 0;
 * ```
 */
export interface SafetyState {
  /** Every trigger recorded during the flow, in the order recorded: each as soon as an answer made it hold. */
  readonly fired: readonly FiredTrigger[];
  /** Trigger ids the person has not acknowledged yet; non-empty means the flow is in `safety`. */
  readonly pending: readonly string[];
  /**
   * Flag-tier trigger ids recorded on an answer whose crisis resources wait
   * for the person to leave the section: the next NEXT (or SUBMIT at review)
   * shows them, even if the answer was changed in between.
   */
  readonly deferred: readonly string[];
  /** After acknowledgement: stay in the section, or go on to the next one (flag-tier triggers show on NEXT). */
  readonly resume: 'stay' | 'next';
  /**
   * Urgency rules that held on the answers at some point, in the order
   * recorded; absent until one is. A rule the final answers no longer meet
   * still raises the output summary's urgency, marked `answerChanged`:
   * urgency errs on the side of safety.
   */
  readonly urgencyRules?: readonly RecordedUrgency[];
}

/**
 * The context of an intake flow. It is plain JSON, so a persisted snapshot can
 * be stored anywhere and resumed later.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { answersOf, createIntakeMachine, type IntakeContext } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const actor = createActor(createIntakeMachine(briefScreen)).start();
 * const context: IntakeContext<typeof briefScreen> = actor.getSnapshot().context;
 * context.answerEntries; // the answers as [itemId, value] entries, in document order
 * answersOf(context)['phq9.q1']; // typed: 0 | 1 | 2 | 3 | undefined
 * context.issues; // problems with the last event, to show the person
 * ```
 */
export interface IntakeContext<Q extends Questionnaire = Questionnaire> {
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  /**
   * The language the output summary is written in: the input's `locale`,
   * resolved as `summarize` resolves it (`es-MX` → `es` when the questionnaire
   * and phrases have no `es-MX`), `en` by default.
   */
  readonly locale: string;
  /**
   * Valid answers to visible items only, as frozen `[itemId, value]` entries
   * in document order, typed by the questionnaire. `answersOf(context)` reads
   * them as an object keyed by item id.
   */
  readonly answerEntries: readonly FlowAnswerEntry<Q>[];
  /** The current section, by position in `sections` (the flow's cursor); `sections.length` means review. */
  readonly cursor: number;
  /** Problems with the last event (empty after an accepted one). */
  readonly issues: readonly Issue[];
  /** Items whose answers the last event dropped because they became hidden. */
  readonly dropped: readonly string[];
  readonly safety: SafetyState;
  /** True once SUBMIT was accepted. */
  readonly submitted: boolean;
}

/**
 * The events an intake flow takes, typed by the questionnaire (see {@link AnswerEvent}).
 *
 * - `ANSWER`: set an item's answer; `value: null` clears it.
 * - `NEXT` / `BACK`: move between sections (NEXT checks required items).
 * - `ACKNOWLEDGE`: the person has seen the crisis resources; the flow goes on.
 * - `SUBMIT`: from review, finish; the final output is the referral summary.
 *
 * @example
 * ```ts
 * import type { IntakeEvent } from 'intake-screening';
 * const e: IntakeEvent = { type: 'ANSWER', itemId: 'phq9.q1', value: 2 };
 * ```
 */
export type IntakeEvent<Q extends Questionnaire = Questionnaire> =
  AnswerEvent<Q> | { readonly type: 'NEXT' } | { readonly type: 'BACK' } | { readonly type: 'ACKNOWLEDGE' } | { readonly type: 'SUBMIT' };

/**
 * The states a flow can rest in (its state value): `answering` the section at
 * `context.cursor`, `safety`, `review` or `completed`.
 *
 * @example
 * ```ts
 * import { describeIntake, type IntakeStatus } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * declare const snapshot: Parameters<typeof describeIntake>[1];
 * const status: IntakeStatus = describeIntake(briefScreen, snapshot).status;
 * ```
 */
export type IntakeStatus = 'answering' | 'safety' | 'review' | 'completed';
