import type { Questionnaire } from '../definition/types.js';
import type { IntakeContext } from '../flow/intake-context.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { renderSummary } from '../summary/render-summary.js';
import { type FiredTriggerRef, summarize } from '../summary/summarize.js';
import { writeOut } from './terminal.js';

/** How a summary is printed. */
export interface SummaryOutput {
  readonly format: 'text' | 'markdown' | 'json';
  readonly audience: 'clinician' | 'patient';
  readonly locale: string;
}

/** The `--format` values for summaries. */
export const SUMMARY_FORMATS = ['text', 'markdown', 'json'] as const;
/** The `--audience` values. */
export const AUDIENCES = ['clinician', 'patient'] as const;
/**
 * Whose view a printed summary is when `--audience` is not given, for `run`
 * and `summarize` alike: the clinician's, since a printed summary goes to
 * staff. (An interactive run shows the person their own view on screen and
 * writes the clinician's to a file.)
 */
export const DEFAULT_AUDIENCE = 'clinician';

/**
 * Render a summary for stdout: the summary object itself for `json`, else the
 * clinician or patient view as text or Markdown.
 *
 * @param summary - The summary.
 * @param output - Format, audience and locale.
 * @returns The document, ending in a newline.
 * @example
 * ```ts
 * process.stdout.write(formatSummary(summary, { format: 'json', audience: 'clinician', locale: 'en' }));
 * ```
 */
export function formatSummary(summary: ReferralSummary, output: SummaryOutput): string {
  if (output.format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  return renderSummary(summary, { format: output.format, audience: output.audience, locale: output.locale });
}

/**
 * The safety triggers a flow raised, in the order they fired. Pass them to
 * {@link printSummary} with the flow's answers: a risk the person disclosed
 * and then took back no longer holds on the final answers, and without them
 * the summary would lose it.
 *
 * @param snapshot - The flow's snapshot (finished, or where it stopped).
 * @returns The fired records, as `summarize`'s `fired` option takes them.
 * @example
 * ```ts
 * printSummary(q, answersOf(snapshot.context), output, raisedTriggers(snapshot));
 * ```
 */
export function raisedTriggers(snapshot: { readonly context: Pick<IntakeContext, 'safety'> }): readonly FiredTriggerRef[] {
  return snapshot.context.safety.fired;
}

/**
 * The referral summary a finished flow output, in the locale it was started
 * with: what hosts print, without summarizing the answers a second time.
 *
 * @param snapshot - The flow's final snapshot.
 * @returns The flow's output.
 * @throws Error when the flow has not finished (a bug in the caller).
 * @example
 * ```ts
 * writeOut(formatSummary(flowOutput(snapshot), output));
 * ```
 */
export function flowOutput(snapshot: { readonly status: string; readonly output?: ReferralSummary | undefined }): ReferralSummary {
  if (snapshot.status !== 'done' || snapshot.output === undefined) throw new Error('The intake flow has not finished: it has no summary yet.');
  return snapshot.output;
}

/**
 * Summarize answers (an answers file, checked already) and print the result on
 * stdout. A finished flow's summary is its own output ({@link flowOutput});
 * this is for answers that did not all go through a flow. Pass the triggers a
 * flow raised too, so a flag whose answer was later changed is still printed
 * (marked as changed) with its urgency.
 *
 * @param q - The questionnaire.
 * @param answers - Valid answers (from the flow or a checked answers file).
 * @param output - Format, audience and locale.
 * @param raised - Ids of the safety triggers raised during the intake ({@link raisedTriggers}); none for an answers file summarized on its own.
 * @returns The summary printed.
 * @example
 * ```ts
 * printSummary(q, answersOf(snapshot.context), { format: 'text', audience: 'patient', locale: 'en' }, raisedTriggers(snapshot));
 * ```
 */
export function printSummary(q: Questionnaire, answers: unknown, output: SummaryOutput, raised: readonly FiredTriggerRef[] = []): ReferralSummary {
  const summary = summarize(q, answers, { locale: output.locale, fired: raised });
  writeOut(formatSummary(summary, output));
  return summary;
}
