import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../../src/engine/resolve-answers.js';
import { pcPtsd5 } from '../../../questionnaires/instruments/pc-ptsd-5.js';
import { answersFor, itemOf, optionCodes, scoreOf } from './helpers.js';

const ITEMS = ['pcptsd5.q1', 'pcptsd5.q2', 'pcptsd5.q3', 'pcptsd5.q4', 'pcptsd5.q5'] as const;
const CUTOFF = 3; // Prins et al. 2016; the label explains the choice against Bovin et al. 2021.

/** Exposure "yes" and the first `yes` symptom items answered Yes (1), the rest No (0). */
const withYes = (yes: number) => ({
  'pcptsd5.exposure': 'yes',
  ...answersFor(
    ITEMS,
    ITEMS.map((_, i) => (i < yes ? 1 : 0)),
  ),
});

describe('PC-PTSD-5 trauma-exposure gate', () => {
  it('exposure "no": the symptom items are not asked and the screen is complete with a total of 0, as the National Center for PTSD scores it', () => {
    const r = resolveAnswers(pcPtsd5, { 'pcptsd5.exposure': 'no', 'pcptsd5.q1': 1, 'pcptsd5.q3': 1 });
    expect(r.hidden).toEqual(['pcptsd5.q1', 'pcptsd5.q3']);
    expect(r.evaluation.score('pcptsd5')).toMatchObject({ status: 'complete', value: 0, positive: false, skipped: true });
  });

  it.each([
    ['declined', { 'pcptsd5.exposure': 'prefer-not-to-answer' }],
    ['unanswered', {}],
  ])('exposure %s: the score is incomplete, with the exposure question missing (not "not applicable", which reads as no trauma)', (_, answers) => {
    const r = resolveAnswers(pcPtsd5, answers);
    expect(r.evaluation.score('pcptsd5')).toMatchObject({ status: 'incomplete', value: null, missing: ['pcptsd5.exposure'] });
  });

  it('asks the symptom items only after "yes"', () => {
    const { evaluation } = resolveAnswers(pcPtsd5, { 'pcptsd5.exposure': 'yes' });
    expect(ITEMS.map((id) => evaluation.visible(id))).toEqual([true, true, true, true, true]);
  });

  it('shows the published preamble before the gate question', () => {
    const [intro, gate] = pcPtsd5.sections[0].items;
    expect(intro?.kind).toBe('display');
    expect(intro?.text.en).toMatch(/^Sometimes things happen to people that are unusually or especially frightening, horrible, or traumatic\./);
    expect(gate?.id).toBe('pcptsd5.exposure');
    expect(gate?.text.en).toBe('Have you ever experienced this kind of event?');
  });
});

describe('PC-PTSD-5 score', () => {
  it.each([0, 1, 2, 3, 4, 5])('%i "yes" answers score %i, positive at 3 or more', (yes) => {
    const r = scoreOf(pcPtsd5, withYes(yes), 'pcptsd5');
    expect(r.status).toBe('complete');
    if (r.status !== 'complete') return;
    expect(r.value).toBe(yes);
    expect(r.positive).toBe(yes >= CUTOFF);
  });

  it.each([
    [2, 'Below the screening cut-off'],
    [3, 'At the sensitive cut-off (3); below the VA balanced cut-off (4)'],
    [4, 'At or above both cut-offs (3 and 4)'],
  ])('band edge: %i', (yes, label) => {
    expect(scoreOf(pcPtsd5, withYes(yes), 'pcptsd5')).toMatchObject({ status: 'complete', value: yes, band: { en: label } });
  });

  it('is incomplete when a symptom item is declined or unanswered', () => {
    const declined = scoreOf(pcPtsd5, { ...withYes(3), 'pcptsd5.q4': 'prefer-not-to-answer' }, 'pcptsd5');
    expect(declined).toMatchObject({ status: 'incomplete', value: null, missing: ['pcptsd5.q4'] });
    const unanswered = { ...withYes(3) } as Record<string, unknown>;
    delete unanswered['pcptsd5.q2'];
    expect(scoreOf(pcPtsd5, unanswered, 'pcptsd5')).toMatchObject({ status: 'incomplete', missing: ['pcptsd5.q2'] });
  });

  it('states the chosen cut-off and why in its label', () => {
    const cutoff = pcPtsd5.scores?.[0]?.cutoffs[0];
    expect(cutoff?.gte).toBe(3);
    expect(cutoff?.label?.en).toMatch(/Prins et al\. \(2016\)/);
    expect(cutoff?.label?.en).toMatch(/Bovin et al\. 2021/);
  });
});

describe('PC-PTSD-5 codes (LOINC panel 102010-6)', () => {
  it('codes the panel, gate, items and total', () => {
    expect(pcPtsd5.sections[0].instrument.codes?.map((c) => c.code)).toEqual(['102010-6']);
    expect(itemOf(pcPtsd5, 'pcptsd5.exposure').codes?.[0]?.code).toBe('102011-4');
    expect(ITEMS.map((id) => itemOf(pcPtsd5, id).codes?.[0]?.code)).toEqual(['102012-2', '102013-0', '102014-8', '102015-5', '102016-3']);
    expect(pcPtsd5.scores?.[0]?.codes?.[0]?.code).toBe('102017-1');
  });

  it('scores Yes = 1 and No = 0 with the LOINC yes/no answer codes', () => {
    for (const id of ITEMS) {
      expect(optionCodes(itemOf(pcPtsd5, id))).toEqual([
        { value: 1, code: 'LA33-6' },
        { value: 0, code: 'LA32-8' },
      ]);
    }
  });
});
