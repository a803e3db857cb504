import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { Item } from '../../src/definition/item.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { fromFhirQuestionnaire } from '../../src/fhir/index.js';

const LOINC = 'http://loinc.org';
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const q = (item: unknown[], extra: Record<string, unknown> = {}) => ({
  resourceType: 'Questionnaire',
  status: 'active',
  id: 'Test-Q',
  title: 'Test',
  item,
  ...extra,
});
const items = (r: ReturnType<typeof fromFhirQuestionnaire>): Item[] => r.questionnaire.sections.flatMap((s) => s.items as Item[]);
const itemOf = (r: ReturnType<typeof fromFhirQuestionnaire>, id: string) => items(r).find((i) => i.id === id);
const visible = (r: ReturnType<typeof fromFhirQuestionnaire>, answers: Record<string, unknown>, id: string) =>
  resolveAnswers(r.questionnaire, answers).evaluation.visible(id);
const choice = (linkId: string, codes: string[], extra: Record<string, unknown> = {}) => ({
  linkId,
  type: 'choice',
  text: linkId,
  answerOption: codes.map((code) => ({ valueCoding: { system: 'http://example.org/cs', code, display: code.toUpperCase() } })),
  ...extra,
});
const thrown = (fn: () => unknown): QuestionnaireError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof QuestionnaireError) return error;
    throw error;
  }
  throw new Error('expected a QuestionnaireError');
};

describe('fromFhirQuestionnaire: item types', () => {
  const r = fromFhirQuestionnaire(
    q([
      { linkId: 'b', type: 'boolean', text: 'B?', required: true },
      {
        linkId: 'i',
        type: 'integer',
        text: 'I',
        extension: [
          { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
          { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 9 },
        ],
      },
      {
        linkId: 'd',
        type: 'decimal',
        text: 'D',
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
            valueCoding: { system: 'http://unitsofmeasure.org', code: 'kg', display: 'kg' },
          },
        ],
      },
      { linkId: 's', type: 'string', text: 'S', maxLength: 40 },
      { linkId: 't', type: 'text', text: 'T' },
      { linkId: 'dt', type: 'date', text: 'Date' },
      { linkId: 'disp', type: 'display', text: 'Hello' },
      choice('c', ['a', 'b']),
      choice('m', ['a', 'b'], { repeats: true }),
      { linkId: 'str', type: 'string', text: 'Pick', answerOption: [{ valueString: 'Yes please' }, { valueString: 'No thanks' }] },
      { linkId: 'int', type: 'integer', text: 'Count', answerOption: [{ valueInteger: 1 }, { valueInteger: 2 }] },
    ]),
  );

  it('maps each supported type to an item kind', () => {
    expect(items(r).map((i) => [i.id, i.kind])).toEqual([
      ['b', 'boolean'],
      ['i', 'number'],
      ['d', 'number'],
      ['s', 'text'],
      ['t', 'text'],
      ['dt', 'date'],
      ['disp', 'display'],
      ['c', 'single'],
      ['m', 'multi'],
      ['str', 'single'],
      ['int', 'single'],
    ]);
    expect(itemOf(r, 'b')).toMatchObject({ required: true, text: { en: 'B?' } });
    expect(itemOf(r, 'i')).toMatchObject({ integer: true, min: 0, max: 9 });
    expect(itemOf(r, 'd')).toMatchObject({ unit: { en: 'kg' } });
    expect(itemOf(r, 'd')).not.toHaveProperty('integer');
    expect(itemOf(r, 's')).toMatchObject({ maxLength: 40 });
    expect(itemOf(r, 't')).toMatchObject({ multiline: true });
    expect(itemOf(r, 'c')).toMatchObject({
      options: [{ value: 'a', text: { en: 'A' }, codes: [{ system: 'http://example.org/cs', code: 'a', display: 'A' }] }, { value: 'b' }],
    });
    expect(itemOf(r, 'str')).toMatchObject({ options: [{ value: 'yes-please', text: { en: 'Yes please' } }, { value: 'no-thanks' }] });
    expect(itemOf(r, 'int')).toMatchObject({ options: [{ value: '1' }, { value: '2' }] });
    expect(r.issues).toEqual([]);
  });

  it('builds a runnable questionnaire with one section from top-level questions', () => {
    expect(r.questionnaire).toMatchObject({ id: 'test-Q', version: '1.0.0', title: { en: 'Test' }, status: 'active' });
    expect(r.questionnaire.sections).toHaveLength(1);
    expect(resolveAnswers(r.questionnaire, { b: true, c: 'b', m: ['a', 'b'], str: 'no-thanks' }).issues).toEqual([]);
  });
});

