import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import type { IndexedItem } from '../../src/engine/questionnaire-index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { Item } from '../../src/definition/item.js';
import { EvidenceBuilder, answerText } from '../../src/summary/evidence.js';

const DECLINED = 'prefer-not-to-answer';

const q = parseQuestionnaire({
  id: 'ev',
  version: '1.0.0',
  title: { en: 'Evidence' },
  sections: [
    {
      id: 's',
      title: { en: 'S' },
      instrument: { kind: 'descriptive', name: 'S' },
      items: [
        { id: 'intro', kind: 'display', text: { en: 'Intro' } },
        {
          id: 'one',
          kind: 'single',
          preferNotToAnswer: true,
          text: { en: 'One?', es: '¿Uno?' },
          options: [
            { value: 'a', text: { en: 'Apple', es: 'Manzana' } },
            { value: 'b', text: { en: 'Banana' } },
          ],
        },
        {
          id: 'many',
          kind: 'multi',
          text: { en: 'Many?' },
          options: [
            { value: 'x', text: { en: 'Ex', es: 'Equis' } },
            { value: 'y', text: { en: 'Why' } },
            { value: 'none', text: { en: 'None' }, exclusive: true },
          ],
        },
        { id: 'gate', kind: 'boolean', text: { en: 'Gate?' } },
        {
          id: 'sc',
          kind: 'scale',
          text: { en: 'Scale?' },
          when: { item: 'gate', eq: true },
          options: [
            { value: 0, text: { en: 'Never' } },
            { value: 2, text: { en: 'Often', es: 'A menudo' } },
          ],
        },
        { id: 'num', kind: 'number', text: { en: 'Days?' }, unit: { en: 'days', es: 'días' } },
        { id: 'bare', kind: 'number', text: { en: 'Count?' } },
        { id: 'txt', kind: 'text', text: { en: 'Notes?' } },
        { id: 'day', kind: 'date', text: { en: 'When?' } },
      ],
    },
  ],
});
const index = indexOf(q);

function entry(id: string): IndexedItem {
  const e = index.items.get(id);
  if (e === undefined) throw new Error(`no item ${id}`);
  return e;
}
const item = (id: string): Item => entry(id).item;

describe('answerText', () => {
  it('says "declined" in the locale for a declined answer, whatever the kind', () => {
    expect(answerText(item('one'), DECLINED, 'en')).toBe('Prefer not to answer');
    expect(answerText(item('one'), DECLINED, 'es')).toBe('Prefiero no responder');
  });

  it('gives the chosen option text for single and scale items', () => {
    expect(answerText(item('one'), 'a', 'en')).toBe('Apple');
    expect(answerText(item('one'), 'a', 'es')).toBe('Manzana');
    expect(answerText(item('one'), 'b', 'es')).toBe('Banana');
    expect(answerText(item('sc'), 2, 'es')).toBe('A menudo');
    expect(answerText(item('sc'), 0, 'en')).toBe('Never');
  });

  it('falls back to the raw value for an unknown option', () => {
    expect(answerText(item('one'), 'zzz', 'en')).toBe('zzz');
    expect(answerText(item('sc'), 7, 'en')).toBe('7');
  });

  it('joins multi option texts with "; " in answer order, raw value for unknown ones', () => {
    expect(answerText(item('many'), ['y', 'x'], 'en')).toBe('Why; Ex');
    expect(answerText(item('many'), ['x'], 'es')).toBe('Equis');
    expect(answerText(item('many'), ['x', 'q'], 'en')).toBe('Ex; q');
  });

  it('says "none selected" for an empty multi answer', () => {
    expect(answerText(item('many'), [], 'en')).toBe('None selected');
    expect(answerText(item('many'), [], 'es')).toBe('Ninguna opción seleccionada');
  });

  it('says yes or no for booleans', () => {
    expect(answerText(item('gate'), true, 'en')).toBe('Yes');
    expect(answerText(item('gate'), false, 'en')).toBe('No');
    expect(answerText(item('gate'), true, 'es')).toBe('Sí');
  });

  it('adds the unit to a number when the item has one', () => {
    expect(answerText(item('num'), 5, 'en')).toBe('5 days');
    expect(answerText(item('num'), 0, 'es')).toBe('0 días');
    expect(answerText(item('bare'), 12, 'en')).toBe('12');
  });

  it('quotes text and dates as given', () => {
    expect(answerText(item('txt'), 'some words', 'es')).toBe('some words');
    expect(answerText(item('day'), '2024-02-29', 'en')).toBe('2024-02-29');
    expect(answerText(item('intro'), 'shown', 'en')).toBe('shown');
  });
});

