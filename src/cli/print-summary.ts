import type { Questionnaire } from '../definition/types.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import { renderSummary } from '../summary/render-summary.js';
import { summarize } from '../summary/summarize.js';

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
 * Summarize answers and print the result on stdout.
 *
 * @param q - The questionnaire.
 * @param answers - Valid answers (from the flow or a checked answers file).
 * @param output - Format, audience and locale.
 * @returns The summary printed.
 * @example
 * ```ts
 * printSummary(q, snapshot.context.answers, { format: 'text', audience: 'patient', locale: 'en' });
 * ```
 */
export function printSummary(q: Questionnaire, answers: unknown, output: SummaryOutput): ReferralSummary {
  const summary = summarize(q, answers, { locale: output.locale });
  process.stdout.write(formatSummary(summary, output));
  return summary;
}
