import { describe, expect, it } from 'vitest';
import { briefScreen } from '../../questionnaires/index.js';
import { safeSummarize, summarize } from '../../src/summary/summarize.js';

// summarize's options `fired` and `urgencyRules` replaced `raised` and `raisedRules` (issue 19, one name per
// concept). The old names stay accepted: a host written against 0.1 must not lose a fired trigger.
const changed = { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0 };
const withdrawalTakenBack = { 'auditc.sex': 'female', 'withdrawal.screen': ['no'] };

describe('summarize option names', () => {
  it('reports a trigger that fired and no longer holds, under either name', () => {
    const viaFired = summarize(briefScreen, changed, { fired: ['asq.positive'] });
    const viaRaised = summarize(briefScreen, changed, { raised: ['asq.positive'] });
    expect(viaFired.safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([['asq.positive', true]]);
    expect(viaRaised).toEqual(viaFired);
  });

  it('merges both names when a host gives both, each trigger once', () => {
    const both = summarize(briefScreen, changed, { fired: ['asq.positive'], raised: ['asq.positive', { id: 'asq.acute' }] });
    expect(both.safetyFlags.map((f) => f.id).sort()).toEqual(['asq.acute', 'asq.positive']);
    expect(both.urgency.level).toBe('emergency');
  });

  it('keeps an urgency rule that held, under either name', () => {
    expect(summarize(briefScreen, withdrawalTakenBack).urgency.level).toBe('routine');
    const viaNew = summarize(briefScreen, withdrawalTakenBack, { urgencyRules: ['withdrawal.screen-sedatives'] });
    const viaOld = summarize(briefScreen, withdrawalTakenBack, { raisedRules: ['withdrawal.screen-sedatives'] });
    expect(viaNew.urgency.level).toBe('urgent');
    expect(viaOld).toEqual(viaNew);
  });

  it('names the spelling the caller used in an issue path', () => {
    const bad = { id: 'no-such-trigger' };
    const a = safeSummarize(briefScreen, changed, { fired: [bad] });
    const b = safeSummarize(briefScreen, changed, { raised: [bad] });
    const c = safeSummarize(briefScreen, changed, { urgencyRules: ['no-such-rule'] });
    expect(a.success ? [] : a.issues.map((i) => [i.code, i.path])).toEqual([['out-of-range', ['options', 'fired', 0]]]);
    expect(b.success ? [] : b.issues.map((i) => [i.code, i.path])).toEqual([['out-of-range', ['options', 'raised', 0]]]);
    expect(c.success ? [] : c.issues.map((i) => i.path)).toEqual([['options', 'urgencyRules', 0]]);
  });
});
