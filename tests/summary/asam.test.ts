import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefScreen, bundledQuestionnaires, substanceUseIntake } from '../../questionnaires/index.js';
import { ASAM_DIMENSIONS, type AsamDimension } from '../../src/definition/asam-dimension.js';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { DOMAINS, REFERRAL_TYPES, type Rule, SETTING_INDICATORS } from '../../src/definition/rule.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { referralSummaryJsonSchema } from '../../src/json-schema/referral-summary-json-schema.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { ASAM_DIMENSION_NAMES, asamDimensionsOf, DOMAIN_ASAM, REFERRAL_ASAM, SETTING_ASAM } from '../../src/summary/asam.js';
import { ASAM_PHRASES } from '../../src/summary/asam-phrases.js';
import { toText } from '../../src/summary/blocks.js';
import { type ReferralSummary, ReferralSummarySchema } from '../../src/summary/referral-summary.js';
import { asamBlocks } from '../../src/summary/render-asam.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary } from './answers-arbitrary.js';
import { NUM_RUNS } from './summary-properties.js';
import { es as esPack } from '../../src/locales/es.js';
import { localize } from '../../src/definition/text.js';

// Issue 17, section 5: every finding, setting consideration and referral names the ASAM dimension(s) it informs, the
// clinician view lists all six dimensions (empty ones marked), and nothing rates a dimension or names a level of care
// (ASAM licenses its decision rules; a screen cannot apply them).

/**
 * Words that would rate a dimension or place a person: an ASAM level ("Level 3.5", "3.7-WM"), a risk or severity
 * rating, "meets criteria", a recommended or indicated level. The ASAM part says only which dimensions have
 * information, so none may appear in it, in either language.
 */
const PLACEMENT_WORDS: readonly RegExp[] = [
  /\blevel\s*(?:of care\s*)?[0-4](?:\.\d)?\b/i,
  /\bnivel\s*(?:de atención\s*)?[0-4](?:\.\d)?\b/i,
  /\b[0-4]\.[0-9](?:-wm)?\b/i,
  /\b(?:risk|severity) rating|\brated (?:as|at)\b|\bscore\b/i,
  /\bcalificaci[oó]n de (?:riesgo|gravedad)|\bpuntuaci[oó]n\b/i,
  /\bmeets? (?:the )?(?:asam )?criteria|\bcumple (?:los )?criterios/i,
  /\b(?:recommended|indicated|appropriate) (?:level|setting)|\bnivel (?:recomendado|indicado|adecuado)/i,
  /\b(?:low|moderate|high|severe) (?:risk|severity)\b|\briesgo (?:bajo|moderado|alto)\b/i,
];
const placementWords = (text: string) => PLACEMENT_WORDS.filter((p) => p.test(text)).map(String);

const asamText = (s: ReferralSummary, locale = s.locale) => toText(asamBlocks(s, locale));
/** A questionnaire's rules, typed as any rule (the bundled ones are literal types, most without `asam`). */
const rulesOf = (q: object): readonly Rule[] => (q as { readonly rules?: readonly Rule[] }).rules ?? [];
const has = (tags: readonly AsamDimension[], d: AsamDimension) => tags.includes(d);

const validate = new Ajv2020({ strict: true }).compile(referralSummaryJsonSchema());

