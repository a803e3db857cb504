import type { Urgency } from '../definition/rule.js';
import type { Answers } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';

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
  /** The section the person was in when it fired. */
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
  readonly fired: readonly FiredTrigger[];
  /** Trigger ids the person has not acknowledged yet; non-empty means the flow is in `safety`. */
  readonly pending: readonly string[];
  /** After acknowledgement: stay in the section, or go on to the next one (a `flag` trigger fires on NEXT). */
  readonly resume: 'stay' | 'next';
}

/**
 * The context of an intake flow. It is plain JSON, so a persisted snapshot can
 * be stored anywhere and resumed later.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * import { createIntakeMachine, type IntakeContext } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const actor = createActor(createIntakeMachine(briefScreen)).start();
 * const context: IntakeContext = actor.getSnapshot().context;
 * context.issues; // problems with the last event, to show the person
 * ```
 */
export interface IntakeContext {
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  /**
   * The language the output summary is written in: the input's `locale`,
   * resolved as `summarize` resolves it (`es-MX` → `es` when the questionnaire
   * and phrases have no `es-MX`), `en` by default.
   */
  readonly locale: string;
  /** Valid answers to visible items only. */
  readonly answers: Answers;
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
 * The events an intake flow takes.
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
export type IntakeEvent =
  | { readonly type: 'ANSWER'; readonly itemId: string; readonly value: unknown }
  | { readonly type: 'NEXT' }
  | { readonly type: 'BACK' }
  | { readonly type: 'ACKNOWLEDGE' }
  | { readonly type: 'SUBMIT' };

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
