import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { URGENCIES, type Urgency } from '../../src/definition/rule.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary, RUNS } from '../support/answer-arbitraries.js';

// ASAM Clinical Practice Guideline on Alcohol Withdrawal Management (2020) and the Joint Clinical Practice
// Guideline on Benzodiazepine Tapering (2025): alcohol and benzodiazepine withdrawal can be life-threatening, so
// any current symptom with alcohol or benzodiazepine use calls for a same-day medical evaluation.

const atLeast = (level: Urgency, floor: Urgency) => URGENCIES.indexOf(level) <= URGENCIES.indexOf(floor);
const has = (value: unknown, ...options: string[]) => Array.isArray(value) && options.some((o) => value.includes(o));
const someBut = (value: unknown, none: string) => Array.isArray(value) && value.some((v) => v !== none);

/** The person's visible answers show current alcohol or benzodiazepine withdrawal symptoms (full intake). */
function currentSedativeWithdrawal(answers: Readonly<Record<string, unknown>>): boolean {
  const sedatives = has(answers['substance.used'], 'alcohol', 'benzodiazepines') || has(answers['withdrawal.substance'], 'alcohol', 'benzodiazepines');
  const symptoms = someBut(answers['withdrawal.symptoms'], 'none') || someBut(answers['withdrawal.danger-signs'], 'none');
  return sedatives && symptoms;
}

/** …and severe, with danger signs, or after past withdrawal seizures or delirium. */
function complicated(answers: Readonly<Record<string, unknown>>): boolean {
  return (
    answers['withdrawal.severity'] === 'severe' ||
    someBut(answers['withdrawal.danger-signs'], 'none') ||
    has(answers['withdrawal.history'], 'seizures', 'delirium')
  );
}

/**
 * Random answers to every item, with a random alcohol or benzodiazepine
 * withdrawal picture laid over them often enough that the property is tested
 * on many answer sets where it applies, not only on a lucky few.
 */
function intakeAnswers(q: QuestionnaireInput) {
  const overlay = fc.record(
    {
      'substance.used': fc.subarray(['alcohol', 'benzodiazepines', 'heroin', 'cannabis'], { minLength: 1 }),
      'withdrawal.symptoms': fc.subarray(['shaking', 'sweating', 'anxiety', 'racing-heart', 'cravings'], { minLength: 1 }),
      'withdrawal.danger-signs': fc.constantFrom(['none'], ['confusion'], ['seizure'], ['hallucinations']),
      'withdrawal.substance': fc.subarray(['alcohol', 'benzodiazepines', 'opioids']),
    },
    { requiredKeys: [] },
  );
  return fc.tuple(answersArbitrary(q), overlay).map(([base, over]) => ({ ...base, ...over }));
}

describe('current alcohol or benzodiazepine withdrawal never ends below urgent', () => {
  it('in the full intake, and complicated withdrawal is an emergency', () => {
    let applies = 0;
    fc.assert(
      fc.property(intakeAnswers(substanceUseIntake), (raw) => {
        const { answers } = resolveAnswers(substanceUseIntake, raw);
        const level = summarize(substanceUseIntake, raw).urgency.level;
        if (!currentSedativeWithdrawal(answers)) return;
        applies++;
        expect(atLeast(level, 'urgent'), JSON.stringify(answers)).toBe(true);
        if (complicated(answers)) expect(level).toBe('emergency');
      }),
      { seed: 17, numRuns: RUNS },
    );
    // The overlay makes the property apply to a good share of the runs.
    expect(applies).toBeGreaterThan(RUNS / 4);
  });

  it('in the brief screen', () => {
    let applies = 0;
    const answers = fc.tuple(answersArbitrary(briefScreen), fc.subarray(['alcohol', 'benzodiazepines', 'opioids', 'other'])).map(([base, screen]) => ({
      ...base,
      ...(screen.length > 0 ? { 'withdrawal.screen': screen } : {}),
    }));
    fc.assert(
      fc.property(answers, (raw) => {
        const level = summarize(briefScreen, raw).urgency.level;
        if (!has(raw['withdrawal.screen'], 'alcohol', 'benzodiazepines')) return;
        applies++;
        expect(atLeast(level, 'urgent')).toBe(true);
      }),
      { seed: 18, numRuns: RUNS },
    );
    expect(applies).toBeGreaterThan(RUNS / 4);
  });
});

describe('the urgency each withdrawal picture gets (full intake)', () => {
  const level = (answers: Record<string, unknown>) => summarize(substanceUseIntake, answers).urgency.level;

  it.each([
    ['alcohol use, mild shaking', { 'substance.used': ['alcohol'], 'withdrawal.symptoms': ['shaking'], 'withdrawal.severity': 'mild' }, 'urgent'],
    ['benzodiazepine withdrawal named, anxiety only', { 'withdrawal.symptoms': ['anxiety'], 'withdrawal.substance': ['benzodiazepines'] }, 'urgent'],
    ['alcohol use, severe symptoms', { 'substance.used': ['alcohol'], 'withdrawal.symptoms': ['sweating'], 'withdrawal.severity': 'severe' }, 'emergency'],
    [
      'alcohol use, a past withdrawal seizure',
      { 'substance.used': ['alcohol'], 'withdrawal.symptoms': ['sweating'], 'withdrawal.severity': 'moderate', 'withdrawal.history': ['seizures'] },
      'emergency',
    ],
    [
      'heroin and benzodiazepines, a past seizure',
      { 'substance.used': ['heroin', 'benzodiazepines'], 'withdrawal.symptoms': ['vomiting'], 'withdrawal.history': ['seizures'] },
      'emergency',
    ],
    ['confusion in the past day, any substance', { 'withdrawal.danger-signs': ['confusion'] }, 'emergency'],
    [
      'opioid withdrawal, moderate',
      { 'substance.used': ['heroin'], 'withdrawal.symptoms': ['vomiting', 'runny-nose'], 'withdrawal.severity': 'moderate' },
      'priority',
    ],
    ['opioid withdrawal, severe', { 'substance.used': ['heroin'], 'withdrawal.symptoms': ['vomiting'], 'withdrawal.severity': 'severe' }, 'urgent'],
    ['a past seizure, no symptoms now', { 'withdrawal.symptoms': ['none'], 'withdrawal.history': ['seizures'] }, 'priority'],
  ] as const)('%s → %s', (_name, answers, expected) => {
    expect(level(answers)).toBe(expected);
  });
});
