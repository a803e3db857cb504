import { describe, expect, it } from 'vitest';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { summarize } from '../../src/summary/summarize.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { calmAnswers, testQuestionnaire as q } from './fixture.js';

const sources = (s: ReferralSummary) => s.urgency.reasons.map((r) => `${r.urgency}:${r.source.kind}:${r.source.id}`);
const ids = (evidence: readonly { itemId: string }[]) => evidence.map((e) => e.itemId);

describe('urgency', () => {
  it('is routine with no reasons when nothing raises it', () => {
    const s = summarize(q, calmAnswers);
    expect(s.urgency).toEqual({ level: 'routine', reasons: [] });
    expect(s.safetyFlags).toEqual([]);
    expect(s.crisisResources).toBeUndefined();
  });

  it('is emergency from an interrupt trigger, with the trigger as reason', () => {
    const s = summarize(q, { ...calmAnswers, 'safety.now': true });
    expect(s.urgency.level).toBe('emergency');
    expect(s.urgency.reasons).toEqual([
      {
        urgency: 'emergency',
        text: 'Current thoughts of ending their life reported.',
        source: { kind: 'safety', id: 'safety.acute' },
        evidence: [{ itemId: 'safety.now', question: 'Are you thinking about ending your life right now?', answer: true, answerText: 'Yes' }],
      },
    ]);
  });

  it('is urgent from a flag trigger', () => {
    const s = summarize(q, { ...calmAnswers, 'mood.q9': 2 });
    expect(s.urgency.level).toBe('urgent');
    expect(sources(s)).toEqual(['urgent:safety:safety.mood9']);
  });

  it('is urgent from a rule', () => {
    const s = summarize(q, { ...calmAnswers, 'use.substances': ['opioids'], 'use.route': 'smoking', 'use.days': 25 });
    expect(s.urgency.level).toBe('urgent');
    expect(sources(s)).toEqual(['urgent:rule:rule.dailyOpioids']);
    expect(s.safetyFlags).toEqual([]);
  });

  it('is priority from a rule', () => {
    const s = summarize(q, { ...calmAnswers, 'use.substances': ['opioids'], 'use.route': 'injection', 'use.naloxone': true });
    expect(s.urgency.level).toBe('priority');
    expect(sources(s)).toEqual(['priority:rule:rule.inject']);
  });

  it('is priority when the safety question was skipped, citing it as unanswered', () => {
    const { 'safety.now': _skip, ...rest } = calmAnswers;
    const s = summarize(q, rest);
    expect(s.urgency.level).toBe('priority');
    expect(s.urgency.reasons[0]?.evidence).toEqual([
      { itemId: 'safety.now', question: 'Are you thinking about ending your life right now?', answer: null, answerText: 'Not answered' },
    ]);
  });

  it('takes the highest level and lists every reason, most urgent first', () => {
    const s = summarize(q, {
      ...calmAnswers,
      'use.substances': ['opioids'],
      'use.route': 'injection',
      'use.naloxone': true,
      'use.days': 28,
      'mood.q9': 1,
      'safety.now': true,
    });
    expect(s.urgency.level).toBe('emergency');
    expect(sources(s)).toEqual(['emergency:safety:safety.acute', 'urgent:safety:safety.mood9', 'urgent:rule:rule.dailyOpioids', 'priority:rule:rule.inject']);
  });
});