describe('EvidenceBuilder', () => {
  function builder(answers: Record<string, unknown>, locale = 'en'): EvidenceBuilder {
    const r = resolveAnswers(q, answers);
    expect(r.issues).toStrictEqual([]);
    return new EvidenceBuilder(r.answers, r.evaluation, locale);
  }

  it('cites the answered items in the order given, skipping display and unanswered items', () => {
    const cite = builder({ one: 'a', many: ['x', 'y'], num: 3 });
    const evidence = cite.of([entry('num'), entry('intro'), entry('gate'), entry('one'), entry('many')]);
    expect(evidence).toStrictEqual([
      { itemId: 'num', question: 'Days?', answer: 3, answerText: '3 days' },
      { itemId: 'one', question: 'One?', answer: 'a', answerText: 'Apple' },
      { itemId: 'many', question: 'Many?', answer: ['x', 'y'], answerText: 'Ex; Why' },
    ]);
  });

  it('localizes the question and answer text', () => {
    const cite = builder({ one: 'a' }, 'es');
    expect(cite.of([entry('one')])).toStrictEqual([{ itemId: 'one', question: '¿Uno?', answer: 'a', answerText: 'Manzana' }]);
  });

  it('cites a declined answer with its marker', () => {
    const cite = builder({ one: DECLINED });
    expect(cite.of([entry('one')])).toStrictEqual([{ itemId: 'one', question: 'One?', answer: DECLINED, answerText: 'Prefer not to answer' }]);
  });

  it('shares one entry per item between calls', () => {
    const cite = builder({ one: 'a', num: 1 });
    const first = cite.of([entry('one')]);
    const second = cite.of([entry('num'), entry('one')]);
    expect(second[1]).toBe(first[0]);
  });

  it('copies a multi answer rather than sharing the answers array', () => {
    const r = resolveAnswers(q, { many: ['x'] });
    const evidence = new EvidenceBuilder(r.answers, r.evaluation, 'en').of([entry('many')]);
    expect(evidence[0]?.answer).toStrictEqual(['x']);
    expect(evidence[0]?.answer).not.toBe(r.answers.many);
  });

  it('cites the visible items as unanswered when none of them was answered', () => {
    const cite = builder({ one: 'a' }, 'es');
    // `sc` is hidden (gate unanswered), `intro` is display: neither is cited.
    expect(cite.of([entry('intro'), entry('gate'), entry('sc'), entry('txt')])).toStrictEqual([
      { itemId: 'gate', question: 'Gate?', answer: null, answerText: 'Sin respuesta' },
      { itemId: 'txt', question: 'Notes?', answer: null, answerText: 'Sin respuesta' },
    ]);
  });

  it('does not add unanswered items when at least one was answered', () => {
    const cite = builder({ gate: true, sc: 2 });
    expect(cite.of([entry('gate'), entry('sc'), entry('txt')]).map((e) => e.itemId)).toStrictEqual(['gate', 'sc']);
  });

  it('cites a visible item that became visible through an answer', () => {
    const cite = builder({ gate: true });
    expect(cite.of([entry('sc')])).toStrictEqual([{ itemId: 'sc', question: 'Scale?', answer: null, answerText: 'Not answered' }]);
  });

  it('never cites a display item, even if the answers given to it hold a value for one', () => {
    // resolveAnswers drops such answers; the builder must not depend on that.
    const r = resolveAnswers(q, { one: 'a' });
    const cite = new EvidenceBuilder({ ...r.answers, intro: 'shown' }, r.evaluation, 'en');
    expect(cite.of([entry('intro'), entry('one')]).map((e) => e.itemId)).toStrictEqual(['one']);
    expect(cite.of([entry('intro')])).toStrictEqual([]);
  });

  it('cites nothing when every item is hidden or display', () => {
    expect(builder({}).of([entry('intro'), entry('sc')])).toStrictEqual([]);
  });
});
