import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { allStrings } from './helpers.js';

/** Syllables by vowel groups, with the usual silent-e and -ed/-es trims. A heuristic, good enough for a grade estimate. */
function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Flesch–Kincaid grade level of a text. */
function grade(text: string): number {
  const sentences = Math.max(1, text.match(/[.!?:](\s|$)/g)?.length ?? 0);
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
}

describe('grade', () => {
  it('rates plain text low and dense text high', () => {
    expect(grade('Do you have a place to live?')).toBeLessThan(4);
    expect(grade('Concomitant psychopharmacological interventions necessitate interdisciplinary coordination.')).toBeGreaterThan(16);
  });
});

const BUNDLED: readonly Questionnaire[] = [substanceUseIntake, briefScreen];

describe.each(BUNDLED.map((q) => [q.id, q] as const))('%s reading level', (_id, q) => {
  // Only what we wrote for the person to read: descriptive sections' questions, help and options.
  // Published instrument wording is not ours to change. Short labels (a few words, often a
  // substance or condition name) say nothing about reading level and are left out.
  const texts = q.sections
    .filter((s) => s.instrument.kind === 'descriptive')
    .flatMap((s) => allStrings({ title: s.title, description: s.description, items: s.items }))
    .filter(({ path, text }) => path.endsWith('.en') && text.split(/\s+/).length >= 6)
    .map(({ text }) => ({ text, grade: grade(text) }));

  it('averages at or below an 8th-grade level', () => {
    expect(texts.length).toBeGreaterThan(10);
    const mean = texts.reduce((n, t) => n + t.grade, 0) / texts.length;
    expect(mean).toBeLessThanOrEqual(8);
  });

  it('has no question or option above a 12th-grade level', () => {
    expect(texts.filter((t) => t.grade > 12).map((t) => `${t.grade.toFixed(1)}: ${t.text}`)).toEqual([]);
  });
});
