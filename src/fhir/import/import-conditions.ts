import { walk } from '../../conditions/classify.js';
import { type Condition, ConditionSchema } from '../../conditions/condition.js';
import type { ItemKind } from '../../definition/item.js';
import { PREFER_NOT_TO_ANSWER } from '../../definition/item.js';
import type { IssuePath } from '../../issues/issue.js';
import { answerKey, type MappedAnswer } from './answer-mapping.js';
import { EXT, HL7_EXT } from '../common/constants.js';
import type { EnableWhenInput, ExtensionInput } from './fhir-schemas.js';
import type { ImportReporter } from './import-reporter.js';
import { sexCondition, type SexQuestion } from './import-sex.js';

/** An item imported earlier in document order, as conditions see it. */
export interface KnownItem {
  readonly id: string;
  readonly kind: ItemKind;
  /** Whether "prefer not to answer" is one of its answer codings (so R4 counts it as an answer). */
  readonly declines: boolean;
  /** Answer key → value, for coded and listed answers. */
  readonly keys: ReadonlyMap<string, MappedAnswer>;
}

/** What condition import reads. */
export interface ConditionImportContext {
  /** linkId → item, for items already imported (conditions may only read earlier items). */
  readonly known: ReadonlyMap<string, KnownItem>;
  /** Score ids the questionnaire will have. */
  readonly scoreIds: ReadonlySet<string>;
  readonly reporter: ImportReporter;
  /** The question asked in place of the patient record's sex, when the form's expressions read it (see import-sex.ts). */
  readonly sex?: SexQuestion | undefined;
  /** Ids of the items and sections whose condition became a test of that question, in document order. */
  readonly bySex?: string[];
}

type Source = {
  readonly linkId: string;
  readonly enableWhen?: readonly EnableWhenInput[] | undefined;
  readonly enableBehavior?: 'all' | 'any' | undefined;
  readonly extension?: readonly ExtensionInput[] | undefined;
};

/**
 * The condition of a FHIR item or group, from its `enableWhen` (every R4
 * operator) or from this library's `condition` extension beside an
 * `enableWhenExpression`. A comparison the library cannot express, or one on
 * a question that is unknown, later or skipped, is left out and reported;
 * the item then shows more often, never less, when an `all` loses a part.
 */
export function importCondition(source: Source, itemId: string, path: IssuePath, ctx: ConditionImportContext): Condition | undefined {
  const expression = source.extension?.find((e) => e.url === HL7_EXT.enableWhenExpression);
  const own = source.extension?.find((e) => e.url === EXT.condition);
  if (source.enableWhen && source.enableWhen.length > 0) {
    if (expression)
      ctx.reporter.report([...path, 'extension'], `Item "${source.linkId}" has both enableWhen and an enableWhenExpression; only enableWhen is used.`, itemId);
    return fromEnableWhen(source, itemId, path, ctx);
  }
  if (own && typeof own.valueString === 'string') return fromOwnExtension(own.valueString, source.linkId, itemId, [...path, 'extension'], ctx);
  if (expression) {
    const fhirpath = (expression['valueExpression'] as { expression?: unknown } | undefined)?.expression;
    const bySex = ctx.sex && typeof fhirpath === 'string' && fhirpath.length <= 200 ? sexCondition(fhirpath, ctx.sex) : undefined;
    if (bySex) {
      ctx.bySex?.push(itemId);
      return bySex;
    }
    ctx.reporter.report(
      [...path, 'extension'],
      `Item "${source.linkId}" is enabled by a FHIRPath enableWhenExpression, which the library cannot read; it is imported without that condition.`,
      itemId,
    );
  }
  return undefined;
}

function fromEnableWhen(source: Source, itemId: string, path: IssuePath, ctx: ConditionImportContext): Condition | undefined {
  const list = source.enableWhen ?? [];
  let behavior = source.enableBehavior;
  if (list.length > 1 && !behavior) {
    ctx.reporter.report(
      [...path, 'enableBehavior'],
      `Item "${source.linkId}" has several enableWhen without enableBehavior (required by que-12); they are read as "all".`,
      itemId,
    );
    behavior = 'all';
  }
  const parts: Condition[] = [];
  list.forEach((ew, k) => {
    const c = comparison(ew, source.linkId, itemId, [...path, 'enableWhen', k], ctx);
    if (c) parts.push(c);
  });
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return behavior === 'any' ? { any: parts } : { all: parts };
}

