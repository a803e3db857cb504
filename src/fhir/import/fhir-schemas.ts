import * as z from 'zod/mini';
import { FHIR_ITEM_TYPES } from '../common/fhir-types.js';

/**
 * zod schemas for the part of an R4 Questionnaire the importer reads. They are
 * loose: members the library does not know pass through, and the importer
 * reports each of them rather than dropping it silently. A member the
 * importer reads but of the wrong type is a malformed resource.
 */
const ExtensionSchema = z.looseObject({ url: z.string().check(z.maxLength(1000)) });

const CodingSchema = z.looseObject({
  system: z.optional(z.string()),
  code: z.optional(z.string()),
  display: z.optional(z.string()),
});

export const EnableWhenSchema = z.looseObject({
  question: z.string(),
  operator: z.enum(['exists', '=', '!=', '>', '<', '>=', '<=']),
  answerBoolean: z.optional(z.boolean()),
  answerDecimal: z.optional(z.number()),
  answerInteger: z.optional(z.int()),
  answerDate: z.optional(z.string()),
  answerDateTime: z.optional(z.string()),
  answerTime: z.optional(z.string()),
  answerString: z.optional(z.string()),
  answerCoding: z.optional(CodingSchema),
  answerQuantity: z.optional(z.unknown()),
  answerReference: z.optional(z.unknown()),
});

export const AnswerOptionSchema = z.looseObject({
  extension: z.optional(z.array(ExtensionSchema)),
  valueCoding: z.optional(CodingSchema),
  valueString: z.optional(z.string()),
  valueInteger: z.optional(z.int()),
  valueDate: z.optional(z.string()),
  valueTime: z.optional(z.string()),
  valueReference: z.optional(z.unknown()),
  initialSelected: z.optional(z.boolean()),
});

/** One `Questionnaire.item`, read recursively. */
export interface FhirItemInput {
  readonly [key: string]: unknown;
  readonly linkId: string;
  readonly type: (typeof FHIR_ITEM_TYPES)[number];
  readonly text?: string | undefined;
  readonly _text?: unknown;
  readonly code?: readonly z.infer<typeof CodingSchema>[] | undefined;
  readonly required?: boolean | undefined;
  readonly repeats?: boolean | undefined;
  readonly readOnly?: boolean | undefined;
  readonly maxLength?: number | undefined;
  readonly enableWhen?: readonly z.infer<typeof EnableWhenSchema>[] | undefined;
  readonly enableBehavior?: 'all' | 'any' | undefined;
  readonly answerOption?: readonly z.infer<typeof AnswerOptionSchema>[] | undefined;
  readonly answerValueSet?: string | undefined;
  readonly extension?: readonly z.infer<typeof ExtensionSchema>[] | undefined;
  readonly item?: readonly FhirItemInput[] | undefined;
}

export const ItemSchema: z.ZodMiniType<FhirItemInput> = z.lazy(() =>
  z.looseObject({
    linkId: z.string().check(z.minLength(1), z.maxLength(255)),
    type: z.enum(FHIR_ITEM_TYPES),
    text: z.optional(z.string()),
    _text: z.optional(z.unknown()),
    code: z.optional(z.array(CodingSchema)),
    required: z.optional(z.boolean()),
    repeats: z.optional(z.boolean()),
    readOnly: z.optional(z.boolean()),
    maxLength: z.optional(z.int()),
    enableWhen: z.optional(z.array(EnableWhenSchema)),
    enableBehavior: z.optional(z.enum(['all', 'any'])),
    answerOption: z.optional(z.array(AnswerOptionSchema)),
    answerValueSet: z.optional(z.string()),
    extension: z.optional(z.array(ExtensionSchema)),
    item: z.optional(z.array(ItemSchema)),
  }),
);

export const QuestionnaireInputSchema = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  id: z.optional(z.string()),
  language: z.optional(z.string()),
  url: z.optional(z.string()),
  version: z.optional(z.string()),
  name: z.optional(z.string()),
  title: z.optional(z.string()),
  _title: z.optional(z.unknown()),
  status: z.optional(z.string()),
  publisher: z.optional(z.string()),
  description: z.optional(z.string()),
  _description: z.optional(z.unknown()),
  copyright: z.optional(z.string()),
  code: z.optional(z.array(CodingSchema)),
  extension: z.optional(z.array(ExtensionSchema)),
  item: z.optional(z.array(ItemSchema)),
});

/** The root of an imported Questionnaire. */
export type QuestionnaireResourceInput = z.infer<typeof QuestionnaireInputSchema>;
/** An extension as read. */
export type ExtensionInput = z.infer<typeof ExtensionSchema>;
/** A coding as read. */
export type CodingInput = z.infer<typeof CodingSchema>;
/** An enableWhen as read. */
export type EnableWhenInput = z.infer<typeof EnableWhenSchema>;
/** An answerOption as read. */
export type AnswerOptionInput = z.infer<typeof AnswerOptionSchema>;

/** Members of an item the importer understands; any other member is reported. */
export const KNOWN_ITEM_KEYS = new Set([
  'linkId',
  'type',
  'text',
  '_text',
  'code',
  'required',
  'repeats',
  'maxLength',
  'enableWhen',
  'enableBehavior',
  'answerOption',
  'answerValueSet',
  'extension',
  'item',
]);
