import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/engine/check-answer.js';
import type { Item } from '../../src/definition/item.js';
import { formatIssue } from '../../src/locale/format-issue.js';
import type { Issue } from '../../src/issues/issue.js';
import { ISSUE_MESSAGES } from '../../src/locale/issue-messages.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { badValue } from '../support/answer-arbitraries.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { initialIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { es as esPack } from '../../src/locales/es.js';

const LOCALES = ['en', 'es', 'es-MX'] as const;

/** Items of every kind and limit shape: the bundled ones and a few the bundle lacks (one-sided limits, short text, dates). */
const EXTRA: readonly Item[] = [
  { id: 'x.min-only', kind: 'number', text: { en: 'Q' }, min: 3 },
  { id: 'x.max-only', kind: 'number', text: { en: 'Q' }, max: 7, integer: true },
  { id: 'x.free', kind: 'number', text: { en: 'Q' } },
  { id: 'x.dates', kind: 'date', text: { en: 'Q' }, min: '2020-01-01', max: '2099-12-31' },
  { id: 'x.after', kind: 'date', text: { en: 'Q' }, min: '2021-06-15' },
  { id: 'x.short', kind: 'text', text: { en: 'Q' }, maxLength: 12 },
];
const ITEMS: readonly Item[] = [
  ...[substanceUseIntake, briefScreen].flatMap((q) => q.sections.flatMap((s) => s.items as readonly Item[])).filter((i) => i.kind !== 'display'),
  ...EXTRA,
];

/** The numbers a message about `item` may show: its limits, from the definition. */
function definitionNumbers(item: Item): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'number') out.add(String(v));
    if (typeof v === 'string') for (const part of v.split('-')) out.add(String(Number(part)));
  };
  if (item.kind === 'number' || item.kind === 'date') {
    add(item.min);
    add(item.max);
  }
  if (item.kind === 'text') add(item.maxLength ?? 500);
  if (item.kind === 'multi') add(item.options.length);
  return out;
}

/** A value whose text could not appear in any message by chance. */
const marked = fc.string({ minLength: 1, maxLength: 30 }).map((s) => `Zq${s}Xv`);
/** Numbers outside most limits, and fractions for whole-number items. */
const numbers = fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
const anyBad = fc.oneof(marked, numbers, badValue, fc.array(marked, { maxLength: 3 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 12 }));

function issueFor(item: Item, value: unknown): Issue | undefined {
  const result = checkAnswer(item, value);
  return result.success ? undefined : result.issues[0];
}

