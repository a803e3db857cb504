import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../../src/engine/resolve-answers.js';
import { asq } from '../../../questionnaires/instruments/asq.js';
import { answersFor, firedTriggers, scoreOf } from './helpers.js';

const SCREEN = ['asq.q1', 'asq.q2', 'asq.q3', 'asq.q4'] as const;
const DECLINED = 'prefer-not-to-answer';
const allNo = () => answersFor(SCREEN, [0, 0, 0, 0]);

describe('ASQ pathway: the acuity question (q5)', () => {
  it('is not asked when questions 1–4 are all "no" (screening complete)', () => {
    const r = resolveAnswers(asq, { ...allNo(), 'asq.q5': 'yes' });
    expect(r.evaluation.visible('asq.q5')).toBe(false);
    expect(r.hidden).toEqual(['asq.q5']);
  });

  it('is not asked before questions 1–4 are answered', () => {
    expect(resolveAnswers(asq, {}).evaluation.visible('asq.q5')).toBe(false);
  });

  it.each(SCREEN)('is asked after "yes" to %s', (id) => {
    expect(resolveAnswers(asq, { ...allNo(), [id]: 1 }).evaluation.visible('asq.q5')).toBe(true);
  });

  it.each(SCREEN)('is asked after a refusal of %s (NIMH: a refusal is a positive screen)', (id) => {
    expect(resolveAnswers(asq, { ...allNo(), [id]: DECLINED }).evaluation.visible('asq.q5')).toBe(true);
  });

  it('asks "If yes, please describe" only after "yes" to q5', () => {
    expect(resolveAnswers(asq, { 'asq.q1': 1, 'asq.q5': 'yes' }).evaluation.visible('asq.q5.describe')).toBe(true);
    expect(resolveAnswers(asq, { 'asq.q1': 1, 'asq.q5': 'no' }).evaluation.visible('asq.q5.describe')).toBe(false);
  });
});

describe('ASQ question 4 follow-up', () => {
  it('asks how and when only after "yes" to question 4', () => {
    expect(resolveAnswers(asq, { 'asq.q4': 1 }).evaluation.visible('asq.q4.how-when')).toBe(true);
    const no = resolveAnswers(asq, { 'asq.q4': 0, 'asq.q4.how-when': 'text' });
    expect(no.hidden).toEqual(['asq.q4.how-when']);
  });
});

describe('ASQ score (questions 1–4)', () => {
  it('is 0 and negative when all four are "no"', () => {
    expect(scoreOf(asq, allNo(), 'asq')).toMatchObject({ status: 'complete', value: 0, positive: false, band: { en: 'Negative screen' } });
  });

  it.each([1, 2, 3, 4])('%i "yes" answers: positive (cut-off 1)', (yes) => {
    const r = scoreOf(
      asq,
      answersFor(
        SCREEN,
        SCREEN.map((_, i) => (i < yes ? 1 : 0)),
      ),
      'asq',
    );
    expect(r).toMatchObject({ status: 'complete', value: yes, positive: true, band: { en: 'Positive screen' } });
  });

  it('is incomplete when a question is declined or unanswered', () => {
    expect(scoreOf(asq, { ...allNo(), 'asq.q2': DECLINED }, 'asq')).toMatchObject({ status: 'incomplete', value: null, missing: ['asq.q2'] });
    expect(scoreOf(asq, { 'asq.q1': 0 }, 'asq')).toMatchObject({ status: 'incomplete', missing: ['asq.q2', 'asq.q3', 'asq.q4'] });
  });
});

describe('ASQ safety triggers', () => {
  it('fire for nothing when all four are "no"', () => {
    expect(firedTriggers(asq, allNo())).toEqual([]);
  });

  it('flag a non-acute positive screen: "yes" to q1–q4, "no" to q5', () => {
    expect(firedTriggers(asq, { ...allNo(), 'asq.q3': 1, 'asq.q5': 'no' })).toEqual(['asq.positive']);
  });

  it.each(SCREEN)('flag a refusal of %s as a positive screen', (id) => {
    expect(firedTriggers(asq, { ...allNo(), [id]: DECLINED })).toEqual(['asq.positive']);
  });

  it('flag as soon as a "yes" is given, before q5 is answered', () => {
    expect(firedTriggers(asq, { 'asq.q1': 1 })).toEqual(['asq.positive']);
  });

  it.each(['yes', DECLINED])('interrupt as an acute positive screen when q5 is %s', (q5) => {
    expect(firedTriggers(asq, { ...allNo(), 'asq.q1': 1, 'asq.q5': q5 })).toEqual(['asq.acute']);
  });

  it('do not fire for a q5 answer given while q5 is hidden', () => {
    expect(firedTriggers(asq, { ...allNo(), 'asq.q5': 'yes' })).toEqual([]);
  });

  it('carry the tiers and urgencies of the NIMH pathway', () => {
    expect(asq.safety.map((t) => [t.id, t.tier, t.urgency])).toEqual([
      ['asq.acute', 'interrupt', 'emergency'],
      ['asq.positive', 'flag', 'urgent'],
    ]);
  });
});

describe('ASQ wording', () => {
  it('uses the NIMH ASQ questions verbatim', () => {
    const texts = Object.fromEntries(asq.sections[0].items.map((i) => [i.id, i.text.en]));
    expect(texts).toEqual({
      'asq.q1': 'In the past few weeks, have you wished you were dead?',
      'asq.q2': 'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
      'asq.q3': 'In the past week, have you been having thoughts about killing yourself?',
      'asq.q4': 'Have you ever tried to kill yourself?',
      'asq.q4.how-when': 'If yes, how? When?',
      'asq.q5': 'Are you having thoughts of killing yourself right now?',
      'asq.q5.describe': 'If yes, please describe:',
    });
  });

  it('lets a person decline every question', () => {
    for (const item of asq.sections[0].items) expect(item.preferNotToAnswer, item.id).toBe(true);
  });
});
