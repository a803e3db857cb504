import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { summarize } from '../../src/summary/summarize.js';
import { asqModule, briefScreen, phq9Module, substanceUseIntake } from '../../questionnaires/index.js';
import { asqAnswers, firedTriggers, phq9Answers } from './helpers.js';

describe.each([
  [substanceUseIntake.id, substanceUseIntake],
  [briefScreen.id, briefScreen],
] as const)('%s safety triggers', (_id, q) => {
  const fired = (answers: Record<string, unknown>) => firedTriggers(q, answers);

  it('include both ASQ triggers as published in the instrument, and the self-harm flag', () => {
    const triggers = q.safety ?? [];
    for (const t of asqModule.safety) expect(triggers).toContainEqual(t);
    expect(triggers.map((t) => t.id)).toContain('cooccurring.self-harm-now');
  });

  it('interrupt as an emergency when the person has thoughts of suicide right now', () => {
    expect(fired(asqAnswers({ 'asq.q1': 1, 'asq.q5': 'yes' }))).toEqual(['asq.acute']);
    const acute = indexOf(q).triggers.find((t) => t.trigger.id === 'asq.acute')?.trigger;
    expect(acute).toMatchObject({ tier: 'interrupt', urgency: 'emergency' });
  });

  it('treat a declined acuity question as acute (NIMH pathway)', () => {
    expect(fired(asqAnswers({ 'asq.q2': 1, 'asq.q5': 'prefer-not-to-answer' }))).toEqual(['asq.acute']);
  });

  it('flag a non-acute positive ASQ as urgent', () => {
    expect(fired(asqAnswers({ 'asq.q4': 1, 'asq.q5': 'no' }))).toEqual(['asq.positive']);
    expect(fired(asqAnswers({ 'asq.q1': 'prefer-not-to-answer', 'asq.q5': 'no' }))).toEqual(['asq.positive']);
    const positive = indexOf(q).triggers.find((t) => t.trigger.id === 'asq.positive')?.trigger;
    expect(positive).toMatchObject({ tier: 'flag', urgency: 'urgent' });
  });

  it('stay quiet on a negative ASQ', () => {
    expect(fired(asqAnswers())).toEqual([]);
  });

  it('flag self-harm now, but not self-harm only in the past', () => {
    expect(fired({ 'cooccurring.concerns': ['self-harm-now'] })).toEqual(['cooccurring.self-harm-now']);
    expect(fired({ 'cooccurring.concerns': ['self-harm-past'] })).toEqual([]);
  });
});

describe('PHQ-9 item 9', () => {
  it('is flagged in the full intake on any answer above "Not at all"', () => {
    for (const t of phq9Module.safety) expect(substanceUseIntake.safety).toContainEqual(t);
    expect(firedTriggers(substanceUseIntake, { ...phq9Answers(0), 'phq9.q9': 1 })).toEqual(['phq9.item9']);
    expect(firedTriggers(substanceUseIntake, { ...phq9Answers(12), 'phq9.q9': 0 })).toEqual([]);
  });

  it('is not asked in the brief screen, whose PHQ-2 holds items 1 and 2 only; the ASQ covers suicide risk there', () => {
    expect((briefScreen.safety ?? []).map((t) => t.id)).not.toContain('phq9.item9');
    const brief: Questionnaire = briefScreen;
    expect(brief.sections.some((s) => s.items.some((i) => i.id === 'phq9.q9'))).toBe(false);
  });
});

describe.each([
  [substanceUseIntake.id, substanceUseIntake],
  [briefScreen.id, briefScreen],
] as const)('%s urgency reasons', (_id, q: Questionnaire) => {
  it('come once per cause: a rule that holds exactly when a safety trigger holds leaves the urgency to the trigger', () => {
    const triggers = (q.safety ?? []).map((t) => JSON.stringify(t.when));
    const doubled = (q.rules ?? []).filter((r) => r.urgency !== undefined && triggers.includes(JSON.stringify(r.when))).map((r) => r.id);
    expect(doubled).toEqual([]);
  });

  it('list the acute ASQ once, from its safety trigger, with the rule still giving its finding and referral', () => {
    const summary = summarize(q, asqAnswers({ 'asq.q1': 1, 'asq.q5': 'yes' }));
    expect(summary.urgency.reasons.map((r) => r.source.id)).toEqual(['asq.acute']);
    expect(summary.findings.safety.map((f) => f.ruleId)).toContain('screen.asq-acute');
    expect(summary.referrals.map((r) => r.type)).toContain('crisis-services');
  });
});
