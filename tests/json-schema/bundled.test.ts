import { type UISchemaElement, createAjv, isVisible } from '@jsonforms/core';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { type UiCategory, type UiControl, type UiLabel, fromFormData, toFormData, toJsonSchema, toUiSchema } from '../../src/json-schema/index.js';
import { FC, answerableItems, compile, flowAnswers, rawAnswers, requiredAnswered } from './helpers.js';

const jsonFormsAjv = createAjv();
const shown = (element: UiCategory | UiControl | UiLabel, data: unknown) => isVisible(element as UISchemaElement, data, '', jsonFormsAjv, undefined);

/** Answers as left by a walk through the form, sometimes with one answer to an item the others hide. */
function mixedAnswers(q: QuestionnaireInput): fc.Arbitrary<Record<string, unknown>> {
  // Required items are always answered, so that whole valid sets occur in a long questionnaire.
  return fc.tuple(flowAnswers(q, 0.7, 1), rawAnswers(q), fc.boolean()).map(([flow, raw, addHidden]) => {
    if (!addHidden) return flow;
    const hidden = Object.keys(raw).find((id) => !resolveAnswers(q, flow).evaluation.visible(id));
    return hidden === undefined ? flow : { ...flow, [hidden]: raw[hidden] };
  });
}

describe.each([
  ['substanceUseIntake', substanceUseIntake],
  ['briefScreen', briefScreen],
])('%s', (_name, q) => {
  it('exports a JSON Schema with nothing unsupported, valid in ajv strict mode', () => {
    const { schema, issues } = toJsonSchema(q, { unsupported: 'throw' });
    expect(issues).toEqual([]);
    expect(Object.keys(schema.properties ?? {})).toEqual(answerableItems(q).map((i) => i.id));
    expect(() => compile(schema)).not.toThrow();
    expect(() => compile(toJsonSchema(q, { locale: 'es', keys: 'form' }).schema)).not.toThrow();
  });

  it('exports a UI schema with nothing unsupported under keys: "form"', () => {
    const { uischema, issues } = toUiSchema(q, { keys: 'form', unsupported: 'throw' });
    expect(issues).toEqual([]);
    expect(uischema.elements).toHaveLength(q.sections.length);
  });

  it('accepts exactly the answer sets resolveAnswers accepts', () => {
    const validate = compile(toJsonSchema(q).schema);
    let accepted = 0;
    let refusedForHidden = 0;
    fc.assert(
      fc.property(fc.oneof(mixedAnswers(q), rawAnswers(q)), (answers) => {
        const r = resolveAnswers(q, answers);
        const ok = r.issues.length === 0 && r.hidden.length === 0 && requiredAnswered(q, answers);
        expect(validate(answers), JSON.stringify(validate.errors?.slice(0, 3))).toBe(ok);
        if (ok) accepted++;
        else if (r.hidden.length > 0) refusedForHidden++;
      }),
      { ...FC, numRuns: 150 },
    );
    // Both outcomes must actually occur, or the property says little.
    expect(accepted).toBeGreaterThan(10);
    expect(refusedForHidden).toBeGreaterThan(10);
  });

  it('shows in JSON Forms exactly what resolveAnswers shows', () => {
    const { uischema } = toUiSchema(q, { keys: 'form' });
    const sections = indexOf(q).sections;
    fc.assert(
      fc.property(fc.oneof(mixedAnswers(q), rawAnswers(q)), (answers) => {
        const data = toFormData(answers);
        // The rules read form data, where a multi-choice with nothing ticked ([]) is no answer, as the host reads it back.
        const { evaluation } = resolveAnswers(q, fromFormData(data));
        sections.forEach((s, i) => {
          const category = uischema.elements[i] as UiCategory;
          const own = category.elements.slice(s.section.description ? 1 : 0);
          const categoryShown = shown(category, data);
          expect(categoryShown, s.section.id).toBe(evaluation.sectionVisible(i));
          s.items.forEach((entry, k) => {
            expect(categoryShown && shown(own[k] as UiControl | UiLabel, data), entry.item.id).toBe(evaluation.visible(entry.item.id));
          });
        });
      }),
      { ...FC, numRuns: 100 },
    );
  });
});
