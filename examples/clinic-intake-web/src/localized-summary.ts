import { type IntakeContext, type Questionnaire, type ReferralSummary, summarize } from 'intake-screening';

/**
 * A finished flow's summary in the page's language: the flow's own output when
 * it is in that language already, else the same answers summarized again in
 * it. The triggers the flow raised go with the answers, so a flag whose answer
 * the person changed (disclosed, saw the crisis panel, then took it back) stays
 * in the care team's view, marked as changed, in every language, exactly as in
 * the flow's output. From the answers alone it would be gone.
 *
 * @param q - The questionnaire the flow ran.
 * @param output - The final snapshot's output.
 * @param context - The final snapshot's context: its answers and the safety triggers that fired.
 * @param locale - The page's language.
 * @returns The summary to show.
 * @example
 * ```ts
 * const { output, context } = actor.getSnapshot();
 * if (output) main.append(clinicianSummary(summaryInLocale(q, output, context, pageLocale()), q));
 * ```
 */
export function summaryInLocale(q: Questionnaire, output: ReferralSummary, context: Pick<IntakeContext, 'answers' | 'safety'>, locale: string): ReferralSummary {
  if (output.locale === locale) return output;
  return summarize(q, context.answers, { locale, raised: context.safety.fired });
}
