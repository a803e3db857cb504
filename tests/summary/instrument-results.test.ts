import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { EvidenceBuilder } from '../../src/summary/evidence.js';
import { instrumentResult } from '../../src/summary/instrument-result.js';
import { summarize } from '../../src/summary/summarize.js';
import type { InstrumentResult } from '../../src/summary/referral-summary.js';
import type { PlannedScore } from '../../src/summary/summary-plan.js';

const zeroToThree = [0, 1, 2, 3].map((value) => ({ value, text: { en: `Level ${value}`, es: `Nivel ${value}` } }));

const q = parseQuestionnaire({
  id: 'instruments',
  version: '1.0.0',
  title: { en: 'Instruments' },
  sections: [
    {
      id: 'd',
      title: { en: 'Background' },
      instrument: { kind: 'descriptive', name: 'Background-2' },
      items: [
        {
          id: 'sex',
          kind: 'single',
          text: { en: 'Sex assigned at birth' },
          options: [
            { value: 'female', text: { en: 'Female' } },
            { value: 'male', text: { en: 'Male' } },
          ],
        },
        { id: 'gate', kind: 'boolean', text: { en: 'Any of this in the past year?' } },
        { id: 'd1', kind: 'scale', text: { en: 'How often?' }, when: { item: 'gate', eq: true }, options: zeroToThree },
      ],
    },
    {
      id: 'v',
      title: { en: 'Validated' },
      instrument: {
        kind: 'validated',
        name: 'Valid-2',
        title: 'Validated Two',
        citation: 'Test A. A validated screen. J Test. 2000;1:1.',
        licence: 'Public domain.',
        url: 'https://example.org/valid-2',
      },
      items: [
        { id: 'v1', kind: 'scale', preferNotToAnswer: true, text: { en: 'First?' }, options: zeroToThree },
        { id: 'v2', kind: 'scale', preferNotToAnswer: true, text: { en: 'Second?' }, options: zeroToThree },
      ],
    },
    {
      id: 'w',
      title: { en: 'Without url' },
      instrument: { kind: 'validated', name: 'Plain-1', title: 'Plain One', citation: 'Test B. Plain. 2001.', licence: 'Free.' },
      items: [{ id: 'w1', kind: 'scale', text: { en: 'Only?' }, options: zeroToThree }],
    },
  ],
  scores: [
    {
      id: 'ds',
      title: { en: 'Background total', es: 'Total de antecedentes' },
      section: 'd',
      items: ['d1'],
      bands: [],
      cutoffs: [{ gte: 2 }],
    },
    {
      id: 'vs',
      title: { en: 'Valid-2 total', es: 'Total Valid-2' },
      section: 'v',
      items: ['v1', 'v2'],
      bands: [
        { min: 0, max: 2, label: { en: 'Low', es: 'Bajo' } },
        { min: 3, max: 6, label: { en: 'High', es: 'Alto' } },
      ],
      cutoffs: [{ gte: 3, when: { item: 'sex', eq: 'female' }, label: { en: '≥ 3 (women)', es: '≥ 3 (mujeres)' } }, { gte: 4 }],
      positiveMeaning: { en: 'Screened positive on Valid-2; further assessment by a qualified clinician is recommended.' },
    },
    { id: 'ws', title: { en: 'Plain total' }, section: 'w', items: ['w1'], bands: [], cutoffs: [] },
  ],
});

function result(answers: Record<string, unknown>, id: string, locale = 'en'): InstrumentResult {
  const r = summarize(q, answers, { locale }).instruments.find((i) => i.scoreId === id);
  if (r === undefined) throw new Error(`no instrument result ${id}`);
  return r;
}

const valid2Source = { citation: 'Test A. A validated screen. J Test. 2000;1:1.', licence: 'Public domain.', url: 'https://example.org/valid-2' };

