import { localize } from '../../../src/definition/text.js';
import { describe, expect, it } from 'vitest';
import { defineQuestionnaire, parseQuestionnaire } from '../../../src/definition/define-questionnaire.js';
import type { QuestionnaireInput } from '../../../src/definition/types.js';
import { findGuardedPhrases } from '../../../src/language-guard/language-guard.js';
import { US_CRISIS_RESOURCES } from '../../../questionnaires/module.js';
import { raterOf } from '../../../src/definition/instrument.js';
import * as instruments from '../../../questionnaires/instruments/index.js';
import { withoutSexItem } from '../../../questionnaires/instruments/sex-item.js';

const { phq9, gad7, pcPtsd5, asq, auditC, taps, ciwaAr } = instruments;
const ALL: [string, QuestionnaireInput][] = [
  ['phq9', phq9],
  ['gad7', gad7],
  ['pcPtsd5', pcPtsd5],
  ['asq', asq],
  ['auditC', auditC],
  ['taps', taps],
  ['ciwaAr', ciwaAr],
];

// The LOINC panel of each instrument; the ASQ and the CIWA-Ar have none.
const PANELS: Record<string, string[]> = {
  phq9: ['44249-1'],
  gad7: ['69737-5'],
  pcPtsd5: ['102010-6'],
  asq: [],
  auditC: ['72109-2'],
  taps: ['96841-2'],
  ciwaAr: [],
};

// Items that have no LOINC code of their own: ASQ has none in LOINC; the TAPS-2 questions and
// the neutral TAPS alcohol question are not in the LOINC TAPS panel; the AUDIT-C sex question is ours; we found
// no LOINC code for the CIWA-Ar.
// gad7.difficulty: the published closing question; we could not confirm the GAD-7 panel's LOINC code for it.
const UNCODED = /^(asq\.|ciwaar\.|taps\.(?!tobacco\.frequency|drugs\.frequency|rx\.frequency)|auditc\.sex$|gad7\.difficulty$)/;

