import { describe, expect, it } from 'vitest';
import { UI_TEXT } from '../../src/cli/interactive/ui-text.js';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { NOT_VALIDATED } from '../../src/definition/instrument.js';
import type { LocalizedText } from '../../src/definition/text.js';
import { BUILT_IN_TEXT } from '../../src/fhir/common/codings.js';
import type { Issue } from '../../src/issues/issue.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { LABELS } from '../../src/json-schema/labels.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { PHRASES } from '../../src/summary/phrases.js';
import { INTAKE_FORM_WORDING } from '../../src/web/wording.js';
import { BUNDLED, localizedTexts, tableEntries, withPackSpanish } from './helpers.js';

/** The issues `parseQuestionnaire` reports for a definition, or none when it is accepted. */
function parseIssues(json: unknown): readonly Issue[] {
  try {
    parseQuestionnaire(json);
    return [];
  } catch (error) {
    if (error instanceof QuestionnaireError) return error.issues;
    throw error;
  }
}

/** A mutable deep copy of a (frozen) questionnaire, as a clinic would load it from storage. */
function copyOf(q: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(q)) as Record<string, unknown>;
}

function at(root: unknown, path: readonly (string | number)[]): Record<string, unknown> {
  let node = root;
  for (const step of path) node = (node as Record<string | number, unknown>)[step];
  return node as Record<string, unknown>;
}

/** Up to `n` entries spread over the list, first and last included. */
function spread<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))] as T);
}

describe.each(BUNDLED)('%s: translation parity', (_id, q) => {
  const texts = localizedTexts(q);
  const locales = q.locales ?? ['en'];

  it('declares English and Spanish', () => {
    expect(locales).toEqual(['en', 'es']);
  });

  it('gives every LocalizedText every declared locale, non-empty, and no undeclared one', () => {
    // The walk reaches deep text: options, bands, cut-off labels, rule findings and trigger reasons.
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.some((t) => t.path.includes('options'))).toBe(true);
    expect(texts.some((t) => t.path.includes('bands') || t.path[0] === 'rules' || t.path[0] === 'safety')).toBe(true);
    const problems: string[] = [];
    for (const { path, text } of texts) {
      for (const locale of locales) {
        const s = Object.hasOwn(text, locale) ? text[locale] : undefined;
        if (s === undefined || s.trim() === '') problems.push(`${path.join('.')}: no "${locale}"`);
      }
      for (const key of Object.keys(text)) if (!locales.includes(key)) problems.push(`${path.join('.')}: "${key}" is not declared`);
    }
    expect(problems).toEqual([]);
  });

  it('is accepted by parseQuestionnaire with no missing-translation issue', () => {
    expect(parseIssues(copyOf(q))).toEqual([]);
  });

  it('makes parseQuestionnaire report missing-translation at the path of a text that loses its Spanish', () => {
    for (const { path } of spread(texts, 12)) {
      const copy = copyOf(q);
      const text = at(copy, path);
      expect(typeof text['es'], path.join('.')).toBe('string');
      delete text['es'];
      const issues = parseIssues(copy);
      expect(
        issues.map((i) => ({ code: i.code, path: i.path })),
        path.join('.'),
      ).toEqual([{ code: 'missing-translation', path }]);
      expect(issues[0]?.message).toContain('"es"');
    }
  });

  it('reports every text that loses its Spanish, not just the first', () => {
    const copy = copyOf(q);
    const chosen = spread(texts, 3);
    for (const { path } of chosen) delete at(copy, path)['es'];
    const reported = parseIssues(copy)
      .filter((i) => i.code === 'missing-translation')
      .map((i) => i.path.join('.'));
    expect(reported.sort()).toEqual(chosen.map((t) => t.path.join('.')).sort());
  });
});

const TABLES: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  ...withPackSpanish(PHRASES),
  jsonSchemaLabels: LABELS,
  fhirBuiltInText: BUILT_IN_TEXT,
  cliUi: UI_TEXT,
  webForm: INTAKE_FORM_WORDING,
  notValidated: { note: NOT_VALIDATED },
};
const entries = tableEntries(TABLES);
const placeholders = (s: string) => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

describe('phrase tables: summary, renderers, JSON Schema labels, FHIR built-in text, CLI, web form', () => {
  it('covers every table', () => {
    for (const table of ['summary', 'clinician', 'patient', 'referrals', 'jsonSchemaLabels', 'fhirBuiltInText', 'cliUi', 'webForm']) {
      expect(
        entries.some(([key]) => key.startsWith(`${table}.`)),
        table,
      ).toBe(true);
    }
    expect(entries.length).toBeGreaterThan(120);
  });

  it('has English and Spanish for every entry, with the same placeholders', () => {
    const problems: string[] = [];
    for (const [key, text] of entries) {
      const es = Object.hasOwn(text, 'es') ? text['es'] : undefined;
      if (text.en.trim() === '') problems.push(`${key}: empty English`);
      if (es === undefined || es.trim() === '') problems.push(`${key}: no Spanish`);
      else if (placeholders(es).join() !== placeholders(text.en).join()) problems.push(`${key}: placeholders differ`);
    }
    expect(problems).toEqual([]);
  });

  it('translates every entry, except words spelled the same in both languages', () => {
    const same = entries.filter(([, text]) => text['es'] === text.en).map(([key, text]) => `${key}=${text.en}`);
    expect(same.sort()).toEqual([
      'cliUi.no=No',
      'fhirBuiltInText.no=No',
      'jsonSchemaLabels.no=No',
      'summary.cutoffAtLeast=≥ {value}',
      'summary.no=No',
      'webForm.errorPrefix=Error:',
      'webForm.no=No',
    ]);
  });

  it('passes the language guard in both languages', () => {
    const hits = entries.flatMap(([key, text]) =>
      Object.entries(text).flatMap(([locale, s]) => findGuardedPhrases(s).map((h) => `${key}.${locale}: ${h.phrase}`)),
    );
    expect(hits).toEqual([]);
  });
});