describe('instrument results', () => {
  it('lists one result per score in definition order', () => {
    expect(summarize(q, {}).instruments.map((i) => i.scoreId)).toStrictEqual(['ds', 'vs', 'ws']);
  });

  it('reports a complete positive score with its cut-off label, band, meaning, source and evidence', () => {
    expect(result({ sex: 'female', v1: 1, v2: 2 }, 'vs')).toStrictEqual({
      scoreId: 'vs',
      instrument: 'Valid-2',
      rater: 'self',
      title: 'Valid-2 total',
      status: 'complete',
      score: 3,
      min: 0,
      max: 6,
      band: 'High',
      bands: [
        { min: 0, max: 2, label: 'Low' },
        { min: 3, max: 6, label: 'High' },
      ],
      cutoff: { value: 3, label: '≥ 3 (women)' },
      positive: true,
      meaning: 'Screened positive on Valid-2; further assessment by a qualified clinician is recommended.',
      missing: [],
      source: valid2Source,
      evidence: [
        { itemId: 'v1', question: 'First?', answer: 1, answerText: 'Level 1' },
        { itemId: 'v2', question: 'Second?', answer: 2, answerText: 'Level 2' },
      ],
    });
  });

  it('applies the later cut-off when the first does not apply, labelled "≥ n", below it', () => {
    const r = result({ sex: 'male', v1: 1, v2: 2 }, 'vs');
    expect(r).toMatchObject({ status: 'complete', score: 3, band: 'High', cutoff: { value: 4, label: '≥ 4' }, positive: false });
    expect(r.meaning).toBe('Below the screening cut-off. A screen can miss concerns; clinical judgment still applies.');
  });

  it('localizes title, band and cut-off label', () => {
    const r = result({ sex: 'female', v1: 0, v2: 1 }, 'vs', 'es');
    expect(r).toMatchObject({ title: 'Total Valid-2', band: 'Bajo', cutoff: { value: 3, label: '≥ 3 (mujeres)' }, positive: false });
  });

  it('without cut-offs or bands: no cut-off, positive null, band null, and says so', () => {
    const r = result({ w1: 3 }, 'ws');
    expect(r).toMatchObject({ status: 'complete', score: 3, min: 0, max: 3, band: null, cutoff: null, positive: null });
    expect(r.meaning).toBe('This score has no screening cut-off; read it with its band.');
  });

  it('cites a validated instrument without a url with no url key', () => {
    expect(result({ w1: 0 }, 'ws').source).toStrictEqual({ citation: 'Test B. Plain. 2001.', licence: 'Free.' });
  });

  it('positive without a positiveMeaning names the instrument in a screening sentence; descriptive has no source', () => {
    const r = result({ gate: true, d1: 2 }, 'ds');
    expect(r).toMatchObject({ status: 'complete', instrument: 'Background-2', positive: true, cutoff: { value: 2, label: '≥ 2' }, source: null });
    expect(r.meaning).toBe('Screened positive on the Background-2; further assessment by a qualified clinician is recommended.');
    expect(result({ gate: true, d1: 1 }, 'ds').positive).toBe(false);
  });

  it('reports a not-applicable score with its range, citing the gate answer that skipped its items', () => {
    expect(result({ gate: false }, 'ds')).toStrictEqual({
      scoreId: 'ds',
      instrument: 'Background-2',
      rater: 'self',
      title: 'Background total',
      status: 'not-applicable',
      score: null,
      min: 0,
      max: 3,
      band: null,
      cutoff: null,
      positive: null,
      meaning: 'Not applicable: earlier answers meant these questions were not asked.',
      missing: [],
      source: null,
      evidence: [{ itemId: 'gate', question: 'Any of this in the past year?', answer: false, answerText: 'No' }],
    });
  });

  it('reports an incomplete score with no value, band, cut-off or positive flag, and what is missing', () => {
    const r = result({ sex: 'female', v1: 3, v2: 'prefer-not-to-answer' }, 'vs', 'es');
    expect(r).toStrictEqual({
      scoreId: 'vs',
      instrument: 'Valid-2',
      rater: 'self',
      title: 'Total Valid-2',
      status: 'incomplete',
      score: null,
      min: 0,
      max: 6,
      band: null,
      cutoff: null,
      positive: null,
      meaning: 'Incompleto: no se respondieron todas las preguntas, por lo que no se informa una puntuación. No es una puntuación baja.',
      missing: ['v2'],
      source: valid2Source,
      evidence: [
        { itemId: 'v1', question: 'First?', answer: 3, answerText: 'Nivel 3' },
        { itemId: 'v2', question: 'Second?', answer: 'prefer-not-to-answer', answerText: 'Prefiero no responder' },
      ],
    });
  });

  it('an unanswered score is incomplete and cites its visible items as unanswered', () => {
    const r = result({}, 'vs');
    expect(r).toMatchObject({ status: 'incomplete', score: null, missing: ['v1', 'v2'] });
    expect(r.evidence.map((e) => [e.itemId, e.answer])).toStrictEqual([
      ['v1', null],
      ['v2', null],
    ]);
  });
});

