import { type UISchemaElement, createAjv, isVisible } from '@jsonforms/core';
import { type RJSFSchema, type ValidatorType, createSchemaUtils, orderProperties } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { PREFER_NOT_TO_ANSWER } from '../../src/definition/item.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import {
  type JsonSchema,
  type JsonSchemaProfile,
  type UiCategory,
  type UiControl,
  type UiLabel,
  dropHiddenAnswers,
  formKey,
  fromFormData,
  toJsonSchema,
  toRjsfUiSchema,
  toUiSchema,
} from '../../src/json-schema/index.js';
import { kitchenSink } from './fixtures.js';
import { FC, answerableItems, compile, flowAnswers, rawAnswers, requiredAnswered } from './helpers.js';

/**
 * Each case walks the full intake (about a hundred visibility checks), so a failure's shrinking could run for many
 * minutes and gigabytes; past a minute the run stops and fails with the smallest case found by then.
 */
const BOUNDED = { ...FC, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true } as const;

const QUESTIONNAIRES: [string, QuestionnaireInput][] = [
  ['substanceUseIntake', substanceUseIntake],
  ['briefScreen', briefScreen],
  ['kitchenSink', kitchenSink],
];
const RENDERERS: JsonSchemaProfile[] = ['rjsf', 'jsonforms'];

/** Answers as a renderer holds them (profiles `rjsf` and `jsonforms`): a multi-choice declined is a box ticked alone; a number, text or date cannot be declined there. */
function rendererData(q: QuestionnaireInput, answers: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const item of answerableItems(q)) {
    if (!Object.hasOwn(answers, item.id)) continue;
    const value = answers[item.id];
    if (value === PREFER_NOT_TO_ANSWER && (item.kind === 'number' || item.kind === 'text' || item.kind === 'date')) continue;
    data[formKey(item.id)] = value === PREFER_NOT_TO_ANSWER && item.kind === 'multi' ? [PREFER_NOT_TO_ANSWER] : value;
  }
  return data;
}

/** Flow answers, sometimes with one answer to an item the others hide (what a renderer keeps after a condition turns off). */
function withHidden(q: QuestionnaireInput): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(flowAnswers(q, 0.7, 1), rawAnswers(q), fc.boolean()).map(([flow, raw, addHidden]) => {
    if (!addHidden) return flow;
    const hidden = Object.keys(raw).find((id) => !resolveAnswers(q, flow).evaluation.visible(id));
    return hidden === undefined ? flow : { ...flow, [hidden]: raw[hidden] };
  });
}

/** Every subschema a renderer reads for a field, that is all but condition tests (`if`, `not`). */
function* rendered(schema: JsonSchema, path = '#'): Generator<[string, JsonSchema]> {
  yield [path, schema];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'if' || key === 'not' || key === 'contains' || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const [k, v] of value.entries())
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) yield* rendered(v as JsonSchema, `${path}/${key}/${k}`);
    } else if (key === 'properties') {
      for (const [k, v] of Object.entries(value as Record<string, JsonSchema>)) yield* rendered(v, `${path}/properties/${k}`);
    } else yield* rendered(value as JsonSchema, `${path}/${key}`);
  }
}

const rjsfValidator: ValidatorType = customizeValidator({ AjvClass: Ajv2020 as never }) as unknown as ValidatorType;
const rjsfUtils = (schema: JsonSchema) => createSchemaUtils(rjsfValidator, schema as RJSFSchema);
/** What react-jsonschema-form (6.11, default behaviour) puts in the form data: the data merged with the defaults it computes. */
const rjsfFormState = (schema: JsonSchema, data: Record<string, unknown>) =>
  rjsfUtils(schema).getDefaultFormState(schema as RJSFSchema, data) as Record<string, unknown>;
/** The answers in form data: a blank (`''`, nothing ticked) is no answer, as `fromFormData` reads it. */
const defined = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));

