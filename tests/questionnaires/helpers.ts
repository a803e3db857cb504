import { expect } from 'vitest';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';

/** Resolve answers that the test means to be valid and visible; fail loudly if any is not. */
export function resolveStrict(q: QuestionnaireInput, answers: Record<string, unknown>) {
  const r = resolveAnswers(q, answers);
  expect(r.issues, 'answers should all be valid').toEqual([]);
  expect(r.hidden, 'answers should all be visible').toEqual([]);
  return r;
}

/** Ids of the summary rules that hold for these answers. */
export function firedRules(q: QuestionnaireInput, answers: Record<string, unknown>): string[] {
  const { evaluation } = resolveStrict(q, answers);
  return indexOf(q)
    .rules.filter((r) => r.test(evaluation))
    .map((r) => r.rule.id);
}

/** Ids of the safety triggers that hold for these answers. */
export function firedTriggers(q: QuestionnaireInput, answers: Record<string, unknown>): string[] {
  const { evaluation } = resolveStrict(q, answers);
  return indexOf(q)
    .triggers.filter((t) => t.test(evaluation))
    .map((t) => t.trigger.id);
}

/** Every string in a value, with its path: text in every locale, options, notes, citations. */
export function allStrings(value: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: path.join('.'), text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, [...path, String(i)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, [...path, k]));
  }
  return [];
}

/** Item ids of a questionnaire, by kind, for checks over every item. */
export function itemsOf(q: QuestionnaireInput) {
  return q.sections.flatMap((s) => s.items.map((item) => ({ section: s.id, item })));
}

/** Answers to all nine PHQ-9 items adding up to `total` (items filled from the first). */
export function phq9Answers(total: number): Record<string, number> {
  const out: Record<string, number> = {};
  let left = total;
  for (let i = 1; i <= 9; i++) {
    // Keep item 9 at 0 so the PHQ-9 total can be tested apart from its safety item.
    const v = i === 9 ? 0 : Math.min(3, left);
    out[`phq9.q${i}`] = v;
    left -= v;
  }
  return out;
}

/** Answers to all seven GAD-7 items adding up to `total`. */
export function gad7Answers(total: number): Record<string, number> {
  const out: Record<string, number> = {};
  let left = total;
  for (let i = 1; i <= 7; i++) {
    const v = Math.min(3, left);
    out[`gad7.q${i}`] = v;
    left -= v;
  }
  return out;
}

/** Answers to the four ASQ screening questions, all "no" unless overridden. */
export function asqAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, ...overrides };
}
