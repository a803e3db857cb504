import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { DEFAULT_TEXT_MAX_LENGTH, ITEM_KINDS, PREFER_NOT_TO_ANSWER } from '../../src/definition/item.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { DRAFT_2020_12, formKey, type JsonSchema, toFormData, toJsonSchema } from '../../src/json-schema/index.js';
import { CONDITION_FORMS, conditionForms, itemKinds } from './coverage.js';
import { kitchenSink, scored } from './fixtures.js';
import { FC, answerableItems, compile, flowAnswers, invalidValue, rawAnswers, requiredAnswered, thrown } from './helpers.js';

const { schema, issues } = toJsonSchema(kitchenSink);
const validate = compile(schema);
const prop = (id: string): JsonSchema => schema.properties?.[id] as JsonSchema;

/** A complete, valid set: heroin by injection, age 30, mood answered, history shown. */
const valid = {
  'intro.uses': ['heroin', 'alcohol'],
  'intro.route': 'injection',
  'intro.injected-recently': true,
  'intro.age': 30,
  'intro.days': 10,
  'mood.q1': 2,
  'mood.q2': 3,
  'mood.q3': 1,
  'history.last-use': '2024-05-01',
  'history.naloxone': true,
  'history.kit': false,
  'history.count': 4,
  'history.mood': 'ok',
};

