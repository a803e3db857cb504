import type { Coding } from '../../definition/coding.js';
import { type ChoiceOption, PREFER_NOT_TO_ANSWER, type ScaleOption } from '../../definition/item.js';
import type { LocalizedText } from '../../definition/text.js';
import type { IssuePath } from '../../issues/issue.js';
import { answerKey, type MappedAnswer } from './answer-mapping.js';
import { itemSystem } from '../common/codings.js';
import { DECLINED, EXT, HL7_EXT, YES_NO_SYSTEM } from '../common/constants.js';
import type { AnswerOptionInput, ExtensionInput, FhirItemInput } from './fhir-schemas.js';
import { importText } from './import-text.js';
import type { ImportReporter } from './import-reporter.js';

/** What the answer options of a FHIR item become. */
export type ImportedChoice =
  | { readonly kind: 'boolean'; readonly preferNotToAnswer: boolean; readonly keys: Map<string, MappedAnswer> }
  | { readonly kind: 'scale'; readonly options: ScaleOption[]; readonly preferNotToAnswer: boolean; readonly keys: Map<string, MappedAnswer> }
  | { readonly kind: 'single' | 'multi'; readonly options: ChoiceOption[]; readonly preferNotToAnswer: boolean; readonly keys: Map<string, MappedAnswer> };

interface ReadOption {
  readonly key: string;
  readonly text: LocalizedText;
  readonly weight: number | undefined;
  readonly exclusive: boolean;
  readonly ownValue: string | undefined;
  readonly coding: Coding | undefined;
  /** The code when it is in the item's own system of this library's exports. */
  readonly ownCode: string | undefined;
  readonly raw: string;
}

const OPTION_VALUE = /^[a-z0-9][a-z0-9_.-]{0,79}$/;
const KNOWN_OPTION_EXT = new Set<string>([HL7_EXT.ordinalValue, HL7_EXT.itemWeight, HL7_EXT.optionExclusive, EXT.optionValue]);

/** Whether any of these answer options carries a weight (`ordinalValue` or `itemWeight`), on itself or on its coding. */
export function hasWeights(options: FhirItemInput['answerOption']): boolean {
  const weightIn = (list: unknown) =>
    Array.isArray(list) && (list as ExtensionInput[]).some((e) => e?.url === HL7_EXT.ordinalValue || e?.url === HL7_EXT.itemWeight);
  return (options ?? []).some((o) => weightIn(o.extension) || weightIn(o.valueCoding?.extension));
}

/**
 * Read a FHIR item's answer options: Yes/No (v2-0136) becomes a boolean; a
 * non-repeating list whose every option has a whole weight
 * (`ordinalValue`/`itemWeight`) between −100 and 100 becomes a scale. Its
 * values are the weights when they are distinct; when two options share a
 * weight (an option's score is not its value), the values are the options'
 * own numeric codes from this library's export, else their positions, and
 * each option keeps its weight as `score`. Anything else becomes single or
 * multi choice. The `asked-declined` coding becomes "prefer not to answer".
 */
export function importOptions(
  item: FhirItemInput,
  itemId: string,
  sourceUrl: string | undefined,
  path: IssuePath,
  reporter: ImportReporter,
): ImportedChoice | undefined {
  const read: ReadOption[] = [];
  let declined: string | undefined;
  (item.answerOption ?? []).forEach((o, k) => {
    const at = [...path, 'answerOption', k];
    const option = readOption(o, item.linkId, sourceUrl, at, reporter, itemId);
    if (option === 'declined') declined = answerKey({ coding: DECLINED });
    else if (option && read.some((r) => r.key === option.key)) {
      // An answer names its option by value, so two options with one coding cannot be told apart.
      reporter.report(
        at,
        `Option ${k + 1} of item "${item.linkId}" has the same value or coding as an earlier option, so answers cannot tell them apart; it is left out.`,
        itemId,
      );
    } else if (option) read.push(option);
  });
  if (read.length === 0) return undefined;
  const keys = new Map<string, MappedAnswer>();
  if (declined) keys.set(declined, PREFER_NOT_TO_ANSWER);
  const preferNotToAnswer = declined !== undefined;
  const repeats = item.repeats === true;

  const codes = read.map((o) => (o.coding?.system === YES_NO_SYSTEM ? o.coding.code : undefined)).sort();
  if (!repeats && read.length === 2 && codes[0] === 'N' && codes[1] === 'Y') {
    for (const o of read) keys.set(o.key, o.coding?.code === 'Y');
    return { kind: 'boolean', preferNotToAnswer, keys };
  }

  const weights = read.map((o) => o.weight);
  const weighted = weights.filter((w) => w !== undefined).length;
  const scalable = weighted === read.length && read.length >= 2 && read.length <= 20 && weights.every(isScore);
  if (!repeats && scalable) {
    const values = scaleValues(read);
    const options: ScaleOption[] = read.map((o, k) => {
      const value = values[k] as number;
      const score = o.weight as number;
      keys.set(o.key, value);
      return withCodes(score === value ? { value, text: o.text } : { value, text: o.text, score }, o.coding);
    });
    return { kind: 'scale', options, preferNotToAnswer, keys };
  }
  if (weighted > 0) {
    reporter.report(
      [...path, 'answerOption'],
      `Item "${item.linkId}" has option weights that do not make a scale (${repeats ? 'the item repeats' : 'weights must be whole numbers from -100 to 100 on every option, 2 to 20 options'}); it is imported as a choice and the weights are left out.`,
      itemId,
    );
  }
  const kind = repeats ? 'multi' : 'single';
  if (read.length > 100) {
    reporter.report([...path, 'answerOption'], `Item "${item.linkId}" has ${read.length} options; only the first 100 are kept.`, itemId);
    read.length = 100;
  }
  const used = new Set<string>();
  const options: ChoiceOption[] = read.map((o) => {
    const candidate = [o.ownValue, o.ownCode].find((v): v is string => v !== undefined && OPTION_VALUE.test(v)) ?? optionSlug(o.raw);
    let value = candidate;
    for (let n = 2; used.has(value); n++) value = `${candidate.slice(0, 75)}-${n}`;
    used.add(value);
    keys.set(o.key, value);
    const base: ChoiceOption = o.exclusive ? { value, text: o.text, exclusive: true } : { value, text: o.text };
    return withCodes(base, o.coding);
  });
  return { kind, options, preferNotToAnswer, keys };
}