/** One enableWhen, with R4's semantics: `=` holds when some answer equals, `!=` when none does (so also when unanswered). */
function comparison(ew: EnableWhenInput, linkId: string, itemId: string, path: IssuePath, ctx: ConditionImportContext): Condition | undefined {
  const drop = (why: string): undefined => {
    ctx.reporter.report(path, `enableWhen ${ew.operator} on "${ew.question.slice(0, 80)}" of item "${linkId}" ${why}; it is left out.`, itemId);
    return undefined;
  };
  if (ew.question === linkId) return drop('refers to the item itself');
  const target = ctx.known.get(ew.question);
  if (!target) return drop('names a question that is not imported before this item (unknown, later in the form, or of an unsupported type)');
  if (target.kind === 'display') return drop('names a display item, which has no answer');
  const id = target.id;

  if (ew.operator === 'exists') {
    if (typeof ew.answerBoolean !== 'boolean') return drop('has no boolean answer (que-7)');
    // An R4 answer exists when "prefer not to answer" was chosen too.
    const some: Condition = target.declines ? { any: [{ answered: id }, { declined: id }] } : { answered: id };
    return ew.answerBoolean ? some : { not: some };
  }
  const numeric = ew.answerInteger ?? ew.answerDecimal;
  if (ew.operator === '=' || ew.operator === '!=') {
    const equal = equality(target, ew, numeric);
    if (typeof equal === 'string') return drop(equal);
    return ew.operator === '=' ? equal : { not: equal };
  }
  if (target.kind !== 'number' || numeric === undefined) return drop(`compares a ${target.kind} answer by order, which the library supports only for numbers`);
  const op = ({ '>': 'gt', '<': 'lt', '>=': 'gte', '<=': 'lte' } as const)[ew.operator];
  return { item: id, [op]: numeric } as Condition;
}

/** `=` as a library condition, or why it cannot be one. */
function equality(target: KnownItem, ew: EnableWhenInput, numeric: number | undefined): Condition | string {
  const id = target.id;
  if (target.kind === 'number') return numeric === undefined ? 'compares a number question with a non-number' : { item: id, eq: numeric };
  if (target.kind === 'text' || target.kind === 'date') return `compares a ${target.kind} answer by value, which library conditions cannot`;
  let value: MappedAnswer | undefined;
  if (ew.answerBoolean !== undefined && target.kind === 'boolean' && target.keys.size === 0) value = ew.answerBoolean;
  else {
    const key = ew.answerCoding ? codingKey(target, ew.answerCoding) : answerKey({ string: ew.answerString, integer: ew.answerInteger, date: ew.answerDate });
    value = key === undefined ? undefined : target.keys.get(key);
    if (value === undefined && ew.answerBoolean !== undefined) value = ew.answerBoolean;
  }
  if (value === undefined) return 'names an answer that is not one of the question\u2019s options';
  if (value === PREFER_NOT_TO_ANSWER) return { declined: id };
  if (target.kind === 'multi') return typeof value === 'string' ? { item: id, includes: value } : 'compares a multiple-choice question with a non-option';
  return { item: id, eq: value };
}

/** The key of a coding operand; a coding without a system matches an option by code alone when that is unambiguous. */
function codingKey(target: KnownItem, coding: { system?: string | undefined; code?: string | undefined }): string | undefined {
  if (coding.system !== undefined) return answerKey({ coding });
  const matches = [...target.keys.keys()].filter((k) => k.startsWith('coding:') && k.endsWith(`|${coding.code ?? ''}`));
  return matches.length === 1 ? matches[0] : undefined;
}

function fromOwnExtension(json: string, linkId: string, itemId: string, path: IssuePath, ctx: ConditionImportContext): Condition | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = undefined;
  }
  const result = ConditionSchema.safeParse(parsed);
  if (!result.success) {
    ctx.reporter.report(path, `The condition extension of item "${linkId}" is not a valid condition; the item is imported without a condition.`, itemId);
    return undefined;
  }
  let problem: string | undefined;
  const mapped = mapIds(result.data, (ref) => {
    const target = ctx.known.get(ref);
    if (!target) problem ??= `item "${ref.slice(0, 80)}", which is not imported before this item`;
    return target?.id ?? ref;
  });
  walk(mapped, (node) => {
    if ((node.kind === 'score' || node.kind === 'positive') && !ctx.scoreIds.has(node.score)) problem ??= `score "${node.score}", which is not imported`;
  });
  if (problem) {
    ctx.reporter.report(path, `The condition of item "${linkId}" reads ${problem}; the item is imported without a condition.`, itemId);
    return undefined;
  }
  return mapped;
}

/** A condition with every item id passed through `f`. */
export function mapIds(c: Condition, f: (id: string) => string): Condition {
  const r = c as Record<string, unknown>;
  if ('all' in r) return { all: (r.all as Condition[]).map((x) => mapIds(x, f)) };
  if ('any' in r) return { any: (r.any as Condition[]).map((x) => mapIds(x, f)) };
  if ('not' in r) return { not: mapIds(r.not as Condition, f) };
  if ('answered' in r) return { answered: f(r.answered as string) };
  if ('declined' in r) return { declined: f(r.declined as string) };
  if ('item' in r) return { ...r, item: f(r.item as string) } as Condition;
  return c;
}