describe('toJsonSchema: the schema itself', () => {
  it('compiles in ajv strict mode and reports nothing for a questionnaire without score conditions', () => {
    expect(issues).toEqual([]);
    expect(schema.$schema).toBe(DRAFT_2020_12);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  it('uses the url as $id when there is one, else id and version', () => {
    expect(schema.$id).toBe('urn:intake-screening:kitchen-sink:1.2.0');
    const withUrl = parseQuestionnaire({ ...structuredClone(kitchenSink), url: 'https://clinic.example/q/kitchen-sink' });
    expect(toJsonSchema(withUrl).schema.$id).toBe('https://clinic.example/q/kitchen-sink');
  });

  it('has one property per answerable item, in document order, and none for display items', () => {
    expect(Object.keys(schema.properties ?? {})).toEqual(answerableItems(kitchenSink).map((i) => i.id));
    expect(schema.properties).not.toHaveProperty('intro.note');
    expect(schema.properties).not.toHaveProperty('mood.low');
  });

  it('is exercised by a fixture that holds every item kind and every condition form', () => {
    expect([...itemKinds(kitchenSink)].sort()).toEqual([...ITEM_KINDS].sort());
    expect([...conditionForms(kitchenSink)].sort()).toEqual([...CONDITION_FORMS].sort());
  });

  it('describes each kind as documented, with plain enums and no const a renderer could take as an answer', () => {
    expect(prop('intro.uses')).toMatchObject({ anyOf: [{ type: 'array', uniqueItems: true, maxItems: 4 }, { enum: [PREFER_NOT_TO_ANSWER] }] });
    expect(prop('intro.uses').anyOf?.[0]?.items).toEqual({ type: 'string', enum: ['heroin', 'fentanyl', 'alcohol', 'none'] });
    expect(prop('intro.route')).toMatchObject({ type: 'string', description: 'Choose the most common way.' });
    expect(prop('intro.route').enum).toContain('injection');
    expect(prop('mood.q2')).toMatchObject({ type: 'integer', enum: [0, 1, 2, 3] });
    expect(prop('intro.age')).toMatchObject({ anyOf: [{ type: 'integer', minimum: 12, maximum: 120 }, { enum: [PREFER_NOT_TO_ANSWER] }] });
    expect(prop('intro.days')).toMatchObject({ type: 'number', minimum: 0, maximum: 30 });
    expect(prop('history.mood')).toMatchObject({ type: 'string', maxLength: DEFAULT_TEXT_MAX_LENGTH });
    expect(prop('history.last-use')).toMatchObject({
      anyOf: [{ type: 'string', format: 'date', formatMinimum: '2000-01-01', formatMaximum: '2030-12-31' }, {}],
    });
    // Never `type: 'boolean'`: react-jsonschema-form answers a required boolean with false.
    expect(prop('history.naloxone')).toEqual({ title: expect.any(String) as unknown, enum: [true, false] });
    for (const id of Object.keys(schema.properties ?? {})) expect(JSON.stringify(prop(id)), id).not.toMatch(/"const"|"default"|"oneOf"/);
  });

  it('requires only the required items that are always shown', () => {
    expect(schema.required).toEqual(['intro.uses', 'intro.age']);
  });

  it('spells keys with formKey under keys: "form"', () => {
    const form = toJsonSchema(kitchenSink, { keys: 'form' }).schema;
    expect(Object.keys(form.properties ?? {})).toEqual(answerableItems(kitchenSink).map((i) => formKey(i.id)));
    expect(compile(form)(toFormData(valid))).toBe(true);
    expect(compile(form)(valid)).toBe(false);
  });
});

describe('toJsonSchema: answers', () => {
  it('accepts a complete valid answer set and "prefer not to answer" where offered', () => {
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
    expect(
      validate({ 'intro.uses': PREFER_NOT_TO_ANSWER, 'intro.age': PREFER_NOT_TO_ANSWER, 'mood.q1': PREFER_NOT_TO_ANSWER, 'mood.why': PREFER_NOT_TO_ANSWER }),
    ).toBe(true);
    expect(validate({ 'intro.uses': ['none'], 'intro.age': 40 })).toBe(true);
  });

  const failing: [string, Record<string, unknown>][] = [
    ['a wrong type', { ...valid, 'intro.age': '30' }],
    ['a wrong type in a list', { ...valid, 'intro.uses': ['heroin', 3] }],
    ['a value that is not an option', { ...valid, 'intro.route': 'vaping' }],
    ['a scale value that is not an option', { ...valid, 'mood.q1': 4 }],
    ['a number over its maximum', { ...valid, 'intro.age': 121 }],
    ['a number under its minimum', { ...valid, 'intro.days': -1 }],
    ['a fraction for a whole number', { ...valid, 'intro.age': 30.5 }],
    ['text longer than its maxLength', { ...valid, 'mood.q1': 1, 'mood.notes': 'x'.repeat(41) }],
    ['text longer than the default maxLength', { ...valid, 'history.mood': 'x'.repeat(DEFAULT_TEXT_MAX_LENGTH + 1) }],
    ['an impossible date', { ...valid, 'history.last-use': '2023-02-29' }],
    ['a date before its minimum', { ...valid, 'history.last-use': '1999-12-31' }],
    ['a date after its maximum', { ...valid, 'history.last-use': '2031-01-01' }],
    ['"none of these" with another choice', { ...valid, 'intro.uses': ['heroin', 'none'] }],
    ['a repeated choice', { ...valid, 'intro.uses': ['heroin', 'heroin'] }],
    ['"prefer not to answer" where not offered', { ...valid, 'intro.days': PREFER_NOT_TO_ANSWER }],
    ['"prefer not to answer" typed into text that does not offer it', { ...valid, 'history.mood': PREFER_NOT_TO_ANSWER }],
    ['an unknown key', { ...valid, 'intro.nope': 1 }],
    ['a display item as a key', { ...valid, 'intro.note': 'x' }],
    ['a missing always-shown required answer', { 'intro.uses': ['alcohol'] }],
    ['a missing conditionally required answer that is shown', { ...valid, 'intro.route': undefined }],
    ['an answer to an item its own condition hides', { ...valid, 'intro.route': 'smoking', 'intro.injected-recently': true }],
    ['an answer to an item whose section is hidden', { 'intro.uses': ['none'], 'intro.age': 40, 'mood.q1': 1 }],
    ['an answer to a hidden item read by a later condition', { 'intro.uses': ['alcohol'], 'intro.age': 40, 'mood.q1': 0, 'mood.q2': 3, 'mood.q3': 1 }],
    ['an answer hidden by a negated condition', { ...valid, 'history.where': 'yes' }],
  ];
  it.each(failing)('refuses %s', (_label, answers) => {
    const input = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined));
    expect(validate(input)).toBe(false);
    const r = resolveAnswers(kitchenSink, input);
    // The same answers are refused by the library itself, one way or another.
    expect(r.issues.length > 0 || r.hidden.length > 0 || !requiredAnswered(kitchenSink, input)).toBe(true);
  });

  it('agrees with resolveAnswers on random answers, many of them to hidden items', () => {
    fc.assert(
      fc.property(rawAnswers(kitchenSink), (answers) => {
        const r = resolveAnswers(kitchenSink, answers);
        const accepted = r.issues.length === 0 && r.hidden.length === 0 && requiredAnswered(kitchenSink, answers);
        expect(validate(answers)).toBe(accepted);
      }),
      FC,
    );
  });

  it('accepts every answer set left by walking the form, once required items are answered', () => {
    let checked = 0;
    fc.assert(
      fc.property(flowAnswers(kitchenSink, 0.9), (answers) => {
        if (!requiredAnswered(kitchenSink, answers)) return;
        checked++;
        expect(validate(answers), JSON.stringify(validate.errors)).toBe(true);
      }),
      FC,
    );
    expect(checked).toBeGreaterThan(FC.numRuns / 4);
  });

  it('refuses any single invalid value', () => {
    const items = answerableItems(kitchenSink);
    const arb = fc.constantFrom(...items).chain((item) => fc.tuple(fc.constant(item.id), invalidValue(item), rawAnswers(kitchenSink)));
    fc.assert(
      fc.property(arb, ([id, bad, answers]) => {
        const input = { ...answers, [id]: bad };
        expect(resolveAnswers(kitchenSink, input).issues.length).toBeGreaterThan(0);
        expect(validate(input)).toBe(false);
      }),
      FC,
    );
  });
});

