import * as z from 'zod';
import { FHIR_ITEM_TYPES } from './fhir-types.js';

/**
 * zod schemas for the part of an R4 Questionnaire the importer reads. They are
 * loose: members the library does not know pass through, and the importer
 * reports each of them rather than dropping it silently. A member the
 * importer reads but of the wrong type is a malformed resource.
 */
const ExtensionSchema = z.looseObject({ url: z.string().max(1000) });

const CodingSchema = z.looseObject({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});

export const EnableWhenSchema = z.looseObject({
  question: z.string(),
  operator: z.enum(['exists', '=', '!=', '>', '<', '>=', '<=']),
  answerBoolean: z.boolean().optional(),
  answerDecimal: z.number().optional(),
  answerInteger: z.number().int().optional(),
  answerDate: z.string().optional(),
  answerDateTime: z.string().optional(),
  answerTime: z.string().optional(),
  answerString: z.string().optional(),
  answerCoding: CodingSchema.optional(),
  answerQuantity: z.unknown().optional(),
  answerReference: z.unknown().optional(),
});

export const AnswerOptionSchema = z.looseObject({
  extension: z.array(ExtensionSchema).optional(),
  valueCoding: CodingSchema.optional(),
  valueString: z.string().optional(),
  valueInteger: z.number().int().optional(),
  valueDate: z.string().optional(),
  valueTime: z.string().optional(),
  valueReference: z.unknown().optional(),
  initialSelected: z.boolean().optional(),
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

export const ItemSchema: z.ZodType<FhirItemInput> = z.lazy(() =>
  z.looseObject({
    linkId: z.string().min(1).max(255),
    type: z.enum(FHIR_ITEM_TYPES),
    text: z.string().optional(),
    _text: z.unknown().optional(),
    code: z.array(CodingSchema).optional(),
    required: z.boolean().optional(),
    repeats: z.boolean().optional(),
    readOnly: z.boolean().optional(),
    maxLength: z.number().int().optional(),
    enableWhen: z.array(EnableWhenSchema).optional(),
    enableBehavior: z.enum(['all', 'any']).optional(),
    answerOption: z.array(AnswerOptionSchema).optional(),
    answerValueSet: z.string().optional(),
    extension: z.array(ExtensionSchema).optional(),
    item: z.array(ItemSchema).optional(),
  }),
);

export const QuestionnaireInputSchema = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  id: z.string().optional(),
  language: z.string().optional(),
  url: z.string().optional(),
  version: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  _title: z.unknown().optional(),
  status: z.string().optional(),
  publisher: z.string().optional(),
  description: z.string().optional(),
  _description: z.unknown().optional(),
  copyright: z.string().optional(),
  code: z.array(CodingSchema).optional(),
  extension: z.array(ExtensionSchema).optional(),
  item: z.array(ItemSchema).optional(),
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