describe.each(QUESTIONNAIRES)('renderer profiles: %s', (_name, q) => {
  describe.each(RENDERERS)('profile %s', (profile) => {
    const { schema, issues } = toJsonSchema(q, { profile, keys: 'form' });
    const validate = compile(schema);

    it('compiles in ajv strict mode, and reports only the declines a renderer field cannot offer', () => {
      expect(schema.type).toBe('object');
      const declinable = answerableItems(q).filter((i) => i.preferNotToAnswer && (i.kind === 'number' || i.kind === 'text' || i.kind === 'date'));
      expect(issues.map((i) => i.itemId)).toEqual(declinable.map((i) => i.id));
      expect(issues.every((i) => i.code === 'unsupported' && i.path.at(-1) === 'preferNotToAnswer')).toBe(true);
    });

    it('holds no default anywhere, and in rjsf no const, oneOf or anyOf a renderer reads', () => {
      for (const [path, sub] of rendered(schema)) {
        expect(sub, path).not.toHaveProperty('default');
        if (profile === 'rjsf') {
          expect(sub, path).not.toHaveProperty('const');
          expect(sub, path).not.toHaveProperty('oneOf');
          expect(sub, path).not.toHaveProperty('anyOf');
        }
      }
    });

    it('accepts what a person can enter, tolerating answers a condition hid; fromFormData reads it back', () => {
      let accepted = 0;
      fc.assert(
        fc.property(withHidden(q), (answers) => {
          const data = rendererData(q, answers);
          const back = fromFormData(data);
          const r = resolveAnswers(q, back);
          expect(r.issues).toEqual([]);
          const ok = requiredAnswered(q, back);
          expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(ok);
          if (ok) accepted++;
        }),
        { ...BOUNDED, numRuns: 80 },
      );
      expect(accepted).toBeGreaterThan(5);
    });
  });

  it('rjsf: react-jsonschema-form fills in nothing, untouched or after any answers', () => {
    const { schema } = toJsonSchema(q, { profile: 'rjsf', keys: 'form' });
    expect(defined(rjsfFormState(schema, {}))).toEqual({});
    fc.assert(
      fc.property(withHidden(q), (answers) => {
        const data = rendererData(q, answers);
        expect(defined(rjsfFormState(schema, data))).toEqual(defined(data));
      }),
      { ...BOUNDED, numRuns: 40 },
    );
  });

  it('rjsf: the form shows a field exactly when the library shows the item, in questionnaire order', () => {
    const { schema } = toJsonSchema(q, { profile: 'rjsf', keys: 'form' });
    const ui = toRjsfUiSchema(q, { keys: 'form' });
    const utils = rjsfUtils(schema);
    const sections = indexOf(q).sections;
    fc.assert(
      fc.property(withHidden(q), (answers) => {
        const data = rendererData(q, answers);
        const { evaluation } = resolveAnswers(q, fromFormData(data));
        const shown = Object.keys(utils.retrieveSchema(schema as RJSFSchema, data).properties ?? {});
        const expected = sections.flatMap((s, i) =>
          evaluation.sectionVisible(i) ? s.items.filter((e) => e.item.kind !== 'display' && evaluation.visible(e.item.id)).map((e) => formKey(e.item.id)) : [],
        );
        expect(orderProperties(shown, ui['ui:order'] as string[])).toEqual(expected);
      }),
      { ...BOUNDED, numRuns: 60 },
    );
  });

  it('rjsf: the uiSchema labels every enum value, with a radio or check-box widget for choices', () => {
    const { schema } = toJsonSchema(q, { profile: 'rjsf', keys: 'form' });
    const ui = toRjsfUiSchema(q, { keys: 'form' });
    const all = new Map<string, JsonSchema>();
    for (const [path, sub] of rendered(schema)) {
      const m = /\/properties\/([^/]+)$/.exec(path);
      if (m) all.set(m[1] as string, sub);
    }
    for (const item of answerableItems(q)) {
      const field = all.get(formKey(item.id));
      expect(field, item.id).toBeDefined();
      const values = field?.enum ?? field?.items?.enum;
      const fieldUi = ui[formKey(item.id)] as { 'ui:enumNames'?: string[]; 'ui:widget'?: string } | undefined;
      if (values === undefined) continue;
      expect(fieldUi?.['ui:enumNames'], item.id).toHaveLength(values.length);
      expect(fieldUi?.['ui:widget'], item.id).toBe(item.kind === 'multi' ? 'checkboxes' : 'radio');
    }
  });

  it('jsonforms: the UI schema rules show what the library shows, on renderer-shaped data', () => {
    const { uischema } = toUiSchema(q, { keys: 'form' });
    const ajv = createAjv();
    const visible = (element: UiCategory | UiControl | UiLabel, data: unknown) => isVisible(element as UISchemaElement, data, '', ajv, undefined);
    const sections = indexOf(q).sections;
    fc.assert(
      fc.property(withHidden(q), (answers) => {
        const data = rendererData(q, answers);
        const { evaluation } = resolveAnswers(q, fromFormData(data));
        sections.forEach((s, i) => {
          const category = uischema.elements[i] as UiCategory;
          const own = category.elements.slice(s.section.description ? 1 : 0);
          const categoryShown = visible(category, data);
          expect(categoryShown, s.section.id).toBe(evaluation.sectionVisible(i));
          s.items.forEach((entry, k) =>
            expect(categoryShown && visible(own[k] as UiControl | UiLabel, data), entry.item.id).toBe(evaluation.visible(entry.item.id)),
          );
        });
      }),
      { ...BOUNDED, numRuns: 60 },
    );
  });

  it('dropHiddenAnswers takes out exactly the fields of hidden items (every hidden answer), keeps them in dropped, and leaves data the validation schema accepts', () => {
    const validation = compile(toJsonSchema(q, { keys: 'form' }).schema);
    fc.assert(
      fc.property(withHidden(q), (answers) => {
        const data = rendererData(q, answers);
        const { hidden, evaluation } = resolveAnswers(q, fromFormData(data));
        const result = dropHiddenAnswers(q, data, { keys: 'form' });
        // A hidden field left blank ('' or nothing ticked) is no answer, so resolveAnswers does not list it; it goes too.
        const hiddenFields = Object.keys(data).filter((k) => !evaluation.visible(k.replaceAll(':', '.')));
        expect(hiddenFields).toEqual(expect.arrayContaining(hidden.map(formKey)));
        expect(Object.keys(result.dropped).sort()).toEqual(hiddenFields.sort());
        expect({ ...result.data, ...result.dropped }).toEqual(data);
        if (hiddenFields.length === 0) expect(result.data).toBe(data);
        const back = fromFormData(result.data);
        if (requiredAnswered(q, back)) expect(validation(toValidation(q, result.data)), JSON.stringify(validation.errors?.slice(0, 2))).toBe(true);
      }),
      { ...BOUNDED, numRuns: 60 },
    );
  });
});