describe('toJsonSchema: locale', () => {
  it('titles in the locale, falling back to English per string', () => {
    const es = toJsonSchema(kitchenSink, { locale: 'es' }).schema;
    expect(es.title).toBe('Todo incluido');
    expect(es.description).toBe('Every item kind.');
    const age = es.properties?.['intro.age'];
    expect(age?.title).toBe('Edad');
    const labelled = toJsonSchema(kitchenSink, { locale: 'es', profile: 'jsonforms' }).schema;
    expect(labelled.properties?.['intro.route']?.oneOf).toContainEqual({ const: PREFER_NOT_TO_ANSWER, title: 'Prefiero no responder' });
    expect(es.properties?.['intro.route']?.title).toBe('How do you use it?');
    expect(es.properties?.['intro.route']?.description).toBe('Elija la más común.');
    const uses = labelled.properties?.['intro.uses']?.items?.oneOf;
    expect(uses?.map((o) => o.title)).toEqual(['Heroína', 'Fentanyl', 'Alcohol', 'Ninguna', 'Prefiero no responder']);
    expect(toJsonSchema(kitchenSink, { locale: 'es-MX' }).schema.properties?.['intro.age']?.title).toBe('Edad');
    expect(toJsonSchema(kitchenSink).schema.properties?.['intro.age']?.title).toBe('Age');
  });
});

describe('toJsonSchema: score conditions and the unsupported policy', () => {
  it('warns by default, one issue per score node, naming the item or section', () => {
    const out = toJsonSchema(scored);
    expect(out.issues.map((i) => [i.code, i.path.join('.'), i.itemId])).toEqual([
      ['unsupported', 'sections.1.when', undefined],
      ['unsupported', 'sections.1.items.1.when.all.1', 'follow.b'],
      ['unsupported', 'sections.2.items.0.when.any.1.not', 'more.c'],
    ]);
    expect(out.issues[0]?.message).toContain('section "follow"');
    expect(out.issues[1]?.message).toContain('score "phq2"');
    expect(toJsonSchema(scored, { unsupported: 'warn' }).issues).toEqual(out.issues);
  });

  it('throws a QuestionnaireError with every issue under "throw"', () => {
    const error = thrown(() => toJsonSchema(scored, { unsupported: 'throw' }));
    expect(error).toBeInstanceOf(QuestionnaireError);
    expect((error as QuestionnaireError).code).toBe('unsupported');
    expect((error as QuestionnaireError).issues).toHaveLength(3);
    expect(() => toJsonSchema(kitchenSink, { unsupported: 'throw' })).not.toThrow();
  });

  it('is silent under "omit" and builds the same schema', () => {
    const omitted = toJsonSchema(scored, { unsupported: 'omit' });
    expect(omitted.issues).toEqual([]);
    expect(omitted.schema).toEqual(toJsonSchema(scored).schema);
  });

  it('leaves items unconstrained only by the part it cannot express', () => {
    const v = compile(toJsonSchema(scored, { unsupported: 'omit' }).schema);
    // Section "follow" shows on a positive score: its answers are allowed, never required.
    expect(v({ 'phq.q1': 0, 'phq.q2': 0, 'follow.a': true })).toBe(true);
    expect(v({ 'phq.q1': 2, 'phq.q2': 3 })).toBe(true);
    // follow.b also needs phq.q1 ≥ 1, which the schema still checks.
    expect(v({ 'phq.q1': 0, 'phq.q2': 3, 'follow.b': true })).toBe(false);
    expect(v({ 'phq.q1': 1, 'phq.q2': 3, 'follow.b': true })).toBe(true);
    // more.c shows when phq.q1 is 3 whatever the score, so it is required then.
    expect(v({ 'phq.q1': 3, 'phq.q2': 0 })).toBe(false);
    expect(v({ 'phq.q1': 3, 'phq.q2': 0, 'more.c': false })).toBe(true);
    // Items without score conditions stay exact.
    expect(v({ 'phq.q1': 1, 'phq.q2': 1, 'more.d': true })).toBe(false);
  });

  it('never refuses what resolveAnswers accepts', () => {
    const v = compile(toJsonSchema(scored, { unsupported: 'omit' }).schema);
    fc.assert(
      fc.property(flowAnswers(scored), (answers) => {
        if (requiredAnswered(scored, answers)) expect(v(answers)).toBe(true);
      }),
      FC,
    );
  });
});