function isScore(w: number | undefined): w is number {
  return Number.isInteger(w) && (w as number) >= -100 && (w as number) <= 100;
}

/** The values of a scale's options: the weights when distinct, else this library's own numeric option codes, else the positions. */
function scaleValues(read: readonly ReadOption[]): number[] {
  const weights = read.map((o) => o.weight as number);
  if (new Set(weights).size === read.length) return weights;
  const own = read.map((o) => (o.ownCode !== undefined && /^-?\d{1,3}$/.test(o.ownCode) ? Number(o.ownCode) : undefined));
  if (own.every(isScore) && new Set(own).size === read.length) return own as number[];
  return read.map((_, k) => k);
}

function withCodes<T extends ChoiceOption | ScaleOption>(option: T, coding: Coding | undefined): T {
  return coding ? { ...option, codes: [coding] } : option;
}

/** An option value (lower-case letters, digits, `.`, `_`, `-`) from a code or string. */
export function optionSlug(raw: string): string {
  const s = raw
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '')
    .slice(0, 80);
  return s.length > 0 ? s : 'option';
}

function readOption(
  o: AnswerOptionInput,
  linkId: string,
  sourceUrl: string | undefined,
  path: IssuePath,
  reporter: ImportReporter,
  itemId: string,
): ReadOption | 'declined' | undefined {
  for (const key of Object.keys(o)) {
    if (key === 'extension' || key === 'valueCoding' || key === 'valueString' || key === 'valueInteger' || key === 'valueDate') continue;
    reporter.report([...path, key], `Answer option member "${key}" of item "${linkId}" is not supported and is left out.`, itemId);
  }
  const ext = (o.extension ?? []) as readonly ExtensionInput[];
  for (const e of ext)
    if (!KNOWN_OPTION_EXT.has(e.url))
      reporter.extension(e.url, [...path, 'extension'], `Extension ${e.url} on an answer option of item "${linkId}" is not supported and is left out.`, itemId);
  const coding = o.valueCoding;
  if (coding && coding.system === DECLINED.system && coding.code === DECLINED.code) return 'declined';

  let key: string | undefined;
  let text: LocalizedText;
  let raw: string;
  let codes: Coding | undefined;
  let ownCode: string | undefined;
  if (coding) {
    key = answerKey({ coding });
    raw = coding.code ?? coding.display ?? 'option';
    text = importText(coding.display ?? coding.code ?? raw, coding._display, [...path, 'valueCoding', 'display'], reporter, itemId);
    if (sourceUrl !== undefined && coding.system === itemSystem(sourceUrl, linkId)) ownCode = coding.code;
    else if (coding.system && coding.code) codes = trimCoding(coding.system, coding.code, coding.display);
  } else if (o.valueString !== undefined) {
    key = answerKey({ string: o.valueString });
    raw = o.valueString;
    text = importText(o.valueString, o._valueString, [...path, 'valueString'], reporter, itemId);
  } else if (o.valueInteger !== undefined) {
    key = answerKey({ integer: o.valueInteger });
    raw = String(o.valueInteger);
    text = { en: raw };
  } else if (o.valueDate !== undefined) {
    key = answerKey({ date: o.valueDate });
    raw = o.valueDate;
    text = { en: raw };
  } else {
    reporter.report(path, `An answer option of item "${linkId}" has a value type the library cannot hold (time or reference); it is left out.`, itemId);
    return undefined;
  }
  const weightExt =
    ext.find((e) => e.url === HL7_EXT.ordinalValue || e.url === HL7_EXT.itemWeight) ??
    (coding?.extension as ExtensionInput[] | undefined)?.find((e) => e.url === HL7_EXT.ordinalValue || e.url === HL7_EXT.itemWeight);
  const weight = numeric(weightExt?.valueDecimal ?? weightExt?.valueInteger);
  const valueExt = ext.find((e) => e.url === EXT.optionValue)?.valueString;
  return {
    key: key as string,
    text,
    weight,
    exclusive: ext.some((e) => e.url === HL7_EXT.optionExclusive && e.valueBoolean === true),
    ownValue: typeof valueExt === 'string' ? valueExt : undefined,
    coding: codes,
    ownCode,
    raw,
  };
}

function numeric(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function trimCoding(system: string, code: string, display: string | undefined): Coding | undefined {
  if (system.length > 300 || code.length > 100) return undefined;
  return display !== undefined && display.length > 0 && display.length <= 500 ? { system, code, display } : { system, code };
}
