import { type UISchemaElement, Paths, Resolve, createAjv, isVisible } from '@jsonforms/core';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { type KeyStyle, type UiCategory, type UiControl, type UiLabel, toFormData, toJsonSchema, toUiSchema } from '../../src/json-schema/index.js';
import { kitchenSink, scored } from './fixtures.js';
import { FC, answerableItems, rawAnswers, thrown } from './helpers.js';

const jsonFormsAjv = createAjv();
const shownByJsonForms = (element: UISchemaElement, data: unknown) => isVisible(element, data, '', jsonFormsAjv, undefined);

/** The category and element of each item, in document order. */
function elementsOf(q: QuestionnaireInput, categories: readonly UiCategory[]) {
  const out = new Map<string, { category: UiCategory; element: UiControl | UiLabel }>();
  indexOf(q).sections.forEach((s, i) => {
    const category = categories[i] as UiCategory;
    const own = category.elements.slice(s.section.description ? 1 : 0);
    s.items.forEach((entry, k) => out.set(entry.item.id, { category, element: own[k] as UiControl | UiLabel }));
  });
  return out;
}

describe('toUiSchema: structure', () => {
  const { uischema } = toUiSchema(kitchenSink);
  const elements = elementsOf(kitchenSink, uischema.elements);

  it('is a Categorization with one Category per section', () => {
    expect(uischema.type).toBe('Categorization');
    expect(uischema.label).toBe('Kitchen sink');
    expect(uischema.elements.map((c) => [c.type, c.label])).toEqual([
      ['Category', 'Substance use'],
      ['Category', 'Mood'],
      ['Category', 'History'],
    ]);
    expect(uischema.elements[0]?.elements[0]).toEqual({ type: 'Label', text: 'About your use.' });
  });

  it('has a Control per answerable item and a Label per display item', () => {
    for (const s of kitchenSink.sections) {
      for (const item of s.items) {
        const element = elements.get(item.id)?.element;
        if (item.kind === 'display') expect(element).toMatchObject({ type: 'Label', text: item.text.en });
        else expect(element).toMatchObject({ type: 'Control', scope: `#/properties/${item.id}`, label: item.text.en });
      }
    }
  });

  it('binds every scope to the item property of the JSON Schema, as JSON Forms resolves it', () => {
    const { schema } = toJsonSchema(kitchenSink);
    for (const item of answerableItems(kitchenSink)) {
      const control = elements.get(item.id)?.element as UiControl;
      expect(Resolve.schema(schema, control.scope, schema)).toBe(schema.properties?.[item.id]);
    }
  });

  it('sets control options for multi-line text, scales and declinable yes/no', () => {
    expect(elements.get('mood.notes')?.element).toMatchObject({ options: { multi: true } });
    expect(elements.get('mood.q1')?.element).toMatchObject({ options: { format: 'radio' } });
    expect(elements.get('intro.injected-recently')?.element).toMatchObject({ options: { format: 'radio' } });
    expect(elements.get('history.naloxone')?.element).not.toHaveProperty('options');
    expect(elements.get('intro.age')?.element).not.toHaveProperty('options');
  });

  it('gives rules only to conditional sections and items, as AND/OR of root-scoped schema conditions', () => {
    expect(uischema.elements[0]).not.toHaveProperty('rule');
    expect(uischema.elements[1]?.rule?.effect).toBe('SHOW');
    expect(elements.get('intro.uses')?.element).not.toHaveProperty('rule');
    expect(elements.get('intro.route')?.element.rule?.condition).toMatchObject({ type: 'OR' });
    expect(elements.get('mood.notes')?.element.rule?.condition).toMatchObject({ type: 'AND' });
    const leaves: unknown[] = [];
    const collect = (c: unknown) => {
      const node = c as { conditions?: unknown[]; scope?: string };
      if (node.conditions) node.conditions.forEach(collect);
      else leaves.push(node.scope);
    };
    for (const { element } of elements.values()) if (element.rule) collect(element.rule.condition);
    expect(leaves.length).toBeGreaterThan(10);
    expect(new Set(leaves)).toEqual(new Set(['#']));
  });

  it('labels in the locale with English fallback', () => {
    const es = toUiSchema(kitchenSink, { locale: 'es' }).uischema;
    const esElements = elementsOf(kitchenSink, es.elements);
    expect(es.label).toBe('Todo incluido');
    expect(es.elements.map((c) => c.label)).toEqual(['Uso de sustancias', 'Mood', 'Historia']);
    expect(esElements.get('intro.note')?.element).toMatchObject({ text: 'Esto no es un diagnóstico.' });
    expect(esElements.get('intro.age')?.element).toMatchObject({ label: 'Edad' });
    expect(esElements.get('intro.route')?.element).toMatchObject({ label: 'How do you use it?' });
  });
});

