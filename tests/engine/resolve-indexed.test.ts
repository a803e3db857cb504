import { describe, expect, it } from 'vitest';
import { briefScreen } from '../../questionnaires/index.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { resolveAnswers, resolveIndexed } from '../../src/engine/resolve-answers.js';

describe('resolveIndexed without the answers object (the summary path)', () => {
  const input = { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'no', 'phq9.q1': 2, nope: 1 };

  it('builds its answers when they are read: the same kept answers, in the same order, as resolveAnswers', () => {
    const lazy = resolveIndexed(indexOf(briefScreen), input);
    const eager = resolveAnswers(briefScreen, input);
    expect(lazy.answers).toEqual(eager.answers);
    expect(Object.keys(lazy.answers)).toEqual(Object.keys(eager.answers));
    // asq.q5 is asked only after a "yes": dropped as hidden, and the unknown id as an issue, in both.
    expect(lazy.answers).not.toHaveProperty('asq.q5');
    expect(lazy.hidden).toEqual(eager.hidden);
    expect(lazy.issues.map((i) => i.code)).toEqual(['unknown-item']);
  });

  it('gives the same object on every read', () => {
    const lazy = resolveIndexed(indexOf(briefScreen), input);
    expect(lazy.answers).toBe(lazy.answers);
  });
});
