import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { ReferralSummarySchema } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { findGuardedPhrases } from '../../src/language-guard/language-guard.js';

const acute = { 'asq.q1': 1, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'yes', 'asq.q5.describe': 'I have pills saved up at home' };

describe('every answer reaches the care team (issue 16, case 0)', () => {
  it('free text given with a safety flag stands beside the flag, in the summary and the clinician view', () => {
    const s = summarize(briefScreen, acute);
    const flag = s.safetyFlags.find((f) => f.id === 'asq.acute');
    expect(flag?.freeText?.map((e) => [e.itemId, e.answerText])).toEqual([['asq.q5.describe', 'I have pills saved up at home']]);
    const text = renderSummary(s, { format: 'text', audience: 'clinician' });
    const flags = text.slice(text.indexOf('Safety flags'), text.indexOf('Screening results'));
    const ref = /^- (A\d+) If yes, please describe: — I have pills saved up at home \(asq\.q5\.describe\)$/m.exec(text)?.[1];
    expect(ref).toBeDefined();
    expect(flags).toContain(`    In their words: ${ref} I have pills saved up at home`);
    expect(renderSummary(s, { format: 'markdown', audience: 'clinician' })).toContain(`  - In their words: ${ref} I have pills saved up at home`);
  });

  it('lists every answer by section, each with item id, question, machine value and answer text, whether a rule cites it or not', () => {
    const s = summarize(briefScreen, { ...acute, 'living.transport': true });
    expect(s.answers).toEqual([
      {
        section: 'asq',
        title: 'Your safety',
        answers: [
          { itemId: 'asq.q1', question: 'In the past few weeks, have you wished you were dead?', answer: 1, answerText: 'Yes' },
          {
            itemId: 'asq.q2',
            question: 'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
            answer: 0,
            answerText: 'No',
          },
          { itemId: 'asq.q3', question: 'In the past week, have you been having thoughts about killing yourself?', answer: 0, answerText: 'No' },
          { itemId: 'asq.q4', question: 'Have you ever tried to kill yourself?', answer: 0, answerText: 'No' },
          { itemId: 'asq.q5', question: 'Are you having thoughts of killing yourself right now?', answer: 'yes', answerText: 'Yes' },
          {
            itemId: 'asq.q5.describe',
            question: 'If yes, please describe:',
            answer: 'I have pills saved up at home',
            answerText: 'I have pills saved up at home',
          },
        ],
      },
      {
        section: 'residential',
        title: expect.any(String),
        answers: [expect.objectContaining({ itemId: 'living.transport', answer: true, answerText: 'Yes' })],
      },
    ]);
    expect(s.issues).toEqual([]);
    expect(ReferralSummarySchema.safeParse(s).success).toBe(true);
  });

  it('prints an "All answers" part by section in the clinician view, and leaves it out of the patient view', () => {
    const s = summarize(briefScreen, acute);
    const text = renderSummary(s, { format: 'text', audience: 'clinician' });
    const all = text.slice(text.indexOf('All answers:'), text.indexOf('ASAM dimensions'));
    expect(text.indexOf('All answers:')).toBeGreaterThan(text.indexOf('Appendix: answers and sources'));
    expect(all).toContain('\nYour safety:\n');
    expect(all).toMatch(/^- A\d+ Have you ever tried to kill yourself\? — No \(asq\.q4\)$/m);
    expect(all).toMatch(/^- A\d+ If yes, please describe: — I have pills saved up at home \(asq\.q5\.describe\)$/m);
    for (const format of ['text', 'markdown'] as const) {
      const patient = renderSummary(s, { format, audience: 'patient' });
      expect(patient).not.toContain('pills');
      expect(patient).not.toContain('All answers');
    }
  });

  it('keeps declined and unanswered items listed as before, and shows a decline among the answers', () => {
    const s = summarize(briefScreen, { 'asq.q1': 'prefer-not-to-answer' });
    expect(s.declined).toEqual(['asq.q1']);
    expect(s.unanswered).toContain('asq.q2');
    expect(s.answers?.[0]?.answers).toEqual([
      { itemId: 'asq.q1', question: expect.any(String), answer: 'prefer-not-to-answer', answerText: 'Prefer not to answer' },
    ]);
  });

  it('words the answers in the summary’s locale; the Spanish view passes the language guard', () => {
    const s = summarize(substanceUseIntake, { 'substance.used': ['heroin', 'other'], 'substance.used-other': 'kratom' }, { locale: 'es' });
    expect(s.answers?.[0]).toMatchObject({ section: 'substance', title: 'Consumo de sustancias' });
    expect(s.answers?.[0]?.answers.map((a) => a.answerText)).toEqual(['Heroína; Otra sustancia', 'kratom']);
    const text = renderSummary(s, { format: 'text', audience: 'clinician' });
    expect(text).toContain('Todas las respuestas');
    expect(findGuardedPhrases(text)).toEqual([]);
  });
});
