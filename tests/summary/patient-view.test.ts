import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { substanceUseIntake } from '../../questionnaires/index.js';
import { PHRASES } from '../../src/summary/phrases.js';
import { patientView } from '../../src/summary/patient-view.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary, RUNS } from '../support/answer-arbitraries.js';
import { localize } from '../../src/definition/text.js';

// The person's view may be on a shared screen or printed. A disclosure made privately (feeling unsafe with a
// partner or someone at home; suicide-risk answers) must never show there, while the clinician view keeps it.

const FORMATS = ['text', 'markdown', 'html'] as const;
const LOCALES = ['en', 'es'] as const;
const patient = (s: ReferralSummary, format: (typeof FORMATS)[number] = 'text', locale: (typeof LOCALES)[number] = 'en') =>
  renderSummary(s, { format, audience: 'patient', locale });
const lines = (s: ReferralSummary) => patient(s).split('\n');

const PHQ9_LOW_MOOD = { 'phq9.q1': 3, 'phq9.q2': 3, 'phq9.q3': 2, 'phq9.q4': 2, 'phq9.q5': 1, 'phq9.q6': 1, 'phq9.q7': 1, 'phq9.q8': 0 };

describe('patientView', () => {
  it('lists topics, considerations and referrals in the person’s words, in the summary’s order', () => {
    const s = summarize(substanceUseIntake, { 'living.supports': true, 'living.transport': false, 'substance.used': ['heroin'] });
    const view = patientView(s);
    expect(view.topics).toContain('recovery-environment');
    expect(view.setting).toEqual(s.setting.map((c) => c.indicator));
    expect(view.referrals).toEqual(s.referrals.map((r) => r.type));
    const text = patient(s);
    for (const d of view.topics) expect(text).toContain(PHRASES.domainsPatient[d].en);
    for (const c of view.setting) expect(text).toContain(PHRASES.settingPatient[c].en);
    for (const r of view.referrals) expect(text).toContain(PHRASES.referralsPatient[r].en);
  });

  it('uses the person’s phrase, never the clinician’s name or a diagnostic label, for every referral', () => {
    const s = summarize(substanceUseIntake, { 'substance.used': ['heroin'], 'substance.frequency': 'daily', 'preferences.moud': 'yes' });
    expect(s.referrals.map((r) => r.type)).toContain('moud-evaluation');
    for (const locale of LOCALES) {
      for (const format of FORMATS) {
        const out = patient(summarize(substanceUseIntake, { 'substance.used': ['heroin'], 'preferences.moud': 'yes' }, { locale }), format, locale);
        expect(out).toContain(localize(PHRASES.referralsPatient['moud-evaluation'], locale));
        for (const r of s.referrals) expect(out).not.toContain(localize(PHRASES.referrals[r.type], locale));
        expect(out).not.toMatch(/disorder|trastorno|withdrawal management|harm-reduction|reducción de daños|evaluation|evaluación/i);
      }
    }
  });

  it('never shows safety findings, even with no safety flag', () => {
    const s = summarize(substanceUseIntake, { 'substance.used': ['heroin'], 'substance.naloxone': 'no' });
    expect(s.findings.safety.length).toBeGreaterThan(0);
    expect(patientView(s).topics).not.toContain('safety');
    expect(patient(s)).not.toContain(PHRASES.domainsPatient.safety.en);
  });
});

describe('a private disclosure never reaches the person’s view', () => {
  const unsafe = { 'living.supports': true, 'living.unsafe': true, 'living.afraid-today': true };

  it('feeling unsafe at home: no support-services referral, no family sessions, no topic resting on it; the clinician view keeps them', () => {
    const s = summarize(substanceUseIntake, unsafe);
    expect(s.referrals.map((r) => r.type)).toEqual(expect.arrayContaining(['safety-support-services', 'family-therapy']));
    expect(patientView(s).referrals).not.toContain('safety-support-services');
    expect(patientView(s).referrals).not.toContain('family-therapy');
    for (const locale of LOCALES) {
      const local = summarize(substanceUseIntake, unsafe, { locale });
      for (const format of FORMATS) {
        const out = patient(local, format, locale);
        expect(out).not.toContain(localize(PHRASES.referralsPatient['safety-support-services'], locale));
        expect(out).not.toContain(localize(PHRASES.referralsPatient['family-therapy'], locale));
        expect(out).not.toMatch(locale === 'en' ? /unsafe|afraid|partner|violence/i : /peligro|miedo|pareja|violencia/i);
      }
      const clinician = renderSummary(local, { format: 'text', audience: 'clinician', locale });
      expect(clinician).toContain(localize(PHRASES.referrals['safety-support-services'], locale));
      expect(clinician).toContain(localize(PHRASES.referrals['family-therapy'], locale));
    }
    // The home topic still shows: it rests on another answer (supportive family or friends).
    expect(patientView(s).topics).toContain('recovery-environment');
  });

  it('feeling unsafe at home alone raises no home topic (fires on its answer, not on a neighbour’s)', () => {
    expect(patientView(summarize(substanceUseIntake, { 'living.unsafe': true })).topics).not.toContain('recovery-environment');
    expect(patientView(summarize(substanceUseIntake, { 'living.unsafe': false, 'living.supports': true })).topics).toContain('recovery-environment');
    // Without the private disclosure, family sessions are offered to the person as usual.
    expect(patientView(summarize(substanceUseIntake, { 'living.unsafe': false, 'living.supports': true })).referrals).toContain('family-therapy');
  });

  it('suicide-risk answers: a topic that rests on an answer behind a safety flag is left out', () => {
    const flagged = summarize(substanceUseIntake, { ...PHQ9_LOW_MOOD, 'phq9.q9': 2 });
    const calm = summarize(substanceUseIntake, { ...PHQ9_LOW_MOOD, 'phq9.q9': 0 });
    expect(flagged.safetyFlags.map((f) => f.id)).toContain('phq9.item9');
    expect(flagged.findings['co-occurring-screens'].length).toBeGreaterThan(0);
    expect(patientView(flagged).topics).not.toContain('co-occurring-screens');
    expect(patientView(calm).topics).toContain('co-occurring-screens');
    for (const format of FORMATS) expect(patient(flagged, format)).not.toMatch(/better off dead|hurting yourself|PHQ/i);
  });

  it('property: saying privately that home is unsafe adds nothing to the person’s view but the general next-step sentence', () => {
    const urgencyLines = new Set<string>(Object.values(PHRASES.urgencyPatient).map((t) => t.en));
    fc.assert(
      fc.property(answersArbitrary(substanceUseIntake), fc.boolean(), (answers, afraid) => {
        const rest = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== 'living.unsafe' && id !== 'living.afraid-today'));
        const disclosed = lines(summarize(substanceUseIntake, { ...rest, 'living.unsafe': true, 'living.afraid-today': afraid }));
        const notDisclosed = new Set(lines(summarize(substanceUseIntake, { ...rest, 'living.unsafe': false })));
        const added = disclosed.filter((line) => !notDisclosed.has(line) && !urgencyLines.has(line));
        expect(added).toEqual([]);
      }),
      { numRuns: Math.min(RUNS, 200) },
    );
  });
});
