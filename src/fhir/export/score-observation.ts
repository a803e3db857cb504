import { LOINC } from '../../definition/coding.js';
import type { Score } from '../../definition/score.js';
import type { InstrumentResult } from '../../summary/referral-summary.js';
import type { FhirCoding, FhirReference } from '../common/fhir-types.js';
import type { FhirObservation } from './bundle-types.js';

/**
 * The profile every instrument total claims: US Core Observation Screening
 * Assessment, US Core 8.0.0 (STU8, FHIR R4),
 * https://hl7.org/fhir/us/core/STU8/StructureDefinition-us-core-observation-screening-assessment.html.
 * What it asks and how the exporter meets it:
 * - `status` (1..1), `category` `survey` (1..1 slice), `code` (LOINC where
 *   one exists), `subject` (1..1, a patient): always written.
 * - `effective[x]` (must support; us-core-1: at least a day): the answers' date.
 * - `value[x]` (us-core-2; us-core-3: UCUM units): a Quantity in `{score}`.
 * - `derivedFrom` (must support): the QuestionnaireResponse in the bundle.
 * - `performer` is left out on purpose: the profile says a value derived from
 *   other answers (a total) carries no performer, only `derivedFrom`.
 * - `hasMember` is for panels of item Observations; the items stay in the
 *   response, so a total has none.
 * - The optional screening-assessment category slice has no code for mood,
 *   anxiety, trauma or substance use screens (its value set holds `sdoh`,
 *   functional, disability and cognitive status), so only `survey` is written.
 */
export const US_CORE_SCREENING_ASSESSMENT = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment';

const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const UCUM = 'http://unitsofmeasure.org';

/** v3 ObservationInterpretation: a result at or over the instrument's published cut-off (a screen, never a diagnosis). */
const SCREEN_RESULT = {
  positive: { system: INTERPRETATION, code: 'POS', display: 'Positive' },
  negative: { system: INTERPRETATION, code: 'NEG', display: 'Negative' },
} as const satisfies Record<string, FhirCoding>;

/**
 * The code system of a score without a LOINC code: `${canonical}/CodeSystem/Scores`,
 * the code being the score's id. No item id can be `Scores` (ids start with a
 * lower-case letter), so it never meets an item's option system.
 */
export function scoreSystem(canonical: string): string {
  return `${canonical}/CodeSystem/Scores`;
}

/** What an Observation shares with the rest of the bundle. */
export interface ObservationContext {
  readonly canonical: string;
  readonly subject: FhirReference;
  readonly authored: string;
  readonly response: string;
  readonly security: readonly FhirCoding[];
  readonly disclaimer: string;
}

/** The score's LOINC codes; other systems are left out, so a definition cannot put a diagnosis code in the record. */
function scoreCode(score: Score, result: InstrumentResult, canonical: string): FhirObservation['code'] {
  const loinc = (score.codes ?? [])
    .filter((c) => c.system === LOINC)
    .map((c): FhirCoding => ({ system: c.system, code: c.code, ...(c.display === undefined ? {} : { display: c.display }) }));
  const coding = loinc.length > 0 ? loinc : [{ system: scoreSystem(canonical), code: score.id, display: result.title }];
  return { coding, text: result.title };
}

/**
 * One instrument total as a US Core screening assessment Observation: the
 * summary's score, interpreted in screening language ("screened positive;
 * further assessment recommended"), derived from the response.
 */
export function scoreObservation(score: Score, result: InstrumentResult & { readonly score: number }, context: ObservationContext): FhirObservation {
  const interpretation = result.positive === null ? undefined : result.positive ? SCREEN_RESULT.positive : SCREEN_RESULT.negative;
  const notes = [...(result.band === null ? [] : [`${result.title}: ${result.band}`]), context.disclaimer];
  return {
    resourceType: 'Observation',
    meta: { profile: [US_CORE_SCREENING_ASSESSMENT], ...(context.security.length > 0 ? { security: context.security.map((c) => ({ ...c })) } : {}) },
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
    code: scoreCode(score, result, context.canonical),
    subject: { ...context.subject },
    effectiveDateTime: context.authored,
    valueQuantity: { value: result.score, unit: '{score}', system: UCUM, code: '{score}' },
    interpretation: [{ ...(interpretation ? { coding: [{ ...interpretation }] } : {}), text: result.meaning }],
    note: notes.map((text) => ({ text })),
    derivedFrom: [{ reference: context.response }],
  };
}
