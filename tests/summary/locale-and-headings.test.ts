import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { calmAnswers, testQuestionnaire } from './fixture.js';

// A questionnaire with Vietnamese and Mexican Spanish texts, to see which tag
// the summary records when the questionnaire (not the library) has the language.
const regional = parseQuestionnaire({
  id: 'regional',
  version: '1.0.0',
  title: { en: 'Check-in', es: 'Registro', 'es-MX': 'Registro (México)', vi: 'Đăng ký' },
  sections: [
    {
      id: 's',
      title: { en: 'Today' },
      instrument: { kind: 'descriptive', name: 'Today' },
      items: [{ id: 's.ok', kind: 'boolean', text: { en: 'Are you safe today?', vi: 'Hôm nay bạn có an toàn không?' } }],
    },
  ],
});

describe('summary locale: the language the summary is written in', () => {
  it('records "en" for a language neither the questionnaire nor the library has (vi), with every string in English', () => {
    const en = summarize(briefScreen, { 'phq9.q1': 2, 'asq.q1': 1, 'asq.q5': 'no' });
    const vi = summarize(briefScreen, { 'phq9.q1': 2, 'asq.q1': 1, 'asq.q5': 'no' }, { locale: 'vi' });
    expect(vi.locale).toBe('en');
    expect(vi).toStrictEqual(en);
  });

  it('records the base language when only it is translated (es-MX → es), and the exact tag when some text has it', () => {
    expect(summarize(briefScreen, {}, { locale: 'es-MX' }).locale).toBe('es');
    expect(summarize(briefScreen, {}, { locale: 'es-US' })).toStrictEqual(summarize(briefScreen, {}, { locale: 'es' }));
    const mx = summarize(regional, {}, { locale: 'es-MX' });
    expect(mx.locale).toBe('es-MX');
    expect(mx.questionnaire.title).toBe('Registro (México)');
  });

  it('records a language the questionnaire has even though the library’s phrases fall back to English', () => {
    const vi = summarize(regional, {}, { locale: 'vi' });
    expect(vi.locale).toBe('vi');
    expect(vi.questionnaire.title).toBe('Đăng ký');
    expect(vi.unanswered).toEqual(['s.ok']);
    expect(summarize(regional, {}, { locale: 'vi-VN' }).locale).toBe('vi');
    expect(summarize(regional, {}, { locale: 'fr' }).locale).toBe('en');
  });

  // Recording the resolved tag must not change a single string: the summary
  // worded in the recorded tag is the summary worded in the requested one.
  it.each(['en', 'es', 'es-MX', 'es-419', 'vi', 'vi-VN', 'fr-CA', 'zh-Hant'])('words %s exactly as the tag it records', (tag) => {
    for (const q of [briefScreen, testQuestionnaire, regional]) {
      const answers = q === testQuestionnaire ? calmAnswers : {};
      const asked = summarize(q, answers, { locale: tag });
      expect(summarize(q, answers, { locale: asked.locale })).toStrictEqual(asked);
    }
  });

  it('renders the view for a summary without a renderer locale in the recorded language', () => {
    const vi = summarize(briefScreen, {}, { locale: 'vi' });
    expect(renderSummary(vi, { format: 'text', audience: 'clinician' })).toBe(
      renderSummary(summarize(briefScreen, {}), { format: 'text', audience: 'clinician' }),
    );
  });
});

/** Each list line up to its first cell: an instrument's name in the results table. */
const headings = (text: string) =>
  text
    .split('\n')
    .filter((line) => /^- .+/.test(line))
    .map((line) => line.split(' · ')[0] ?? line);

describe('instrument headings in the clinician view', () => {
  const spanish = renderSummary(summarize(substanceUseIntake, {}, { locale: 'es' }), { format: 'text', audience: 'clinician' });
  const english = renderSummary(summarize(substanceUseIntake, {}), { format: 'text', audience: 'clinician' });

  it('print the score title alone when it already starts with the instrument name', () => {
    expect(spanish).toContain('\n- TAPS: tabaco · ');
    expect(spanish).toContain('\n- ASQ: preguntas 1 a 4 · ');
    expect(english).toContain('\n- TAPS tobacco · ');
    expect(english).toContain('\n- AUDIT-C total · ');
    for (const text of [spanish, english]) {
      const repeated = headings(text).filter((line) => /^- (\S+) — \1\b/u.test(line));
      expect(repeated).toEqual([]);
    }
  });

  it('keep the instrument name when the title does not start with it', () => {
    expect(english).toContain('\n- PHQ-9 — PHQ-2 (PHQ-9 items 1 and 2) · ');
    expect(spanish).toContain('\n- GAD-7 — GAD-2 (preguntas 1 y 2 del GAD-7) · ');
  });

  it('keep the name when the title only starts with the same letters (a longer word), and print it once when they are equal', () => {
    const base = summarize(briefScreen, {});
    const first = base.instruments[0] as ReferralSummary['instruments'][number];
    const s: ReferralSummary = {
      ...base,
      instruments: [
        { ...first, scoreId: 'a', instrument: 'TAP', title: 'TAPS total' },
        { ...first, scoreId: 'b', instrument: 'Mood', title: 'Mood' },
        { ...first, scoreId: 'c', instrument: 'Mood', title: 'Mood (short form)' },
        { ...first, scoreId: 'd', instrument: 'Mood', title: 'mood total' },
      ],
    };
    const lines = headings(renderSummary(s, { format: 'markdown', audience: 'clinician' }));
    expect(lines).toContain('- TAP — TAPS total');
    expect(lines).toContain('- Mood');
    expect(lines).toContain('- Mood (short form)');
    expect(lines).toContain('- Mood — mood total');
  });
});
