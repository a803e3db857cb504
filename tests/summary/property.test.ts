import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/definition/define-questionnaire.js';
import { resolveAnswers } from '../../src/definition/resolve-answers.js';
import { URGENCIES } from '../../src/definition/rule.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { findGuardedPhrases } from '../../src/summary/language-guard.js';
import { ReferralSummarySchema, referralSummaryJsonSchema } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary } from './answers-arbitrary.js';
import { testQuestionnaire } from './fixture.js';

export const NUM_RUNS = process.env['CI'] ? 5000 : 1000;
const validate = new Ajv2020({ strict: true }).compile(referralSummaryJsonSchema());

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * The properties every questionnaire's summaries must have, whatever the
 * answers: valid against both schemas, free of guarded phrases, emergency
 * whenever an emergency interrupt trigger holds, and urgency equal to the
 * highest reason.
 */
export function checkSummaryProperties(q: QuestionnaireInput, locale: string, seed: number): void {
  const emergencyInterrupts = indexOf(q).triggers.filter((t) => t.trigger.tier === 'interrupt' && t.trigger.urgency === 'emergency');
  fc.assert(
    fc.property(answersArbitrary(q), (answers) => {
      const s = summarize(q, answers, { locale });
      expect(ReferralSummarySchema.safeParse(s).success).toBe(true);
      expect(validate(s)).toBe(true);
      for (const text of strings(s)) expect(findGuardedPhrases(text), text).toEqual([]);
      for (const format of ['text', 'markdown'] as const) {
        for (const audience of ['clinician', 'patient'] as const) {
          expect(findGuardedPhrases(renderSummary(s, { format, audience }))).toEqual([]);
        }
      }
      const { evaluation } = resolveAnswers(q, answers);
      if (emergencyInterrupts.some((t) => t.test(evaluation))) expect(s.urgency.level).toBe('emergency');
      const rank = (u: (typeof URGENCIES)[number]) => URGENCIES.indexOf(u);
      expect(s.urgency.level).toBe(s.urgency.reasons[0]?.urgency ?? 'routine');
      for (const r of s.urgency.reasons) expect(rank(r.urgency)).toBeGreaterThanOrEqual(rank(s.urgency.level));
      for (const r of s.instruments) if (r.status !== 'complete') expect([r.score, r.band, r.positive]).toEqual([null, null, null]);
    }),
    { seed, numRuns: NUM_RUNS },
  );
}

describe('summaries of random valid answers', () => {
  it('validate, pass the guard and respect urgency (English)', () => {
    checkSummaryProperties(testQuestionnaire, 'en', 20_240_611);
  }, 120_000);

  it('validate, pass the guard and respect urgency (Spanish)', () => {
    checkSummaryProperties(testQuestionnaire, 'es', 77);
  }, 120_000);

  it('reach emergency exactly when the person reports current thoughts of ending their life, and flag it', () => {
    fc.assert(
      fc.property(answersArbitrary(testQuestionnaire), (answers) => {
        const s = summarize(testQuestionnaire, answers);
        const acute = answers['safety.now'] === true;
        expect(s.urgency.level === 'emergency').toBe(acute);
        expect(s.safetyFlags.some((f) => f.id === 'safety.acute')).toBe(acute);
        if (acute) expect(s.crisisResources).toBe('Call the test crisis line now.');
      }),
      { seed: 5, numRuns: NUM_RUNS },
    );
  });
});
