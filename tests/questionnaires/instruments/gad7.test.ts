import { describe, expect, it } from 'vitest';
import { gad7 } from '../../../questionnaires/instruments/gad7.js';
import { resolveAnswers } from '../../../src/engine/resolve-answers.js';
import { answersFor, itemOf, optionCodes, publishedBand, scoreOf, spread } from './helpers.js';

const ITEMS = ['gad7.q1', 'gad7.q2', 'gad7.q3', 'gad7.q4', 'gad7.q5', 'gad7.q6', 'gad7.q7'] as const;

// Spitzer et al. 2006: "Scores of 5, 10, and 15 … mild, moderate, and severe"; 0–4 minimal.
const PUBLISHED_BANDS = [
  [0, 4, 'Minimal'],
  [5, 9, 'Mild'],
  [10, 14, 'Moderate'],
  [15, 21, 'Severe'],
] as const;

// LOINC panel 69737-5, in item order.
const LOINC_ITEMS = ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'];

const total = (t: number) => answersFor(ITEMS, spread(t, 7, 3));

describe('GAD-7 score', () => {
  it.each([0, 4, 5, 9, 10, 14, 15, 21])('scores a total of %i in its published band', (t) => {
    const r = scoreOf(gad7, total(t), 'gad7');
    expect(r.status).toBe('complete');
    if (r.status !== 'complete') return;
    expect(r.value).toBe(t);
    expect(r.band?.en).toBe(publishedBand(PUBLISHED_BANDS, t));
    expect(r.positive).toBe(t >= 10);
  });

  it('is incomplete when an item is unanswered', () => {
    const answers = total(15);
    delete answers['gad7.q7'];
    const r = scoreOf(gad7, answers, 'gad7');
    expect(r.status).toBe('incomplete');
    expect(r.value).toBeNull();
  });
});

describe('GAD-2 score', () => {
  it.each([
    [0, 2, false],
    [1, 1, false],
    [2, 1, true],
    [0, 3, true],
    [3, 3, true],
  ])('q1 = %i, q2 = %i → positive %s (cut-off 3)', (a, b, positive) => {
    const r = scoreOf(gad7, { 'gad7.q1': a, 'gad7.q2': b }, 'gad2');
    expect(r.value).toBe(a + b);
    if (r.status === 'complete') expect(r.positive).toBe(positive);
  });

  it('is incomplete when either of its two items is unanswered', () => {
    expect(scoreOf(gad7, { 'gad7.q1': 3 }, 'gad2').status).toBe('incomplete');
  });
});

describe('GAD-7 codes', () => {
  it('carries the LOINC panel and total score codes', () => {
    expect(gad7.sections[0].instrument.codes?.map((c) => c.code)).toEqual(['69737-5']);
    expect(gad7.scores?.find((s) => s.id === 'gad7')?.codes?.map((c) => c.code)).toEqual(['70274-6']);
  });

  it('codes each item with its LOINC panel member, in order', () => {
    expect(ITEMS.map((id) => itemOf(gad7, id).codes?.[0]?.code)).toEqual(LOINC_ITEMS);
  });

  it('scores the four published answers 0–3 with the LOINC answer codes PHQ-9 uses', () => {
    for (const id of ITEMS) {
      expect(optionCodes(itemOf(gad7, id))).toEqual([
        { value: 0, code: 'LA6568-5' },
        { value: 1, code: 'LA6569-3' },
        { value: 2, code: 'LA6570-1' },
        { value: 3, code: 'LA6571-9' },
      ]);
    }
  });
});

describe('GAD-7 difficulty item (issue 17, section 3)', () => {
  it('is the published closing question: asked only after some problem, never scored, answers coded as the PHQ-9’s', () => {
    const item = itemOf(gad7, 'gad7.difficulty');
    expect(item.text.en).toMatch(/^If you checked off any problems, how difficult have these made it for you to do your work/);
    expect(optionCodes(item).map((o) => o.code)).toEqual(['LA6572-7', 'LA6573-5', 'LA6575-0', 'LA6574-3']);
    expect(resolveAnswers(gad7, { ...total(0), 'gad7.difficulty': 'very' }).hidden).toEqual(['gad7.difficulty']);
    expect(resolveAnswers(gad7, { ...total(1), 'gad7.difficulty': 'very' }).hidden).toEqual([]);
    expect(scoreOf(gad7, { ...total(0), 'gad7.difficulty': 'very' }, 'gad7').status).toBe('complete');
    expect(scoreOf(gad7, { ...total(6), 'gad7.difficulty': 'extremely' }, 'gad7')).toMatchObject({ value: 6 });
  });
});
