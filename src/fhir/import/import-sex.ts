import type { Condition } from '../../conditions/condition.js';
import type { Item } from '../../definition/item.js';
import { HL7_EXT } from '../common/constants.js';
import type { ExtensionInput, FhirItemInput, QuestionnaireResourceInput } from './fhir-schemas.js';

/** HL7 administrative gender, the code system of `Patient.gender`. */
const GENDER_SYSTEM = 'http://hl7.org/fhir/administrative-gender';
const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
type Gender = (typeof GENDERS)[number];
/** The genders the question offers; "unknown" is what declining it stands for. */
const ASKED = ['female', 'male', 'other'] as const;
const OPTION_TEXT: Readonly<Record<(typeof ASKED)[number], string>> = { female: 'Female', male: 'Male', other: 'Other' };

/** The question asked in place of the patient record's sex, and what the form's expressions compare it with. */
export interface SexQuestion {
  readonly item: Item;
  /** Names that stand for `%patient.gender` in the form's expressions: `patient.gender` and variables set to it. */
  readonly names: ReadonlySet<string>;
}

type Node = { readonly extension?: readonly ExtensionInput[] | undefined; readonly item?: readonly FhirItemInput[] | undefined };

/**
 * Sex-specific `enableWhenExpression`s: a form that shows one variant of a
 * question to women and another to men (`%patient.gender = 'female'`, or a
 * variable set to `%patient.gender`) reads the patient's record, which an
 * offline import cannot. Asking both variants would ask the person twice and
 * count both in a score, so the import asks the sex instead, once, before
 * everything else, and shows each variant when its answer matches, as the
 * form would for a patient recorded so.
 *
 * @param root - The Questionnaire.
 * @param newId - Gives the question an id unused by the form (called only when it is asked).
 * @returns The question, or undefined when no expression reads the sex.
 */
export function sexQuestion(root: QuestionnaireResourceInput, newId: () => string): SexQuestion | undefined {
  const names = new Set(['patient.gender']);
  const expressions: string[] = [];
  const visit = (node: Node) => {
    for (const e of node.extension ?? []) {
      const v = e.valueExpression as { name?: unknown; expression?: unknown } | undefined;
      if (typeof v?.expression !== 'string') continue;
      if (e.url === HL7_EXT.variable && typeof v.name === 'string' && v.expression.trim() === '%patient.gender') names.add(v.name);
      if (e.url === HL7_EXT.enableWhenExpression) expressions.push(v.expression);
    }
    for (const child of node.item ?? []) visit(child);
  };
  visit(root);
  if (!expressions.some((x) => parseSexTest(x, names) !== undefined)) return undefined;
  const item: Item = {
    id: newId(),
    kind: 'single',
    text: { en: 'What is your sex, as recorded in your health record?' },
    options: ASKED.map((g) => ({ value: g, text: { en: OPTION_TEXT[g] }, codes: [{ system: GENDER_SYSTEM, code: g }] })),
    preferNotToAnswer: true,
  };
  return { item, names };
}

/** `%patient.gender = 'female'` (or `!=`, `~`, `!~`, operands either way round): the gender compared and whether it must equal. */
function parseSexTest(expression: string, names: ReadonlySet<string>): { readonly gender: Gender; readonly equal: boolean } | undefined {
  const x = expression
    .trim()
    .replace(/^\((.*)\)$/s, '$1')
    .trim();
  const left = /^%([A-Za-z][\w.]*)\s*(!?[=~])\s*'([a-z]+)'$/.exec(x);
  const right = /^'([a-z]+)'\s*(!?[=~])\s*%([A-Za-z][\w.]*)$/.exec(x);
  const [name, op, value] = left ? [left[1], left[2], left[3]] : right ? [right[3], right[2], right[1]] : [];
  if (name === undefined || !names.has(name) || !(GENDERS as readonly string[]).includes(value ?? '')) return undefined;
  return { gender: value as Gender, equal: op === '=' || op === '~' };
}

/**
 * The condition on the sex question that stands for a sex-specific
 * expression, or undefined when the expression is not one. Declining stands
 * for a record that says "unknown"; as in FHIRPath, neither `=` nor `!=`
 * holds while nothing is recorded (unanswered).
 *
 * @param expression - The FHIRPath of an `enableWhenExpression`.
 * @param sex - The question the import asks.
 * @returns The library condition.
 */
export function sexCondition(expression: string, sex: SexQuestion): Condition | undefined {
  const test = parseSexTest(expression, sex.names);
  if (!test) return undefined;
  const id = sex.item.id;
  const is = (gender: Gender): Condition => (gender === 'unknown' ? { declined: id } : { item: id, eq: gender });
  if (test.equal) return is(test.gender);
  const others = GENDERS.filter((g) => g !== test.gender);
  return { any: others.map(is) };
}
