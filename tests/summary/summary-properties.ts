import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { expect } from 'vitest';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { URGENCIES } from '../../src/definition/rule.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { referralSummaryJsonSchema } from '../../src/json-schema/referral-summary-json-schema.js';
import { ReferralSummarySchema } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary } from './answers-arbitrary.js';

export const NUM_RUNS = process.env['CI'] ? 1000 : 300;
const validate = new Ajv2020({ strict: true }).compile(referralSummaryJsonSchema());

export function strings(value: unknown, out: string[] = []): string[] {
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
export function checkSummaryProperties(q: QuestionnaireInput, locale: string, seed: number, numRuns = NUM_RUNS): void {
  const emergencyInterrupts = indexOf(q).triggers.filter((t) => t.trigger.tier === 'interrupt' && t.trigger.urgency === 'emergency');
  fc.assert(
    fc.property(answersArbitrary(q), (answers) => {
      const s = summarize(q, answers, { locale });
      expect(ReferralSummarySchema.safeParse(s).success).toBe(true);
      expect(validate(s)).toBe(true);
      // One scan over every string of the summary (the clinician view prints
      // nothing else) and one over the patient view, whose phrases differ.
      expect(findGuardedPhrases(strings(s).join('\n'))).toEqual([]);
      expect(findGuardedPhrases(renderSummary(s, { format: 'text', audience: 'patient' }))).toEqual([]);
      const { evaluation } = resolveAnswers(q, answers);
      if (emergencyInterrupts.some((t) => t.test(evaluation))) expect(s.urgency.level).toBe('emergency');
      const rank = (u: (typeof URGENCIES)[number]) => URGENCIES.indexOf(u);
      expect(s.urgency.level).toBe(s.urgency.reasons[0]?.urgency ?? 'routine');
      for (const r of s.urgency.reasons) expect(rank(r.urgency)).toBeGreaterThanOrEqual(rank(s.urgency.level));
      for (const r of s.instruments) if (r.status !== 'complete') expect([r.score, r.band, r.positive]).toEqual([null, null, null]);
    }),
    { seed, numRuns },
  );
}