/** Every localized text in a value, with where it was found. */
function texts(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if (typeof obj.en === 'string') return Object.entries(obj).map(([lang, t]) => [`${path}.${lang}`, String(t)]);
  return Object.entries(obj).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

describe.each(ALL)('%s', (name, q) => {
  it('names a validated instrument with its citation, licence and source url', () => {
    for (const section of q.sections) {
      expect(section.instrument.kind).toBe('validated');
      if (section.instrument.kind !== 'validated') continue;
      expect(section.instrument.citation).toMatch(/\d{4};\d+\(\d+\):\d+-\d+/);
      expect(localize(section.instrument.licence).length).toBeGreaterThan(20);
      expect(section.instrument.url).toMatch(/^https:\/\//);
      expect((section.instrument.codes ?? []).map((c) => c.code)).toEqual(PANELS[name]);
    }
  });

  it('codes every LOINC-coded item in the LOINC system', () => {
    for (const item of q.sections.flatMap((s) => s.items)) {
      if (item.kind === 'display' || UNCODED.test(item.id)) continue;
      expect(item.codes?.[0]?.system, item.id).toBe('http://loinc.org');
      expect(item.codes?.[0]?.code, item.id).toMatch(/^\d+-\d$/);
    }
  });

  it('requires every scored item', () => {
    const scored = new Set((q.scores ?? []).flatMap((s) => s.items));
    for (const item of q.sections.flatMap((s) => s.items)) {
      if (scored.has(item.id)) expect(item, item.id).toMatchObject({ required: true });
    }
  });

  it('says what a positive screen means, in screening language only; a clinician-rated severity scale is read by its bands', () => {
    expect(q.scores?.length).toBeGreaterThan(0);
    for (const score of q.scores ?? []) {
      const section = q.sections.find((s) => s.id === score.section);
      if (section && raterOf(section.instrument) === 'clinician') {
        // A severity rating (CIWA-Ar), not a screen: no cut-off to be positive at, and published bands instead.
        expect(score.cutoffs, score.id).toEqual([]);
        expect(score.positiveMeaning, score.id).toBeUndefined();
        expect(score.bands.length, score.id).toBeGreaterThan(1);
        continue;
      }
      expect(score.positiveMeaning?.en, score.id).toMatch(
        /^Screened positive for .+; (further assessment|a brief suicide safety assessment) by a qualified clinician is (recommended|needed)/,
      );
      expect(score.cutoffs.length, score.id).toBeGreaterThan(0);
    }
  });

  it('contains no diagnostic or stigmatizing wording', () => {
    const instrumentTexts = q.sections.flatMap((s): [string, string][] =>
      s.instrument.kind === 'validated'
        ? [
            [`${s.id}.title`, s.instrument.title],
            ...[s.instrument.citation, s.instrument.licence].flatMap((t, k): [string, string][] =>
              (typeof t === 'string' ? [t] : Object.values(t)).map((v) => [`${s.id}.${k === 0 ? 'citation' : 'licence'}`, v]),
            ),
          ]
        : [],
    );
    const all = [...texts(q), ...instrumentTexts];
    expect(all.length).toBeGreaterThan(10);
    const hits = all.flatMap(([where, t]) => findGuardedPhrases(t).map((h) => `${where}: ${h.phrase}`));
    expect(hits).toEqual([]);
  });

  it('is plain data that survives a JSON round trip', () => {
    const copy = parseQuestionnaire(JSON.parse(JSON.stringify(q)));
    expect(copy).toEqual(q);
  });

  it('shows the default crisis resources', () => {
    expect(q.crisisResources).toEqual(US_CRISIS_RESOURCES);
  });
});

describe('instrument modules', () => {
  it('compose into one questionnaire without id clashes', () => {
    const { asqModule, phq9Module, gad7Module, pcPtsd5Module, auditCModule, tapsModule, ciwaArModule } = instruments;
    // The AUDIT-C and TAPS share their sex question: it is kept once.
    const q = defineQuestionnaire({
      id: 'all-instruments',
      version: '1.0.0',
      title: { en: 'All instruments' },
      sections: [
        ...asqModule.sections,
        ...phq9Module.sections,
        ...gad7Module.sections,
        ...pcPtsd5Module.sections,
        ...auditCModule.sections,
        withoutSexItem(tapsModule.sections[0]),
        ...ciwaArModule.sections,
      ],
      scores: [
        ...asqModule.scores,
        ...phq9Module.scores,
        ...gad7Module.scores,
        ...pcPtsd5Module.scores,
        ...auditCModule.scores,
        ...tapsModule.scores,
        ...ciwaArModule.scores,
      ],
      rules: [...ciwaArModule.rules],
      safety: [...asqModule.safety, ...phq9Module.safety],
    });
    expect(q.sections.map((s) => s.id)).toEqual(['asq', 'phq9', 'gad7', 'pcptsd5', 'auditc', 'taps', 'ciwaar']);
    expect(q.safety?.map((t) => t.id)).toEqual(['asq.acute', 'asq.positive', 'phq9.item9']);
    const composed: QuestionnaireInput = q;
    expect(composed.sections.flatMap((s) => s.items).filter((i) => i.id === 'auditc.sex')).toHaveLength(1);
  });

  it('refuse to compose with the sex question twice, naming it', () => {
    const { auditCModule, tapsModule } = instruments;
    expect(() =>
      parseQuestionnaire({ id: 'twice', version: '1.0.0', title: { en: 'Twice' }, sections: [...auditCModule.sections, ...tapsModule.sections] }),
    ).toThrow(/auditc\.sex/);
  });

  it('each define a questionnaire whose id is its section id', () => {
    expect(ALL.map(([, q]) => [q.id, q.sections.map((s) => s.id)])).toEqual([
      ['phq9', ['phq9']],
      ['gad7', ['gad7']],
      ['pcptsd5', ['pcptsd5']],
      ['asq', ['asq']],
      ['auditc', ['auditc']],
      ['taps', ['taps']],
      ['ciwaar', ['ciwaar']],
    ]);
  });
});