describe('ASAM dimension names', () => {
  it('number the six dimensions 1–6 once in each edition', () => {
    for (const edition of ['third', 'fourth'] as const) {
      expect(ASAM_DIMENSIONS.map((d) => ASAM_DIMENSION_NAMES[d][edition].number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    }
    // In the fourth edition's order, as ASAM_DIMENSIONS lists them.
    expect(ASAM_DIMENSIONS.map((d) => ASAM_DIMENSION_NAMES[d].fourth.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ASAM_DIMENSIONS.map((d) => ASAM_DIMENSION_NAMES[d].third.number)).toEqual([1, 2, 3, 5, 6, 4]);
  });

  it('name them as the third (2013) and fourth (2023) editions do', () => {
    const names = (edition: 'third' | 'fourth') => ASAM_DIMENSIONS.map((d) => ASAM_DIMENSION_NAMES[d][edition].name.en);
    expect(names('third')).toEqual([
      'Acute Intoxication and/or Withdrawal Potential',
      'Biomedical Conditions and Complications',
      'Emotional, Behavioral, or Cognitive Conditions and Complications',
      'Relapse, Continued Use, or Continued Problem Potential',
      'Recovery/Living Environment',
      'Readiness to Change',
    ]);
    expect(names('fourth')).toEqual([
      'Intoxication, Withdrawal, and Addiction Medications',
      'Biomedical Conditions',
      'Psychiatric and Cognitive Conditions',
      'Substance Use-Related Risks',
      'Recovery Environment Interactions',
      'Person-Centered Considerations',
    ]);
  });

  it('have distinct English and Spanish names in both editions that pass the language guard', () => {
    for (const d of ASAM_DIMENSIONS) {
      for (const edition of ['third', 'fourth'] as const) {
        const { name } = ASAM_DIMENSION_NAMES[d][edition];
        const spanish = esPack.phrases.asamDimensions[d][edition].name;
        expect(spanish.trim(), `${d}.${edition}`).toBeTruthy();
        expect(spanish, `${d}.${edition}`).not.toBe(name.en);
        expect(localize(name, 'es'), `${d}.${edition}`).toBe(spanish);
        for (const s of [name.en, spanish]) expect(findGuardedPhrases(s), `${d}.${edition}: ${s}`).toEqual([]);
      }
    }
    expect(esPack.phrases.asamDimensions.biomedical.third.name).toBe('Afecciones y complicaciones biomédicas');
    expect(esPack.phrases.asamDimensions['readiness-person-centered'].fourth.name).toBe('Consideraciones centradas en la persona');
  });
});

describe('ASAM tags', () => {
  it('give every domain but the scope note, every setting indicator and every referral type a dimension', () => {
    expect(Object.keys(DOMAIN_ASAM).sort()).toEqual([...DOMAINS].sort());
    expect(Object.keys(SETTING_ASAM).sort()).toEqual([...SETTING_INDICATORS].sort());
    expect(Object.keys(REFERRAL_ASAM).sort()).toEqual([...REFERRAL_TYPES].sort());
    expect(DOMAIN_ASAM['screening-scope']).toEqual([]);
    for (const d of DOMAINS) if (d !== 'screening-scope') expect(DOMAIN_ASAM[d].length, d).toBeGreaterThan(0);
    for (const i of SETTING_INDICATORS) expect(SETTING_ASAM[i].length, i).toBeGreaterThan(0);
    for (const r of REFERRAL_TYPES) expect(REFERRAL_ASAM[r].length, r).toBeGreaterThan(0);
  });

  it('leave every dimension informed by some domain, setting indicator or referral type', () => {
    const used = new Set<AsamDimension>([...Object.values(DOMAIN_ASAM), ...Object.values(SETTING_ASAM), ...Object.values(REFERRAL_ASAM)].flat());
    expect([...used].sort()).toEqual([...ASAM_DIMENSIONS].sort());
  });

  it('give every rule of every bundled questionnaire at least one dimension (the scope note aside), each once', () => {
    const rules = Object.values(bundledQuestionnaires).flatMap((q) => rulesOf(q).map((r) => [q.id, r] as const));
    expect(rules.length).toBeGreaterThan(100);
    for (const [qid, rule] of rules) {
      const tags = rule.asam ?? DOMAIN_ASAM[rule.domain];
      if (rule.domain === 'screening-scope') expect(tags, `${qid} ${rule.id}`).toEqual([]);
      else expect(tags.length, `${qid} ${rule.id}`).toBeGreaterThan(0);
      expect(new Set(tags).size, `${qid} ${rule.id}`).toBe(tags.length);
    }
  });

  it('are precise where a domain spans two dimensions: withdrawal apart from physical health, suicide risk apart from overdose', () => {
    const rule = (id: string) => rulesOf(substanceUseIntake).find((r) => r.id === id);
    expect(rule('cross.sedative-withdrawal')?.asam).toEqual(['intoxication-withdrawal']);
    expect(rule('health.wound')?.asam).toEqual(['biomedical']);
    expect(rule('screen.asq-positive')?.asam).toEqual(['psychiatric-cognitive']);
    expect(rule('overdose.tolerance-loss')?.asam).toEqual(['use-related-risks']);
    // Withdrawal and a wound are in the same domain but inform different dimensions in the summary.
    const s = summarize(substanceUseIntake, { 'substance.used': ['alcohol'], 'withdrawal.symptoms': ['shaking'], 'health.problems': ['wound'] });
    const byRule = Object.fromEntries(s.findings['withdrawal-medical'].map((f) => [f.ruleId, f.asam]));
    expect(byRule['cross.sedative-withdrawal']).toEqual(['intoxication-withdrawal']);
    expect(byRule['health.wound']).toEqual(['biomedical']);
  });
});

describe('the rule schema', () => {
  const definition = (...asam: unknown[]) => ({
    id: 'asam-test',
    version: '1.0.0',
    title: { en: 'ASAM test' },
    sections: [{ id: 's', title: { en: 'S' }, instrument: { kind: 'descriptive', name: 'S' }, items: [{ id: 's.a', kind: 'boolean', text: { en: 'A?' } }] }],
    // No `asam` key at all when none is given, as a definition loaded from JSON would have it.
    rules: [
      { id: 'r.a', when: { item: 's.a', eq: true }, domain: 'withdrawal-medical', finding: { en: 'Said yes.' }, ...(asam.length > 0 ? { asam: asam[0] } : {}) },
    ],
  });
  const issues = (asam: unknown) => {
    try {
      parseQuestionnaire(definition(asam));
      return [];
    } catch (e) {
      if (e instanceof QuestionnaireError) return e.issues.map((i) => ({ code: i.code, path: i.path }));
      throw e;
    }
  };

  it('takes a rule’s own dimensions over its domain’s, and reports them on the finding', () => {
    const q = parseQuestionnaire(definition(['biomedical']));
    expect(summarize(q, { 's.a': true }).findings['withdrawal-medical']).toMatchObject([{ ruleId: 'r.a', asam: ['biomedical'] }]);
    const plain = parseQuestionnaire(definition());
    expect(summarize(plain, { 's.a': true }).findings['withdrawal-medical'][0]?.asam).toEqual(['intoxication-withdrawal', 'biomedical']);
  });

  it('refuses an unknown dimension, a rating-like value, an empty list and a non-list, at the rule’s asam path', () => {
    for (const bad of [['dimension-7'], ['level-3.5'], [], 'biomedical', [2]]) {
      const found = issues(bad);
      expect(found.length, JSON.stringify(bad)).toBeGreaterThan(0);
      expect(
        found.every((i) => i.path.slice(0, 3).join('.') === 'rules.0.asam'),
        JSON.stringify(found),
      ).toBe(true);
    }
    expect(issues(['intoxication-withdrawal', 'readiness-person-centered'])).toEqual([]);
  });
});

describe('summaries', () => {
  it('tag every finding, setting consideration and referral, as the tables and rules say', () => {
    fc.assert(
      fc.property(answersArbitrary(substanceUseIntake), (answers) => {
        const s = summarize(substanceUseIntake, answers);
        const rules = new Map(rulesOf(substanceUseIntake).map((r) => [r.id, r]));
        for (const d of DOMAINS) {
          for (const f of s.findings[d]) {
            const rule = rules.get(f.ruleId);
            expect(f.asam).toEqual(ASAM_DIMENSIONS.filter((x) => has(rule?.asam ?? DOMAIN_ASAM[d], x)));
          }
        }
        for (const c of s.setting) expect(c.asam).toEqual(SETTING_ASAM[c.indicator]);
        for (const r of s.referrals) expect(r.asam).toEqual(ASAM_DIMENSIONS.filter((x) => has(REFERRAL_ASAM[r.type], x)));
        // Everything is under some dimension, and under no dimension it is not tagged with.
        const dims = asamDimensionsOf(s);
        expect(dims.map((d) => d.dimension)).toEqual([...ASAM_DIMENSIONS]);
        const placed = new Set(dims.flatMap((d) => [...d.findings, ...d.setting, ...d.referrals]));
        for (const d of DOMAINS) if (d !== 'screening-scope') for (const f of s.findings[d]) expect(placed.has(f), f.ruleId).toBe(true);
        for (const e of [...s.setting, ...s.referrals]) expect(placed.has(e)).toBe(true);
        for (const dim of dims) for (const f of dim.findings) expect(f.asam).toContain(dim.dimension);
      }),
      { seed: 17, numRuns: Math.min(NUM_RUNS, 150) },
    );
  });

  it('never share a tag list between summaries, so changing one cannot change the next', () => {
    const answers = { 'living.transport': false, 'living.home-support': false };
    const a = summarize(briefScreen, answers);
    (a.referrals[0]?.asam as AsamDimension[]).push('biomedical');
    (a.setting[0]?.asam as AsamDimension[]).length = 0;
    const b = summarize(briefScreen, answers);
    expect(b.referrals[0]?.asam).toEqual(REFERRAL_ASAM['transport-assistance']);
    expect(b.setting[0]?.asam).toEqual(SETTING_ASAM['no-home-support']);
  });

  it('validate with and without the tags (summaries stored before them still parse), and refuse a value outside the six', () => {
    const s = summarize(substanceUseIntake, { 'health.problems': ['wound'], 'living.housing': 'none' });
    expect(ReferralSummarySchema.safeParse(s).success).toBe(true);
    expect(validate(s)).toBe(true);
    const old = JSON.parse(JSON.stringify(s), (key, value: unknown) => (key === 'asam' ? undefined : value)) as ReferralSummary;
    expect(JSON.stringify(old)).not.toContain('"asam"');
    expect(ReferralSummarySchema.safeParse(old).success).toBe(true);
    expect(validate(old)).toBe(true);
    // The old summary is grouped by the defaults; the wound is a withdrawal-medical finding, so it shows under both.
    const oldDims = Object.fromEntries(asamDimensionsOf(old).map((d) => [d.dimension, d.findings.map((f) => f.ruleId)]));
    expect(oldDims.biomedical).toContain('health.wound');
    expect(oldDims['intoxication-withdrawal']).toContain('health.wound');
    const rated = structuredClone(s);
    (rated.findings['withdrawal-medical'][0] as { asam: string[] }).asam = ['level-3.7'];
    expect(ReferralSummarySchema.safeParse(rated).success).toBe(false);
    expect(validate(rated)).toBe(false);
  });
});

describe('the clinician view', () => {
  it('lists all six dimensions in both editions, with what informs each and the empty ones marked (en)', () => {
    const s = summarize(substanceUseIntake, { 'health.problems': ['wound'], 'living.housing': 'none' });
    const part = asamText(s);
    expect(part).toContain(
      [
        '- Dimension 2: Biomedical Conditions (third edition, dimension 2: Biomedical Conditions and Complications)',
        '    Findings: health.wound',
        '    Referrals: Medical care for physical health concerns',
      ].join('\n'),
    );
    expect(part).toContain(
      '- Dimension 6: Person-Centered Considerations (third edition, dimension 4: Readiness to Change)\n    Empty: no finding, setting consideration or referral from these answers.',
    );
    expect(part).toContain(
      [
        '- Dimension 5: Recovery Environment Interactions (third edition, dimension 6: Recovery/Living Environment)',
        '    Findings: living.unstable-housing, setting.no-stable-housing',
        '    Setting considerations raised by: setting.no-stable-housing',
        '    Referrals: Housing support',
      ].join('\n'),
    );
    expect(part.match(/^- Dimension \d/gm)).toHaveLength(6);
    expect(part.match(/Empty: /g)?.length).toBeGreaterThanOrEqual(2);
    expect(part).toContain('does not rate any dimension or name a level of care');
    // The whole view holds the part once, in the appendix after the answers, and the finding carries its rule id so it can be found.
    const view = renderSummary(s, { format: 'text', audience: 'clinician' });
    expect(view.split(ASAM_PHRASES.heading.en)).toHaveLength(2);
    expect(view.indexOf(ASAM_PHRASES.heading.en)).toBeGreaterThan(view.indexOf('Suggested referrals'));
    expect(view.indexOf(ASAM_PHRASES.heading.en)).toBeGreaterThan(view.indexOf('Appendix: answers and sources'));
    expect(view).toMatch(/\(health\.wound\)( — Evidence: [^\n]*)?\n/);
  });

  it('says the same in Spanish, in every format, and never in the patient view', () => {
    const s = summarize(substanceUseIntake, { 'health.problems': ['wound'] }, { locale: 'es' });
    const part = asamText(s);
    expect(part).toContain('- Dimensión 2: Afecciones biomédicas (tercera edición, dimensión 2: Afecciones y complicaciones biomédicas)');
    expect(part).toContain('Dimensión 4: Riesgos relacionados con el consumo de sustancias (tercera edición, dimensión 5');
    expect(part).toContain(esPack.phrases.asam.empty);
    for (const format of ['text', 'markdown', 'html'] as const) {
      const clinician = renderSummary(s, { format, audience: 'clinician' });
      expect(clinician, format).toContain(esPack.phrases.asam.heading);
      expect(clinician, format).toContain('Consideraciones centradas en la persona');
      for (const locale of ['en', 'es']) expect(renderSummary(s, { format, audience: 'patient', locale }), format).not.toMatch(/ASAM|Dimensi[oó]n/);
    }
  });

  it('lists every dimension as empty when nothing was raised', () => {
    const part = asamText(summarize(briefScreen, {}));
    expect(part.match(/Empty: no finding, setting consideration or referral from these answers\./g)).toHaveLength(6);
  });

  it('never rates a dimension or names a level of care, for random answers in either language', () => {
    for (const [locale, phrases] of [
      ['en', Object.values(ASAM_PHRASES).map((p) => p.en)],
      ['es', Object.values(esPack.phrases.asam)],
    ] as const) {
      for (const p of phrases) expect(placementWords(p), `${locale}: ${p}`).toEqual([]);
    }
    fc.assert(
      fc.property(answersArbitrary(substanceUseIntake), fc.constantFrom('en', 'es'), (answers, locale) => {
        const part = asamText(summarize(substanceUseIntake, answers, { locale }));
        expect(placementWords(part)).toEqual([]);
        expect(findGuardedPhrases(part)).toEqual([]);
      }),
      { seed: 5, numRuns: Math.min(NUM_RUNS, 100) },
    );
  });

  it('finds the placement words it guards against (so the check above can fail)', () => {
    for (const s of [
      'ASAM Level 3.5',
      'Level of care 2.1',
      '3.7-WM',
      'Dimension 1 risk rating: 3',
      'rated at 2',
      'meets ASAM criteria',
      'recommended level',
      'nivel 3.1',
      'high risk',
    ]) {
      expect(placementWords(s), s).not.toEqual([]);
    }
  });
});
