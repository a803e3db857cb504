import { resolveLocale } from '../locale/resolve-locale.js';
import { type Issue, issue, underPath } from '../issues/issue.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import { type Block, toMarkdown, toText } from './blocks.js';
import { toHtml } from './html.js';
import type { ReferralSummary } from './referral-summary.js';
import { clinicianBlocks } from './render-clinician.js';
import { patientBlocks } from './render-patient.js';
import { attempt, type SafeResult } from '../issues/safe-result.js';

/**
 * Options of {@link renderSummary}.
 *
 * @example
 * ```ts
 * import type { RenderSummaryOptions } from 'intake-screening';
 * const forPerson: RenderSummaryOptions = { format: 'markdown', audience: 'patient', locale: 'es' };
 * ```
 */
export interface RenderSummaryOptions {
  /**
   * `text` (plain, underlined headings), `markdown` (CommonMark, all content
   * escaped) or `html` (a whole document with a print stylesheet, every text
   * escaped, no text in any attribute or URL; the clinician view adds a score
   * chart as inline SVG).
   */
  readonly format: 'text' | 'markdown' | 'html';
  /** `clinician`: everything with evidence. `patient`: plain language, no scores or bands. */
  readonly audience: 'clinician' | 'patient';
  /** Locale of the fixed phrases; the summary's own locale when omitted. */
  readonly locale?: string;
  /**
   * HTML only: the `<article>` alone, with no stylesheet, for a host page
   * (a staff page, an EHR document) that brings its own styles.
   */
  readonly fragment?: boolean;
}

const AUDIENCES = { clinician: clinicianBlocks, patient: patientBlocks } as const satisfies Record<
  RenderSummaryOptions['audience'],
  (s: ReferralSummary, locale: string) => Block[]
>;
type Printer = (blocks: readonly Block[], options: RenderSummaryOptions, locale: string) => string;
const FORMATS = {
  text: (b, o) => toText(b, o.audience === 'clinician'),
  markdown: (b, o) => toMarkdown(b, o.audience === 'clinician'),
  html: (b, o, locale) => toHtml(b, { lang: locale, audience: o.audience, fragment: o.fragment === true }),
} as const satisfies Record<RenderSummaryOptions['format'], Printer>;

/**
 * Render a referral summary for a clinician or for the person who answered,
 * as plain text, Markdown or HTML. Strings from the summary keep the summary's
 * locale; fixed phrases follow `locale`. A summary read back from storage
 * should be checked with `ReferralSummarySchema` first.
 *
 * @param summary - A summary from `summarize`.
 * @param options - Format, audience and locale.
 * @returns The rendered document, ending in a newline.
 * @throws QuestionnaireError when `format`, `audience` or `locale` is not one of the accepted values.
 * @example
 * ```ts
 * import { renderSummary, summarize } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const summary = summarize(briefScreen, {});
 * const note = renderSummary(summary, { format: 'markdown', audience: 'clinician' });
 * const forPerson = renderSummary(summary, { format: 'text', audience: 'patient' });
 * const staffPage = renderSummary(summary, { format: 'html', audience: 'clinician' });
 * ```
 */
export function renderSummary(summary: ReferralSummary, options: RenderSummaryOptions): string {
  const locale = options.locale ?? summary.locale;
  const build = Object.hasOwn(AUDIENCES, options.audience) ? AUDIENCES[options.audience] : undefined;
  const print = Object.hasOwn(FORMATS, options.format) ? FORMATS[options.format] : undefined;
  const issues: Issue[] = [
    ...(build ? [] : [issue('wrong-type', ['options', 'audience'], 'Ensure that audience is "clinician" or "patient".')]),
    ...(print ? [] : [issue('wrong-type', ['options', 'format'], 'Ensure that format is "text", "markdown" or "html".')]),
  ];
  const resolved = resolveLocale(undefined, locale);
  if (!resolved.success) issues.push(...underPath(['options'], resolved.issues));
  if (!build || !print || issues.length > 0) throw new QuestionnaireError(issues);
  return print(build(summary, locale), options, locale);
}

/**
 * `renderSummary` that returns its issues (bad options) instead of throwing them.
 *
 * @param summary - A summary from `summarize`.
 * @param options - Format, audience and locale.
 * @returns `{ success: true, data }` with the document, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { safeRenderSummary, summarize } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const result = safeRenderSummary(summarize(briefScreen, {}), { format: 'text', audience: 'clinician', locale: 'es' });
 * result.success; // true
 * ```
 */
export function safeRenderSummary(summary: ReferralSummary, options: RenderSummaryOptions): SafeResult<string> {
  return attempt(() => renderSummary(summary, options));
}
