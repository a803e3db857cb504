import { describe, expect, it } from 'vitest';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';
import { PHRASES } from '../../src/summary/phrases.js';
import { renderSummary, type RenderSummaryOptions } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { calmAnswers, testQuestionnaire as q } from './fixture.js';

const busyAnswers = {
  ...calmAnswers,
  'use.substances': ['opioids', 'alcohol'],
  'use.route': 'injection',
  'use.naloxone': false,
  'use.days': 25,
  'use.notes': '# Heading <script>alert(1)</script> *bold* [link](http://x)',
  'mood.q1': 2,
  'mood.q2': 3,
  'mood.q9': 1,
  'safety.now': true,
  'setting.home': 'none',
  'setting.transport': false,
  'history.mhTreatment': true,
  'alc.q1': 4,
  'use.sex': 'prefer-not-to-answer',
} as const;

const busy = summarize(q, busyAnswers);
const calm = summarize(q, calmAnswers);
const formats = ['text', 'markdown'] as const;
const audiences = ['clinician', 'patient'] as const;
const combos = formats.flatMap((format) => audiences.map((audience) => ({ format, audience })));
const render = (s: ReferralSummary, o: RenderSummaryOptions) => renderSummary(s, o);

describe('renderSummary, clinician view', () => {
  it.each(formats)('%s: shows urgency, reasons, flags, scores, findings, setting, referrals, skipped items and disclaimer', (format) => {
    const out = render(busy, { format, audience: 'clinician' });
    const expected = [
      'Emergency: answers call for immediate attention',
      'Current thoughts of ending their life reported.',
      'safety.acute',
      'Thoughts of being better off dead reported on the mood screen.',
      'Call the test crisis line now.',
      '5 (0–6)',
      'Elevated range',
      '≥ 3',
      'Screened positive for symptoms of low mood',
      'Test A, Example B. A test mood screen.',
      'Free to use for testing.',
      'Incomplete: not every question was answered',
      'alc.q2',
      'Withdrawal and medical',
      'Reports opioid use on most days',
      'For planning: Medication for opioid use disorder can be discussed.',
      'Emotional and behavioral health: reported history',
      'Reports past mental health treatment.',
      'This summary does not decide a level of care.',
      'a residential setting may be worth considering',
      'Housing support',
      'rule.noHome, rule.unstableHome',
      'use.lastUse',
      'use.sex',
      busy.disclaimer,
    ];
    for (const text of expected) expect(out, text).toContain(text);
  });

  it.each(formats)('%s: prints every evidence answer once next to its question, and refers to it by number elsewhere', (format) => {
    const out = render(busy, { format, audience: 'clinician' });
    for (const line of [
      'Do you have naloxone? — No (use.naloxone)',
      'Which have you used in the past month? — Opioids; Alcohol (use.substances)',
      'On how many of the last 30 days did you use? — 25 days (use.days)',
    ]) {
      expect(out.split(line).length - 1, line).toBe(1);
      const ref = new RegExp(`A(\\d+) ${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(out)?.[1];
      expect(ref, line).toBeDefined();
      // The number stands before the appendix too, beside an entry that rests on the answer.
      expect(out.indexOf(`A${ref} `)).toBeLessThan(out.indexOf(line));
    }
  });

  it('keeps each finding group in a heading, in markdown and text', () => {
    expect(render(busy, { format: 'markdown', audience: 'clinician' })).toMatch(/^### Substance use$/m);
    expect(render(busy, { format: 'text', audience: 'clinician' })).toMatch(/^Substance use:$/m);
  });

  it('escapes markup from free-text answers in markdown', () => {
    const md = render(busy, { format: 'markdown', audience: 'clinician' });
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\*bold\\*');
    expect(md).toContain('\\[link\\]');
    expect(md).not.toMatch(/^# Heading/m);
  });

  it('says plainly when nothing was raised', () => {
    const out = render(calm, { format: 'text', audience: 'clinician' });
    for (const text of ['No answer raised urgency.', 'No safety flags.', 'No residential indicators were raised.', 'No referrals suggested.']) {
      expect(out).toContain(text);
    }
  });

  it('renders fixed phrases in the requested locale', () => {
    const out = render(busy, { format: 'text', audience: 'clinician', locale: 'es' });
    expect(out).toContain('Resumen de derivación');
    expect(out).toContain('Abstinencia y salud física');
    expect(out).toContain('Apoyo con la vivienda');
  });
});

describe('renderSummary, patient view', () => {
  it.each(formats)('%s: shows crisis resources first, next steps, referrals and the disclaimer', (format) => {
    const out = render(busy, { format, audience: 'patient' });
    const crisis = out.indexOf('Call the test crisis line now.');
    expect(crisis).toBeGreaterThan(-1);
    expect(crisis).toBeLessThan(out.indexOf('What happens next'));
    expect(out).toContain('would like to talk with you right away');
    // The referral in the person's words, not the clinician's name for it.
    expect(out).toContain(PHRASES.referralsPatient['housing-support'].en);
    expect(out).not.toContain(PHRASES.referrals['housing-support'].en);
    expect(out).toContain('It is not a diagnosis');
  });

  it.each(formats)('%s: leaves out scores, bands, cut-offs, findings and evidence', (format) => {
    const out = render(busy, { format, audience: 'patient' });
    for (const r of busy.instruments) {
      if (r.band !== null) expect(out).not.toContain(r.band);
      expect(out).not.toContain(r.instrument);
      expect(out).not.toContain(r.meaning);
    }
    for (const hidden of ['Score', 'Cut-off', 'Evidence', 'Reports opioid use', 'Screened positive', 'safety.acute', 'mood.q9']) {
      expect(out).not.toContain(hidden);
    }
    expect(out.replace('Call the test crisis line now.', '')).not.toMatch(/\d/);
  });

  it('has no crisis section when nothing was flagged', () => {
    const out = render(calm, { format: 'text', audience: 'patient' });
    expect(out).not.toContain('If you need help now');
    expect(out).toContain('will review your answers');
  });

  it('speaks Spanish when the summary is Spanish', () => {
    const out = render(summarize(q, busyAnswers, { locale: 'es' }), { format: 'markdown', audience: 'patient' });
    expect(out).toContain('## Si necesita ayuda ahora');
    expect(out).toContain('Llame ahora a la línea de crisis de prueba.');
    expect(out).toContain('No es un diagnóstico');
  });
});

describe('renderSummary, every combination', () => {
  it.each(combos)('$format/$audience passes the language guard and ends with one newline', ({ format, audience }) => {
    for (const s of [busy, calm, summarize(q, busyAnswers, { locale: 'es' }), summarize(q, {})]) {
      const out = render(s, { format, audience });
      expect(findGuardedPhrases(out)).toEqual([]);
      expect(out.endsWith('\n')).toBe(true);
      expect(out.endsWith('\n\n')).toBe(false);
    }
  });

  it('refuses unknown options with an issue per problem', () => {
    try {
      renderSummary(calm, { format: 'pdf', audience: 'robot', locale: '??' } as unknown as RenderSummaryOptions);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QuestionnaireError);
      expect((error as QuestionnaireError).issues.map((i) => i.path.join('.'))).toEqual(['options.audience', 'options.format', 'options.locale']);
    }
  });
});

describe('renderSummary, instrument sources', () => {
  it('prints a shared source once, in the appendix', () => {
    const out = render(calm, { format: 'text', audience: 'clinician' });
    expect(out.split('Source: Test A, Example B.').length - 1).toBe(1);
    expect(out.split('Source: Test C.').length - 1).toBe(1);
  });

  it('keeps a plain "&" readable but escapes one that would start an entity', () => {
    const s = summarize(q, { ...calmAnswers, 'use.substances': ['opioids'], 'use.route': 'smoking', 'use.notes': 'Tom & Jerry &amp; co' });
    const md = render(s, { format: 'markdown', audience: 'clinician' });
    expect(md).toContain('Tom & Jerry &amp;amp; co');
  });
});

describe('safety tiers in the clinician view', () => {
  it('names each tier in the summary locale, not by its code', () => {
    const s = summarize(q, busyAnswers, { locale: 'es' });
    const tiers = new Set(s.safetyFlags.map((f) => f.tier));
    expect(tiers.size).toBeGreaterThan(0);
    const text = renderSummary(s, { format: 'text', audience: 'clinician', locale: 'es' });
    if (tiers.has('interrupt')) expect(text).toContain('Nivel: interrupción');
    if (tiers.has('flag')) expect(text).toContain('Nivel: alerta');
    expect(text).not.toMatch(/Nivel: (interrupt|flag)\b/);
    const en = renderSummary(summarize(q, busyAnswers), { format: 'text', audience: 'clinician' });
    for (const tier of tiers) expect(en).toContain(`Tier: ${tier}`);
  });
});