describe('fromFhirQuestionnaire: weights', () => {
  const weighted = (weights: (number | undefined)[], url = ORDINAL, extra: Record<string, unknown> = {}) => ({
    linkId: 'w',
    type: 'choice',
    text: 'W',
    answerOption: weights.map((w, k) => ({
      valueCoding: { system: LOINC, code: `LA${k}-0`, display: `opt ${k}` },
      ...(w === undefined ? {} : { extension: [{ url, valueDecimal: w }] }),
    })),
    ...extra,
  });

  it('makes a scale of options that all carry distinct whole weights, ordinalValue or itemWeight', () => {
    for (const url of [ORDINAL, WEIGHT]) {
      const r = fromFhirQuestionnaire(q([weighted([0, 1, 3], url)]));
      expect(itemOf(r, 'w')).toMatchObject({ kind: 'scale', options: [{ value: 0, codes: [{ code: 'LA0-0' }] }, { value: 1 }, { value: 3 }] });
      expect(r.questionnaire.scores).toEqual([
        { id: 'test-Q', title: { en: 'Test (total of weighted answers)' }, section: 'test-Q', items: ['w'], bands: [], cutoffs: [] },
      ]);
      expect(resolveAnswers(r.questionnaire, { w: 3 }).evaluation.scoreValue('test-Q')).toBe(3);
    }
  });

  it('reads a weight on the coding as well as on the option', () => {
    const r = fromFhirQuestionnaire(
      q([
        {
          linkId: 'w',
          type: 'choice',
          text: 'W',
          answerOption: [0, 2].map((w) => ({ valueCoding: { system: LOINC, code: `c${w}`, extension: [{ url: ORDINAL, valueDecimal: w }] } })),
        },
      ]),
    );
    expect(itemOf(r, 'w')).toMatchObject({ kind: 'scale', options: [{ value: 0 }, { value: 2 }] });
  });

  it('keeps a choice, and reports the lost weights, when they cannot make a scale', () => {
    for (const [weights, extra] of [[[0, 1.5]], [[0, undefined]], [[0, 1], { repeats: true }]] as [(number | undefined)[], Record<string, unknown>?][]) {
      const r = fromFhirQuestionnaire(q([weighted(weights, ORDINAL, extra)]));
      expect(itemOf(r, 'w')?.kind).toBe(extra?.repeats ? 'multi' : 'single');
      expect(r.issues.map((i) => i.message).join()).toMatch(/weights/);
      expect(r.questionnaire.scores).toBeUndefined();
    }
  });

  it('keeps repeated weights as option scores: each option stays distinct, and the total sums the weights', () => {
    const r = fromFhirQuestionnaire(q([weighted([0, 1, 2, 3, 4, 4])]));
    const item = itemOf(r, 'w');
    expect(item?.kind).toBe('scale');
    const options = item?.kind === 'scale' ? item.options : [];
    expect(options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(options.map((o) => o.score ?? o.value)).toEqual([0, 1, 2, 3, 4, 4]);
    expect(r.issues.map((i) => i.message).join()).not.toMatch(/weights/);
    const score = r.questionnaire.scores?.[0]?.id as string;
    expect(resolveAnswers(r.questionnaire, { w: 5 }).evaluation.score(score)).toMatchObject({ status: 'complete', value: 4, min: 0, max: 4 });
    expect(resolveAnswers(r.questionnaire, { w: 4 }).evaluation.score(score)).toMatchObject({ status: 'complete', value: 4 });
  });

  it('infers no score under scores: "none"', () => {
    expect(fromFhirQuestionnaire(q([weighted([0, 1])]), { scores: 'none' }).questionnaire.scores).toBeUndefined();
  });

  it('reads the asked-declined coding as "prefer not to answer", and Yes/No (v2-0136) as a boolean', () => {
    const declined = { valueCoding: { system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'asked-declined' } };
    const yn = (code: string) => ({ valueCoding: { system: 'http://terminology.hl7.org/CodeSystem/v2-0136', code } });
    const r = fromFhirQuestionnaire(
      q([
        { ...weighted([0, 1]), answerOption: [...weighted([0, 1]).answerOption, declined] },
        { linkId: 'yn', type: 'choice', text: 'YN', answerOption: [yn('Y'), yn('N'), declined] },
      ]),
    );
    expect(itemOf(r, 'w')).toMatchObject({ kind: 'scale', preferNotToAnswer: true });
    expect(itemOf(r, 'yn')).toMatchObject({ kind: 'boolean', preferNotToAnswer: true });
  });
});

describe('fromFhirQuestionnaire: enableWhen', () => {
  const form = (enableWhen: unknown[], enableBehavior?: string, target: Record<string, unknown> = {}) =>
    fromFhirQuestionnaire(
      q([
        choice('c', ['a', 'b']),
        choice('m', ['a', 'b'], { repeats: true }),
        { linkId: 'n', type: 'integer', text: 'N' },
        { linkId: 'bool', type: 'boolean', text: 'Bool' },
        { linkId: 'x', type: 'display', text: 'X', enableWhen, ...(enableBehavior ? { enableBehavior } : {}), ...target },
      ]),
    );
  const coding = (code: string) => ({ system: 'http://example.org/cs', code });

  it('reads exists true and false', () => {
    const yes = form([{ question: 'n', operator: 'exists', answerBoolean: true }]);
    expect(visible(yes, {}, 'x')).toBe(false);
    expect(visible(yes, { n: 0 }, 'x')).toBe(true);
    const no = form([{ question: 'n', operator: 'exists', answerBoolean: false }]);
    expect(visible(no, {}, 'x')).toBe(true);
    expect(visible(no, { n: 3 }, 'x')).toBe(false);
  });

  it('reads = on a choice, on a repeating choice (some answer equals), on a boolean and on a number', () => {
    expect(visible(form([{ question: 'c', operator: '=', answerCoding: coding('b') }]), { c: 'b' }, 'x')).toBe(true);
    expect(visible(form([{ question: 'c', operator: '=', answerCoding: coding('b') }]), { c: 'a' }, 'x')).toBe(false);
    expect(visible(form([{ question: 'm', operator: '=', answerCoding: coding('b') }]), { m: ['a', 'b'] }, 'x')).toBe(true);
    expect(visible(form([{ question: 'bool', operator: '=', answerBoolean: false }]), { bool: false }, 'x')).toBe(true);
    expect(visible(form([{ question: 'n', operator: '=', answerInteger: 4 }]), { n: 4 }, 'x')).toBe(true);
    // a coding without a system matches an option by its code
    expect(visible(form([{ question: 'c', operator: '=', answerCoding: { code: 'a' } }]), { c: 'a' }, 'x')).toBe(true);
  });

  it('reads != as R4 defines it: no answer equals the value, so it also holds when unanswered', () => {
    const r = form([{ question: 'c', operator: '!=', answerCoding: coding('a') }]);
    expect(visible(r, {}, 'x')).toBe(true);
    expect(visible(r, { c: 'b' }, 'x')).toBe(true);
    expect(visible(r, { c: 'a' }, 'x')).toBe(false);
    const m = form([{ question: 'm', operator: '!=', answerCoding: coding('a') }]);
    expect(visible(m, { m: ['a', 'b'] }, 'x')).toBe(false);
  });

  it('reads >, <, >= and <= on numbers', () => {
    const cases: [string, number, boolean][] = [
      ['>', 5, false],
      ['>', 6, true],
      ['<', 5, false],
      ['<', 4, true],
      ['>=', 5, true],
      ['<=', 5, true],
      ['>=', 4, false],
      ['<=', 6, false],
    ];
    for (const [operator, n, want] of cases)
      expect(visible(form([{ question: 'n', operator, answerInteger: 5 }]), { n }, 'x'), `${n} ${operator} 5`).toBe(want);
  });

  it('combines with enableBehavior all and any', () => {
    const both = [
      { question: 'c', operator: '=', answerCoding: coding('a') },
      { question: 'n', operator: '>', answerInteger: 2 },
    ];
    expect(visible(form(both, 'all'), { c: 'a', n: 1 }, 'x')).toBe(false);
    expect(visible(form(both, 'all'), { c: 'a', n: 3 }, 'x')).toBe(true);
    expect(visible(form(both, 'any'), { c: 'b', n: 3 }, 'x')).toBe(true);
    expect(visible(form(both, 'any'), { c: 'b', n: 1 }, 'x')).toBe(false);
    const missing = form(both);
    expect(missing.issues.map((i) => i.path.at(-1))).toContain('enableBehavior');
    expect(visible(missing, { c: 'a', n: 1 }, 'x')).toBe(false);
  });

  it('drops, with an issue, a comparison on a later, unknown or unsupported question', () => {
    const later = fromFhirQuestionnaire(
      q([
        { linkId: 'x', type: 'boolean', text: 'X', enableWhen: [{ question: 'y', operator: 'exists', answerBoolean: true }] },
        { linkId: 'y', type: 'boolean', text: 'Y' },
      ]),
    );
    expect(itemOf(later, 'x')?.when).toBeUndefined();
    expect(later.issues.map((i) => [i.itemId, i.path.join('.')])).toEqual([['x', 'item.0.enableWhen.0']]);
    const dateCompare = fromFhirQuestionnaire(
      q([
        { linkId: 'd', type: 'date', text: 'D' },
        { linkId: 'x', type: 'boolean', text: 'X', enableWhen: [{ question: 'd', operator: '>', answerDate: '2020-01-01' }] },
      ]),
    );
    expect(dateCompare.issues[0]?.message).toMatch(/by order/);
  });

  it('reports an enableWhenExpression it cannot read', () => {
    const r = form([], undefined, {
      extension: [
        {
          url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression',
          valueExpression: { language: 'text/fhirpath', expression: '%age > 3' },
        },
      ],
    });
    expect(itemOf(r, 'x')?.when).toBeUndefined();
    expect(r.issues[0]?.message).toMatch(/FHIRPath enableWhenExpression/);
  });
});

describe('fromFhirQuestionnaire: structure and ids', () => {
  it('maps linkIds that are not ids deterministically and reports the mapping', () => {
    const input = q([
      { linkId: '/44250-9', type: 'boolean', text: 'A' },
      { linkId: 'Upper.Case', type: 'boolean', text: 'B' },
      { linkId: 'constructor', type: 'boolean', text: 'C' },
      { linkId: 'q-44250-9', type: 'boolean', text: 'D' },
    ]);
    const a = fromFhirQuestionnaire(input);
    const b = fromFhirQuestionnaire(structuredClone(input));
    expect([...a.mapping.ids]).toEqual([...b.mapping.ids]);
    expect(Object.fromEntries(a.mapping.ids)).toMatchObject({
      '/44250-9': 'q-44250-9',
      'Upper.Case': 'upper.Case',
      constructor: 'constructor-2',
      'q-44250-9': 'q-44250-9-2',
    });
  });

  it('makes top-level groups sections, flattens nested groups with an issue, and keeps their conditions', () => {
    const r = fromFhirQuestionnaire(
      q([
        {
          linkId: 'g1',
          type: 'group',
          text: 'First',
          item: [
            choice('gate', ['yes', 'no']),
            {
              linkId: 'inner',
              type: 'group',
              text: 'Inner',
              enableWhen: [{ question: 'gate', operator: '=', answerCoding: { system: 'http://example.org/cs', code: 'yes' } }],
              item: [{ linkId: 'deep', type: 'boolean', text: 'Deep' }],
            },
          ],
        },
        {
          linkId: 'g2',
          type: 'group',
          text: 'Second',
          enableWhen: [{ question: 'deep', operator: 'exists', answerBoolean: true }],
          item: [{ linkId: 'last', type: 'string', text: 'Last' }],
        },
      ]),
    );
    expect(r.questionnaire.sections.map((s) => [s.id, s.items.map((i) => i.id)])).toEqual([
      ['g1', ['gate', 'inner', 'deep']],
      ['g2', ['last']],
    ]);
    expect(r.issues.map((i) => i.itemId)).toEqual(['inner']);
    expect(visible(r, { gate: 'no' }, 'deep')).toBe(false);
    expect(visible(r, { gate: 'yes' }, 'deep')).toBe(true);
    expect(visible(r, { gate: 'yes' }, 'last')).toBe(false);
    expect(visible(r, { gate: 'yes', deep: false }, 'last')).toBe(true);
  });

  it('turns a help display child into help text, and other children into items after their parent', () => {
    const help = {
      linkId: 'a-help',
      type: 'display',
      text: 'Some help',
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
          valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help' }] },
        },
      ],
    };
    const r = fromFhirQuestionnaire(
      q([
        { linkId: 'a', type: 'boolean', text: 'A', item: [help, { linkId: 'a.more', type: 'string', text: 'More' }], enableWhen: [] },
        { linkId: 'b', type: 'boolean', text: 'B' },
      ]),
    );
    expect(itemOf(r, 'a')).toMatchObject({ help: { en: 'Some help' } });
    expect(items(r).map((i) => i.id)).toEqual(['a', 'a.more', 'b']);
  });

  it('reads translations of texts and options', () => {
    const tr = (content: string) => ({
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/translation',
          extension: [
            { url: 'lang', valueCode: 'es' },
            { url: 'content', valueString: content },
          ],
        },
      ],
    });
    const r = fromFhirQuestionnaire(
      q(
        [
          {
            linkId: 'c',
            type: 'choice',
            text: 'Colour',
            _text: tr('Color'),
            answerOption: [{ valueCoding: { system: 'http://example.org/cs', code: 'r', display: 'Red', _display: tr('Rojo') } }],
          },
        ],
        { _title: tr('Prueba') },
      ),
    );
    expect(r.questionnaire.title).toEqual({ en: 'Test', es: 'Prueba' });
    expect(itemOf(r, 'c')).toMatchObject({ text: { en: 'Colour', es: 'Color' }, options: [{ text: { en: 'Red', es: 'Rojo' } }] });
    expect(r.questionnaire.locales).toEqual(['es']);
  });
});