const oneToFour = parseQuestionnaire({
  id: 'one-to-four',
  version: '1.0.0',
  title: { en: 'One to four' },
  sections: [
    {
      id: 'g',
      title: { en: 'Gated' },
      instrument: { kind: 'descriptive', name: 'Gated-1' },
      items: [
        { id: 'gate', kind: 'boolean', text: { en: 'Any of this?' } },
        {
          id: 'g1',
          kind: 'scale',
          text: { en: 'How much?' },
          when: { item: 'gate', eq: true },
          options: [1, 2, 3, 4].map((value) => ({ value, text: { en: `Step ${value}` } })),
        },
      ],
    },
  ],
  scores: [{ id: 'gs', title: { en: 'Gated total', es: 'Total filtrado' }, section: 'g', items: ['g1'], bands: [], cutoffs: [] }],
});

describe('instrument results, edges', () => {
  it('a not-applicable score keeps a range that does not start at 0', () => {
    const r = summarize(oneToFour, { gate: false }).instruments[0];
    expect(r).toMatchObject({ scoreId: 'gs', status: 'not-applicable', score: null, min: 1, max: 4 });
    expect(r?.evidence.map((e) => [e.itemId, e.answer])).toEqual([['gate', false]]);
  });

  it('a complete score on a 1-based scale reports that range', () => {
    expect(summarize(oneToFour, { gate: true, g1: 3 }).instruments[0]).toMatchObject({ status: 'complete', score: 3, min: 1, max: 4 });
  });

  // instrumentResult also takes a plan entry without an instrument, and an
  // evaluation that may not know the score: neither can come from summarize,
  // whose definitions are checked, so they are exercised directly.
  const planned = (instrument: PlannedScore['instrument']): PlannedScore => {
    const entry = indexOf(oneToFour).scores.get('gs');
    if (entry === undefined) throw new Error('no score gs');
    return { entry, instrument, gateItems: [] };
  };
  const evaluationOf = (questionnaire: QuestionnaireInput, answers: Record<string, unknown>) => resolveAnswers(questionnaire, answers).evaluation;

  it('without an instrument, names the result after the localized score title and cites no source', () => {
    const evaluation = evaluationOf(oneToFour, { gate: true, g1: 2 });
    const r = instrumentResult(planned(undefined), evaluation, new EvidenceBuilder({ gate: true, g1: 2 }, evaluation, 'es'), 'es');
    expect(r).toMatchObject({ instrument: 'Total filtrado', title: 'Total filtrado', status: 'complete', score: 2, source: null });
    expect(r.evidence.map((e) => e.itemId)).toStrictEqual(['g1']);
  });

  it('with an evaluation that does not know the score, reports it as not applicable with an empty range', () => {
    const evaluation = evaluationOf(q, {});
    const r = instrumentResult(planned(undefined), evaluation, new EvidenceBuilder({}, evaluation, 'en'), 'en');
    expect(r).toStrictEqual({
      scoreId: 'gs',
      instrument: 'Gated total',
      rater: 'self',
      title: 'Gated total',
      status: 'not-applicable',
      score: null,
      min: 0,
      max: 0,
      band: null,
      cutoff: null,
      positive: null,
      meaning: 'Not applicable: earlier answers meant these questions were not asked.',
      missing: [],
      source: null,
      evidence: [],
    });
  });
});

describe('who rated an instrument', () => {
  it('says clinician for a clinician-rated instrument, so a reader never takes a rating for the person’s own answer', () => {
    const rated = parseQuestionnaire({
      id: 'rated',
      version: '1.0.0',
      title: { en: 'Rated' },
      sections: [
        {
          id: 'c',
          title: { en: 'Clinician rating' },
          instrument: { kind: 'validated', name: 'Rated-1', title: 'Rated One', citation: 'Test C. Rated. 2002.', licence: 'Free.', rater: 'clinician' },
          items: [{ id: 'c1', kind: 'scale', text: { en: 'Observed?' }, options: zeroToThree }],
        },
      ],
      scores: [{ id: 'rated-1', title: { en: 'Rated One' }, section: 'c', items: ['c1'], bands: [], cutoffs: [] }],
    });
    const [result] = summarize(rated, { c1: 2 }).instruments;
    expect(result).toMatchObject({ scoreId: 'rated-1', rater: 'clinician', status: 'complete', score: 2 });
  });
});
