import type { LocalizedText } from '../definition/text.js';

/**
 * A score as computed from answers.
 *
 * - `complete`: every visible item answered; `value`, `band` and `positive` are set.
 * - `incomplete`: some visible item unanswered or declined; `value` is null, never
 *   a low score. `partialValue` is the sum over the answered items, for reference.
 * - `not-applicable`: every item hidden by the flow (e.g. trauma items after "no"
 *   to the exposure gate).
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
    }
  | {
      readonly id: string;
      readonly status: 'incomplete';
      readonly value: null;
      readonly partialValue: number;
      readonly min: number;
      readonly max: number;
      /** Visible items left unanswered or declined. */
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
