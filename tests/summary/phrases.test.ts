import { describe, expect, it } from 'vitest';
import { DOMAINS, REFERRAL_TYPES, SETTING_INDICATORS, URGENCIES } from '../../src/definition/rule.js';
import type { LocalizedText } from '../../src/definition/text.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { PHRASES, fillPhrase } from '../../src/summary/phrases.js';
import { withPackSpanish } from '../i18n/helpers.js';

const entries: [string, LocalizedText][] = Object.entries(withPackSpanish(PHRASES)).flatMap(([table, phrases]) =>
  Object.entries(phrases as Record<string, LocalizedText>).map(([key, text]): [string, LocalizedText] => [`${table}.${key}`, text]),
);
const placeholders = (s: string) => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

describe('phrase table', () => {
  it('words every enum value', () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const t of [PHRASES.referrals, PHRASES.referralsPatient]) expect(keys(t)).toEqual([...REFERRAL_TYPES].sort());
    for (const t of [PHRASES.setting, PHRASES.settingPatient]) expect(keys(t)).toEqual([...SETTING_INDICATORS].sort());
    for (const t of [PHRASES.domains, PHRASES.domainsPatient]) expect(keys(t)).toEqual([...DOMAINS].sort());
    for (const t of [PHRASES.urgency, PHRASES.urgencyLabels, PHRASES.urgencyPatient]) expect(keys(t)).toEqual([...URGENCIES].sort());
    expect(keys(PHRASES.instrumentStatus)).toEqual(['complete', 'incomplete', 'not-applicable']);
  });

  it('has a non-empty English and Spanish text for every phrase, with the same placeholders', () => {
    expect(entries.length).toBeGreaterThan(80);
    for (const [key, text] of entries) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text['es']?.trim(), key).toBeTruthy();
      for (const [locale, s] of Object.entries(text)) expect(placeholders(s), `${key}.${locale}`).toEqual(placeholders(text.en));
    }
  });

  it('passes the language guard in every locale', () => {
    for (const [key, text] of entries) {
      for (const [locale, s] of Object.entries(text)) expect(findGuardedPhrases(s), `${key}.${locale}`).toEqual([]);
    }
  });

  it('words the positive screen and the disclaimer as screening, not diagnosis', () => {
    expect(PHRASES.summary.screenedPositiveFor.en).toMatch(
      /^Screened positive for symptoms of \{name\}; further assessment by a qualified clinician is recommended\.$/,
    );
    expect(PHRASES.summary.disclaimer.en).toMatch(/not a diagnosis/);
    expect(PHRASES.summary.disclaimerWithRatings.en).toMatch(/not a diagnosis/);
    expect(PHRASES.patient.disclaimer.en).toMatch(/not a diagnosis/);
    expect(PHRASES.summary.settingNote.en).toMatch(/does not decide a level of care/);
  });
});

describe('fillPhrase', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillPhrase('Score {value} of {max}', { value: 3, max: 27 })).toBe('Score 3 of 27');
    expect(fillPhrase('Hello {name}', {})).toBe('Hello {name}');
    expect(fillPhrase('{toString}', {})).toBe('{toString}');
  });
});