describe('safety flags', () => {
  it('lists each fired trigger with tier, urgency, reason and evidence, in definition order', () => {
    const s = summarize(q, { ...calmAnswers, 'mood.q9': 3, 'safety.now': true });
    expect(s.safetyFlags).toEqual([
      {
        id: 'safety.acute',
        tier: 'interrupt',
        urgency: 'emergency',
        reason: 'Current thoughts of ending their life reported.',
        evidence: [{ itemId: 'safety.now', question: 'Are you thinking about ending your life right now?', answer: true, answerText: 'Yes' }],
      },
      {
        id: 'safety.mood9',
        tier: 'flag',
        urgency: 'urgent',
        reason: 'Thoughts of being better off dead reported on the mood screen.',
        evidence: [{ itemId: 'mood.q9', question: 'Thoughts that you would be better off dead', answer: 3, answerText: 'Nearly every day' }],
      },
    ]);
  });

  it('adds the questionnaire crisis resources when a flag fires', () => {
    expect(summarize(q, { ...calmAnswers, 'mood.q9': 1 }).crisisResources).toBe('Call the test crisis line now.');
    expect(summarize(q, { ...calmAnswers, 'mood.q9': 1 }, { locale: 'es' }).crisisResources).toBe('Llame ahora a la línea de crisis de prueba.');
  });

  it('adds them at emergency urgency raised by a rule alone, with no safety flag', () => {
    const emergencyRule = {
      ...q,
      rules: [
        {
          id: 'rule.emergency',
          when: { item: 'safety.now', eq: true },
          domain: 'safety' as const,
          finding: { en: 'Rule-only emergency.' },
          urgency: 'emergency' as const,
        },
      ],
      safety: [],
    };
    const s = summarize(emergencyRule, { ...calmAnswers, 'safety.now': true });
    expect(s.safetyFlags).toEqual([]);
    expect(s.urgency.level).toBe('emergency');
    expect(s.crisisResources).toBe('Call the test crisis line now.');
    expect(Object.keys(s).indexOf('crisisResources')).toBe(Object.keys(s).indexOf('safetyFlags') + 1);
    expect(summarize(emergencyRule, calmAnswers).crisisResources).toBeUndefined();
  });

  it('falls back to generic crisis resources when the questionnaire has none', () => {
    const { crisisResources: _drop, ...bare } = structuredClone(q) as typeof q & { crisisResources?: unknown };
    const s = summarize(bare, { 'safety.now': true });
    expect(s.crisisResources).toMatch(/emergency/i);
  });
});

describe('setting considerations', () => {
  it('reports each residential indicator with the rule and answers that raised it', () => {
    const s = summarize(q, { ...calmAnswers, 'setting.home': 'none', 'setting.transport': false, 'mood.q1': 2, 'mood.q2': 2 });
    expect(s.setting.map((c) => [c.indicator, c.reasons, ids(c.evidence)])).toEqual([
      ['no-home-support', ['rule.noHome'], ['setting.home']],
      ['serious-mental-health-concerns', ['rule.moodPositive'], ['mood.q1', 'mood.q2']],
      ['no-transport', ['rule.noTransport'], ['setting.transport']],
    ]);
    expect(s.setting[0]?.evidence[0]?.answerText).toBe('Nowhere safe to stay');
    for (const c of s.setting) expect(c.text).toMatch(/may be worth considering/);
  });

  it('always carries the fixed note that the summary does not decide a level of care', () => {
    expect(summarize(q, calmAnswers).setting).toEqual([]);
    expect(summarize(q, calmAnswers).settingNote).toMatch(/does not decide a level of care/);
  });
});

describe('referrals', () => {
  it('lists each type once, with every rule that suggested it and the merged evidence', () => {
    const s = summarize(q, {
      ...calmAnswers,
      'use.substances': ['opioids'],
      'use.route': 'injection',
      'use.naloxone': false,
      'setting.home': 'none',
    });
    expect(s.referrals.map((r) => [r.type, r.reasons, ids(r.evidence)])).toEqual([
      ['moud-evaluation', ['rule.opioids', 'rule.inject'], ['use.substances', 'use.route', 'use.notes']],
      ['harm-reduction-naloxone', ['rule.inject', 'rule.noNaloxone'], ['use.route', 'use.naloxone']],
      ['housing-support', ['rule.noHome', 'rule.unstableHome'], ['setting.home']],
    ]);
    expect(s.referrals[0]?.text).toMatch(/medication for opioid use disorder/);
  });
});

