import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { URGENCIES } from '../../src/definition/rule.js';
import { referralSummaryJsonSchema } from '../../src/json-schema/referral-summary-json-schema.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { findGuardedPhrases } from '../../src/language-guard/index.js';
import { CLINICIAN_PHRASES as C, fillPhrase, SUMMARY_PHRASES, URGENCY_LABELS } from '../../src/summary/phrases.js';
import { ReferralSummarySchema } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { briefScreen } from '../../questionnaires/index.js';
import { answersArbitrary } from './answers-arbitrary.js';
import { calmAnswers, testQuestionnaire as q } from './fixture.js';
import { NUM_RUNS } from './summary-properties.js';
import { es as esPack } from '../../src/locales/es.js';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(referralSummaryJsonSchema());
const CHANGED_EN = SUMMARY_PHRASES.answerChanged.en;
const CHANGED_ES = esPack.phrases.summary.answerChanged;
const ACUTE_REASON = 'Current thoughts of ending their life reported.';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(QuestionnaireError);
    return (error as QuestionnaireError).issues;
  }
  throw new Error('expected a QuestionnaireError');
}

describe('summarize option raised: a trigger raised during the intake whose answer changed', () => {
  // The person said "yes" to safety.now, saw the crisis resources, then changed it to "no".
  const changed = summarize(q, calmAnswers, { raised: ['safety.acute'] });

  it('is still a safety flag, marked answerChanged, with the trigger’s own reason and the final answer as evidence', () => {
    expect(changed.safetyFlags).toEqual([
      {
        id: 'safety.acute',
        tier: 'interrupt',
        urgency: 'emergency',
        reason: ACUTE_REASON,
        answerChanged: true,
        evidence: [{ itemId: 'safety.now', question: 'Are you thinking about ending your life right now?', answer: false, answerText: 'No' }],
      },
    ]);
  });

  it('keeps its urgency, with a reason that says the answer was changed', () => {
    expect(changed.urgency.level).toBe('emergency');
    expect(changed.urgency.reasons).toEqual([
      {
        urgency: 'emergency',
        text: `${ACUTE_REASON} ${CHANGED_EN}`,
        source: { kind: 'safety', id: 'safety.acute' },
        evidence: changed.safetyFlags[0]?.evidence,
      },
    ]);
    expect(changed.crisisResources).toBe('Call the test crisis line now.');
  });

  it('changes nothing else: findings, instruments and referrals follow the final answers', () => {
    const plain = summarize(q, calmAnswers);
    expect(plain.safetyFlags).toEqual([]);
    expect({ ...changed, urgency: plain.urgency, safetyFlags: [], crisisResources: undefined }).toEqual({ ...plain, crisisResources: undefined });
  });

  it('marks one raised on answers to questions the form had not asked notAsked, not answerChanged, at its urgency', () => {
    // The flow records { id, notAsked: true } when a trigger held only on answers to hidden questions; the person
    // then changed those answers, so it holds on neither the kept nor the received answers.
    const notAsked = summarize(q, calmAnswers, { fired: [{ id: 'safety.acute', notAsked: true }] });
    const { answerChanged: _, ...flag } = changed.safetyFlags[0] ?? { answerChanged: undefined };
    expect(notAsked.safetyFlags).toEqual([{ ...flag, notAsked: true }]);
    expect(notAsked.urgency.level).toBe('emergency');
    expect(notAsked.urgency.reasons.map((r) => r.text)).toEqual([`${ACUTE_REASON} ${SUMMARY_PHRASES.notAsked.en}`]);
    // The same record without the mark is the changed answer above.
    expect(summarize(q, calmAnswers, { fired: [{ id: 'safety.acute' }] }).safetyFlags).toEqual(changed.safetyFlags);
  });

  it('reports a raised trigger that still holds once, without the marker, as if it had not been passed', () => {
    const answers = { ...calmAnswers, 'safety.now': true, 'mood.q9': 2 };
    const withRaised = summarize(q, answers, { raised: ['safety.mood9', 'safety.acute', 'safety.acute'] });
    expect(withRaised).toStrictEqual(summarize(q, answers));
    expect(withRaised.safetyFlags.map((f) => f.id)).toEqual(['safety.acute', 'safety.mood9']);
    for (const f of withRaised.safetyFlags) expect(f).not.toHaveProperty('answerChanged');
  });

  it('lists flags in definition order, whatever order raised gives, each once', () => {
    const s = summarize(q, calmAnswers, { raised: ['safety.mood9', 'safety.acute', 'safety.mood9'] });
    expect(s.safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([
      ['safety.acute', true],
      ['safety.mood9', true],
    ]);
    expect(s.urgency.reasons.map((r) => [r.urgency, r.source.id])).toEqual([
      ['emergency', 'safety.acute'],
      ['urgent', 'safety.mood9'],
    ]);
    expect(s.safetyFlags[1]?.evidence.map((e) => [e.itemId, e.answerText])).toEqual([['mood.q9', 'Not at all']]);
  });

  it('treats an empty raised list as no option', () => {
    expect(summarize(q, calmAnswers, { raised: [] })).toStrictEqual(summarize(q, calmAnswers));
  });

  it('cites a read item left unanswered (but still asked) as not answered', () => {
    const { 'safety.now': _cleared, ...rest } = calmAnswers;
    const s = summarize(q, rest, { raised: ['safety.acute'] });
    expect(s.safetyFlags[0]?.evidence).toEqual([
      { itemId: 'safety.now', question: 'Are you thinking about ending your life right now?', answer: null, answerText: 'Not answered' },
    ]);
    expect(s.urgency.reasons.map((r) => [r.urgency, r.source.id])).toEqual([
      ['emergency', 'safety.acute'],
      ['priority', 'rule.safetySkipped'],
    ]);
  });

  it('cites every item the trigger reads with its final answer, and a question no longer asked only when nothing else is left', () => {
    // "yes" to question 1 raised asq.positive; it was changed to "no", so question 5 is no longer asked.
    const noToAll = { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0 };
    const positive = summarize(briefScreen, noToAll, { raised: ['asq.positive'] });
    expect(positive.safetyFlags[0]?.evidence.map((e) => [e.itemId, e.answer])).toEqual([
      ['asq.q1', 0],
      ['asq.q2', 0],
      ['asq.q3', 0],
      ['asq.q4', 0],
    ]);
    expect(positive.urgency.level).toBe('urgent');
    // With question 4 now unanswered but still asked, it is cited beside the others, as not answered (the mutation
    // run found that citing only the answered ones went unnoticed).
    const q4Open = summarize(briefScreen, { 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0 }, { raised: ['asq.positive'] });
    expect(q4Open.safetyFlags[0]?.evidence.map((e) => [e.itemId, e.answer])).toEqual([
      ['asq.q1', 0],
      ['asq.q2', 0],
      ['asq.q3', 0],
      ['asq.q4', null],
    ]);
    // asq.acute reads only question 5, now hidden: it is still cited, as not answered.
    const acute = summarize(briefScreen, noToAll, { raised: ['asq.acute'] });
    expect(acute.safetyFlags[0]?.evidence.map((e) => [e.itemId, e.answer, e.answerText])).toEqual([['asq.q5', null, 'Not answered']]);
    expect(acute.urgency.level).toBe('emergency');
  });

  it('validates against the zod schema and the JSON Schema; the marker can only be true', () => {
    for (const s of [changed, summarize(q, calmAnswers, { raised: ['safety.acute'], locale: 'es' })]) {
      expect(ReferralSummarySchema.safeParse(s).success).toBe(true);
      expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
    }
    const flag = changed.safetyFlags[0] as object;
    const wrong = { ...changed, safetyFlags: [{ ...flag, answerChanged: false }] };
    expect(ReferralSummarySchema.safeParse(wrong).success).toBe(false);
    expect(validate(wrong)).toBe(false);
    // A summary written before the marker existed is still valid.
    const { answerChanged: _marker, ...older } = flag as { answerChanged?: true };
    expect(validate({ ...changed, safetyFlags: [older] })).toBe(true);
    const props = (referralSummaryJsonSchema() as { properties: { safetyFlags: { items: { properties: Record<string, unknown>; required: string[] } } } })
      .properties.safetyFlags.items;
    expect(props.properties['answerChanged']).toMatchObject({ type: 'boolean', const: true });
    expect(props.required).not.toContain('answerChanged');
  });
});

describe('summarize option raised: bad input', () => {
  it('reports a raised id the questionnaire does not have as an out-of-range issue with its path', () => {
    const issues = issuesOf(() => summarize(q, calmAnswers, { raised: ['safety.acute', 'asq.acute'] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'out-of-range', path: ['options', 'raised', 1] });
    expect(issues[0]?.message).toContain('"asq.acute"');
    expect(issues[0]?.message).toContain('"summary-test"');
    expect(issues[0]?.message).toMatch(/Ensure that/);
  });

  it('reports a raised that is not an array, and entries that are not strings, as wrong-type', () => {
    expect(issuesOf(() => summarize(q, calmAnswers, { raised: 'safety.acute' as unknown as string[] }))).toEqual([
      expect.objectContaining({ code: 'wrong-type', path: ['options', 'raised'] }),
    ]);
    expect(issuesOf(() => summarize(q, calmAnswers, { raised: ['safety.acute', 7, null] as unknown as string[] })).map((i) => [i.code, i.path])).toEqual([
      ['wrong-type', ['options', 'raised', 1]],
      ['wrong-type', ['options', 'raised', 2]],
    ]);
  });

  it('reports every bad option at once, locale first, and never echoes an answer', () => {
    const issues = issuesOf(() => summarize(q, { ...calmAnswers, 'use.notes': 'private words' }, { locale: 'not a tag', raised: ['nope'] }));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['wrong-type', 'options.locale'],
      ['out-of-range', 'options.raised.0'],
    ]);
    expect(JSON.stringify(issues)).not.toContain('private words');
  });

  it('refuses a raised list longer than any flow could produce, unread, with one issue', () => {
    const issues = issuesOf(() => summarize(q, calmAnswers, { raised: Array.from({ length: 100_000 }, () => 'safety.acute') }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['too-long', ['options', 'raised']]]);
  });

  it('truncates a long unknown id in the message', () => {
    const issues = issuesOf(() => summarize(q, {}, { raised: ['x'.repeat(500)] }));
    expect(issues[0]?.message).toContain(`"${'x'.repeat(80)}"`);
    expect(issues[0]?.message).not.toContain('x'.repeat(81));
  });
});

