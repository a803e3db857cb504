import type { Condition } from '../../conditions/condition.js';
import { DEFAULT_TEXT_MAX_LENGTH, type ChoiceOption, type Item, type ItemKind, type ScaleOption } from '../../definition/item.js';
import type { IssuePath } from '../../issues/issue.js';
import { BUILT_IN_TEXT, declinedCoding, fhirCodings, optionCoding, yesNoCoding } from '../common/codings.js';
import { EXT, FHIRPATH, HELP_LINK_SUFFIX, HL7_EXT, ITEM_CONTROL_SYSTEM } from '../common/constants.js';
import { toEnableWhen } from './enable-when.js';
import type { FhirAnswerOption, FhirCoding, FhirExtension, FhirQuestionnaireItem } from '../common/fhir-types.js';
import { conditionPath, type PathContext } from './fhirpath.js';
import { localizedField, translations } from '../common/localized.js';
import type { UnsupportedReporter } from '../../issues/unsupported-reporter.js';

/** What every item exporter reads. */
export interface ItemExportContext {
  readonly paths: PathContext;
  readonly reporter: UnsupportedReporter;
}

type KindFields = Omit<FhirQuestionnaireItem, 'linkId' | 'text' | '_text' | 'code' | 'required' | 'enableWhen' | 'enableBehavior'>;
type ItemExporter<K extends ItemKind> = (item: Extract<Item, { kind: K }>, ctx: ItemExportContext, path: IssuePath) => KindFields;

/**
 * How each item kind becomes a FHIR item: type, options and constraints. The
 * members every kind shares (linkId, text, code, required, enableWhen, help)
 * are added by `exportItem`.
 */
const EXPORTERS: { readonly [K in ItemKind]: ItemExporter<K> } = {
  // Every option in sight, none chosen, one click to answer: radio buttons for one answer, check boxes for several.
  // A renderer's default for a repeating choice may be one drop-down per answer, and Smart Forms 1.4 then tests an
  // enableWhen against the last drop-down only.
  single: (item, ctx, path) =>
    withExtensions({ type: 'choice', answerOption: choiceOptions(item, ctx, path) }, [control('radio-button'), ...optionsFrom(item)]),
  multi: (item, ctx, path) =>
    withExtensions({ type: 'choice', repeats: true, answerOption: choiceOptions(item, ctx, path) }, [control('check-box'), ...optionsFrom(item)]),
  scale: (item, ctx, path) => ({ type: 'choice', answerOption: choiceOptions(item, ctx, path), extension: [control('radio-button')] }),
  boolean: (item) => {
    if (!item.preferNotToAnswer) return { type: 'boolean' };
    // An R4 boolean item cannot offer a third answer, so Yes / No / Prefer not to answer becomes a choice.
    return {
      type: 'choice',
      extension: [control('radio-button')],
      answerOption: [
        { valueCoding: withDisplay(yesNoCoding(true), BUILT_IN_TEXT.yes) },
        { valueCoding: withDisplay(yesNoCoding(false), BUILT_IN_TEXT.no) },
        { valueCoding: withDisplay(declinedCoding(), BUILT_IN_TEXT.declined) },
      ],
    };
  },
  number: (item, ctx, path) => {
    const value = (n: number): { valueInteger: number } | { valueDecimal: number } => (item.integer ? { valueInteger: n } : { valueDecimal: n });
    const extension: FhirExtension[] = declineExtension(item, ctx, path);
    if (item.min !== undefined) extension.push({ url: HL7_EXT.minValue, ...value(item.min) });
    if (item.max !== undefined) extension.push({ url: HL7_EXT.maxValue, ...value(item.max) });
    if (item.unit) {
      const display = translations(item.unit);
      extension.push({ url: HL7_EXT.unit, valueCoding: display ? { display: item.unit.en, _display: display } : { display: item.unit.en } });
    }
    return { type: item.integer ? 'integer' : 'decimal', ...(extension.length > 0 ? { extension } : {}) };
  },
  text: (item, ctx, path) => {
    const extension = declineExtension(item, ctx, path);
    return { type: item.multiline ? 'text' : 'string', maxLength: item.maxLength ?? DEFAULT_TEXT_MAX_LENGTH, ...(extension.length > 0 ? { extension } : {}) };
  },
  date: (item, ctx, path) => {
    const extension: FhirExtension[] = declineExtension(item, ctx, path);
    if (item.min !== undefined) extension.push({ url: HL7_EXT.minValue, valueDate: item.min });
    if (item.max !== undefined) extension.push({ url: HL7_EXT.maxValue, valueDate: item.max });
    return { type: 'date', ...(extension.length > 0 ? { extension } : {}) };
  },
  display: () => ({ type: 'display' }),
};