describe('instrument results', () => {
  const mood = (s: ReferralSummary, id = 'mood2') => s.instruments.find((r) => r.scoreId === id);

  it('reports every score of the questionnaire, in definition order', () => {
    expect(summarize(q, calmAnswers).instruments.map((r) => r.scoreId)).toEqual(['mood2', 'mood3', 'drinks']);
  });

  it('reports a complete positive score with band, cut-off, meaning, source and evidence', () => {
    const r = mood(summarize(q, { ...calmAnswers, 'mood.q1': 1, 'mood.q2': 3 }));
    expect(r).toEqual({
      scoreId: 'mood2',
      instrument: 'Mood-3',
      rater: 'self',
      title: 'Mood-2 score',
      source: {
        citation: 'Test A, Example B. A test mood screen. J Test Med. 2001;1:1-2.',
        licence: 'Free to use for testing.',
        url: 'https://example.org/mood',
      },
      status: 'complete',
      score: 4,
      min: 0,
      max: 6,
      band: 'Elevated range',
      bands: [
        { min: 0, max: 2, label: 'Below cut-off' },
        { min: 3, max: 6, label: 'Elevated range' },
      ],
      cutoff: { value: 3, label: '≥ 3' },
      positive: true,
      meaning: 'Screened positive for symptoms of low mood; further assessment by a qualified clinician is recommended.',
      missing: [],
      evidence: [
        { itemId: 'mood.q1', question: 'Little interest or pleasure in doing things', answer: 1, answerText: 'Several days' },
        { itemId: 'mood.q2', question: 'Feeling down or hopeless', answer: 3, answerText: 'Nearly every day' },
      ],
    });
  });

  it('reports a negative score as below the cut-off, without claiming anything is absent', () => {
    const r = mood(summarize(q, calmAnswers));
    expect([r?.score, r?.band, r?.positive]).toEqual([1, 'Below cut-off', false]);
    expect(r?.meaning).toMatch(/^Below the screening cut-off/);
  });

  it('applies the first cut-off whose condition holds (sex-specific)', () => {
    const drinks = (sex: string) =>
      summarize(q, { ...calmAnswers, 'use.substances': ['alcohol'], 'use.sex': sex, 'alc.q1': 2, 'alc.q2': 1 }).instruments.find((r) => r.scoreId === 'drinks');
    expect(drinks('female')).toMatchObject({ score: 3, cutoff: { value: 3, label: '≥ 3 (women)' }, positive: true });
    expect(drinks('female')?.meaning).toBe('Screened positive on the Drinks-2; further assessment by a qualified clinician is recommended.');
    expect(drinks('male')).toMatchObject({ score: 3, cutoff: { value: 4, label: '≥ 4' }, positive: false });
    expect(drinks('male')?.source).toEqual({ citation: 'Test C. Drinking questions. 1999.', licence: 'Public domain.' });
  });

  it('reports a score with no cut-off with its band and no positive flag', () => {
    const r = mood(summarize(q, { ...calmAnswers, 'mood.q1': 3, 'mood.q2': 3, 'mood.q9': 0 }), 'mood3');
    expect(r).toMatchObject({ status: 'complete', score: 6, band: 'High range', cutoff: null, positive: null });
    expect(r?.meaning).toMatch(/no screening cut-off/);
  });

  it('reports a declined item as incomplete, never as a low score', () => {
    const s = summarize(q, { ...calmAnswers, 'mood.q1': 'prefer-not-to-answer', 'mood.q2': 3 });
    expect(mood(s)).toMatchObject({ status: 'incomplete', score: null, band: null, cutoff: null, positive: null, missing: ['mood.q1'] });
    expect(mood(s)?.evidence).toEqual([
      { itemId: 'mood.q1', question: 'Little interest or pleasure in doing things', answer: 'prefer-not-to-answer', answerText: 'Prefer not to answer' },
      { itemId: 'mood.q2', question: 'Feeling down or hopeless', answer: 3, answerText: 'Nearly every day' },
    ]);
    expect(mood(s)?.meaning).toMatch(/not a low score/);
    expect(s.findings['co-occurring-screens']).toEqual([]);
    expect(s.declined).toEqual(['mood.q1']);
  });

  it('reports an unanswered item as incomplete and lists it', () => {
    const { 'mood.q2': _skip, ...rest } = calmAnswers;
    const s = summarize(q, rest);
    expect(mood(s)).toMatchObject({ status: 'incomplete', score: null, missing: ['mood.q2'] });
    expect(s.unanswered).toContain('mood.q2');
  });

  it('reports a score whose items were all hidden as not applicable, dropping hidden answers', () => {
    const s = summarize(q, { ...calmAnswers, 'alc.q1': 4, 'alc.q2': 4 });
    const drinks = s.instruments.find((r) => r.scoreId === 'drinks');
    expect(drinks).toMatchObject({ status: 'not-applicable', score: null, band: null, positive: null });
    // The answer that skipped the section is the evidence, never the hidden answers.
    expect(drinks?.evidence.map((e) => e.itemId)).toEqual(['use.substances']);
    expect(s.unanswered).not.toContain('alc.q1');
  });
});

