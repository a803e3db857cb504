/**
 * The hostile shapes of issue 18, generated at growing sizes: what each costs
 * is measured by deterministic proxies (output bytes, condition nodes, elements
 * scanned by linear searches), which must grow linearly. The bench
 * (bench/shapes) records time and memory for the same shapes.
 */
import { describe, expect, it } from 'vitest';
import { chainDefinition, nestedGroupsFhir, scoreChainDefinition, twoBackDefinition, wideRuleDefinition } from '../../bench/shapes/attack-shapes.js';
import { conditionSize, MAX_IMPORTED_CONDITION_NODES } from '../../src/fhir/import/condition-budget.js';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { fromFhirQuestionnaire, toFhirQuestionnaire } from '../../src/fhir/index.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { GUARD_LIMIT } from '../../src/json-schema/visibility.js';
import { toJsonSchema, toUiSchema } from '../../src/json-schema/index.js';
import { summarize } from '../../src/summary/summarize.js';
import { scannedBy } from '../support/work-meter.js';
import { fhirPathMismatches } from '../fhir/semantics.js';
import { type UISchemaElement, createAjv, isVisible } from '@jsonforms/core';

const bytes = (value: unknown) => JSON.stringify(value).length;

/** Each step doubles the input: the measure may at most a little more than double. */
function expectLinear(sizes: readonly number[], measure: (n: number) => number, slack = 2.3): number[] {
  const values = sizes.map(measure);
  for (let k = 1; k < values.length; k++) expect((values[k] as number) / Math.max(1, values[k - 1] as number)).toBeLessThan(slack);
  return values;
}

function conditionNodes(q: Questionnaire): { total: number; largestItem: number } {
  let total = 0;
  let largestItem = 0;
  for (const s of q.sections) {
    if (s.when) total += conditionSize(s.when);
    for (const i of s.items) {
      const n = i.when ? conditionSize(i.when) : 0;
      total += n;
      largestItem = Math.max(largestItem, n);
    }
  }
  return { total, largestItem };
}

describe('a chain of items, each shown when the one before it is answered', () => {
  it('is parsed and indexed with work linear in its length (elements scanned)', () => {
    const scanned = expectLinear([1000, 2000, 4000], (n) => scannedBy(() => parseQuestionnaire(chainDefinition(n))).scanned);
    expect(scanned[2]).toBeLessThan(100 * 4000);
  });

  it('round-trips through FHIR with linear output', () => {
    expectLinear([500, 1000, 2000], (n) => bytes(fromFhirQuestionnaire(toFhirQuestionnaire(parseQuestionnaire(chainDefinition(n))).resource).questionnaire));
  });
});

describe('items each shown when the two before them are answered (toUiSchema)', () => {
  it('exports 28 items without overflowing the stack, exactly, and JSON Forms agrees with resolveAnswers', () => {
    const q = parseQuestionnaire(twoBackDefinition(28));
    const { uischema, issues } = toUiSchema(q);
    expect(issues).toStrictEqual([]);
    expect(bytes(uischema)).toBeLessThan(200_000);
    const ajv = createAjv();
    const elements = uischema.elements.flatMap((c) => c.elements);
    // An answer left behind where the chain broke must not show anything after it.
    const data: Record<string, boolean> = {};
    for (let k = 0; k < 28; k++) if (k !== 5) data[`c${k}`] = true;
    const { evaluation } = resolveAnswers(q, Object.fromEntries(Object.entries(data).filter(([id]) => Number(id.slice(1)) < 5)));
    elements.forEach((element, k) => expect(isVisible(element as UISchemaElement, data, '', ajv, undefined), `c${k}`).toBe(evaluation.visible(`c${k}`)));
  });

  it('grows linearly in the number of items, with a typed issue where a guard passes its limit', () => {
    expectLinear([100, 200, 400], (n) => bytes(toUiSchema(parseQuestionnaire(twoBackDefinition(n))).uischema));
    const { issues } = toUiSchema(parseQuestionnaire(twoBackDefinition(100)));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.code === 'too-large' && i.message.includes(`${GUARD_LIMIT} tests`))).toBe(true);
    expect(() => toUiSchema(parseQuestionnaire(twoBackDefinition(100)), { unsupported: 'throw' })).toThrow(QuestionnaireError);
  });

  it('gives a JSON Schema that grows linearly too', () => {
    expectLinear([200, 400, 800], (n) => bytes(toJsonSchema(parseQuestionnaire(twoBackDefinition(n))).schema));
  });
});

describe('very wide rule conditions', () => {
  it('are parsed, indexed and summarized with work linear in their size (elements scanned)', () => {
    expectLinear([10_000, 20_000, 40_000], (n) => scannedBy(() => summarize(parseQuestionnaire(wideRuleDefinition(n, n / 4)), {})).scanned);
  });

  it('cite each item once as evidence', () => {
    const q = parseQuestionnaire(wideRuleDefinition(20_000, 5000));
    const answers = Object.fromEntries(Array.from({ length: 100 }, (_, k) => [`w${k}`, true]));
    const evidence = summarize(q, answers).findings.motivations[0]?.evidence ?? [];
    expect(evidence.length).toBe(100);
  });
});

describe('nested FHIR groups, each with a large enableWhen', () => {
  it('share their conditions through sections instead of copying them onto every item', () => {
    const totals = expectLinear([4, 8, 16], (branches) => conditionNodes(fromFhirQuestionnaire(nestedGroupsFhir(10, 10, 40, branches)).questionnaire).total);
    const q = fromFhirQuestionnaire(nestedGroupsFhir(25, 10, 40)).questionnaire;
    // Copied, each of the 250 questions held up to 25 × 41 nodes; shared, items hold none.
    expect(conditionNodes(q).largestItem).toBe(0);
    expect(bytes(q)).toBeLessThan(12 * bytes(nestedGroupsFhir(25, 10, 40)));
    expect(totals[2]).toBeLessThan(MAX_IMPORTED_CONDITION_NODES);
    expect(resolveAnswers(q, { first: false }).evaluation.visible('b0g24q9')).toBe(true);
    expect(resolveAnswers(q, {}).evaluation.visible('b0g24q9')).toBe(false);
  });

  it('refuse an import whose flattened conditions would pass the limit, with a typed issue', () => {
    let error: unknown;
    try {
      fromFhirQuestionnaire(nestedGroupsFhir(25, 1, 60, 16));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuestionnaireError);
    expect((error as QuestionnaireError).issues.map((i) => i.code)).toStrictEqual(['too-large']);
  });
});

describe('scores whose cut-offs read the score before them', () => {
  it('export to FHIR with one positivity variable each, linear in their number (it doubled per score)', () => {
    expectLinear([8, 16, 32], (n) => bytes(toFhirQuestionnaire(parseQuestionnaire(scoreChainDefinition(n))).resource));
  });

  it('keep their meaning: every exported FHIRPath agrees with the library (fhirpath.js)', () => {
    const q = parseQuestionnaire(scoreChainDefinition(6));
    const { resource } = toFhirQuestionnaire(q);
    for (const pattern of [0, 1, 21, 42, 63]) {
      const answers = Object.fromEntries(Array.from({ length: 6 }, (_, k) => [`q${k}`, (pattern >> k) & 1]));
      expect(fhirPathMismatches(q, resource, answers)).toStrictEqual([]);
    }
  });
});
