import { describe, expect, it } from 'vitest';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { allStrings } from './helpers.js';

const STIGMATIZING_WORDS = /\b(addicts?|abusers?|junkies?|clean|dirty|relapsed?)\b/i;

describe.each([substanceUseIntake, briefScreen].map((q) => [q.id, q] as const))('%s wording', (_id, q) => {
  const strings = allStrings(q);

  it('walks every string of the definition, in every locale', () => {
    // A spot check that the walk reaches deep text: option labels, rule findings and notes.
    const paths = strings.map((s) => s.path);
    expect(paths.some((p) => /^sections\.\d+\.items\.\d+\.options\.\d+\.text\.en$/.test(p))).toBe(true);
    expect(paths.some((p) => /^rules\.\d+\.finding\.en$/.test(p))).toBe(true);
    expect(paths.some((p) => /^sections\.\d+\.instrument\.note\.es$/.test(p))).toBe(true);
    expect(strings.length).toBeGreaterThan(200);
  });

  it('has no diagnostic claim or stigmatizing label anywhere', () => {
    const hits = strings.flatMap(({ path, text }) => findGuardedPhrases(text).map((h) => `${path}: "${h.phrase}" (${h.kind})`));
    expect(hits).toEqual([]);
  });

  it('uses person-first words in the text we wrote (findings, planning, questions)', () => {
    const ours = strings.filter(({ path }) =>
      /(finding|planning|reason)\.|^sections\.\d+\.(title|description)|items\.\d+\.(text|help)\.|options\.\d+\.text\./.test(path),
    );
    const hits = ours.filter(({ text }) => STIGMATIZING_WORDS.test(text)).map(({ path, text }) => `${path}: ${text}`);
    expect(hits).toEqual([]);
  });
});

describe('walk', () => {
  it('reaches strings in any locale key', () => {
    const found = allStrings({ a: [{ text: { en: 'One', es: 'Uno', 'es-MX': 'Uno (MX)' } }] }).map((s) => s.text);
    expect(found).toEqual(['One', 'Uno', 'Uno (MX)']);
  });
});
