import type { LocalizedText } from '../definition/text.js';

/**
 * A score as computed from answers.
 *
 * - `complete`: every visible item answered; `value`, `band` and `positive` are set.
 *   With `skipped: true`, every item was skipped by a gate answer the published
 *   instrument scores (the score's `skipped`, e.g. PC-PTSD-5 "no" to trauma
 *   exposure is a score of 0).
 * - `incomplete`: some visible item unanswered or declined, or every item
 *   hidden behind a gate question left unanswered or declined; `value` is null,
 *   never a low score. `partialValue` is the sum over the answered items, for
 *   reference; `missing` lists the items (gates included) still to answer.
 * - `not-applicable`: every item hidden because the answers given say so (e.g.
 *   "Never" to a TAPS-1 question skips that substance's TAPS-2 questions).
 *
 * @example
 * ```ts
 * import type { ScoreResult } from 'intake-screening';
 * function describe(r: ScoreResult): string {
 *   return r.status === 'complete' ? `${r.id}: ${r.value}` : `${r.id}: ${r.status}`;
 * }
 * ```
 */
export type ScoreResult =
  | {
      readonly id: string;
      readonly status: 'complete';
      readonly value: number;
      readonly min: number;
      readonly max: number;
      readonly band: LocalizedText | null;
      readonly positive: boolean | null;
      /** Index into the score's `cutoffs` of the one applied, or null when it has none. */
      readonly cutoffIndex: number | null;
      readonly cutoff: number | null;
      readonly items: readonly string[];
      /** Present when every item was skipped and the instrument records `skipped.value`. */
      readonly skipped?: true;
    }
  | {
      readonly id: string;
      readonly status: 'incomplete';
      readonly value: null;
      readonly partialValue: number;
      readonly min: number;
      readonly max: number;
      /** Visible items left unanswered or declined, and gate items that left every item hidden. */
      readonly missing: readonly string[];
      readonly items: readonly string[];
    }
  | {
      readonly id: string;
      readonly status: 'not-applicable';
      readonly value: null;
      readonly min: number;
      readonly max: number;
      readonly items: readonly string[];
    };