/** A choice item's `optionsFrom`, as this library's extension (FHIR R4 has no element for it). */
function optionsFrom(item: Extract<Item, { kind: 'single' | 'multi' }>): FhirExtension[] {
  return item.optionsFrom === undefined ? [] : [{ url: EXT.optionsFrom, valueString: item.optionsFrom }];
}

/** SDC's rendering hint for a choice: a radio button or a check box per option. */
function control(code: 'radio-button' | 'check-box'): FhirExtension {
  const display = code === 'radio-button' ? 'Radio Button' : 'Check-box';
  return { url: HL7_EXT.itemControl, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code, display }], text: display } };
}

function withExtensions(fields: KindFields, extension: FhirExtension[]): KindFields {
  return extension.length > 0 ? { ...fields, extension } : fields;
}

/**
 * Export one item: the kind's own fields from the table, then what all kinds
 * share. A display item can carry neither codes nor a nested help text in R4
 * (que-3, que-1); those are reported.
 */
export function exportItem(item: Item, ctx: ItemExportContext, path: IssuePath): FhirQuestionnaireItem {
  const own = (EXPORTERS[item.kind] as (item: Item, ctx: ItemExportContext, path: IssuePath) => KindFields)(item, ctx, path);
  const out: FhirQuestionnaireItem = { linkId: item.id, ...localizedField('text', item.text), type: own.type };
  if (item.codes && item.codes.length > 0) {
    if (item.kind === 'display')
      ctx.reporter.report(
        [...path, 'codes'],
        `Display item "${item.id}" has codes; R4 display items cannot carry a code (que-3), so they are left out.`,
        item.id,
      );
    else out.code = fhirCodings(item.codes);
  }
  if (item.kind !== 'display' && item.required) out.required = true;
  Object.assign(out, withoutType(own));
  Object.assign(out, condition(item.when, ctx, out));
  if (item.help) {
    if (item.kind === 'display')
      ctx.reporter.report(
        [...path, 'help'],
        `Display item "${item.id}" has help text; R4 display items cannot hold nested items (que-1), so it is left out.`,
        item.id,
      );
    else out.item = [helpItem(item.id, item.help)];
  }
  return out;
}

function withoutType(fields: KindFields): Omit<KindFields, 'type'> {
  const { type: _type, ...rest } = fields;
  return rest;
}

/**
 * An item's or section's condition: R4 `enableWhen` when it fits exactly,
 * else the SDC `enableWhenExpression` (FHIRPath) plus this library's
 * `condition` extension with the condition itself, so the importer gets it
 * back without parsing FHIRPath. `extension` is merged with what is there.
 */
export function condition(
  when: Condition | undefined,
  ctx: ItemExportContext,
  target: { extension?: FhirExtension[] },
): Pick<FhirQuestionnaireItem, 'enableWhen' | 'enableBehavior' | 'extension'> {
  if (!when) return {};
  const fit = toEnableWhen(when, ctx.paths);
  if (fit) return fit.enableBehavior ? { enableWhen: fit.enableWhen, enableBehavior: fit.enableBehavior } : { enableWhen: fit.enableWhen };
  const extension: FhirExtension[] = [
    ...(target.extension ?? []),
    { url: HL7_EXT.enableWhenExpression, valueExpression: { language: FHIRPATH, expression: conditionPath(when, ctx.paths) } },
    { url: EXT.condition, valueString: JSON.stringify(when) },
  ];
  return { extension };
}

