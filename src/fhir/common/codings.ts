import type { Scalar } from '../../conditions/condition.js';
import type { Coding } from '../../definition/coding.js';
import type { ChoiceOption, Item, ScaleOption } from '../../definition/item.js';
import type { LocalizedText } from '../../definition/text.js';
import type { Questionnaire } from '../../definition/types.js';
import { DECLINED, DEFAULT_CANONICAL_BASE, YES_NO_SYSTEM } from './constants.js';
import type { FhirCoding } from './fhir-types.js';

/** A coding with the two members that identify it. */
export type CodeRef = FhirCoding & { readonly system: string; readonly code: string };

/** Words for the answer options the exporter adds itself. */
export const BUILT_IN_TEXT = {
  yes: { en: 'Yes', es: 'Sí' },
  no: { en: 'No', es: 'No' },
  declined: { en: 'Prefer not to answer', es: 'Prefiero no responder' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The canonical URL of a questionnaire's FHIR form: its own `url`, else
 * `${base}/Questionnaire/${id}`.
 */
export function canonicalUrl(q: Questionnaire, base: string = DEFAULT_CANONICAL_BASE): string {
  return q.url ?? `${base.replace(/\/+$/, '')}/Questionnaire/${q.id}`;
}

/**
 * The code system of an item's own option codes, for options without a
 * terminology code: `${canonical}/CodeSystem/${itemId}`. One system per item,
 * because option values are unique only within their item.
 */
export function itemSystem(canonical: string, itemId: string): string {
  return `${canonical}/CodeSystem/${itemId}`;
}

/** Whether an item is exported as a coded `choice` (a boolean is, when it also offers "prefer not to answer"). */
export function isCoded(item: Item): boolean {
  return item.kind === 'single' || item.kind === 'multi' || item.kind === 'scale' || (item.kind === 'boolean' && item.preferNotToAnswer === true);
}

/** Whether "prefer not to answer" is an answer coding of the item (rather than a missing answer). */
export function declinesAsCoding(item: Item): boolean {
  return item.kind !== 'display' && item.preferNotToAnswer === true && isCoded(item);
}

/**
 * The coding an option is exported as: its first terminology code (LOINC,
 * say), else the item's own system with the option value as code. The display
 * is the option's English text, which is what a form shows.
 */
export function optionCoding(canonical: string, itemId: string, option: ChoiceOption | ScaleOption): CodeRef {
  const first = option.codes?.[0];
  if (first) return { system: first.system, code: first.code, display: option.text.en };
  return { system: itemSystem(canonical, itemId), code: String(option.value), display: option.text.en };
}

/** The Yes or No coding of a boolean exported as a choice. */
export function yesNoCoding(value: boolean): CodeRef {
  return value ? { system: YES_NO_SYSTEM, code: 'Y', display: BUILT_IN_TEXT.yes.en } : { system: YES_NO_SYSTEM, code: 'N', display: BUILT_IN_TEXT.no.en };
}

/** The "prefer not to answer" coding, with the person-facing display. */
export function declinedCoding(): CodeRef {
  return { system: DECLINED.system, code: DECLINED.code, display: BUILT_IN_TEXT.declined.en };
}

/**
 * The coding that stands for a scalar answer of a coded item (a condition
 * operand or an answer value), or undefined when the value is not one of its
 * options.
 */
export function codingFor(canonical: string, item: Item, value: Scalar): CodeRef | undefined {
  if (item.kind === 'boolean') return typeof value === 'boolean' ? yesNoCoding(value) : undefined;
  if (item.kind !== 'single' && item.kind !== 'multi' && item.kind !== 'scale') return undefined;
  const option = (item.options as readonly (ChoiceOption | ScaleOption)[]).find((o) => o.value === value);
  return option ? optionCoding(canonical, item.id, option) : undefined;
}

/** The option values of a scale item whose score satisfies a numeric comparison. */
export function scaleValuesWhere(item: Extract<Item, { kind: 'scale' }>, test: (value: number) => boolean): number[] {
  return item.options.map((o) => o.value).filter(test);
}

/** A definition's codes as FHIR codings (copied, without undefined members). */
export function fhirCodings(codes: readonly Coding[]): FhirCoding[] {
  return codes.map((c) => (c.display === undefined ? { system: c.system, code: c.code } : { system: c.system, code: c.code, display: c.display }));
}
