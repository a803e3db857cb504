import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { DOMAINS, type Domain, REFERRAL_TYPES, SETTING_INDICATORS } from '../../src/definition/rule.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { PHRASES } from '../../src/summary/phrases.js';
import type { Finding, ReferralSummary } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary, RUNS } from '../support/answer-arbitraries.js';
import { fernandezHuerta, fleschKincaidGrade } from '../support/readability.js';

// Issue 17, section 4: the person's own view in plain words, measured as the person reads it.
// What is measured: every piece of text the person sees in the patient render (the title line with the
// questionnaire's title, the headings, the crisis resources, the paragraphs, each list entry and the
// disclaimer), with no markup: the text format without its underlines and list dashes, the Markdown
// without "#", "-" and escapes, the HTML as the text of its headings, paragraphs and list entries. The three
// formats give the same pieces (checked below), so one measure covers all three. Each piece is read as one
// sentence (a heading or list entry ends where the line ends; a paragraph keeps its own sentences), as the
// person meets them; nothing is left out or weighted differently.
// English: Flesch–Kincaid grade 8 or below. Spanish: Fernández Huerta 60 or above, the bottom of his "normal"
// band (grades 7–8); US grade formulas do not fit Spanish syllable counts.

const ROOT = join(import.meta.dirname, '../..');
const BY_ID: Record<string, QuestionnaireInput> = { [substanceUseIntake.id]: substanceUseIntake, [briefScreen.id]: briefScreen };
const SAMPLES = readdirSync(join(ROOT, 'examples/answers'))
  .filter((f) => f.endsWith('.json'))
  .sort();

function sample(file: string): ReferralSummary {
  const json = JSON.parse(readFileSync(join(ROOT, 'examples/answers', file), 'utf8')) as { questionnaire: string; answers: Record<string, unknown> };
  const q = BY_ID[json.questionnaire];
  if (q === undefined) throw new Error(`unknown questionnaire in ${file}`);
  return summarize(q, json.answers);
}

type Locale = 'en' | 'es';
const render = (s: ReferralSummary, format: 'text' | 'markdown' | 'html', locale: Locale) => renderSummary(s, { format, audience: 'patient', locale });

