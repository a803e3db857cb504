import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { fleschKincaidGrade as grade } from '../support/readability.js';
import { allStrings } from './helpers.js';

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
