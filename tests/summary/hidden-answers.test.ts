import { describe, expect, it } from 'vitest';
import { briefScreen, pcPtsd5 } from '../../questionnaires/index.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';

const NOT_ASKED = "The answer was given to a question the form's logic would not have asked.";

describe('answers to questions the form would not have asked (issue 16, case 1)', () => {
  it('are each reported by item id, never by value', () => {
    const s = summarize(pcPtsd5, { 'pcptsd5.exposure': 'no', 'pcptsd5.q1': 1, 'pcptsd5.q4': 1 });
    expect(s.issues?.map((i) => [i.code, i.itemId, i.path])).toEqual([
      ['item-hidden', 'pcptsd5.q1', ['pcptsd5.q1']],
      ['item-hidden', 'pcptsd5.q4', ['pcptsd5.q4']],
    ]);
    expect(s.answers?.[0]?.answers.filter((a) => a.notAsked === true).map((a) => [a.itemId, a.answerText])).toEqual([
      ['pcptsd5.q1', 'Yes'],
      ['pcptsd5.q4', 'Yes'],
    ]);
    // They count for no score: "no" to exposure is still the published 0.
    expect(s.instruments[0]).toMatchObject({ status: 'complete', score: 0, skipped: true });
    expect(renderSummary(s, { format: 'text', audience: 'clinician' })).toMatch(/— Yes \(not asked by the form’s logic\) \(pcptsd5\.q1\)$/m);
  });

  it('raise a safety trigger that holds only on them, at its tier and urgency, saying why', () => {
    // Only the acuity question, answered "yes": the form asks it only after a "yes" to questions 1-4.
    const s = summarize(briefScreen, { 'asq.q5': 'yes' });
    expect(s.urgency.level).toBe('emergency');
    expect(s.safetyFlags).toEqual([
      expect.objectContaining({
        id: 'asq.acute',
        tier: 'interrupt',
        urgency: 'emergency',
        notAsked: true,
        evidence: [expect.objectContaining({ itemId: 'asq.q5', answer: 'yes' })],
      }),
    ]);
    expect(s.urgency.reasons[0]).toMatchObject({ urgency: 'emergency', source: { kind: 'safety', id: 'asq.acute' } });
    expect(s.urgency.reasons[0]?.text.endsWith(NOT_ASKED)).toBe(true);
    expect(s.crisisResources).toBeDefined();
    const text = renderSummary(s, { format: 'text', audience: 'clinician' });
    const ref = /^- (A\d+) Are you having thoughts of killing yourself right now\? — Yes \(not asked by the form’s logic\) \(asq\.q5\)$/m.exec(text)?.[1];
    expect(ref).toBeDefined();
    expect(text.slice(text.indexOf('Safety flags'))).toContain(`(asq.acute; Tier: interrupt) ${NOT_ASKED} — Evidence: ${ref} Yes\n`);
  });

  it('raise nothing when no trigger holds on them, and leave a flag that holds on the answers asked unmarked', () => {
    const hiddenOnly = summarize(briefScreen, { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'no', 'asq.q4.how-when': 'last year' });
    expect(hiddenOnly.safetyFlags).toEqual([]);
    expect(hiddenOnly.issues?.map((i) => i.itemId)).toEqual(['asq.q4.how-when', 'asq.q5']);
    const asked = summarize(briefScreen, { 'asq.q1': 1, 'asq.q5': 'no' });
    expect(asked.safetyFlags.map((f) => [f.id, f.notAsked])).toEqual([['asq.positive', undefined]]);
    expect(asked.issues).toEqual([]);
  });

  it('never changes a score, a finding or a referral', () => {
    const base = { 'phq9.q1': 0, 'phq9.q2': 0, 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0 };
    const plain = summarize(briefScreen, base);
    const extra = summarize(briefScreen, { ...base, 'asq.q5': 'no', 'asq.q4.how-when': 'never mind' });
    expect(extra.instruments).toEqual(plain.instruments);
    expect(extra.findings).toEqual(plain.findings);
    expect(extra.referrals).toEqual(plain.referrals);
    expect(extra.issues?.map((i) => i.itemId)).toEqual(['asq.q4.how-when', 'asq.q5']);
  });
});