describe('toUiSchema: SHOW rules agree with resolveAnswers under JSON Forms evaluation', () => {
  const check = (keys: KeyStyle) => {
    const { uischema } = toUiSchema(kitchenSink, { keys, unsupported: 'omit' });
    const elements = elementsOf(kitchenSink, uischema.elements);
    const sections = indexOf(kitchenSink).sections;
    let hiddenSeen = 0;
    fc.assert(
      fc.property(rawAnswers(kitchenSink), (answers) => {
        // JSON Forms keeps answers to items that became hidden; the rules must still agree.
        const data = keys === 'form' ? toFormData(answers) : answers;
        const { evaluation } = resolveAnswers(kitchenSink, answers);
        sections.forEach((s, i) => {
          expect(shownByJsonForms(uischema.elements[i] as UISchemaElement, data), `section ${s.section.id}`).toBe(evaluation.sectionVisible(i));
        });
        for (const [id, { category, element }] of elements) {
          const shown = shownByJsonForms(category as UISchemaElement, data) && shownByJsonForms(element as UISchemaElement, data);
          expect(shown, id).toBe(evaluation.visible(id));
          if (!shown) hiddenSeen++;
        }
      }),
      FC,
    );
    expect(hiddenSeen).toBeGreaterThan(FC.numRuns);
  };
  it('with item-id keys', () => check('id'));
  it('with form keys', () => check('form'));
});

describe('toUiSchema: keys', () => {
  it('reports dotted ids once under keys: "id", because JSON Forms cannot bind them', () => {
    const { issues } = toUiSchema(kitchenSink);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unsupported', itemId: 'intro.uses', path: ['sections', 0, 'items', 1, 'id'] });
    expect(issues[0]?.message).toContain("keys: 'form'");
    expect(toUiSchema(kitchenSink, { keys: 'form' }).issues).toEqual([]);
    const plain = parseQuestionnaire({
      id: 'plain',
      version: '1.0.0',
      title: { en: 'Plain' },
      sections: [{ id: 's', title: { en: 'S' }, instrument: { kind: 'descriptive', name: 'S' }, items: [{ id: 'ok', kind: 'boolean', text: { en: 'OK?' } }] }],
    });
    expect(toUiSchema(plain).issues).toEqual([]);
  });

  it('binds controls to the answers under keys: "form", where dotted ids fail in JSON Forms', () => {
    const answers = { 'intro.uses': ['heroin'], 'intro.age': 30, intro_plain: 'yes' };
    const bound = (keys: KeyStyle, id: string) => {
      const { uischema } = toUiSchema(kitchenSink, { keys, unsupported: 'omit' });
      const control = elementsOf(kitchenSink, uischema.elements).get(id)?.element as UiControl;
      return Resolve.data(keys === 'form' ? toFormData(answers) : answers, Paths.fromScoped(control));
    };
    expect(bound('form', 'intro.uses')).toEqual(['heroin']);
    expect(bound('form', 'intro.age')).toBe(30);
    expect(bound('id', 'intro_plain')).toBe('yes');
    expect(bound('id', 'intro.age')).toBeUndefined();
  });
});

describe('toUiSchema: score conditions and the unsupported policy', () => {
  it('warns, throws or stays silent as asked', () => {
    const warned = toUiSchema(scored, { keys: 'form' }).issues;
    expect(warned.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unsupported', 'sections.1.when'],
      ['unsupported', 'sections.1.items.1.when.all.1'],
      ['unsupported', 'sections.2.items.0.when.any.1.not'],
    ]);
    expect(warned[0]?.message).toContain('JSON Forms');
    expect(toUiSchema(scored, { keys: 'form', unsupported: 'omit' }).issues).toEqual([]);
    expect(() => toUiSchema(scored, { keys: 'form', unsupported: 'throw' })).toThrow(QuestionnaireError);
    // Dotted keys and score conditions, all in one error.
    const error = thrown(() => toUiSchema(scored, { unsupported: 'throw' }));
    expect(error).toBeInstanceOf(QuestionnaireError);
    expect((error as QuestionnaireError).code).toBe('unsupported');
    expect((error as QuestionnaireError).issues).toHaveLength(4);
  });

  it('shows what only a score condition would hide, and still applies the rest', () => {
    const { uischema } = toUiSchema(scored, { unsupported: 'omit' });
    const elements = elementsOf(scored, uischema.elements);
    const visible = (id: string, data: Record<string, unknown>) => {
      const e = elements.get(id);
      return e !== undefined && shownByJsonForms(e.category as UISchemaElement, data) && shownByJsonForms(e.element as UISchemaElement, data);
    };
    expect(visible('follow.a', { 'phq.q1': 0, 'phq.q2': 0 })).toBe(true);
    expect(visible('follow.b', { 'phq.q1': 0, 'phq.q2': 3 })).toBe(false);
    expect(visible('follow.b', { 'phq.q1': 1, 'phq.q2': 3 })).toBe(true);
    expect(visible('more.c', { 'phq.q1': 0, 'phq.q2': 0 })).toBe(true);
    expect(visible('more.d', { 'phq.q1': 0, 'phq.q2': 1 })).toBe(false);
  });
});
