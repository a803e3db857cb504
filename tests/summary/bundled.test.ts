import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { localize } from '../../src/definition/text.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { referralSummaryJsonSchema } from '../../src/json-schema/referral-summary-json-schema.js';
import { ReferralSummarySchema } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary } from './answers-arbitrary.js';
import { NUM_RUNS, checkSummaryProperties, strings } from './summary-properties.js';

const validate = new Ajv2020({ strict: true }).compile(referralSummaryJsonSchema());
const combos = (['text', 'markdown'] as const).flatMap((format) => (['clinician', 'patient'] as const).map((audience) => ({ format, audience })));

describe('brief screen summaries', () => {
  it('reach emergency on acute ASQ risk, with the flag, its evidence and the crisis resources', () => {
    const s = summarize(briefScreen, { 'asq.q1': 1, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'yes' });
    expect(s.urgency.level).toBe('emergency');
    expect(s.urgency.reasons[0]?.source).toEqual({ kind: 'safety', id: 'asq.acute' });
    const acute = s.safetyFlags.find((f) => f.id === 'asq.acute');
    expect(acute).toMatchObject({ tier: 'interrupt', urgency: 'emergency' });
    expect(acute?.evidence.map((e) => [e.itemId, e.answer])).toEqual([['asq.q5', 'yes']]);
    expect(acute?.evidence[0]?.answerText.length).toBeGreaterThan(0);
    expect(s.crisisResources).toBe(localize(briefScreen.crisisResources ?? { en: '' }));
    const patient = renderSummary(s, { format: 'text', audience: 'patient' });
    expect(patient.indexOf(s.crisisResources ?? '?')).toBeLessThan(patient.indexOf('What happens next'));
  });

  it('report a positive PHQ-2 with its published source, and keep it out of the patient view', () => {
    const s = summarize(briefScreen, { 'phq9.q1': 2, 'phq9.q2': 2 });
    const phq2 = s.instruments.find((r) => r.scoreId === 'phq2');
    expect(phq2).toMatchObject({ status: 'complete', score: 4, min: 0, max: 6, positive: true, cutoff: { value: 3 } });
    expect(phq2?.source?.citation).toMatch(/Kroenke/);
    expect(phq2?.meaning).toMatch(/further assessment/);
    expect(phq2?.evidence.map((e) => e.itemId)).toEqual(['phq9.q1', 'phq9.q2']);
    const patient = renderSummary(s, { format: 'markdown', audience: 'patient' });
    expect(patient).not.toContain(phq2?.band ?? '?');
    expect(patient).not.toMatch(/\d/);
  });

  it('report a declined ASQ question as incomplete and raise its flag', () => {
    const s = summarize(briefScreen, { 'asq.q1': 'prefer-not-to-answer', 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'no' });
    expect(s.instruments.find((r) => r.scoreId === 'asq')).toMatchObject({ status: 'incomplete', score: null, positive: null, missing: ['asq.q1'] });
    expect(s.safetyFlags.map((f) => f.id)).toContain('asq.positive');
    expect(s.declined).toContain('asq.q1');
  });
});

describe('bundled questionnaires', () => {
  for (const q of [briefScreen, substanceUseIntake]) {
    it(`${q.id}: an empty answer set gives a valid summary with every visible item unanswered`, () => {
      const s = summarize(q, {});
      expect(ReferralSummarySchema.safeParse(s).success).toBe(true);
      expect(validate(s)).toBe(true);
      expect(s.unanswered.length).toBeGreaterThan(0);
      expect(s.instruments.every((r) => r.status !== 'complete' || r.score !== null)).toBe(true);
    });

    it(`${q.id}: rendered summaries of random answers pass the language guard in every view`, () => {
      fc.assert(
        fc.property(answersArbitrary(q), fc.constantFrom('en', 'es'), (answers, locale) => {
          const s = summarize(q, answers, { locale });
          for (const o of combos) expect(findGuardedPhrases(renderSummary(s, o))).toEqual([]);
          expect(findGuardedPhrases(strings(s).join('\n'))).toEqual([]);
        }),
        { seed: 31, numRuns: 60 },
      );
    }, 120_000);

    it(`${q.id}: summaries of random answers validate, pass the guard and respect urgency`, () => {
      checkSummaryProperties(q, 'en', 1234, NUM_RUNS);
    }, 300_000);
  }
});