/** The pieces of text the person reads, from each format. */
const PIECES = {
  text: (out: string) =>
    out
      .split('\n')
      .filter((line) => !/^[=~-]{3,}$/.test(line))
      .map((line) => line.replace(/^- /, '').trim())
      .filter((line) => line !== ''),
  markdown: (out: string) =>
    out
      .split('\n')
      .map((line) =>
        line
          .replace(/^#{1,3} |^- /, '')
          .replace(/\\(.)/g, '$1')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&')
          .trim(),
      )
      .filter((line) => line !== ''),
  html: (out: string) => {
    const pieces: string[] = [];
    const text = (n: DefaultTreeAdapterMap['childNode']): string =>
      n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in n ? n.childNodes.map(text).join('') : '';
    const walk = (n: DefaultTreeAdapterMap['parentNode']) => {
      for (const c of n.childNodes) {
        if (['h1', 'h2', 'h3', 'p', 'li'].includes(c.nodeName)) pieces.push(text(c).trim());
        else if ('childNodes' in c && c.nodeName !== 'head') walk(c);
      }
    };
    walk(parse(out));
    return pieces;
  },
} as const;

/** The render as prose: each piece a sentence. */
function prose(s: ReferralSummary, locale: Locale): string {
  return PIECES.text(render(s, 'text', locale))
    .map((piece) => (/[.!?:]$/.test(piece) ? piece : `${piece}.`))
    .join(' ');
}

/** A summary that suggests every referral type and raises every topic and consideration, so each phrase is read in a render. */
function everything(locale: Locale): ReferralSummary {
  const s = summarize(substanceUseIntake, {}, { locale });
  const finding: Finding = { ruleId: 'x', text: 'x', evidence: [] };
  return {
    ...s,
    findings: Object.fromEntries(DOMAINS.map((d) => [d, [finding]])) as Record<Domain, Finding[]>,
    setting: SETTING_INDICATORS.map((indicator) => ({ indicator, text: 'x', reasons: [], evidence: [] })),
    referrals: REFERRAL_TYPES.map((type) => ({ type, text: 'x', reasons: [], evidence: [] })),
    unanswered: ['x'],
  };
}

const cases: [string, (locale: Locale) => ReferralSummary][] = [
  ...SAMPLES.map((file): [string, (locale: Locale) => ReferralSummary] => [file, () => sample(file)]),
  ['every referral, topic and consideration', everything],
];

describe('the person’s view in plain words', () => {
  it('reads every sample answer file, seven or more', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(cases)('%s: English at grade 8 or below, Spanish at Fernández Huerta 60 or above, no guarded words, in every format', (_name, make) => {
    for (const locale of ['en', 'es'] as const) {
      const s = make(locale);
      const [text, ...others] = (['text', 'markdown', 'html'] as const).map((format) => PIECES[format](render(s, format, locale)));
      for (const pieces of others) expect(pieces).toEqual(text);
      for (const format of ['text', 'markdown', 'html'] as const) expect(findGuardedPhrases(render(s, format, locale)), format).toEqual([]);
    }
    const en = prose(make('en'), 'en');
    const es = prose(make('es'), 'es');
    expect(fleschKincaidGrade(en), en).toBeLessThanOrEqual(8);
    expect(fernandezHuerta(es), es).toBeGreaterThanOrEqual(60);
  });

  it('every random intake or brief-screen summary reads at grade 8 or below in English and 60 or above in Spanish', () => {
    for (const q of [substanceUseIntake, briefScreen]) {
      fc.assert(
        fc.property(answersArbitrary(q), (answers) => {
          expect(fleschKincaidGrade(prose(summarize(q, answers), 'en'))).toBeLessThanOrEqual(8);
          expect(fernandezHuerta(prose(summarize(q, answers, { locale: 'es' }), 'es'))).toBeGreaterThanOrEqual(60);
        }),
        { numRuns: Math.min(RUNS, 100) },
      );
    }
  });

  // Flesch–Kincaid means little on a few words ("About this summary" scores 9.2 for its three-syllable
  // "summary"), so a phrase is measured alone only from five words up, as the questions are in
  // tests/questionnaires/readability.test.ts; every phrase is also read in context in the renders above.
  it('words each person-facing phrase of five words or more at grade 8 or below on its own', () => {
    const tables = [PHRASES.referralsPatient, PHRASES.domainsPatient, PHRASES.settingPatient, PHRASES.patient, PHRASES.urgencyPatient];
    const over = tables
      .flatMap((t) => Object.values(t))
      .filter((text) => text.en.split(/\s+/).length >= 5)
      .map((text) => ({ text: text.en, grade: fleschKincaidGrade(/[.!?:]$/.test(text.en) ? text.en : `${text.en}.`) }))
      .filter((t) => t.grade > 8);
    expect(over).toEqual([]);
  });
});

describe('the readability measures', () => {
  it('rate plain text as easy and clinical text as hard, in both languages', () => {
    expect(fleschKincaidGrade('Do you have a place to live?')).toBeLessThan(4);
    expect(fleschKincaidGrade('Concomitant psychopharmacological interventions necessitate interdisciplinary coordination.')).toBeGreaterThan(16);
    expect(fernandezHuerta('¿Tiene un lugar donde vivir?')).toBeGreaterThan(70);
    expect(fernandezHuerta('Las intervenciones psicofarmacológicas concomitantes requieren coordinación interdisciplinaria.')).toBeLessThan(30);
  });

  it('count Spanish diphthongs as one syllable and hiatus as two', () => {
    // "cuidado" (cui-da-do, 3) against "día" (dí-a, 2): both one word and one sentence, so the scores differ by
    // exactly 0.6 × 100 × the syllable difference.
    expect(fernandezHuerta('cuidado.') - fernandezHuerta('día.')).toBeCloseTo(-60, 5);
  });
});