/** Renderer data in the validation profile's shape: a multi-choice declined is the bare value. */
function toValidation(q: QuestionnaireInput, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const item = indexOf(q).items.get(key.replaceAll(':', '.'))?.item;
    out[key] = item?.kind === 'multi' && Array.isArray(value) && value.length === 1 && value[0] === PREFER_NOT_TO_ANSWER ? PREFER_NOT_TO_ANSWER : value;
  }
  return out;
}

describe('react-jsonschema-form and the profiles', () => {
  it('the detector works: RJSF answers a oneOf of const (the jsonforms profile) with its first option', () => {
    const { schema } = toJsonSchema(briefScreen, { profile: 'jsonforms', keys: 'form' });
    const filled = defined(rjsfFormState(schema, {}));
    expect(Object.keys(filled).length).toBeGreaterThan(5);
  });

  it('the validation profile is safe in RJSF too: nothing filled in', () => {
    const { schema } = toJsonSchema(substanceUseIntake, { keys: 'form' });
    expect(defined(rjsfFormState(schema, {}))).toEqual({});
  });

  it('fromFormData keeps the real options when "prefer not to answer" was ticked with them', () => {
    expect(fromFormData({ 'a:b': ['x', PREFER_NOT_TO_ANSWER, 'y'], 'a:c': [PREFER_NOT_TO_ANSWER], 'a:d': [], 'a:e': '', 'a:f': null, 'a:g': 0 })).toEqual({
      'a.b': ['x', 'y'],
      'a.c': PREFER_NOT_TO_ANSWER,
      'a.g': 0,
    });
  });
});
