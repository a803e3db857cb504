import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileCondition } from '../../../src/conditions/evaluate.js';
import { resolveAnswers } from '../../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../../src/definition/types.js';
import type { ScoreResult } from '../../../src/engine/score-result.js';

/** Score a set of answers the way every consumer does: through resolveAnswers. */
export function scoreOf(q: QuestionnaireInput, answers: Record<string, unknown>, scoreId: string): ScoreResult {
  const result = resolveAnswers(q, answers).evaluation.score(scoreId);
  if (!result) throw new Error(`No score ${scoreId}`);
  return result;
}

/** The ids of the safety triggers whose condition holds for these answers. */
export function firedTriggers(q: QuestionnaireInput, answers: Record<string, unknown>): string[] {
  const { evaluation } = resolveAnswers(q, answers);
  return (q.safety ?? []).filter((t) => compileCondition(t.when)(evaluation)).map((t) => t.id);
}

/** Spread a total over `count` items of 0..max, filling the first items first. */
export function spread(total: number, count: number, max: number): number[] {
  const values: number[] = [];
  let left = total;
  for (let i = 0; i < count; i++) {
    const v = Math.min(max, left);
    values.push(v);
    left -= v;
  }
  if (left > 0) throw new Error(`Total ${total} does not fit ${count} items of at most ${max}`);
  return values;
}

/** Answers object for ids with the given values, in order. */
export function answersFor(ids: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(ids.map((id, i) => [id, values[i]]));
}

/** The label of the published band a total falls in. */
export function publishedBand(table: readonly (readonly [number, number, string])[], total: number): string {
  const row = table.find(([min, max]) => total >= min && total <= max);
  if (!row) throw new Error(`No published band for ${total}`);
  return row[2];
}

interface FhirCoding {
  code: string;
  display?: string;
}
/** A FHIR Questionnaire item, as far as these tests read it. */
export interface FhirItem {
  linkId: string;
  type: string;
  code?: FhirCoding[];
  answerOption?: { valueCoding: FhirCoding; extension?: { url: string; valueDecimal?: number }[] }[];
  item?: FhirItem[];
}

/** A published US Core Questionnaire copied into tests/fixtures/fhir (see its README for sources and licences). */
export function usCoreQuestionnaire(name: string): { code: FhirCoding[]; item: FhirItem[] } {
  const path = resolve(import.meta.dirname, '../../fixtures/fhir/us-core', `Questionnaire-${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as { code: FhirCoding[]; item: FhirItem[] };
}

/** The fixture item carrying a LOINC item code. */
export function fixtureItem(items: readonly FhirItem[], code: string): FhirItem {
  const found = items.find((i) => i.code?.some((c) => c.code === code));
  if (!found) throw new Error(`Fixture has no item ${code}`);
  return found;
}

/** The ordinal value (score) the fixture gives an answer option. */
export function ordinal(option: NonNullable<FhirItem['answerOption']>[number]): number | undefined {
  return option.extension?.find((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/ordinalValue')?.valueDecimal;
}

type AnyItem = QuestionnaireInput['sections'][number]['items'][number];

/** An item of a questionnaire by id. */
export function itemOf(q: QuestionnaireInput, id: string): AnyItem {
  for (const section of q.sections) {
    for (const item of section.items) if (item.id === id) return item;
  }
  throw new Error(`No item ${id}`);
}

/** The option codes and values of a scale or choice item, in order. */
export function optionCodes(item: AnyItem): { value: string | number; code: string | undefined }[] {
  if (item.kind !== 'scale' && item.kind !== 'single' && item.kind !== 'multi') return [];
  return item.options.map((o) => ({ value: o.value, code: o.codes?.[0]?.code }));
}
