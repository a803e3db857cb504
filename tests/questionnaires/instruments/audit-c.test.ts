import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../../src/engine/resolve-answers.js';
import { auditC } from '../../../questionnaires/instruments/audit-c.js';
import { fixtureItem, itemOf, optionCodes, ordinal, scoreOf, spread, usCoreQuestionnaire } from './helpers.js';

const DECLINED = 'prefer-not-to-answer';

/** Answers reaching a total of 1 or more, filling question 1 first so questions 2 and 3 are asked. */
const drinking = (total: number) => {
  const [q1, q2, q3] = spread(total, 3, 4);
  return { 'auditc.q1': q1, 'auditc.q2': q2, 'auditc.q3': q3 };
};

// Bush et al. 1998 (men ≥ 4); Bradley et al. 2003, 2007 (women ≥ 3); VA/DoD guidance uses the same.
const cutoffFor = (sex: string | undefined) => (sex === 'male' ? 4 : 3);

describe('AUDIT-C skip after "Never"', () => {
  it('does not ask questions 2 and 3 and scores them 0', () => {
    const r = resolveAnswers(auditC, { 'auditc.sex': 'female', 'auditc.q1': 0, 'auditc.q2': 4, 'auditc.q3': 4 });
    expect(r.hidden).toEqual(['auditc.q2', 'auditc.q3']);
    expect(r.evaluation.score('auditc')).toMatchObject({ status: 'complete', value: 0, positive: false });
  });

  it('asks them for any other answer to question 1', () => {
    const { evaluation } = resolveAnswers(auditC, { 'auditc.q1': 1 });
    expect([evaluation.visible('auditc.q2'), evaluation.visible('auditc.q3')]).toEqual([true, true]);
  });
});

describe('AUDIT-C sex-specific cut-offs', () => {
  it.each([
    ['male', 3],
    ['male', 4],
    ['female', 2],
    ['female', 3],
    [DECLINED, 2],
    [DECLINED, 3],
    [undefined, 2],
    [undefined, 3],
  ] as const)('sex %s, total %i', (sex, total) => {
    const answers = { ...drinking(total), ...(sex === undefined ? {} : { 'auditc.sex': sex }) };
    const r = scoreOf(auditC, answers, 'auditc');
    expect(r).toMatchObject({ status: 'complete', value: total, cutoff: cutoffFor(sex), positive: total >= cutoffFor(sex) });
  });

  it('applies the men’s cut-off only to "male"', () => {
    expect(scoreOf(auditC, { ...drinking(3), 'auditc.sex': 'male' }, 'auditc')).toMatchObject({ cutoffIndex: 0 });
    for (const sex of ['female', DECLINED]) {
      expect(scoreOf(auditC, { ...drinking(3), 'auditc.sex': sex }, 'auditc')).toMatchObject({ cutoffIndex: 1 });
    }
  });

  it('labels the lower cut-off as the women’s and as the one used when sex is not given', () => {
    const label = auditC.scores[0].cutoffs[1].label.en;
    expect(label).toMatch(/women/);
    expect(label).toMatch(/not given|preferred not to say/);
  });

  it('explains why sex is asked', () => {
    expect(itemOf(auditC, 'auditc.sex').help?.en).toMatch(/score the alcohol questions/);
    expect(itemOf(auditC, 'auditc.sex')).toMatchObject({ preferNotToAnswer: true });
  });
});

describe('AUDIT-C score', () => {
  it.each([
    [0, 'Below the screening cut-offs'],
    [2, 'Below the screening cut-offs'],
    [3, 'At the cut-off used for women and when sex is not given (3); below the cut-off for men (4)'],
    [4, 'At or above the screening cut-offs'],
    [7, 'At or above the screening cut-offs'],
    [8, 'At or above the screening cut-offs, in the high range (8–12)'],
    [12, 'At or above the screening cut-offs, in the high range (8–12)'],
  ])('total %i falls in band %j', (total, label) => {
    const answers = total === 0 ? { 'auditc.q1': 0 } : drinking(total);
    expect(scoreOf(auditC, answers, 'auditc')).toMatchObject({ status: 'complete', value: total, band: { en: label } });
  });

  it('is incomplete when a shown question is declined', () => {
    expect(scoreOf(auditC, { 'auditc.q1': 2, 'auditc.q2': DECLINED, 'auditc.q3': 1 }, 'auditc')).toMatchObject({
      status: 'incomplete',
      missing: ['auditc.q2'],
    });
  });

  it('is incomplete, with 2 and 3 not asked, when question 1 is declined', () => {
    const r = resolveAnswers(auditC, { 'auditc.q1': DECLINED });
    expect(r.evaluation.visible('auditc.q2')).toBe(false);
    expect(r.evaluation.score('auditc')).toMatchObject({ status: 'incomplete', missing: ['auditc.q1'] });
  });
});

describe('AUDIT-C codes match the US Core AUDIT-C Questionnaire', () => {
  const fixture = usCoreQuestionnaire('AUDIT-C');

  it('uses the fixture panel code and total score code', () => {
    expect(auditC.sections[0].instrument.codes?.map((c) => c.code)).toEqual(fixture.code.map((c) => c.code));
    expect(auditC.scores[0].codes?.[0]?.code).toBe(fixtureItem(fixture.item, '75626-2').code?.[0]?.code);
  });

  it.each([
    ['auditc.q2', '68519-8'],
    ['auditc.q3', '68520-6'],
  ])('%s: LOINC %s with the fixture answer codes and scores', (id, code) => {
    const published = fixtureItem(fixture.item, code);
    expect(itemOf(auditC, id).codes?.[0]?.code).toBe(code);
    expect(optionCodes(itemOf(auditC, id))).toEqual((published.answerOption ?? []).map((o) => ({ value: ordinal(o), code: o.valueCoding.code })));
  });

  it('codes question 1 as LOINC 68518-0 with answer list LL2179-1', () => {
    expect(itemOf(auditC, 'auditc.q1').codes?.[0]?.code).toBe('68518-0');
    expect(optionCodes(itemOf(auditC, 'auditc.q1'))).toEqual([
      { value: 0, code: 'LA6270-8' },
      { value: 1, code: 'LA18926-8' },
      { value: 2, code: 'LA18927-6' },
      { value: 3, code: 'LA18928-4' },
      { value: 4, code: 'LA18929-2' },
    ]);
  });
});