describe('rendering a flag whose answer changed', () => {
  const changed = summarize(q, { ...calmAnswers, 'mood.q9': 2 }, { raised: ['safety.acute', 'safety.mood9'] });

  it('says so plainly in the clinician view, right beside the flag and before its evidence', () => {
    const md = renderSummary(changed, { format: 'markdown', audience: 'clinician' });
    const ref = (id: string) => new RegExp(`^- A(\\d+) .* \\(${id.replace('.', '\\.')}\\)$`, 'm').exec(md)?.[1];
    expect(md).toContain(
      [
        `- ${URGENCY_LABELS.emergency.en}: ${ACUTE_REASON} (safety.acute; Tier: interrupt) ${CHANGED_EN} — ${C.evidence.en}: A${ref('safety.now')} No`,
        // The flag that still holds has no such mark.
        `- ${URGENCY_LABELS.urgent.en}: Thoughts of being better off dead reported on the mood screen. (safety.mood9; Tier: flag) — ${C.evidence.en}: A${ref('mood.q9')} More than half the days`,
      ].join('\n'),
    );
    expect(md).toContain(`- A${ref('safety.now')} Are you thinking about ending your life right now? — No (safety.now)`);
    // The urgency reason is that flag, and points to it rather than repeating it.
    expect(md).toContain(`- ${URGENCY_LABELS.emergency.en}: ${fillPhrase(C.seeFlag.en, { id: 'safety.acute' })}`);
    expect(md.split(CHANGED_EN)).toHaveLength(2);
  });

  it('does not tell the person in the patient view, and still shows the crisis resources first', () => {
    const text = renderSummary(changed, { format: 'text', audience: 'patient' });
    expect(text).not.toContain(CHANGED_EN);
    expect(text.indexOf('Call the test crisis line now.')).toBeGreaterThan(0);
    expect(text.indexOf('Call the test crisis line now.')).toBeLessThan(text.indexOf('Thank you'));
  });

  it('is said in Spanish in a Spanish summary and view, in clinical register, and passes the language guard', () => {
    const es = summarize(q, calmAnswers, { raised: ['safety.acute'], locale: 'es' });
    expect(es.locale).toBe('es');
    expect(es.urgency.reasons[0]?.text).toBe(`Informa pensamientos actuales de quitarse la vida. ${CHANGED_ES}`);
    for (const format of ['text', 'markdown'] as const) {
      const out = renderSummary(es, { format, audience: 'clinician' });
      expect(out.split(CHANGED_ES)).toHaveLength(2);
      expect(out).not.toContain(CHANGED_EN);
      expect(out).toContain(
        `${esPack.phrases.urgencyLabels.emergency}: Informa pensamientos actuales de quitarse la vida. (safety.acute; Nivel: interrupción) ${CHANGED_ES}`,
      );
      expect(findGuardedPhrases(out)).toEqual([]);
    }
    // Impersonal, like the other clinician phrases: no "usted" form addressed to the reader.
    expect(CHANGED_ES).not.toMatch(/\busted\b/i);
  });

  it('renders the fixed phrase in the renderer’s locale for a summary stored in another', () => {
    const out = renderSummary(summarize(q, calmAnswers, { raised: ['safety.acute'] }), { format: 'text', audience: 'clinician', locale: 'es' });
    expect(out).toContain(`(safety.acute; Nivel: interrupción) ${CHANGED_ES} — Evidencia: A`);
  });
});

