import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary } from './answers-arbitrary.js';
import { testQuestionnaire } from './fixture.js';
import { NUM_RUNS, checkSummaryProperties } from './summary-properties.js';

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