describe('findings and evidence', () => {
  const heavy = {
    ...calmAnswers,
    'use.substances': ['opioids', 'alcohol'],
    'use.route': 'injection',
    'use.naloxone': false,
    'use.days': 25,
    'use.notes': 'Started after surgery.',
    'history.mhTreatment': true,
    'alc.q1': 0,
    'alc.q2': 0,
  } as const;

  it("gives each summary its own lists: a host changing one summary's ASAM list changes no later summary", () => {
    const first = summarize(q, heavy);
    const finding = first.findings['substance-use'][0];
    const before = [...(finding?.asam ?? [])];
    expect(before.length).toBeGreaterThan(0);
    (finding?.asam as string[] | undefined)?.push('changed-by-host');
    const planned = first.findings['withdrawal-medical'][0];
    (planned?.asam as string[] | undefined)?.splice(0);
    const second = summarize(q, heavy);
    expect(second.findings['substance-use'][0]?.asam).toEqual(before);
    expect(second.findings['withdrawal-medical'][0]?.asam?.length ?? 0).toBeGreaterThan(0);
  });

  it('groups findings by domain in rule order, with every domain present', () => {
    const s = summarize(q, heavy);
    expect(Object.keys(s.findings)).toEqual([
      'safety',
      'withdrawal-medical',
      'substance-use',
      'co-occurring-screens',
      'co-occurring-history',
      'co-occurring-concerns',
      'motivations',
      'readiness-preferences',
      'return-to-use-risk',
      'recovery-environment',
      'consequences',
      'screening-scope',
    ]);
    expect(s.findings['substance-use'].map((f) => f.ruleId)).toEqual(['rule.opioids', 'rule.inject', 'rule.noNaloxone']);
    expect(s.findings['withdrawal-medical'].map((f) => f.ruleId)).toEqual(['rule.dailyOpioids']);
    expect(s.findings['co-occurring-history'].map((f) => f.ruleId)).toEqual(['rule.mhHistory']);
    expect(s.findings['co-occurring-screens']).toEqual([]);
  });

  it('cites item ids, localized questions, machine answers and answer texts', () => {
    const s = summarize(q, heavy);
    const opioids = s.findings['substance-use'][0];
    expect(opioids).toEqual({
      ruleId: 'rule.opioids',
      text: 'Reports opioid use in the past month.',
      planning: 'Medication for opioid use disorder can be discussed.',
      // The domain's default: the rule names no dimension of its own.
      asam: ['use-related-risks'],
      evidence: [
        { itemId: 'use.substances', question: 'Which have you used in the past month?', answer: ['opioids', 'alcohol'], answerText: 'Opioids; Alcohol' },
        { itemId: 'use.notes', question: 'Anything else you want us to know?', answer: 'Started after surgery.', answerText: 'Started after surgery.' },
      ],
    });
    const daily = s.findings['withdrawal-medical'][0];
    expect(daily?.evidence.map((e) => [e.itemId, e.answer, e.answerText])).toEqual([
      ['use.substances', ['opioids', 'alcohol'], 'Opioids; Alcohol'],
      ['use.days', 25, '25 days'],
      ['use.lastUse', '2024-01-15', '2024-01-15'],
    ]);
  });

  it('localizes evidence and falls back to English where a text has no translation', () => {
    const s = summarize(q, heavy, { locale: 'es-MX' });
    // No text has an es-MX translation, so the summary is written (and labelled) in es.
    expect(s.locale).toBe('es');
    expect(s.questionnaire).toEqual({ id: 'summary-test', version: '1.2.0', title: 'Admisión de prueba' });
    const daily = s.findings['withdrawal-medical'][0];
    expect(daily?.evidence).toEqual([
      { itemId: 'use.substances', question: '¿Cuáles ha consumido en el último mes?', answer: ['opioids', 'alcohol'], answerText: 'Opioides; Alcohol' },
      { itemId: 'use.days', question: 'On how many of the last 30 days did you use?', answer: 25, answerText: '25 días' },
      { itemId: 'use.lastUse', question: 'When did you last use?', answer: '2024-01-15', answerText: '2024-01-15' },
    ]);
    expect(s.findings['substance-use'][2]?.evidence[0]?.answerText).toBe('No');
    expect(s.disclaimer).toMatch(/no un diagnóstico/);
  });

  it('keeps answers to hidden items out of findings and referrals, and reports each (issue 16, case 1)', () => {
    const s = summarize(q, { ...calmAnswers, 'use.substances': ['stimulants'], 'use.route': 'injection', 'use.naloxone': false });
    expect(s.findings['substance-use']).toEqual([]);
    expect(s.referrals).toEqual([]);
    expect(s.issues?.map((i) => [i.code, i.itemId, i.path])).toEqual([
      ['item-hidden', 'use.route', ['use.route']],
      ['item-hidden', 'use.naloxone', ['use.naloxone']],
    ]);
    // Listed with the answers, marked as not asked; messages name the item, never the answer.
    const notAsked = s.answers?.flatMap((sec) => sec.answers).filter((a) => a.notAsked === true);
    expect(notAsked?.map((a) => [a.itemId, a.answer])).toEqual([
      ['use.route', 'injection'],
      ['use.naloxone', false],
    ]);
    for (const i of s.issues ?? []) expect(i.message).not.toContain('injection');
  });

  it('lists unanswered visible items and declined items in document order', () => {
    const s = summarize(q, {});
    expect(s.unanswered).toEqual([
      'use.substances',
      'use.days',
      'use.lastUse',
      'use.notes',
      'use.sex',
      'mood.q1',
      'mood.q2',
      'mood.q9',
      'safety.now',
      'setting.home',
      'setting.transport',
      'history.mhTreatment',
    ]);
    const d = summarize(q, { 'use.sex': 'prefer-not-to-answer', 'use.days': 'prefer-not-to-answer' });
    expect(d.declined).toEqual(['use.days', 'use.sex']);
    expect(d.unanswered).not.toContain('use.days');
  });

  it('keeps a fixed non-diagnostic disclaimer', () => {
    expect(summarize(q, calmAnswers).disclaimer).toMatch(/screening summary.*not a diagnosis/);
  });
});