describe('summaries of random answers with random raised triggers', () => {
  const rank = (u: string) => URGENCIES.indexOf(u as (typeof URGENCIES)[number]);
  const triggerIds = briefScreen.safety?.map((t) => t.id) ?? [];

  it('report each raised trigger once, marked exactly when it no longer holds, at no lower urgency, and validate', () => {
    fc.assert(
      fc.property(answersArbitrary(briefScreen), fc.subarray(triggerIds), (answers, raised) => {
        const plain = summarize(briefScreen, answers);
        const s = summarize(briefScreen, answers, { raised });
        const holding = plain.safetyFlags.map((f) => f.id);
        expect(s.safetyFlags.map((f) => f.id)).toEqual(triggerIds.filter((id) => holding.includes(id) || raised.includes(id)));
        for (const f of s.safetyFlags) {
          expect(f.answerChanged === true).toBe(!holding.includes(f.id));
          expect(f.evidence.length).toBeGreaterThan(0);
          expect(rank(s.urgency.level)).toBeLessThanOrEqual(rank(f.urgency));
        }
        expect(rank(s.urgency.level)).toBeLessThanOrEqual(rank(plain.urgency.level));
        expect(s.findings).toEqual(plain.findings);
        expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
      }),
      { seed: 2026, numRuns: NUM_RUNS },
    );
  }, 120_000);
});

