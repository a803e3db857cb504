import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { Item } from '../../src/definition/item.js';
import { fromFhirQuestionnaire, fromFhirQuestionnaireResponse, toFhirQuestionnaire } from '../../src/fhir/index.js';
import { answersFor } from './arbitrary-answers.js';
import { r4Problems } from './r4-validator.js';
import { roundTripMismatches } from './semantics.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/fhir');

const load = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const itemsOf = (q: { sections: readonly { items: readonly unknown[] }[] }) => q.sections.flatMap((s) => s.items as Item[]);

interface UsCoreCase {
  readonly name: string;
  readonly questionnaire: string;
  readonly response: string;
  /** linkId of the total score item in the example response, when the form has one. */
  readonly total?: string;
  readonly answered: number;
}

const US_CORE: readonly UsCoreCase[] = [
  {
    name: 'PHQ-9',
    questionnaire: 'us-core/Questionnaire-phq-9-example.json',
    response: 'us-core/QuestionnaireResponse-phq-9-example.json',
    total: '/44261-6',
    answered: 10, // 9 items and the difficulty question; the total (44261-6) is the form's, skipped without an issue
  },
  {
    name: 'AUDIT-C',
    questionnaire: 'us-core/Questionnaire-AUDIT-C.json',
    response: 'us-core/QuestionnaireResponse-AUDIT-C.json',
    total: '/75626-2',
    answered: 3, // the total (75626-2) is the form's, skipped without an issue
  },
  { name: 'TAPS', questionnaire: 'us-core/Questionnaire-TAPS.json', response: 'us-core/QuestionnaireResponse-TAPS.json', answered: 5 },
];