describe('determinism and isolation', () => {
  it('gives the same output for the same answers in any key order', () => {
    const reversed = Object.fromEntries(Object.entries({ ...calmAnswers, 'mood.q9': 2 }).reverse());
    expect(JSON.stringify(summarize(q, reversed))).toBe(JSON.stringify(summarize(q, { ...calmAnswers, 'mood.q9': 2 })));
  });

  it('does not share arrays with the caller', () => {
    const substances = ['opioids'];
    const s = summarize(q, { ...calmAnswers, 'use.substances': substances });
    substances.push('alcohol');
    expect(s.findings['substance-use'][0]?.evidence[0]?.answer).toEqual(['opioids']);
  });

  it('works on a plain JSON copy of the definition', () => {
    const copy = JSON.parse(JSON.stringify(q)) as typeof q;
    expect(summarize(copy, calmAnswers)).toEqual(summarize(q, calmAnswers));
  });
});

describe('invalid input', () => {
  const MARKER = 'MARKER-7f3a';

  it('throws QuestionnaireError listing every issue, without answer values in messages', () => {
    // Typed as data from outside (parsed JSON): a literal would not compile against q's answer types.
    const bad: Record<string, unknown> = {
      ...calmAnswers,
      'use.route': MARKER,
      'use.days': `${MARKER}-days`,
      'use.notes': `${MARKER} `.repeat(40),
      'use.substances': ['opioids', MARKER],
      'mood.q1': 7,
      'safety.now': MARKER,
      'no.such.item': MARKER,
    };
    let caught: unknown;
    try {
      summarize(q, bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(QuestionnaireError);
    const error = caught as QuestionnaireError;
    expect(error.issues.map((i) => [i.code, i.itemId])).toEqual([
      ['out-of-range', 'use.substances'],
      ['out-of-range', 'use.route'],
      ['wrong-type', 'use.days'],
      ['too-long', 'use.notes'],
      ['out-of-range', 'mood.q1'],
      ['wrong-type', 'safety.now'],
      ['unknown-item', 'no.such.item'],
    ]);
    expect(error.message).toBe('Answers to questionnaire "summary-test" are invalid: ' + error.issues[0]?.message + ' (and 6 more issues)');
    expect(error.message).not.toContain(MARKER);
    for (const i of error.issues) expect(i.message).not.toContain(MARKER);
  });

  it('refuses a non-object and a malformed locale', () => {
    expect(() => summarize(q, [1, 2] as unknown)).toThrow(QuestionnaireError);
    try {
      summarize(q, {}, { locale: 'not a locale' });
      expect.unreachable();
    } catch (error) {
      expect((error as QuestionnaireError).issues[0]).toMatchObject({ code: 'wrong-type', path: ['options', 'locale'] });
    }
  });

  it('refuses "prefer not to answer" where the item does not offer it', () => {
    expect(() => summarize(q, { 'mood.q2': 'prefer-not-to-answer' } as Record<string, unknown>)).toThrow(/mood\.q2/);
  });
});
