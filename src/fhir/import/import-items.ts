import type { Coding } from '../../definition/coding.js';
import { HARD_TEXT_MAX_LENGTH, type Item } from '../../definition/item.js';
import type { LocalizedText } from '../../definition/text.js';
import type { IssuePath } from '../../issues/issue.js';
import type { MappedAnswer } from './answer-mapping.js';
import { EXT, HL7_EXT } from '../common/constants.js';
import type { ExtensionInput, FhirItemInput } from './fhir-schemas.js';
import type { FhirItemType } from '../common/fhir-types.js';
import { importOptions } from './import-options.js';
import { importText } from './import-text.js';
import type { ImportReporter } from './import-reporter.js';
import type { ContainedValueSets } from './import-value-sets.js';

/** What one FHIR item becomes. */
export type ItemOutcome =
  | { readonly kind: 'item'; readonly item: Item; readonly keys: ReadonlyMap<string, MappedAnswer> }
  | { readonly kind: 'skip'; readonly why: string }
  | { readonly kind: 'group' };

/** What every item importer reads. */
export interface ItemImportContext {
  readonly id: string;
  readonly text: LocalizedText;
  readonly codes: Coding[] | undefined;
  readonly path: IssuePath;
  readonly sourceUrl: string | undefined;
  readonly reporter: ImportReporter;
  readonly valueSets: ContainedValueSets;
}

type ItemImporter = (input: FhirItemInput, ctx: ItemImportContext) => ItemOutcome;

const NO_KEYS: ReadonlyMap<string, MappedAnswer> = new Map();

const base = (input: FhirItemInput, ctx: ItemImportContext) => ({
  id: ctx.id,
  text: ctx.text,
  ...(ctx.codes && ctx.codes.length > 0 ? { codes: ctx.codes } : {}),
  ...(input.required ? { required: true } : {}),
});

const unsupported =
  (what: string): ItemImporter =>
  () => ({ kind: 'skip', why: `is a ${what} question, which the library cannot ask` });

/**
 * How each R4 item type is imported. Any type with `answerOption` is read as
 * a choice (R4 allows options on integer, date, string and time questions).
 */
const IMPORTERS: { readonly [T in FhirItemType]: ItemImporter } = {
  group: () => ({ kind: 'group' }),
  display: (_input, ctx) => ({ kind: 'item', item: { id: ctx.id, kind: 'display', text: ctx.text }, keys: NO_KEYS }),
  boolean: (input, ctx) => ({ kind: 'item', item: { ...base(input, ctx), kind: 'boolean' }, keys: NO_KEYS }),
  choice: (input, ctx) => choice(input, ctx),
  'open-choice': (input, ctx) => {
    ctx.reporter.report(
      [...ctx.path, 'type'],
      `Item "${input.linkId}" is open-choice; free-text answers beside the options are not supported, so it is imported as a choice.`,
      ctx.id,
    );
    return choice(input, ctx);
  },
  integer: (input, ctx) => (input.answerOption ? choice(input, ctx) : number(input, ctx, true)),
  decimal: (input, ctx) => number(input, ctx, false),
  string: (input, ctx) => (input.answerOption ? choice(input, ctx) : text(input, ctx, false)),
  text: (input, ctx) => text(input, ctx, true),
  url: (input, ctx) => {
    ctx.reporter.report([...ctx.path, 'type'], `Item "${input.linkId}" is a url question; it is imported as free text without URL checking.`, ctx.id);
    return text(input, ctx, false);
  },
  date: (input, ctx) => {
    if (input.answerOption) return choice(input, ctx);
    const min = bound(input, HL7_EXT.minValue, 'valueDate');
    const max = bound(input, HL7_EXT.maxValue, 'valueDate');
    return {
      kind: 'item',
      item: { ...base(input, ctx), ...declines(input), kind: 'date', ...(typeof min === 'string' ? { min } : {}), ...(typeof max === 'string' ? { max } : {}) },
      keys: NO_KEYS,
    };
  },
  dateTime: unsupported('date-and-time'),
  time: unsupported('time-of-day'),
  attachment: unsupported('file attachment'),
  reference: unsupported('resource reference'),
  quantity: unsupported('quantity'),
};

/** Import one non-group FHIR item by its type. */
export function importItem(input: FhirItemInput, ctx: ItemImportContext): ItemOutcome {
  const options = answerOptionsOf(input, ctx.valueSets);
  if (typeof options === 'string') return { kind: 'skip', why: options };
  return IMPORTERS[input.type](options === input.answerOption ? input : { ...input, answerOption: options }, ctx);
}

/**
 * An item's answer options: its own, or those of the contained ValueSet its
 * `answerValueSet` names (so a form that ships its answer lists imports
 * offline); a string says why a value set gives none.
 */
