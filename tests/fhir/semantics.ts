import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { compileCondition } from '../../src/conditions/evaluate.js';
import type { Condition } from '../../src/conditions/condition.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { AnswerValue, QuestionnaireInput } from '../../src/definition/types.js';
import { HL7_EXT } from '../../src/fhir/common/constants.js';
import { scoreVariableName } from '../../src/fhir/export/fhirpath.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem, FhirQuestionnaireResponse } from '../../src/fhir/common/fhir-types.js';
import type { FhirAnswerMapping } from '../../src/fhir/import/answer-mapping.js';
import { fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';

type Env = Record<string, unknown>;

const cache = new Map<string, (resource: unknown, env: Env) => unknown[]>();
function evaluate(expression: string, resource: unknown, env: Env): unknown[] {
  let fn = cache.get(expression);
  if (!fn) {
    const compiled = fhirpath.compile(expression, r4);
    fn = (res, e) => compiled(res, e as never) as unknown[];
    cache.set(expression, fn);
  }
  return fn(resource, env);
}

function items(list: readonly FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] {
  return (list ?? []).flatMap((i) => [i, ...items(i.item)]);
}

/**
 * Evaluate every FHIRPath the exporter wrote (score variables, calculated
 * items, enableWhenExpression) with fhirpath.js on the R4 model, against the
 * response the exporter writes for the same answers, and compare with what the
 * library computes. Returns the mismatches.
 */
export function fhirPathMismatches(q: QuestionnaireInput, fhirQ: FhirQuestionnaire, answers: Record<string, AnswerValue>): string[] {
  const out: string[] = [];
  const { evaluation, answers: resolved } = resolveAnswers(q, answers);
  const qr: FhirQuestionnaireResponse = toFhirQuestionnaireResponse(q, resolved);
  // No %questionnaire: CSIRO's Smart Forms renderer gives FHIRPath none, and the exported expressions must compute there too.
  const env: Env = { resource: qr };
  const scoreOfVariable = new Map<string, string>();
  for (const e of fhirQ.extension ?? []) {
    if (e.url !== HL7_EXT.variable || !e.valueExpression?.name) continue;
    const name = e.valueExpression.name;
    const scoreId = (q.scores ?? []).find((s) => scoreVariableName(s.id) === name)?.id;
    const got = evaluate(e.valueExpression.expression ?? '', qr, env);
    env[name] = got;
    if (scoreId === undefined) continue;
    scoreOfVariable.set(name, scoreId);
    const want = evaluation.scoreValue(scoreId);
    if (!(want === null ? got.length === 0 : got.length === 1 && got[0] === want))
      out.push(`score ${scoreId}: FHIRPath ${JSON.stringify(got)}, library ${want}`);
  }
  const conditions = new Map<string, Condition>();
  for (const s of q.sections) {
    if (s.when) conditions.set(s.id, s.when as Condition);
    for (const i of s.items) if (i.when) conditions.set(i.id, i.when as Condition);
  }
  for (const item of items(fhirQ.item)) {
    for (const e of item.extension ?? []) {
      if (e.url === HL7_EXT.enableWhenExpression) {
        const got = evaluate(e.valueExpression?.expression ?? '', qr, env);
        const condition = conditions.get(item.linkId);
        const want = condition ? compileCondition(condition)(evaluation) : true;
        if (!(got.length === 1 && got[0] === want)) out.push(`enableWhenExpression of ${item.linkId}: FHIRPath ${JSON.stringify(got)}, library ${want}`);
      }
      if (e.url === HL7_EXT.calculatedExpression) {
        const got = evaluate(e.valueExpression?.expression ?? '', qr, env);
        const written = items(qr.item as FhirQuestionnaireItem[] | undefined).find((r) => r.linkId === item.linkId) as
          { answer?: { valueDecimal?: number }[] } | undefined;
        const value = written?.answer?.[0]?.valueDecimal;
        if (!(value === undefined ? got.length === 0 : got.length === 1 && got[0] === value))
          out.push(`calculated ${item.linkId}: FHIRPath ${JSON.stringify(got)}, response ${value}`);
      }
    }
  }
  return out;
}

/**
 * Compare a questionnaire with its export-then-import under the same answers:
 * every item's visibility, every score, and the answers read back from the
 * exported response. Returns the mismatches.
 */
export function roundTripMismatches(
  q: QuestionnaireInput,
  imported: QuestionnaireInput,
  mapping: FhirAnswerMapping,
  answers: Record<string, AnswerValue>,
): string[] {
  const out: string[] = [];
  const mapId = (id: string) => mapping.ids.get(id) ?? id;
  const original = resolveAnswers(q, answers);
  const mapped = Object.fromEntries(Object.entries(answers).map(([k, v]) => [mapId(k), v]));
  const copy = resolveAnswers(imported, mapped);
  for (const s of q.sections) {
    for (const i of s.items) {
      const a = original.evaluation.visible(i.id);
      const b = copy.evaluation.visible(mapId(i.id));
      if (a !== b) out.push(`visibility of ${i.id}: ${a} vs ${b}`);
    }
  }
  for (const s of q.scores ?? []) {
    const a = original.evaluation.score(s.id);
    const b = copy.evaluation.score(s.id);
    if (a?.status !== b?.status || a?.value !== b?.value || (a?.status === 'complete' && b?.status === 'complete' && a.positive !== b.positive)) {
      out.push(`score ${s.id}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
  }
  const qr = toFhirQuestionnaireResponse(q, original.answers);
  const back = fromFhirQuestionnaireResponse(imported, JSON.parse(JSON.stringify(qr)), { mapping });
  const expected = Object.fromEntries(Object.entries(original.answers).map(([k, v]) => [mapId(k), v]));
  if (JSON.stringify(sorted(back.answers)) !== JSON.stringify(sorted(expected)))
    out.push(`answers read back: ${JSON.stringify(back.answers)} vs ${JSON.stringify(expected)}`);
  if (back.issues.length > 0) out.push(`issues reading the response back: ${JSON.stringify(back.issues)}`);
  return out;
}

function sorted(o: Record<string, unknown>): [string, unknown][] {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));
}
