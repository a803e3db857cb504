import type { FhirCoding } from './fhir-types.js';

/**
 * Base of the extensions this library defines for what FHIR R4 and SDC have no
 * element for (instrument provenance, score definitions, the exact condition
 * behind an `enableWhenExpression`, the option value behind a terminology
 * code). Readers that do not know them can ignore them: the resource stays a
 * plain R4 Questionnaire with SDC extensions. These are names, not a setting:
 * the importer recognises them by these URLs.
 */
export const LIBRARY_FHIR_BASE = 'https://intake-screening.dev/fhir';

/**
 * The placeholder canonical base: where a questionnaire without its own `url`
 * (every bundled one included) gets its canonical URL,
 * `${base}/Questionnaire/${id}`, and its option code systems,
 * `${base}/Questionnaire/${id}/CodeSystem/${itemId}`. It is the one FHIR
 * setting a clinic should change: pass `canonicalBase` (your FHIR server's
 * base) to `toFhirQuestionnaire` and `toFhirQuestionnaireResponse`, or
 * `--canonical-base` to `intake-screening export`.
 *
 * @example
 * ```ts
 * import { DEFAULT_CANONICAL_BASE, toFhirQuestionnaire } from 'intake-screening/fhir';
 * import { gad7 } from 'intake-screening/questionnaires';
 * toFhirQuestionnaire(gad7).resource.url === `${DEFAULT_CANONICAL_BASE}/Questionnaire/gad7`; // true
 * toFhirQuestionnaire(gad7, { canonicalBase: 'https://fhir.clinic.example' }).resource.url; // 'https://fhir.clinic.example/Questionnaire/gad7'
 * ```
 */
export const DEFAULT_CANONICAL_BASE = LIBRARY_FHIR_BASE;

const sd = (name: string) => `${LIBRARY_FHIR_BASE}/StructureDefinition/${name}`;

/**
 * The extensions this library defines. Those holding a part of a definition
 * carry JSON in `valueString`, checked with the library's zod schemas on
 * import; readers that do not know them can ignore them.
 *
 * @example
 * ```ts
 * import { FHIR_EXTENSIONS, toFhirQuestionnaire } from 'intake-screening/fhir';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const group = toFhirQuestionnaire(briefScreen).resource.item?.[0];
 * const instrument = group?.extension?.find((e) => e.url === FHIR_EXTENSIONS.instrument)?.valueString;
 * ```
 */
export const EXT = {
  /** On a section's group: the section's `instrument` (citation, licence, …). */
  instrument: sd('instrument'),
  /** On the Questionnaire: one per score, the whole `Score` (bands, cut-offs). */
  score: sd('score'),
  /** Beside an `enableWhenExpression`: the condition it was generated from. */
  condition: sd('condition'),
  /** On an answerOption whose coding comes from a terminology: the option's own value. */
  optionValue: sd('option-value'),
  /**
   * On a number, text or date item (`valueBoolean: true`): the item offers
   * "prefer not to answer", which R4 can only offer on a choice. A response
   * records the choice with data-absent-reason `asked-declined`.
   */
  preferNotToAnswer: sd('prefer-not-to-answer'),
  /**
   * On a choice item (`valueString`: an item's linkId): the item's `optionsFrom`.
   * The answer options stay the full list; the library's flow offers only those
   * chosen in the named earlier item.
   */
  optionsFrom: sd('options-from'),
} as const;

/** Extensions from FHIR R4 core, the R4 extension pack and SDC that the exporter writes and the importer reads. */
export const HL7_EXT = {
  /** R4 core: the score of an answer option (decimal). */
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  /** Extensions pack (replaces ordinalValue, used by SDC 3+ and fhirpath.js `weight()`). */
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  optionExclusive: 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  dataAbsentReason: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason',
  variable: 'http://hl7.org/fhir/StructureDefinition/variable',
  enableWhenExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression',
  calculatedExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  /** SDC: who fills the questionnaire in (`Practitioner` for a clinician-rated one). */
  performerType: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-performerType',
} as const;

/** The code system of `questionnaire-itemControl` values (`help` marks a help text). */
export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';

/**
 * "Prefer not to answer", as an answer coding: HL7's data-absent-reason
 * `asked-declined` ("The source was asked but declined to answer"). A standard
 * code every FHIR receiver can read beats a private one under the
 * questionnaire's URL, and it carries no option weight, so FHIRPath scoring
 * treats it as missing, as the library does.
 *
 * @example
 * ```ts
 * import { DECLINED_CODING } from 'intake-screening/fhir';
 * const declined = (c: { system?: string; code?: string }) => c.system === DECLINED_CODING.system && c.code === DECLINED_CODING.code;
 * ```
 */
export const DECLINED: FhirCoding & { readonly system: string; readonly code: string } = {
  system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  code: 'asked-declined',
  display: 'Asked But Declined',
};

/** HL7 v2 table 0136 (Yes/No), for a boolean item that also offers "prefer not to answer" (an R4 boolean item cannot). */
export const YES_NO_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0136';

/** The v3 ActCode system, home of the security labels below. */
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/**
 * Security labels (v3 ActCode, HL7 Terminology):
 * - `42CFRPart2` (ActUSPrivacyLaw): US 42 CFR Part 2, confidentiality of
 *   substance use disorder patient records.
 * - `ETH` (ActInformationSensitivityPolicy, "substance abuse information
 *   sensitivity"): the policy code for alcohol and drug use information. It is
 *   in the R4 `security-labels` value set.
 * - `BH` ("behavioral health information sensitivity", THO v3-ActCode 8.0.0+)
 *   and `PSY` ("psychiatry information sensitivity", also in R4's value set,
 *   so R4-era receivers recognise it): mood, anxiety, trauma and suicide-risk
 *   screens. `MH` (mental health) is narrower than the mixed content here.
 *
 * @example
 * ```ts
 * import { SECURITY_LABELS } from 'intake-screening/fhir';
 * const isPart2 = (labels: { code?: string }[]) => labels.some((l) => l.code === SECURITY_LABELS.part2.code);
 * ```
 */
export const SECURITY_LABELS = {
  part2: { system: ACT_CODE, code: '42CFRPart2', display: '42 CFR Part2' },
  substanceUse: { system: ACT_CODE, code: 'ETH', display: 'substance abuse information sensitivity' },
  behavioralHealth: { system: ACT_CODE, code: 'BH', display: 'behavioral health information sensitivity' },
  psychiatry: { system: ACT_CODE, code: 'PSY', display: 'psychiatry information sensitivity' },
} as const satisfies Record<string, FhirCoding>;

/** FHIRPath's media type, for SDC `Expression.language`. */
export const FHIRPATH = 'text/fhirpath';

/** Prefix of the linkId of a score's calculated item; `:` cannot occur in an item id, so it never collides. */
export const SCORE_LINK_PREFIX = 'score:';
/** Suffix of the linkId of an item's help text. */
export const HELP_LINK_SUFFIX = ':help';
/** Suffix of the linkId of a section's description. */
export const DESCRIPTION_LINK_SUFFIX = ':description';
