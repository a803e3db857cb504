import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../../src/engine/resolve-answers.js';
import { auditC } from '../../../questionnaires/instruments/audit-c.js';
import { taps } from '../../../questionnaires/instruments/taps.js';
import { answersFor, fixtureItem, itemOf, optionCodes, scoreOf, usCoreQuestionnaire } from './helpers.js';

const DECLINED = 'prefer-not-to-answer';
const NEVER = {
  'auditc.sex': 'female',
  'taps.tobacco.frequency': 'never',
  'taps.alcohol.frequency': 'never',
  'taps.drugs.frequency': 'never',
  'taps.rx.frequency': 'never',
} as const;

/** Each substance's TAPS-2 questions: the use question first, then its follow-ups; and its TAPS-1 class. */
const SUBSTANCES = {
  'taps.tobacco': { gate: 'taps.tobacco.frequency', items: ['taps.tobacco.cigarettes', 'taps.tobacco.more-than-10', 'taps.tobacco.within-30-min'] },
  'taps.alcohol': {
    gate: 'taps.alcohol.frequency',
    items: ['taps.alcohol.any', 'taps.alcohol.heavy-day', 'taps.alcohol.failed-to-cut-down', 'taps.alcohol.concern'],
  },
  'taps.marijuana': { gate: 'taps.drugs.frequency', items: ['taps.marijuana.any', 'taps.marijuana.weekly-urge', 'taps.marijuana.concern'] },
  'taps.cocaine': { gate: 'taps.drugs.frequency', items: ['taps.cocaine.any', 'taps.cocaine.weekly', 'taps.cocaine.concern'] },
  'taps.heroin': { gate: 'taps.drugs.frequency', items: ['taps.heroin.any', 'taps.heroin.failed-to-cut-down', 'taps.heroin.concern'] },
  'taps.rx-opioids': { gate: 'taps.rx.frequency', items: ['taps.rx-opioids.any', 'taps.rx-opioids.failed-to-cut-down', 'taps.rx-opioids.concern'] },
  'taps.sedatives': { gate: 'taps.rx.frequency', items: ['taps.sedatives.any', 'taps.sedatives.weekly-urge', 'taps.sedatives.concern'] },
  'taps.rx-stimulants': { gate: 'taps.rx.frequency', items: ['taps.rx-stimulants.any', 'taps.rx-stimulants.weekly', 'taps.rx-stimulants.concern'] },
} as const;
type ScoreId = keyof typeof SUBSTANCES;
const SCORE_IDS = Object.keys(SUBSTANCES) as ScoreId[];

// NIDA TAPS risk levels by substance score.
const riskLevel = (score: number) => (score === 0 ? 'No use in the past 3 months' : score === 1 ? 'Problem use' : 'Higher risk');

/** Its class used weekly in the past 12 months, and "yes" to the first `yes` of its TAPS-2 questions (use question first). */
const answering = (id: ScoreId, yes: number) => {
  const { gate, items } = SUBSTANCES[id];
  return {
    ...NEVER,
    [gate]: 'weekly',
    ...answersFor(
      items,
      items.map((_, i) => (i < yes ? 1 : 0)),
    ),
  };
};