describe('summarize option urgencyRules: an urgency rule the intake raised, then the answer changed', () => {
  const takenBack = { 'auditc.sex': 'female', 'withdrawal.screen': ['no'] };
  const kept = summarize(briefScreen, takenBack, { urgencyRules: ['withdrawal.screen-sedatives'] });

  it('keeps that rule’s urgency, with a reason marked answerChanged that cites the final answers', () => {
    expect(kept.urgency.level).toBe('urgent');
    expect(kept.urgency.reasons).toHaveLength(1);
    expect(kept.urgency.reasons[0]).toMatchObject({ urgency: 'urgent', source: { kind: 'rule', id: 'withdrawal.screen-sedatives' }, answerChanged: true });
    expect(kept.urgency.reasons[0]?.text.endsWith(CHANGED_EN)).toBe(true);
    expect(kept.urgency.reasons[0]?.evidence.map((e) => [e.itemId, e.answer])).toEqual([['withdrawal.screen', ['no']]]);
  });

  it('raises no other rule: only those the intake raised come back, and nothing when none did', () => {
    const rules = (s: typeof kept) => s.urgency.reasons.map((r) => r.source.id);
    expect(rules(kept)).toEqual(['withdrawal.screen-sedatives']);
    expect(summarize(briefScreen, takenBack).urgency.reasons).toEqual([]);
  });
});