export function answerOptionsOf(input: FhirItemInput, valueSets: ContainedValueSets): FhirItemInput['answerOption'] | string {
  if (input.answerValueSet === undefined || input.answerOption) return input.answerOption;
  const ref = input.answerValueSet.slice(0, 200);
  const found = valueSets.resolve(input.answerValueSet);
  if (found === undefined) return `takes its answers from value set ${ref}, which is not contained in the form and cannot be expanded offline`;
  if ('why' in found) return `takes its answers from contained value set ${ref}, which ${found.why}`;
  return found.options;
}

/** Extensions an importer consumes for the given item type; the walker reports the rest. */
export function consumedExtensions(type: FhirItemType): ReadonlySet<string> {
  if (type === 'integer' || type === 'decimal') return new Set([HL7_EXT.minValue, HL7_EXT.maxValue, HL7_EXT.unit, EXT.preferNotToAnswer]);
  if (type === 'date') return new Set([HL7_EXT.minValue, HL7_EXT.maxValue, EXT.preferNotToAnswer]);
  if (type === 'string' || type === 'text' || type === 'url') return new Set([EXT.preferNotToAnswer]);
  if (type === 'choice') return new Set([EXT.optionsFrom]);
  return new Set();
}

/** `preferNotToAnswer: true` when this library's extension says a non-choice item offers it. */
function declines(input: FhirItemInput): { preferNotToAnswer?: true } {
  return input.extension?.some((e) => e.url === EXT.preferNotToAnswer && e.valueBoolean === true) ? { preferNotToAnswer: true } : {};
}

function choice(input: FhirItemInput, ctx: ItemImportContext): ItemOutcome {
  const read = importOptions(input, ctx.id, ctx.sourceUrl, ctx.path, ctx.reporter);
  if (!read) return { kind: 'skip', why: 'has no answer options the library can hold' };
  const decline = read.preferNotToAnswer ? { preferNotToAnswer: true } : {};
  if (read.kind === 'boolean') return { kind: 'item', item: { ...base(input, ctx), ...decline, kind: 'boolean' }, keys: read.keys };
  if (read.kind === 'scale') return { kind: 'item', item: { ...base(input, ctx), ...decline, kind: 'scale', options: read.options }, keys: read.keys };
  const from = input.extension?.find((e) => e.url === EXT.optionsFrom)?.valueString;
  const narrowed = typeof from === 'string' ? { optionsFrom: from } : {};
  return { kind: 'item', item: { ...base(input, ctx), ...decline, kind: read.kind, options: read.options, ...narrowed }, keys: read.keys };
}

function number(input: FhirItemInput, ctx: ItemImportContext, integer: boolean): ItemOutcome {
  const min = bound(input, HL7_EXT.minValue, integer ? 'valueInteger' : 'valueDecimal');
  const max = bound(input, HL7_EXT.maxValue, integer ? 'valueInteger' : 'valueDecimal');
  const unitExt = input.extension?.find((e) => e.url === HL7_EXT.unit);
  const unitCoding = unitExt?.valueCoding as { display?: unknown; code?: unknown; _display?: unknown } | undefined;
  const unitText = typeof unitCoding?.display === 'string' ? unitCoding.display : typeof unitCoding?.code === 'string' ? unitCoding.code : undefined;
  const item: Item = {
    ...base(input, ctx),
    ...declines(input),
    kind: 'number',
    ...(integer ? { integer: true } : {}),
    ...(typeof min === 'number' ? { min } : {}),
    ...(typeof max === 'number' ? { max } : {}),
    ...(unitText ? { unit: importText(unitText, unitCoding?._display, [...ctx.path, 'extension'], ctx.reporter, ctx.id) } : {}),
  };
  return { kind: 'item', item, keys: NO_KEYS };
}

function text(input: FhirItemInput, ctx: ItemImportContext, multiline: boolean): ItemOutcome {
  let maxLength = input.maxLength;
  if (maxLength !== undefined && (maxLength < 1 || maxLength > HARD_TEXT_MAX_LENGTH)) {
    ctx.reporter.report(
      [...ctx.path, 'maxLength'],
      `Item "${input.linkId}" allows ${maxLength} characters; the library allows 1 to ${HARD_TEXT_MAX_LENGTH}, so the limit is clamped.`,
      ctx.id,
    );
    maxLength = Math.min(Math.max(maxLength, 1), HARD_TEXT_MAX_LENGTH);
  }
  return {
    kind: 'item',
    item: {
      ...base(input, ctx),
      ...declines(input),
      kind: 'text',
      ...(multiline ? { multiline: true } : {}),
      ...(maxLength !== undefined ? { maxLength } : {}),
    },
    keys: NO_KEYS,
  };
}

function bound(input: FhirItemInput, url: string, member: 'valueInteger' | 'valueDecimal' | 'valueDate'): unknown {
  const ext = input.extension?.find((e: ExtensionInput) => e.url === url);
  if (!ext) return undefined;
  // A decimal question may carry an integer bound; both are numbers.
  if (member === 'valueDecimal') return ext.valueDecimal ?? ext.valueInteger;
  return ext[member];
}