describe('formatIssue for a person', () => {
  it('never repeats the answer: every number it shows is a limit of the item, and marked text never appears (en, es, es-MX)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ITEMS), anyBad, (item, value) => {
        const issue = issueFor(item, value);
        if (issue === undefined) return;
        const allowed = definitionNumbers(item);
        for (const locale of LOCALES) {
          const message = formatIssue(issue, { locale, audience: 'person' });
          expect(message).not.toMatch(/Zq/);
          expect(message).not.toContain(item.id);
          for (const n of message.match(/\d+(?:[.,]\d+)?/g) ?? []) expect(allowed, `${message} (${item.id})`).toContain(String(Number(n.replace(',', '.'))));
        }
        // The developer's message names the item, not the answer.
        expect(formatIssue(issue, { audience: 'developer' })).not.toMatch(/Zq/);
      }),
      { numRuns: 3000 },
    );
  });

  it('depends only on the item and what was wrong: two refused answers with the same code and problem read the same', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ITEMS), anyBad, anyBad, (item, a, b) => {
        const first = issueFor(item, a);
        const second = issueFor(item, b);
        if (!first || !second || first.code !== second.code) return;
        if (first.code === 'out-of-range' && second.code === 'out-of-range' && first.problem !== second.problem) return;
        for (const locale of LOCALES) expect(formatIssue(first, { locale })).toBe(formatIssue(second, { locale }));
      }),
      { numRuns: 2000 },
    );
  });

  it('never repeats the answer for the issues a flow records on a refused ANSWER event (en, es)', () => {
    const machine = createIntakeMachine(briefScreen);
    const questionsAt = (cursor: number) => (briefScreen.sections[cursor]?.items ?? []).filter((i) => i.kind !== 'display');
    let start = initialIntakeSnapshot(machine);
    // Past the introduction, to the first section that asks something.
    for (let i = 0; i < 3 && questionsAt(start.context.cursor).length === 0; i++) start = stepIntake(machine, start, { type: 'NEXT' });
    const here = questionsAt(start.context.cursor);
    expect(here.length).toBeGreaterThan(0);
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...here), anyBad, (item, value) => {
        const issues = stepIntake(machine, start, { type: 'ANSWER', itemId: item.id, value } as never).context.issues;
        refused += issues.length;
        for (const issue of issues) {
          for (const locale of ['en', 'es']) {
            const message = formatIssue(issue, { locale });
            expect(message).not.toMatch(/Zq/);
            expect(message).not.toContain(item.id);
          }
        }
      }),
      { numRuns: 500 },
    );
    expect(refused).toBeGreaterThan(100);
  });

  it('words the limits of a number, a date and a text in English and Spanish', () => {
    const days: Item = { id: 'since.days', kind: 'number', text: { en: 'Days' }, min: 0, max: 30, integer: true };
    const outside = issueFor(days, 31);
    const fraction = issueFor(days, 2.5);
    expect(outside).toMatchObject({ code: 'out-of-range', problem: 'outside', limits: { kind: 'number', min: 0, max: 30, integer: true } });
    expect(fraction).toMatchObject({ code: 'out-of-range', problem: 'not-integer' });
    expect(formatIssue(outside as Issue)).toBe('Enter a whole number from 0 to 30.');
    expect(formatIssue(fraction as Issue, { locale: 'es' })).toBe('Escriba un número entero del 0 al 30.');
    const visit: Item = { id: 'visit', kind: 'date', text: { en: 'When' }, min: '2020-01-01', max: '2099-12-31' };
    const early = issueFor(visit, '2019-05-01') as Issue;
    expect(formatIssue(early)).toBe('Enter a date between January 1, 2020 and December 31, 2099.');
    expect(formatIssue(early, { locale: 'es' })).toBe('Escriba una fecha entre el 1 de enero de 2020 y el 31 de diciembre de 2099.');
    expect(formatIssue(issueFor(visit, 'soon') as Issue, { locale: 'es' })).toBe('Escriba una fecha completa: día, mes y año.');
    const note: Item = { id: 'note', kind: 'text', text: { en: 'Note' }, maxLength: 12 };
    const long = issueFor(note, 'a'.repeat(13));
    expect(long).toMatchObject({ code: 'too-long', max: 12 });
    expect(formatIssue(long as Issue, { locale: 'es' })).toBe('Use como máximo 12 caracteres.');
    expect(formatIssue(issueFor(days, 'ten') as Issue)).toBe('Enter a number using digits only.');
  });

  it('says how to move on from a required question, offering "prefer not to answer" only where the item does', () => {
    const required = (preferNotToAnswer: boolean): Issue => ({
      code: 'required',
      path: ['x'],
      itemId: 'x',
      preferNotToAnswer,
      message: 'Item "x" needs an answer before moving on.',
    });
    expect(formatIssue(required(false))).toBe('Please answer this question.');
    expect(formatIssue(required(true), { locale: 'es' })).toBe('Por favor, responda esta pregunta o elija "Prefiero no responder".');
  });

  it('tells a person to ask the clinic about a definition problem, and gives developers the issue message', () => {
    const cycle: Issue = { code: 'cycle', path: ['scores', 0], message: 'Score "a" reads itself.' };
    expect(formatIssue(cycle, { locale: 'es' })).toBe('Este formulario tiene un problema. Por favor, avise a la clínica.');
    expect(formatIssue(cycle, { audience: 'developer', locale: 'es' })).toBe('Score "a" reads itself.');
  });

  it('has every message in English and Spanish, in the wording the language guard accepts', () => {
    for (const [key, text] of Object.entries(ISSUE_MESSAGES)) {
      const spanish = esPack.phrases.issueMessages[key as keyof typeof ISSUE_MESSAGES];
      expect(spanish.trim(), key).not.toBe('');
      expect(findGuardedPhrases(`${text.en} ${spanish}`), key).toEqual([]);
    }
  });
});