describe('fromFhirQuestionnaire: what it cannot represent', () => {
  const unsupported = q(
    [
      { linkId: 'att', type: 'attachment', text: 'File' },
      { linkId: 'ref', type: 'reference', text: 'Ref' },
      { linkId: 'qty', type: 'quantity', text: 'Qty' },
      { linkId: 'tm', type: 'time', text: 'Time' },
      { linkId: 'dtm', type: 'dateTime', text: 'When' },
      { linkId: 'vs', type: 'choice', text: 'VS', answerValueSet: 'http://example.org/vs' },
      { linkId: 'ro', type: 'boolean', text: 'Shown, not asked', readOnly: true, initial: [{ valueBoolean: true }], prefix: '1.' },
      {
        linkId: 'calc',
        type: 'decimal',
        text: 'Total',
        extension: [
          {
            url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
            valueExpression: { language: 'text/fhirpath', expression: '1' },
          },
        ],
      },
      { linkId: 'oc', type: 'open-choice', text: 'Other', answerOption: [{ valueString: 'a' }] },
      { linkId: 'ext', type: 'string', text: 'Ext', extension: [{ url: 'http://example.org/x', valueString: 'y' }] },
    ],
    { date: '2024-01-01', contained: [{ resourceType: 'Observation', id: 'template' }] },
  );

  it('reports every such part under "warn", with its path, and imports the rest', () => {
    const r = fromFhirQuestionnaire(unsupported);
    // A read-only item is shown to the person, never asked: it is reported and left out like a calculated one.
    expect(items(r).map((i) => i.id)).toEqual(['oc', 'ext']);
    expect(r.issues.find((i) => i.path.join('.') === 'item.6')?.message).toMatch(/read-only \(readOnly\), not asked/);
    const paths = r.issues.map((i) => i.path.join('.'));
    for (const p of [
      'item.0',
      'item.1',
      'item.2',
      'item.3',
      'item.4',
      'item.5',
      'item.6',
      'item.6.initial',
      'item.6.prefix',
      'item.7',
      'item.8.type',
      'item.9.extension',
      'date',
      'contained.0',
    ])
      expect(paths).toContain(p);
    expect(r.issues.every((i) => i.code === 'unsupported')).toBe(true);
  });

  it('returns no issue under "omit" and throws them all under "throw"', () => {
    const omit = fromFhirQuestionnaire(unsupported, { unsupported: 'omit' });
    expect(omit.issues).toEqual([]);
    expect(items(omit).map((i) => i.id)).toEqual(['oc', 'ext']);
    const error = thrown(() => fromFhirQuestionnaire(unsupported, { unsupported: 'throw' }));
    expect(error.issues.length).toBe(fromFhirQuestionnaire(unsupported).issues.length);
  });
});

