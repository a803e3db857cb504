import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../../src/engine/resolve-answers.js';
import { phq9 } from '../../../questionnaires/instruments/phq9.js';
import { answersFor, firedTriggers, fixtureItem, itemOf, optionCodes, ordinal, publishedBand, scoreOf, spread, usCoreQuestionnaire } from './helpers.js';

const ITEMS = ['phq9.q1', 'phq9.q2', 'phq9.q3', 'phq9.q4', 'phq9.q5', 'phq9.q6', 'phq9.q7', 'phq9.q8', 'phq9.q9'] as const;

// Kroenke, Spitzer & Williams 2001; PHQ instruction manual: severity by total score.
const PUBLISHED_BANDS = [
  [0, 4, 'None–minimal'],
  [5, 9, 'Mild'],
  [10, 14, 'Moderate'],
  [15, 19, 'Moderately severe'],
  [20, 27, 'Severe'],
] as const;
const CUTOFF = 10;

const total = (t: number) => answersFor(ITEMS, spread(t, 9, 3));

describe('PHQ-9 score', () => {
  it.each([0, 4, 5, 9, 10, 14, 15, 19, 20, 27])('scores a total of %i in its published band', (t) => {
    const r = scoreOf(phq9, total(t), 'phq9');
    expect(r.status).toBe('complete');
    if (r.status !== 'complete') return;
    expect(r.value).toBe(t);
    expect(r.band?.en).toBe(publishedBand(PUBLISHED_BANDS, t));
    expect(r.positive).toBe(t >= CUTOFF);
  });

  it('sums every item, whichever items carry the points', () => {
    const values = [3, 0, 2, 1, 0, 3, 1, 0, 2];
    const r = scoreOf(phq9, answersFor(ITEMS, values), 'phq9');
    expect(r.value).toBe(12);
  });

  it('is incomplete, never a low score, when an item is unanswered', () => {
    const answers = total(20);
    delete answers['phq9.q5'];
    const r = scoreOf(phq9, answers, 'phq9');
    expect(r.status).toBe('incomplete');
    expect(r.value).toBeNull();
    if (r.status === 'incomplete') expect(r.missing).toEqual(['phq9.q5']);
  });

  it('drops an out-of-range answer with an issue and reports the score incomplete', () => {
    const answers = { ...total(10), 'phq9.q1': 4 };
    const { issues, evaluation } = resolveAnswers(phq9, answers);
    expect(issues.map((i) => [i.code, i.itemId])).toEqual([['out-of-range', 'phq9.q1']]);
    expect(evaluation.score('phq9')?.status).toBe('incomplete');
  });

  it('does not offer "prefer not to answer", as the published form does not', () => {
    const { issues } = resolveAnswers(phq9, { 'phq9.q9': 'prefer-not-to-answer' });
    expect(issues.map((i) => i.code)).toEqual(['decline-not-offered']);
  });
});

describe('PHQ-2 score', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 0],
    [1, 2],
    [0, 3],
    [3, 3],
  ])('q1 = %i, q2 = %i: total q1 + q2, positive at 3 or more', (a, b) => {
    const r = scoreOf(phq9, { 'phq9.q1': a, 'phq9.q2': b }, 'phq2');
    expect(r.status).toBe('complete');
    if (r.status !== 'complete') return;
    expect(r.value).toBe(a + b);
    expect(r.positive).toBe(a + b >= 3);
    expect(r.band?.en).toBe(a + b >= 3 ? 'At or above the PHQ-2 cut-off' : 'Below the PHQ-2 cut-off');
  });

  it('ignores the other seven items', () => {
    expect(scoreOf(phq9, { ...total(27), 'phq9.q1': 0, 'phq9.q2': 1 }, 'phq2').value).toBe(1);
  });
});

describe('PHQ-9 difficulty item', () => {
  it('is asked only when some problem was reported', () => {
    const none = resolveAnswers(phq9, { ...total(0), 'phq9.difficulty': 'somewhat' });
    expect(none.hidden).toEqual(['phq9.difficulty']);
    const some = resolveAnswers(phq9, { ...answersFor(ITEMS, [0, 0, 0, 0, 0, 0, 0, 0, 1]), 'phq9.difficulty': 'somewhat' });
    expect(some.answers['phq9.difficulty']).toBe('somewhat');
  });

  it('does not count toward the score', () => {
    expect(scoreOf(phq9, { ...total(7), 'phq9.difficulty': 'extremely' }, 'phq9').value).toBe(7);
  });
});

describe('PHQ-9 item 9 safety trigger', () => {
  it.each([
    [0, []],
    [1, ['phq9.item9']],
    [2, ['phq9.item9']],
    [3, ['phq9.item9']],
  ])('item 9 = %i fires %j', (v, fired) => {
    expect(firedTriggers(phq9, { 'phq9.q9': v })).toEqual(fired);
  });

  it('is a flag with urgent urgency', () => {
    expect(phq9.safety).toEqual([expect.objectContaining({ id: 'phq9.item9', tier: 'flag', urgency: 'urgent', when: { item: 'phq9.q9', gte: 1 } })]);
  });
});

describe('PHQ-9 codes match the US Core PHQ-9 Questionnaire', () => {
  const fixture = usCoreQuestionnaire('phq-9-example');
  const fixtureItems = fixture.item.filter((i) => i.type === 'choice' && i.code?.[0]?.code !== '69722-7');

  it('uses the fixture panel code', () => {
    expect(phq9.sections[0].instrument.codes?.map((c) => c.code)).toEqual(fixture.code.map((c) => c.code));
  });

  it('gives each item the fixture item code, in the same order', () => {
    expect(ITEMS.map((id) => itemOf(phq9, id).codes?.[0]?.code)).toEqual(fixtureItems.map((i) => i.code?.[0]?.code));
  });

  it('scores each answer as the fixture ordinal value of the same LOINC answer', () => {
    ITEMS.forEach((id, k) => {
      const published = (fixtureItems[k]?.answerOption ?? []).map((o) => ({ value: ordinal(o), code: o.valueCoding.code }));
      expect(optionCodes(itemOf(phq9, id))).toEqual(published);
    });
  });

  it('codes the difficulty item and its answers as the fixture does', () => {
    const published = fixtureItem(fixture.item, '69722-7');
    const item = itemOf(phq9, 'phq9.difficulty');
    expect(item.codes?.[0]?.code).toBe('69722-7');
    expect(optionCodes(item).map((o) => o.code)).toEqual(published.answerOption?.map((o) => o.valueCoding.code));
  });

  it('codes the total score as the fixture total item', () => {
    const totalItem = fixtureItem(fixture.item, '44261-6');
    expect(phq9.scores?.find((s) => s.id === 'phq9')?.codes?.[0]?.code).toBe(totalItem.code?.[0]?.code);
  });
});
