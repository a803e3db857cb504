import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../../../src/definition/types.js';
import * as instruments from '../../../questionnaires/instruments/index.js';
import { itemOf } from './helpers.js';

const { phq9, gad7, pcPtsd5, asq, auditC, taps, ciwaAr } = instruments;

// Where each instrument's Spanish comes from: the published Spanish version, or our own translation
// because no official one could be found. The provenance note must say which.
const ALL: [string, QuestionnaireInput, 'published' | 'project'][] = [
  ['phq9', phq9, 'published'],
  ['gad7', gad7, 'published'],
  ['pcPtsd5', pcPtsd5, 'project'],
  ['asq', asq, 'published'],
  ['auditC', auditC, 'published'],
  ['taps', taps, 'project'],
  ['ciwaAr', ciwaAr, 'project'],
];

/**
 * The four answers of Pfizer's PHQ-9 "Spanish for USA" form (phqscreeners.com), as printed on
 * the form's header row: "Ningún día / Varios días / Más de la mitad de los días / Casi todos los
 * días". Checked against a public copy of the Pfizer Spanish PHQ-9 (es.studenta.com,
 * "PatientHealthQuestionnaire9_Spanish"); the GAD-7 Spanish form uses the same four.
 */
const OFFICIAL_FREQUENCY_ES = ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'];

/** The stem of the Pfizer PHQ-9 "Spanish for USA" form, from the same copy. */
const OFFICIAL_PHQ9_STEM_ES = 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?';

/** Every localized text in a value (an object with an `en` string), with where it was found. */
function localizedTexts(value: unknown, path = ''): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if (typeof obj.en === 'string') return [{ path, text: obj }];
  return Object.entries(obj).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

/** Spanish and English side by side, for every localized text that has both. */
function pairs(q: QuestionnaireInput): { path: string; en: string; es: string }[] {
  return localizedTexts(q).flatMap(({ path, text }) => (typeof text.es === 'string' ? [{ path, en: text.en as string, es: text.es }] : []));
}

const DIGITS = /\d+/g;
// Common English words that never belong in a Spanish sentence; names such as "National Center for PTSD" avoid them.
const ENGLISH_WORDS = /(?<![\p{L}])(the|you|your|have|has|and|with|what|when|did|ever|past|months?)(?![\p{L}])/iu;
// Informal Spanish ("tú") where the form must address the person as "usted".
const TUTEO = /(?<![\p{L}])(tú|tu|tus|te|ti|contigo|eres|estás|tienes|puedes|has)(?![\p{L}])/iu;

describe.each(ALL)('%s in Spanish', (_name, q, source) => {
  it('gives every localized text a Spanish version', () => {
    const texts = localizedTexts(q);
    expect(texts.length).toBeGreaterThan(5);
    const missing = texts.filter(({ text }) => typeof text.es !== 'string' || text.es.trim() === '').map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it('leaves no English sentence in the Spanish', () => {
    const english = pairs(q)
      .filter(({ es }) => ENGLISH_WORDS.test(es))
      .map(({ path, es }) => `${path}: ${es}`);
    expect(english).toEqual([]);
  });

  it('keeps every number of the English (time frames, amounts, cut-offs, years)', () => {
    const lost = pairs(q).flatMap(({ path, en, es }) => {
      const inSpanish = new Set(es.match(DIGITS) ?? []);
      return (en.match(DIGITS) ?? []).filter((n) => !inSpanish.has(n)).map((n) => `${path}: ${n}`);
    });
    expect(lost).toEqual([]);
  });

  it('opens every Spanish question with "¿" and addresses the person as "usted"', () => {
    const unbalanced = pairs(q)
      .filter(({ es }) => (es.match(/\?/g) ?? []).length !== (es.match(/¿/g) ?? []).length)
      .map(({ path, es }) => `${path}: ${es}`);
    expect(unbalanced).toEqual([]);
    const informal = pairs(q)
      .filter(({ es }) => TUTEO.test(es))
      .map(({ path, es }) => `${path}: ${es}`);
    expect(informal).toEqual([]);
  });

  it('records where its Spanish comes from, and says plainly when it is our own translation', () => {
    const notes = q.sections.map((s) => (s.instrument.kind === 'validated' ? s.instrument.translations?.es : undefined));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note?.length ?? 0).toBeGreaterThan(200);
      expect(note?.length ?? 0).toBeLessThanOrEqual(1000);
      // A source a reader can follow, and a reminder to check it before clinical use.
      expect(note).toMatch(/https:\/\/\S+/);
      expect(note).toMatch(/before clinical use/i);
      if (source === 'project') expect(note).toMatch(/^Spanish wording by the intake-screening project, not checked against an official Spanish version/);
      else expect(note).not.toMatch(/intake-screening project, not checked/);
    }
  });
});

describe('PHQ-9 and GAD-7 share the official Spanish answers', () => {
  const SHARED: [string, QuestionnaireInput][] = [
    ['phq9', phq9],
    ['gad7', gad7],
  ];
  it.each(SHARED)('%s scale items use the four Pfizer "Spanish for USA" labels, in score order', (_name, q) => {
    const scaleItems = q.sections.flatMap((s) => s.items).filter((i) => i.kind === 'scale');
    expect(scaleItems.length).toBeGreaterThanOrEqual(7);
    for (const item of scaleItems) {
      if (item.kind !== 'scale') continue;
      expect(
        item.options.map((o) => [o.value, o.text.es]),
        item.id,
      ).toEqual(OFFICIAL_FREQUENCY_ES.map((label, value) => [value, label]));
    }
  });

  it('opens the PHQ-9 with the official Spanish stem', () => {
    expect(itemOf(phq9, 'phq9.stem').text.es).toBe(OFFICIAL_PHQ9_STEM_ES);
  });
});