describe('published US Core questionnaires and their example responses', () => {
  for (const c of US_CORE) {
    describe(c.name, () => {
      const imported = fromFhirQuestionnaire(load(c.questionnaire));
      const response = load(c.response) as { item: { linkId: string; answer: { valueDecimal?: number }[] }[] };

      it('imports as a runnable questionnaire that exports back to valid R4', () => {
        expect(imported.questionnaire.sections.length).toBeGreaterThan(0);
        expect(r4Problems(toFhirQuestionnaire(imported.questionnaire, { unsupported: 'omit' }).resource)).toEqual([]);
      });

      it('reads every answer of the example response', () => {
        const { answers, issues } = fromFhirQuestionnaireResponse(imported.questionnaire, response, { mapping: imported.mapping });
        // The published example carries no security labels: that is the one issue.
        expect(issues.map((i) => [i.code, i.path])).toEqual([['security-labels-missing', ['meta', 'security']]]);
        expect(Object.keys(answers)).toHaveLength(c.answered);
      });

      it('scores the example response to the total it states', () => {
        const { answers } = fromFhirQuestionnaireResponse(imported.questionnaire, response, { mapping: imported.mapping });
        const scores = imported.questionnaire.scores ?? [];
        if (c.total === undefined) {
          // TAPS in US Core carries no option weights, so there is nothing to sum.
          expect(scores).toEqual([]);
          return;
        }
        const stated = response.item.find((i) => i.linkId === c.total)?.answer[0]?.valueDecimal;
        expect(typeof stated).toBe('number');
        expect(scores).toHaveLength(1);
        const result = resolveAnswers(imported.questionnaire, answers).evaluation.score(scores[0]?.id as string);
        expect(result).toMatchObject({ status: 'complete', value: stated });
      });

      it('reports a stated total that differs from the score of the answers (score-mismatch), never its value', () => {
        if (c.total === undefined) return expect(imported.mapping.totals).toBeUndefined();
        const scoreId = (imported.questionnaire.scores ?? [])[0]?.id as string;
        expect(imported.mapping.totals?.get(c.total)).toBe(scoreId);
        const at = response.item.findIndex((i) => i.linkId === c.total);
        const stated = response.item[at]?.answer[0]?.valueDecimal as number;
        const off = structuredClone(response);
        (off.item[at] as { answer: { valueDecimal?: number }[] }).answer = [{ valueDecimal: stated + 1 }];
        const { answers, issues } = fromFhirQuestionnaireResponse(imported.questionnaire, off, { mapping: imported.mapping, security: false });
        expect(issues).toEqual([
          {
            code: 'score-mismatch',
            path: ['item', at, 'answer', 0],
            scoreId,
            message: expect.stringContaining(`"${c.total}" that differs from score "${scoreId}"`),
          },
        ]);
        expect(issues[0]?.message).not.toContain(String(stated + 1));
        // The answers are read as before: the summary uses the computed score.
        expect(answers).toEqual(fromFhirQuestionnaireResponse(imported.questionnaire, response, { mapping: imported.mapping }).answers);
        // An unfinished response is the form's to total its own way: nothing is compared.
        const unfinished = structuredClone(off);
        unfinished.item = unfinished.item.filter((i) => i.linkId === c.total);
        expect(fromFhirQuestionnaireResponse(imported.questionnaire, unfinished, { mapping: imported.mapping, security: false }).issues).toEqual([]);
      });

      it('reports what it left out, and only with the documented code', () => {
        expect(imported.issues.length).toBeGreaterThan(0);
        expect(imported.issues.every((i) => i.code === 'unsupported' && i.message.length > 0)).toBe(true);
      });
    });
  }

  it('PHQ-9: items become scales weighted 0–3 with LOINC answer codes; the difficulty item stays a choice', () => {
    const { questionnaire, issues } = fromFhirQuestionnaire(load('us-core/Questionnaire-phq-9-example.json'));
    const items = itemsOf(questionnaire);
    const scales = items.filter((i) => i.kind === 'scale');
    expect(scales).toHaveLength(9);
    for (const s of scales)
      expect(s.kind === 'scale' && s.options.map((o) => [o.value, o.codes?.[0]?.code])).toEqual([
        [0, 'LA6568-5'],
        [1, 'LA6569-3'],
        [2, 'LA6570-1'],
        [3, 'LA6571-9'],
      ]);
    expect(items.find((i) => i.id === 'q-69722-7')?.kind).toBe('single');
    expect(questionnaire.sections[0]?.instrument).toMatchObject({ kind: 'validated', codes: [{ system: 'http://loinc.org', code: '44249-1' }] });
    // the optionPrefix of each of the 36 options is reported, not silently dropped: in the one grouped issue of
    // rendering-only extensions, which counts them and names the items
    const rendering = issues.filter((i) => i.message.includes('questionnaire-optionPrefix'));
    expect(rendering).toHaveLength(1);
    expect(rendering[0]?.message).toMatch(/^Rendering-only extensions are left out/);
    expect(rendering[0]?.message).toMatch(/questionnaire-optionPrefix \(36×, on "q-44250-9", /);
  });
});

describe('the SDC cardiology form', () => {
  const raw = load('sdc/Questionnaire-CardiologyForm.json') as { item: unknown[] };
  const imported = fromFhirQuestionnaire(raw);
  const { questionnaire, issues, mapping } = imported;
  const ids = new Set(itemsOf(questionnaire).map((i) => i.id));
  const sections = new Set(questionnaire.sections.map((s) => s.id));

  const linkIds: string[] = [];
  const urls = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.linkId === 'string' && typeof o.type === 'string') linkIds.push(o.linkId);
    // Absolute URLs only: the members of a complex extension (targetConstraint's "key", …) go with it.
    if (Array.isArray(o.extension)) for (const e of o.extension as { url?: unknown }[]) if (typeof e.url === 'string' && e.url.includes(':')) urls.add(e.url);
    Object.values(o).forEach(walk);
  };
  walk(raw);

  it('imports every item it can, and reports every item it cannot', () => {
    const silent = linkIds.filter((linkId) => {
      const id = mapping.ids.get(linkId);
      if (id === undefined) return true;
      if (ids.has(id) || sections.has(id)) return false;
      return !issues.some((i) => i.itemId === id);
    });
    expect(silent).toEqual([]);
  });

  it('reports each kind of feature beyond the supported subset', () => {
    const text = issues.map((i) => i.message).join('\n');
    for (const expected of [
      /is a file attachment question/,
      /calculated \(calculatedExpression\)/,
      /hidden \(questionnaire-hidden\)/,
      /is nested inside another group/,
      /has items nested under it/,
      /is required; a required group/,
      /Contained Library "[^"]+" has no counterpart/,
      /Questionnaire\.effectivePeriod/,
      /targetConstraint/,
      /rendering-xhtml/,
      /initialSelected/,
      /same value or coding as an earlier option/,
      /read-only \(readOnly\)/,
    ]) {
      expect(text).toMatch(expected);
    }
    expect(issues.filter((i) => /nested inside another group/.test(i.message))).toHaveLength(10);
  });

  it('reports every extension it does not use', () => {
    const used = new Set([
      'http://hl7.org/fhir/StructureDefinition/translation',
      'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
      // reported as the item being calculated or hidden (see above)
      'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
      'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
    ]);
    const text = issues.map((i) => i.message).join('\n');
    for (const url of urls) if (!used.has(url)) expect(text, url).toContain(url);
  });

  it('keeps all 33 enableWhen conditions, with their meaning', () => {
    const conditioned = itemsOf(questionnaire).filter((i) => i.when !== undefined);
    expect(conditioned.length).toBeGreaterThanOrEqual(33);
    const visible = (answers: Record<string, unknown>, id: string) => resolveAnswers(questionnaire, answers).evaluation.visible(id);
    expect(visible({}, 'additionalinfo_pronouns_other')).toBe(false);
    expect(visible({ additionalinfo_pronouns: 'oth' }, 'additionalinfo_pronouns_other')).toBe(true);
    // exists false: shown until the box is ticked
    expect(visible({}, 'cpp_currentprob')).toBe(true);
    const tick = itemsOf(questionnaire).find((i) => i.id === 'cpp_separate');
    expect(tick?.kind).toBe('multi');
    const value = tick?.kind === 'multi' ? tick.options[0]?.value : undefined;
    expect(visible({ cpp_separate: [value] }, 'cpp_currentprob')).toBe(false);
  });

  it('survives an export → import round trip with the same flow', () => {
    const again = fromFhirQuestionnaire(JSON.parse(JSON.stringify(toFhirQuestionnaire(questionnaire, { unsupported: 'omit' }).resource)));
    fc.assert(
      fc.property(answersFor(questionnaire), (answers) => {
        expect(roundTripMismatches(questionnaire, again.questionnaire, again.mapping, answers)).toEqual([]);
      }),
      { seed: 20260105, numRuns: 60 },
    );
  });
});