describe('TAPS-2 follow-ups are shown only for substances used', () => {
  it('asks no TAPS-2 question when every TAPS-1 answer is "Never"; every score is not applicable', () => {
    const { evaluation } = resolveAnswers(taps, NEVER);
    for (const id of SCORE_IDS) {
      for (const item of SUBSTANCES[id].items) expect(evaluation.visible(item), item).toBe(false);
      expect(evaluation.score(id)?.status, id).toBe('not-applicable');
    }
    expect(evaluation.visible('taps.other.any')).toBe(false);
  });

  it('asks only the prescription-medication questions when only that class was used', () => {
    const { evaluation } = resolveAnswers(taps, { ...NEVER, 'taps.rx.frequency': 'monthly' });
    const visibleUseQuestions = SCORE_IDS.map((id) => SUBSTANCES[id].items[0]).filter((item) => evaluation.visible(item));
    expect(visibleUseQuestions).toEqual(['taps.rx-opioids.any', 'taps.sedatives.any', 'taps.rx-stimulants.any']);
  });

  it('asks the illegal-drug questions, including "other drugs", when drugs were used', () => {
    const { evaluation } = resolveAnswers(taps, { ...NEVER, 'taps.drugs.frequency': 'less-than-monthly' });
    const visibleUseQuestions = SCORE_IDS.map((id) => SUBSTANCES[id].items[0]).filter((item) => evaluation.visible(item));
    expect(visibleUseQuestions).toEqual(['taps.marijuana.any', 'taps.cocaine.any', 'taps.heroin.any']);
    expect(evaluation.visible('taps.other.any')).toBe(true);
  });

  it('asks a substance’s detail questions only after "yes" to its use question', () => {
    const no = resolveAnswers(taps, { ...NEVER, 'taps.tobacco.frequency': 'daily', 'taps.tobacco.cigarettes': 0, 'taps.tobacco.more-than-10': 1 });
    expect(no.hidden).toEqual(['taps.tobacco.more-than-10']);
    const yes = resolveAnswers(taps, { ...NEVER, 'taps.tobacco.frequency': 'daily', 'taps.tobacco.cigarettes': 1 });
    expect(yes.evaluation.visible('taps.tobacco.more-than-10')).toBe(true);
  });

  it('does not ask about a class whose TAPS-1 question was declined, and reports its score as incomplete, not as not applicable', () => {
    const { evaluation } = resolveAnswers(taps, { ...NEVER, 'taps.alcohol.frequency': DECLINED });
    expect(evaluation.visible('taps.alcohol.any')).toBe(false);
    expect(evaluation.score('taps.alcohol')).toMatchObject({ status: 'incomplete', missing: ['taps.alcohol.frequency'] });
    expect(evaluation.score('taps.tobacco')?.status).toBe('not-applicable');
  });

  it('reports a class whose TAPS-1 question is unanswered as incomplete; "Never" as not applicable', () => {
    const { evaluation } = resolveAnswers(taps, { 'taps.tobacco.frequency': 'never' });
    expect(evaluation.score('taps.tobacco')?.status).toBe('not-applicable');
    // The sex question decides which alcohol question is asked, so it is open too.
    expect(evaluation.score('taps.alcohol')).toMatchObject({ status: 'incomplete', missing: ['auditc.sex', 'taps.alcohol.frequency'] });
    const male = resolveAnswers(taps, { 'auditc.sex': 'male' }).evaluation;
    expect(male.score('taps.alcohol')).toMatchObject({ status: 'incomplete', missing: ['taps.alcohol.frequency-male'] });
    // Marijuana, cocaine and heroin share the drugs question; prescription opioids, sedatives and stimulants the medications one.
    expect(evaluation.score('taps.heroin')).toMatchObject({ status: 'incomplete', missing: ['taps.drugs.frequency'] });
    expect(evaluation.score('taps.rx-opioids')).toMatchObject({ status: 'incomplete', missing: ['taps.rx.frequency'] });
  });

  it('asks which other drugs only after "yes"', () => {
    const used = { ...NEVER, 'taps.drugs.frequency': 'weekly' };
    expect(resolveAnswers(taps, { ...used, 'taps.other.any': 'yes' }).evaluation.visible('taps.other.which')).toBe(true);
    expect(resolveAnswers(taps, { ...used, 'taps.other.any': 'no' }).evaluation.visible('taps.other.which')).toBe(false);
  });
});

describe('TAPS substance scores', () => {
  for (const id of SCORE_IDS) {
    const shown = SUBSTANCES[id].items.length;
    // The alcohol heavy-day question has a version by sex (one shown), so the definition's range runs one higher.
    const max = id === 'taps.alcohol' ? shown + 1 : shown;
    it.each(Array.from({ length: shown + 1 }, (_, yes) => yes))(`${id}: %i "yes" answers score that many, in the published risk level`, (yes) => {
      const r = scoreOf(taps, answering(id, yes), id);
      expect(r).toMatchObject({ status: 'complete', value: yes, max, band: { en: riskLevel(yes) }, positive: yes >= 1 });
    });
  }

  it('scores 0 (no use in the past 3 months) for past-year use but "no" to past-3-month use', () => {
    expect(scoreOf(taps, { ...NEVER, 'taps.rx.frequency': 'monthly', 'taps.rx-opioids.any': 0 }, 'taps.rx-opioids')).toMatchObject({
      status: 'complete',
      value: 0,
      band: { en: 'No use in the past 3 months' },
      positive: false,
    });
  });

  it('is incomplete when a shown question is declined or unanswered', () => {
    expect(scoreOf(taps, { ...answering('taps.heroin', 3), 'taps.heroin.concern': DECLINED }, 'taps.heroin')).toMatchObject({
      status: 'incomplete',
      missing: ['taps.heroin.concern'],
    });
    expect(scoreOf(taps, { ...NEVER, 'taps.drugs.frequency': 'weekly' }, 'taps.heroin')).toMatchObject({ status: 'incomplete', missing: ['taps.heroin.any'] });
  });

  it('scores each substance independently', () => {
    const answers = {
      ...answering('taps.heroin', 3),
      'taps.rx.frequency': 'weekly',
      'taps.rx-opioids.any': 1,
      'taps.rx-opioids.failed-to-cut-down': 0,
      'taps.rx-opioids.concern': 0,
    };
    expect(scoreOf(taps, answers, 'taps.heroin').value).toBe(3);
    expect(scoreOf(taps, answers, 'taps.rx-opioids').value).toBe(1);
    expect(scoreOf(taps, answers, 'taps.marijuana').status).toBe('incomplete');
  });
});