describe('fromFhirQuestionnaire: bad input', () => {
  it('refuses what is not a Questionnaire', () => {
    for (const bad of [null, 42, 'Questionnaire', [], { resourceType: 'Patient' }, {}]) {
      expect(thrown(() => fromFhirQuestionnaire(bad)).issues[0]?.code).toBe('invalid-definition');
    }
  });

  it('refuses malformed items', () => {
    expect(thrown(() => fromFhirQuestionnaire(q([{ type: 'boolean', text: 'no linkId' }]))).issues[0]?.path).toEqual(['item', 0, 'linkId']);
    expect(thrown(() => fromFhirQuestionnaire(q([{ linkId: 'a', type: 'checkbox' }]))).issues[0]?.path).toEqual(['item', 0, 'type']);
    expect(thrown(() => fromFhirQuestionnaire(q([{ linkId: 'a', type: 'boolean', enableWhen: 'yes' }]))).issues[0]?.path).toEqual(['item', 0, 'enableWhen']);
  });

  it('refuses prototype-polluting keys', () => {
    const evil = JSON.parse(
      '{"resourceType":"Questionnaire","status":"active","item":[{"linkId":"a","type":"boolean","text":"A","__proto__":{"polluted":true}}]}',
    );
    expect(thrown(() => fromFhirQuestionnaire(evil)).issues[0]?.code).toBe('reserved-id');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting and huge input without crashing', () => {
    let deep: Record<string, unknown> = { linkId: 'leaf', type: 'boolean', text: 'L' };
    for (let i = 0; i < 100; i++) deep = { linkId: `g${i}`, type: 'group', text: 'G', item: [deep] };
    expect(thrown(() => fromFhirQuestionnaire(q([deep]))).message).toMatch(/nested/);
    const huge = q(Array.from({ length: 300_000 }, (_, i) => i));
    expect(thrown(() => fromFhirQuestionnaire(huge)).message).toMatch(/more than/);
    expect(thrown(() => fromFhirQuestionnaire(q([{ linkId: 'a', type: 'string', text: 'x'.repeat(300_000) }]))).message).toMatch(/longer than/);
  });

  it('refuses a questionnaire with nothing importable', () => {
    expect(thrown(() => fromFhirQuestionnaire(q([{ linkId: 'a', type: 'attachment', text: 'File' }]))).issues.map((i) => i.code)).toContain('empty-section');
  });
});
