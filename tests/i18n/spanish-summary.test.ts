import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledQuestionnaires } from '../../questionnaires/index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { LocalizedText } from '../../src/definition/text.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { PHRASES } from '../../src/summary/phrases.js';
import { type ReferralSummary, ReferralSummarySchema } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersFor } from '../fhir/arbitrary-answers.js';
import { expectWordedIn, stringLeaves, summaryTextFields } from './expected-text.js';
import { localizedTexts, sampleAnswers, tableEntries, withPackSpanish } from './helpers.js';
import { es as esPack } from '../../src/locales/es.js';

const byId: Readonly<Record<string, Questionnaire>> = bundledQuestionnaires;
const { substanceUseIntake, briefScreen } = {
  substanceUseIntake: byId['substance-use-intake'] as Questionnaire,
  briefScreen: byId['brief-screen'] as Questionnaire,
};

interface Case {
  readonly name: string;
  readonly q: Questionnaire;
  readonly answers: unknown;
}

const samples: Case[] = sampleAnswers().map((s) => ({ name: s.file, q: byId[s.questionnaire] as Questionnaire, answers: s.answers }));
const empty: Case[] = [substanceUseIntake, briefScreen].map((q) => ({ name: `${q.id}, nothing answered`, q, answers: {} }));
// Seeded random answer sets reach options, units and branches the samples do not.
const random: Case[] = [substanceUseIntake, briefScreen].flatMap((q) =>
  fc
    .sample(answersFor(q), { seed: 20_260_611, numRuns: 12 })
    .map((raw, i) => ({ name: `${q.id}, random set ${i + 1}`, q, answers: resolveAnswers(q, raw).answers })),
);

const RENDERS = [
  { format: 'text', audience: 'clinician' },
  { format: 'markdown', audience: 'clinician' },
  { format: 'text', audience: 'patient' },
  { format: 'markdown', audience: 'patient' },
] as const;

/**
 * English wording a Spanish rendering must not contain: each phrase-table
 * entry that Spanish words differently (split at its placeholders), and each
 * definition text whose Spanish differs.
 */
function englishPhrases(q: Questionnaire): string[] {
  const fromTables = tableEntries(withPackSpanish(PHRASES))
    .filter(([, t]) => t['es'] !== t.en)
    .flatMap(([, t]) => t.en.split(/\{[a-zA-Z]+\}/))
    .map((s) => s.trim())
    .filter((s) => (s.match(/\p{L}/gu) ?? []).length >= 4);
  const fromDefinition = localizedTexts(q)
    .map((f) => f.text)
    .filter((t: LocalizedText) => t['es'] !== t.en && t.en.length >= 8)
    .map((t) => t.en);
  return [...new Set([...fromTables, ...fromDefinition])];
}

/** Whether `phrase` occurs in `text` as whole words ("Urgent" is not in "Urgente"). */
function containsWords(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text);
}

/**
 * The summary with each instrument's citation and licence replaced by a
 * marker: they are bibliographic, kept as published (in English), and would
 * otherwise hide whether the renderer's own words are Spanish.
 */
function withoutBibliography(s: ReferralSummary): ReferralSummary {
  return { ...s, instruments: s.instruments.map((r) => (r.source === null ? r : { ...r, source: { citation: '[cita]', licence: '[licencia]' } })) };
}

describe('summaries in Spanish', () => {
  it('covers both intakes and every sample answers file', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
    expect(new Set(samples.map((c) => c.q.id))).toEqual(new Set(['substance-use-intake', 'brief-screen']));
  });

  describe.each([...samples, ...empty, ...random].map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const es = summarize(c.q, c.answers, { locale: 'es' });
    const en = summarize(c.q, c.answers, { locale: 'en' });

    it('is a valid summary with locale "es" and the same content as the English one', () => {
      expect(ReferralSummarySchema.safeParse(es).success).toBe(true);
      expect(es.locale).toBe('es');
      // Ids, levels, scores, evidence answers: everything but the wording is the same.
      expect(stringLeaves(es).shape).toEqual(stringLeaves({ ...en, locale: 'es' }).shape);
    });

    it('words every text field as the definition and phrase tables do in Spanish', () => {
      const fields = expectWordedIn(c.q, es, 'es');
      expect(fields.length).toBeGreaterThan(3);
    });

    it('differs from English wherever the English wording differs', () => {
      const esTexts = stringLeaves(es).texts;
      const enTexts = stringLeaves(en).texts;
      const expectedEn = new Map(summaryTextFields(c.q, en, 'en').map((f) => [f.path, f.expected]));
      const expectedEs = new Map(summaryTextFields(c.q, es, 'es').map((f) => [f.path, f.expected]));
      const same = [...esTexts].filter(([path, text]) => text === enTexts.get(path) && expectedEn.get(path) !== expectedEs.get(path));
      expect(same).toEqual([]);
    });
  });

  describe.each([...samples, ...empty].map((c) => [c.name, c] as const))('%s, rendered', (_name, c) => {
    const es = summarize(c.q, c.answers, { locale: 'es' });
    const english = englishPhrases(c.q);

    it.each(RENDERS.map((r) => [`${r.format} for the ${r.audience}`, r] as const))(
      '%s has no English phrase and passes the language guard',
      (_label, options) => {
        const out = renderSummary(es, options);
        expect(out.length).toBeGreaterThan(200);
        expect(findGuardedPhrases(out)).toEqual([]);
        const own = renderSummary(withoutBibliography(es), options);
        expect(english.filter((phrase) => containsWords(own, phrase))).toEqual([]);
        // The headings are the Spanish ones.
        const heading = options.audience === 'clinician' ? esPack.phrases.clinician.urgency : esPack.phrases.patient.next;
        expect(out).toContain(heading);
      },
    );
  });
});

describe('locale fallback in summarize', () => {
  const sample = samples[0] as Case;
  const es = summarize(sample.q, sample.answers, { locale: 'es' });
  const en = summarize(sample.q, sample.answers);

  it('words es-MX as es (base language), and records "es", the language used', () => {
    const mx = summarize(sample.q, sample.answers, { locale: 'es-MX' });
    expect(mx).toEqual(es);
    expect(mx.locale).toBe('es');
    for (const options of RENDERS) expect(renderSummary(mx, options)).toBe(renderSummary(es, options));
  });

  // What summarize does with a locale neither the questionnaire nor the
  // library has: every string falls back to English (per string, as
  // `localize` does), and `locale` records "en", the language it is written
  // in. Check `q.locales` before offering a language to a person.
  it('words an undeclared locale (vi) in English, and records "en"', () => {
    expect(sample.q.locales).not.toContain('vi');
    const vi = summarize(sample.q, sample.answers, { locale: 'vi' });
    expect(vi).toEqual(en);
    expect(vi.locale).toBe('en');
    expectWordedIn(sample.q, vi, 'en');
    for (const options of RENDERS) expect(renderSummary(vi, options)).toBe(renderSummary(en, options));
  });

  it('renders fixed phrases in the locale asked for, and the summary’s own strings as summarized', () => {
    const mixed = renderSummary(en, { format: 'text', audience: 'patient', locale: 'es' });
    expect(mixed).toContain(esPack.phrases.patient.next);
    expect(mixed).toContain(en.questionnaire.title);
  });
});
