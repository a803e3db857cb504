import { describe, expect, it } from 'vitest';
import { pcPtsd5, substanceUseIntake, taps } from '../../questionnaires/index.js';
import { defineQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';

const result = (s: ReturnType<typeof summarize>, id: string) => s.instruments.find((r) => r.scoreId === id);
const evidence = (r: ReturnType<typeof result>) => r?.evidence.map((e) => [e.itemId, e.answer]);

describe('incomplete is not "not applicable" (issue 16, case 6)', () => {
  it('PC-PTSD-5 with the exposure question unanswered is incomplete, the question listed as missing and cited', () => {
    const r = result(summarize(pcPtsd5, {}), 'pcptsd5');
    expect(r).toMatchObject({ status: 'incomplete', score: null, band: null, positive: null, missing: ['pcptsd5.exposure'] });
    expect(r?.meaning).toMatch(/^Incomplete: .*This is not a low score\.$/);
    expect(evidence(r)).toEqual([['pcptsd5.exposure', null]]);
  });

  it('PC-PTSD-5 with the exposure question declined is incomplete, never read as "no trauma"', () => {
    const s = summarize(pcPtsd5, { 'pcptsd5.exposure': 'prefer-not-to-answer' });
    expect(result(s, 'pcptsd5')).toMatchObject({ status: 'incomplete', missing: ['pcptsd5.exposure'] });
    expect(evidence(result(s, 'pcptsd5'))).toEqual([['pcptsd5.exposure', 'prefer-not-to-answer']]);
    expect(renderSummary(s, { format: 'text', audience: 'clinician' })).toContain('Unanswered items: pcptsd5.exposure');
  });

  it('TAPS part 2 scores are incomplete while their part 1 question is unanswered, and not applicable after "Never"', () => {
    const s = summarize(taps, { 'taps.tobacco.frequency': 'never', 'taps.rx.frequency': 'prefer-not-to-answer' });
    expect(result(s, 'taps.tobacco')).toMatchObject({ status: 'not-applicable', missing: [] });
    expect(evidence(result(s, 'taps.tobacco'))).toEqual([['taps.tobacco.frequency', 'never']]);
    // The published TAPS asks the alcohol question by sex (issue 17): with the sex question open too, both decide it.
    expect(result(s, 'taps.alcohol')).toMatchObject({ status: 'incomplete', missing: ['auditc.sex', 'taps.alcohol.frequency'] });
    const female = summarize(taps, { 'auditc.sex': 'female', 'taps.tobacco.frequency': 'never' });
    expect(result(female, 'taps.alcohol')).toMatchObject({ status: 'incomplete', missing: ['taps.alcohol.frequency'] });
    expect(result(s, 'taps.heroin')).toMatchObject({ status: 'incomplete', missing: ['taps.drugs.frequency'] });
    expect(result(s, 'taps.sedatives')).toMatchObject({ status: 'incomplete', missing: ['taps.rx.frequency'] });
  });

  it('the full intake’s AUDIT-C is incomplete while the alcohol question that would show it is unanswered', () => {
    // The sex question (asked once, in "About you") decides which TAPS alcohol question is asked (issue 17).
    const base = { 'substance.used': ['heroin'], 'auditc.sex': 'female' };
    const open = result(summarize(substanceUseIntake, base), 'auditc');
    expect(open).toMatchObject({ status: 'incomplete', missing: ['taps.alcohol.frequency'] });
    const never = result(summarize(substanceUseIntake, { ...base, 'taps.alcohol.frequency': 'never' }), 'auditc');
    expect(never).toMatchObject({ status: 'not-applicable', missing: [] });
    expect(never?.meaning).toBe('Not applicable: earlier answers meant these questions were not asked.');
    // Its evidence is what its section's condition read (mutation run, summary-plan.ts gateItemsOf: without the
    // section's condition the list was empty, and the clinician saw no reason).
    expect(evidence(never)).toEqual([
      ['substance.used', ['heroin']],
      ['taps.alcohol.frequency', 'never'],
    ]);
  });
});

describe('a published score for a gate that skips every item (issue 16, case 7)', () => {
  it('PC-PTSD-5 "no" to trauma exposure is a complete screen with a total of 0, as the National Center for PTSD scores it', () => {
    const s = summarize(pcPtsd5, { 'pcptsd5.exposure': 'no' });
    const r = result(s, 'pcptsd5');
    expect(r).toMatchObject({
      status: 'complete',
      score: 0,
      min: 0,
      max: 5,
      band: 'Below the screening cut-off',
      positive: false,
      cutoff: { value: 3 },
      skipped: true,
    });
    expect(r?.meaning).toBe(
      'No trauma exposure reported, so the five symptom questions were not asked. As the National Center for PTSD scores it, the screen is complete with a total of 0 (below the cut-off).',
    );
    expect(evidence(r)).toEqual([['pcptsd5.exposure', 'no']]);
    const text = renderSummary(s, { format: 'text', audience: 'clinician' });
    expect(text).toMatch(/ · 0 \(0–5\) · /);
    expect(text).toContain('No trauma exposure reported, so the five symptom questions were not asked.');
    expect(text).not.toContain('Not applicable');
  });

  it('says the same in Spanish', () => {
    const r = result(summarize(pcPtsd5, { 'pcptsd5.exposure': 'no' }, { locale: 'es' }), 'pcptsd5');
    expect(r?.meaning).toMatch(/^No informó exposición a eventos traumáticos/);
  });

  it('"yes" with every symptom "no" is a 0 too, read with its own meaning', () => {
    const answers = { 'pcptsd5.exposure': 'yes', 'pcptsd5.q1': 0, 'pcptsd5.q2': 0, 'pcptsd5.q3': 0, 'pcptsd5.q4': 0, 'pcptsd5.q5': 0 };
    const r = result(summarize(pcPtsd5, answers), 'pcptsd5');
    expect(r).toMatchObject({ status: 'complete', score: 0, positive: false });
    expect(r?.skipped).toBeUndefined();
    expect(r?.meaning).toMatch(/^Below the screening cut-off\./);
  });
});

describe('a section shown by another score (its items all hidden)', () => {
  const yesNo = [
    { value: 0, text: { en: 'No' } },
    { value: 1, text: { en: 'Yes' } },
  ];
  const scale = (id: string) => ({ id, kind: 'scale' as const, text: { en: id }, options: yesNo });
  const descriptive = { kind: 'descriptive' as const, name: 'Test' };
  const q = defineQuestionnaire({
    id: 'score-gated',
    version: '1.0.0',
    title: { en: 'Score-gated section' },
    sections: [
      { id: 'screen', title: { en: 'Screen' }, instrument: descriptive, items: [scale('s1'), scale('s2'), scale('gate')] },
      {
        id: 'follow',
        title: { en: 'Follow-up' },
        instrument: descriptive,
        when: { all: [{ item: 'gate', eq: 1 }, { positive: 'screen' }] },
        items: [scale('f1'), scale('f2')],
      },
    ],
    scores: [
      { id: 'screen', title: { en: 'Screen' }, section: 'screen', items: ['s1', 's2'], bands: [], cutoffs: [{ gte: 1 }] },
      { id: 'follow', title: { en: 'Follow-up' }, section: 'follow', items: ['f1', 'f2'], bands: [], cutoffs: [] },
    ],
  });

  it('is incomplete while the score that would show it is incomplete, though every item its condition names is answered', () => {
    // Every item the section's condition reads directly is answered; the score it names is not complete.
    const open = result(summarize(q, { s1: 0, gate: 1 }), 'follow');
    expect(open).toMatchObject({ status: 'incomplete', missing: ['s2'] });
    const decided = result(summarize(q, { s1: 0, s2: 0, gate: 1 }), 'follow');
    expect(decided).toMatchObject({ status: 'not-applicable', missing: [] });
    const shown = result(summarize(q, { s1: 1, s2: 0, gate: 1 }), 'follow');
    expect(shown).toMatchObject({ status: 'incomplete', missing: ['f1', 'f2'] });
  });

  it('keeps an item with its own condition open while the score that shows its section is incomplete', () => {
    // f3's own condition reads only s1, answered; its section's condition names the screen score, which is not complete.
    const own = defineQuestionnaire({
      ...q,
      id: 'score-gated-own',
      sections: [q.sections[0], { ...q.sections[1], items: [{ ...scale('f3'), when: { item: 's1', eq: 0 } }] }],
      scores: [q.scores[0], { id: 'follow', title: { en: 'Follow-up' }, section: 'follow', items: ['f3'], bands: [], cutoffs: [] }],
    });
    expect(result(summarize(own, { s1: 0, gate: 1 }), 'follow')).toMatchObject({ status: 'incomplete', missing: ['s2'] });
    expect(result(summarize(own, { s1: 0, s2: 0, gate: 1 }), 'follow')).toMatchObject({ status: 'not-applicable', missing: [] });
  });

  it('lists the open gates of a score in document order, whatever the order of its items', () => {
    const ordered = defineQuestionnaire({
      id: 'gate-order',
      version: '1.0.0',
      title: { en: 'Gate order' },
      sections: [
        { id: 'gates', title: { en: 'Gates' }, instrument: descriptive, items: [scale('g1'), scale('g2')] },
        {
          id: 'follow',
          title: { en: 'Follow-up' },
          instrument: descriptive,
          items: [
            { ...scale('a'), when: { item: 'g1', eq: 1 } },
            { ...scale('b'), when: { item: 'g2', eq: 1 } },
          ],
        },
      ],
      scores: [{ id: 'follow', title: { en: 'Follow-up' }, section: 'follow', items: ['b', 'a'], bands: [], cutoffs: [] }],
    });
    expect(result(summarize(ordered, {}), 'follow')).toMatchObject({ status: 'incomplete', missing: ['g1', 'g2'] });
    expect(result(summarize(ordered, { g1: 0 }), 'follow')).toMatchObject({ status: 'incomplete', missing: ['g2'] });
    expect(result(summarize(ordered, { g1: 0, g2: 0 }), 'follow')).toMatchObject({ status: 'not-applicable', missing: [] });
  });

  it("is decided the same way when its section's condition reads more items than the index keeps for the shortcut (70)", () => {
    const gates = Array.from({ length: 70 }, (_, i) => ({ id: `g${i}`, kind: 'boolean' as const, text: { en: `Gate ${i}` }, preferNotToAnswer: true }));
    const wide = defineQuestionnaire({
      id: 'wide-gate',
      version: '1.0.0',
      title: { en: 'Wide gate' },
      sections: [
        { id: 'gates', title: { en: 'Gates' }, instrument: descriptive, items: gates },
        {
          id: 'follow',
          title: { en: 'Follow-up' },
          instrument: descriptive,
          when: { any: gates.map((g) => ({ item: g.id, eq: true })) },
          items: [scale('f1')],
        },
      ],
      scores: [{ id: 'follow', title: { en: 'Follow-up' }, section: 'follow', items: ['f1'], bands: [], cutoffs: [] }],
    });
    const allNo = Object.fromEntries(gates.map((g) => [g.id, false]));
    expect(result(summarize(wide, allNo), 'follow')).toMatchObject({ status: 'not-applicable', missing: [] });
    const { g41: _open, ...oneOpen } = allNo;
    expect(result(summarize(wide, oneOpen), 'follow')).toMatchObject({ status: 'incomplete', missing: ['g41'] });
    expect(result(summarize(wide, { ...allNo, g7: 'prefer-not-to-answer' }), 'follow')).toMatchObject({ status: 'incomplete', missing: ['g7'] });
  });
});
