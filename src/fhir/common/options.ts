import type { UnsupportedPolicy } from '../../issues/unsupported-reporter.js';
import type { FhirQuestionnaireResponse, FhirReference } from './fhir-types.js';

/**
 * Which security labels (`meta.security`) to put on exported resources. All
 * are on by default: this library collects substance-use and behavioural
 * health information, and a label a receiver does not need costs less than a
 * missing one. Turn `part2` off when the program is not covered by 42 CFR
 * Part 2.
 *
 * @example
 * ```ts
 * import type { SecurityLabelOptions } from 'intake-screening/fhir';
 * const notPart2: SecurityLabelOptions = { part2: false };
 * ```
 */
export interface SecurityLabelOptions {
  /** `42CFRPart2`; on by default. */
  readonly part2?: boolean;
  /** `ETH`; on by default. */
  readonly substanceUse?: boolean;
  /** `BH` and `PSY`; on by default. */
  readonly behavioralHealth?: boolean;
}

/**
 * Options of `toFhirQuestionnaire`.
 *
 * @example
 * ```ts
 * import type { ToFhirQuestionnaireOptions } from 'intake-screening/fhir';
 * const options: ToFhirQuestionnaireOptions = { canonicalBase: 'https://clinic.example/fhir', unsupported: 'throw' };
 * const forSmartForms: ToFhirQuestionnaireOptions = { locale: 'en' };
 * ```
 */
export interface ToFhirQuestionnaireOptions {
  /**
   * Base of the canonical URL when the questionnaire has no `url` (no bundled
   * one has): `${base}/Questionnaire/${id}`. Set it to your FHIR server's base;
   * the default is the placeholder `DEFAULT_CANONICAL_BASE`.
   */
  readonly canonicalBase?: string;
  /** What to do with what FHIR cannot represent; `'warn'` by default. */
  readonly unsupported?: UnsupportedPolicy;
  /** Security labels; all on by default, `false` for none. */
  readonly security?: SecurityLabelOptions | false;
  /**
   * Write the Questionnaire in one language (a BCP 47 tag, resolved as
   * `resolveLocale` does): each text in that language where the questionnaire
   * has it, else in English, and no `translation` extensions. By default
   * the texts are English with every other language as `translation`
   * extensions. Use it for renderers that do not read translations; Smart
   * Forms 1.4 needs it, since it never shows a check box as ticked when the
   * option's coding carries translations (`_display`).
   */
  readonly locale?: string;
}

/**
 * Options of `toFhirQuestionnaireResponse`.
 *
 * @example
 * ```ts
 * import type { ToFhirResponseOptions } from 'intake-screening/fhir';
 * const options: ToFhirResponseOptions = { authored: '2026-01-05T10:00:00Z', subject: { reference: 'Patient/123' } };
 * ```
 */
export interface ToFhirResponseOptions {
  /** As for `toFhirQuestionnaire`; must match it so the `questionnaire` reference resolves. */
  readonly canonicalBase?: string;
  /** Overrides the computed status (`completed` when every visible required item is answered). */
  readonly status?: FhirQuestionnaireResponse['status'];
  /** The resource id. */
  readonly id?: string;
  /** When the answers were given (FHIR dateTime). */
  readonly authored?: string;
  /** Who the answers are about. */
  readonly subject?: FhirReference;
  /** Locale of the `text` and `display` strings copied into the response; English by default. */
  readonly locale?: string;
  /** Security labels; all on by default, `false` for none. */
  readonly security?: SecurityLabelOptions | false;
}

/**
 * Options of `fromFhirQuestionnaire`.
 *
 * @example
 * ```ts
 * import type { FromFhirOptions } from 'intake-screening/fhir';
 * const options: FromFhirOptions = { unsupported: 'warn', scores: 'none' };
 * ```
 */
export interface FromFhirOptions {
  /** What to do with what the library cannot represent; `'warn'` by default. */
  readonly unsupported?: UnsupportedPolicy;
  /**
   * `'infer'` (default): a questionnaire that carries no score definitions of
   * this library gets one score per section that sums its weighted (scale)
   * items, as FHIR's `ordinalValue`/`itemWeight` imply. `'none'`: no scores.
   */
  readonly scores?: 'infer' | 'none';
}