describe('TAPS asks the alcohol questions by sex, as published', () => {
  // NIDA TAPS Tool: 4 or more drinks for women, 5 or more for men, in TAPS-1 and TAPS-2.
  const shown = (answers: Record<string, unknown>) =>
    ['taps.alcohol.frequency', 'taps.alcohol.frequency-male', 'taps.alcohol.heavy-day', 'taps.alcohol.heavy-day-male'].filter((id) =>
      resolveAnswers(taps, { ...answers, 'taps.alcohol.any': 1 }).evaluation.visible(id),
    );

  it('asks men about 5 or more drinks, and everyone else (women, declined, not answered) about 4 or more', () => {
    const drinking = { 'taps.alcohol.frequency': 'monthly', 'taps.alcohol.frequency-male': 'monthly' };
    expect(shown({ 'auditc.sex': 'male', 'taps.alcohol.frequency-male': 'monthly' })).toEqual(['taps.alcohol.frequency-male', 'taps.alcohol.heavy-day-male']);
    for (const sex of ['female', DECLINED, undefined]) {
      const answers = { ...(sex === undefined ? {} : { 'auditc.sex': sex }), 'taps.alcohol.frequency': drinking['taps.alcohol.frequency'] };
      expect(shown(answers), String(sex)).toEqual(['taps.alcohol.frequency', 'taps.alcohol.heavy-day']);
    }
    expect(itemOf(taps, 'taps.alcohol.frequency').text.en).toMatch(/4 or more drinks containing alcohol in one day/);
    expect(itemOf(taps, 'taps.alcohol.frequency-male').text.en).toMatch(/5 or more drinks containing alcohol in one day/);
    expect(itemOf(taps, 'taps.alcohol.heavy-day').text.en).toMatch(/4 or more drinks/);
    expect(itemOf(taps, 'taps.alcohol.heavy-day-male').text.en).toMatch(/5 or more drinks/);
  });

  it('asks the sex question first, the same item the AUDIT-C uses', () => {
    expect(taps.sections[0].items[0]).toEqual(itemOf(auditC, 'auditc.sex'));
  });

  it("scores a man's alcohol answers on the men's heavy-day question", () => {
    const man = {
      ...NEVER,
      'auditc.sex': 'male',
      'taps.alcohol.frequency-male': 'weekly',
      'taps.alcohol.any': 1,
      'taps.alcohol.heavy-day-male': 1,
      'taps.alcohol.failed-to-cut-down': 0,
      'taps.alcohol.concern': 0,
    };
    expect(scoreOf(taps, man, 'taps.alcohol')).toMatchObject({ status: 'complete', value: 2, band: { en: 'Higher risk' } });
  });

  it('offers the five published TAPS-1 answers', () => {
    expect(optionCodes(itemOf(taps, 'taps.drugs.frequency')).map((o) => o.value)).toEqual(['daily', 'weekly', 'monthly', 'less-than-monthly', 'never']);
  });
});

describe('TAPS codes match the US Core TAPS Questionnaire', () => {
  const fixture = usCoreQuestionnaire('TAPS');

  it('uses the fixture panel code', () => {
    expect(taps.sections[0].instrument.codes?.map((c) => c.code)).toEqual(fixture.code.map((c) => c.code));
  });

  it.each([
    ['taps.tobacco.frequency', '96842-0'],
    ['taps.drugs.frequency', '96843-8'],
  ])('%s: LOINC %s with the fixture answer codes, in order', (id, code) => {
    const published = fixtureItem(fixture.item, code);
    expect(itemOf(taps, id).codes?.[0]?.code).toBe(code);
    expect(optionCodes(itemOf(taps, id)).map((o) => o.code)).toEqual(published.answerOption?.map((o) => o.valueCoding.code));
  });

  it('codes the prescription-medication question as the fixture does', () => {
    expect(itemOf(taps, 'taps.rx.frequency').codes?.[0]?.code).toBe(fixtureItem(fixture.item, '96844-6').code?.[0]?.code);
  });

  it.each([
    ['taps.alcohol.frequency', '75889-6'],
    ['taps.alcohol.frequency-male', '88037-7'],
  ])("codes %s with the fixture's sex-specific LOINC %s", (id, code) => {
    expect(fixtureItem(fixture.item, code)).toBeDefined();
    expect(itemOf(taps, id).codes?.[0]?.code).toBe(code);
  });
});