function helpItem(id: string, help: Item['text']): FhirQuestionnaireItem {
  return {
    linkId: `${id}${HELP_LINK_SUFFIX}`,
    ...localizedField('text', help),
    type: 'display',
    extension: [
      {
        url: HL7_EXT.itemControl,
        valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'help', display: 'Help-Button' }], text: 'Help-Button' },
      },
    ],
  };
}

function withDisplay(coding: FhirCoding, text: Item['text']): FhirCoding {
  const t = translations(text);
  return t ? { ...coding, display: text.en, _display: t } : { ...coding, display: text.en };
}

type OptionItem = Extract<Item, { kind: 'single' | 'multi' | 'scale' }>;

function choiceOptions(item: OptionItem, ctx: ItemExportContext, path: IssuePath): FhirAnswerOption[] {
  const canonical = ctx.paths.canonical;
  const options: FhirAnswerOption[] = (item.options as readonly (ChoiceOption | ScaleOption)[]).map((option, k) => {
    const coding = withDisplay(optionCoding(canonical, item.id, option), option.text);
    const extension: FhirExtension[] = [];
    if (typeof option.value === 'number') {
      // R4 core names the score ordinalValue; SDC and later releases call it itemWeight. Receivers read one or the other.
      const weight = 'score' in option && option.score !== undefined ? option.score : option.value;
      extension.push({ url: HL7_EXT.ordinalValue, valueDecimal: weight }, { url: HL7_EXT.itemWeight, valueDecimal: weight });
    } else if (option.codes && option.codes.length > 0) {
      extension.push({ url: EXT.optionValue, valueString: option.value });
    }
    if ('exclusive' in option && option.exclusive) extension.push({ url: HL7_EXT.optionExclusive, valueBoolean: true });
    if (option.codes && option.codes.length > 1) {
      ctx.reporter.report(
        [...path, 'options', k, 'codes'],
        `Option ${k + 1} of item "${item.id}" has ${option.codes.length} codes; an answer option holds one coding, so only the first is kept.`,
        item.id,
      );
    }
    return extension.length > 0 ? { valueCoding: coding, extension } : { valueCoding: coding };
  });
  if (item.preferNotToAnswer) {
    const declined = withDisplay(declinedCoding(), BUILT_IN_TEXT.declined);
    // On a multi-choice, "prefer not to answer" stands alone; LHC-Forms and Smart Forms do not enforce it, so the import keeps the real options of a mix.
    options.push(
      item.kind === 'multi' ? { valueCoding: declined, extension: [{ url: HL7_EXT.optionExclusive, valueBoolean: true }] } : { valueCoding: declined },
    );
  }
  return options;
}

/**
 * R4 offers a third answer only on a choice, so "prefer not to answer" on a
 * number, text or date item is carried in this library's extension (read back
 * by `fromFhirQuestionnaire`) and reported: other renderers will not offer it.
 */
function declineExtension(item: Extract<Item, { kind: 'number' | 'text' | 'date' }>, ctx: ItemExportContext, path: IssuePath): FhirExtension[] {
  if (!item.preferNotToAnswer) return [];
  ctx.reporter.report(
    [...path, 'preferNotToAnswer'],
    `Item "${item.id}" offers "prefer not to answer", which an R4 ${item.kind === 'number' ? 'integer or decimal' : item.kind} item cannot offer; only this library's extension carries it, and a response records a declined answer with data-absent-reason.`,
    item.id,
  );
  return [{ url: EXT.preferNotToAnswer, valueBoolean: true }];
}
