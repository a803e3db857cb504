import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ciwaAr, ciwaArModule } from '../../../questionnaires/instruments/ciwa-ar.js';
import { phq9Module } from '../../../questionnaires/instruments/phq9.js';
import { CLINICIAN_RATED, raterOf } from '../../../src/definition/instrument.js';
import { defineQuestionnaire } from '../../../src/definition/define-questionnaire.js';
import { resolveAnswers } from '../../../src/engine/resolve-answers.js';
import { HL7_EXT, EXT } from '../../../src/fhir/common/constants.js';
import { fromFhirQuestionnaire, toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../../../src/fhir/index.js';
import { toUiSchema } from '../../../src/json-schema/index.js';
import { renderSummary } from '../../../src/summary/render-summary.js';
import { SUMMARY_PHRASES } from '../../../src/summary/phrases.js';
import { summarize } from '../../../src/summary/summarize.js';
import { r4Problems } from '../../fhir/r4-validator.js';
import { roundTripMismatches } from '../../fhir/semantics.js';
import { answersFor, itemOf, publishedBand, scoreOf } from './helpers.js';
import { localize } from '../../../src/definition/text.js';
import { es as esPack } from '../../../src/locales/es.js';

// The ten rated items in the order of the published form's two columns, each with its highest rating.
const RATED = [
  ['ciwaar.nausea', 7],
  ['ciwaar.tremor', 7],
  ['ciwaar.sweats', 7],
  ['ciwaar.anxiety', 7],
  ['ciwaar.agitation', 7],
  ['ciwaar.tactile', 7],
  ['ciwaar.auditory', 7],
  ['ciwaar.visual', 7],
  ['ciwaar.headache', 7],
  ['ciwaar.orientation', 4],
] as const;
const IDS = RATED.map(([id]) => id);

// ASAM Clinical Practice Guideline on Alcohol Withdrawal Management (2020), Table 1: CIWA-Ar under 10 mild,
// 10–18 moderate, 19 or more severe. The maximum, 67, is printed on the form (Sullivan et al. 1989).
const PUBLISHED_BANDS = [
  [0, 9, 'Mild range (ASAM 2020)'],
  [10, 18, 'Moderate range (ASAM 2020)'],
  [19, 67, 'Severe range (ASAM 2020)'],
] as const;

/**
 * Ratings that add up to `total`, filled from the first item, leaving the three perceptual items and
 * orientation (which raise urgency on their own) at 0 unless the total needs them.
 */
function ratingsFor(total: number): Record<string, number> {
  const order = [
    'ciwaar.nausea',
    'ciwaar.tremor',
    'ciwaar.sweats',
    'ciwaar.anxiety',
    'ciwaar.agitation',
    'ciwaar.headache',
    'ciwaar.tactile',
    'ciwaar.auditory',
    'ciwaar.visual',
    'ciwaar.orientation',
  ];
  const max = new Map<string, number>(RATED);
  const out: Record<string, number> = {};
  let left = total;
  for (const id of order) {
    const v = Math.min(max.get(id) ?? 0, left);
    out[id] = v;
    left -= v;
  }
  if (left > 0) throw new Error(`No ratings add up to ${total}`);
  return out;
}

// The anchors the published form words, by item and rating (Sullivan et al. 1989, as printed on the form).
const PUBLISHED_ANCHORS: Record<string, Record<number, string>> = {
  'ciwaar.nausea': {
    0: 'No nausea and no vomiting',
    1: 'Mild nausea with no vomiting',
    4: 'Intermittent nausea with dry heaves',
    7: 'Constant nausea, frequent dry heaves and vomiting',
  },
  'ciwaar.tremor': {
    0: 'No tremor',
    1: 'Not visible, but can be felt fingertip to fingertip',
    4: "Moderate, with patient's arms extended",
    7: 'Severe, even with arms not extended',
  },
  'ciwaar.sweats': { 0: 'No sweat visible', 1: 'Barely perceptible sweating, palms moist', 4: 'Beads of sweat obvious on forehead', 7: 'Drenching sweats' },
  'ciwaar.anxiety': {
    0: 'No anxiety, at ease',
    1: 'Mild anxious',
    4: 'Moderately anxious, or guarded, so anxiety is inferred',
    7: 'Equivalent to acute panic states as seen in severe delirium or acute schizophrenic reactions',
  },
  'ciwaar.agitation': {
    0: 'Normal activity',
    1: 'Somewhat more than normal activity',
    4: 'Moderately fidgety and restless',
    7: 'Paces back and forth during most of the interview, or constantly thrashes about',
  },
  'ciwaar.tactile': {
    0: 'None',
    3: 'Moderate itching, pins and needles, burning or numbness',
    4: 'Moderately severe hallucinations',
    7: 'Continuous hallucinations',
  },
  'ciwaar.auditory': {
    0: 'Not present',
    1: 'Very mild harshness or ability to frighten',
    4: 'Moderately severe hallucinations',
    7: 'Continuous hallucinations',
  },
  'ciwaar.visual': { 0: 'Not present', 1: 'Very mild sensitivity', 4: 'Moderately severe hallucinations', 7: 'Continuous hallucinations' },
  'ciwaar.headache': { 0: 'Not present', 1: 'Very mild', 4: 'Moderately severe', 7: 'Extremely severe' },
  'ciwaar.orientation': {
    0: 'Oriented and can do serial additions',
    1: 'Cannot do serial additions or is uncertain about date',
    2: 'Disoriented for date by no more than 2 calendar days',
    3: 'Disoriented for date by more than 2 calendar days',
    4: 'Disoriented for place/or person',
  },
};

/** The ids of the rules whose condition holds for these ratings. */
function firedRules(answers: Record<string, unknown>): string[] {
  return summarize(ciwaAr, answers).urgency.reasons.map((r) => r.source.id);
}

describe('CIWA-Ar score', () => {
  it('runs from 0 to the published maximum of 67', () => {
    const r = scoreOf(ciwaAr, ratingsFor(0), 'ciwaar');
    expect([r.min, r.max]).toEqual([0, 67]);
    expect(
      scoreOf(
        ciwaAr,
        answersFor(
          IDS,
          RATED.map(([, max]) => max),
        ),
        'ciwaar',
      ).value,
    ).toBe(67);
  });

  it.each([0, 1, 9, 10, 18, 19, 40, 67])('scores a total of %i in its published band, with no screening cut-off', (t) => {
    const r = scoreOf(ciwaAr, ratingsFor(t), 'ciwaar');
    expect(r.status).toBe('complete');
    if (r.status !== 'complete') return;
    expect(r.value).toBe(t);
    expect(r.band?.en).toBe(publishedBand(PUBLISHED_BANDS, t));
    expect(r.positive).toBeNull();
  });

  it('is incomplete while any of the ten signs is unrated, and ignores the pulse and blood pressure', () => {
    for (const id of IDS) {
      const answers: Record<string, unknown> = ratingsFor(12);
      delete answers[id];
      expect(scoreOf(ciwaAr, answers, 'ciwaar').status, id).toBe('incomplete');
    }
    const withVitals = { ...ratingsFor(12), 'ciwaar.pulse': 130, 'ciwaar.bp-systolic': 170, 'ciwaar.bp-diastolic': 100 };
    expect(scoreOf(ciwaAr, withVitals, 'ciwaar').value).toBe(12);
  });
});

describe('CIWA-Ar items as published', () => {
  it('rates nine signs 0–7 and orientation 0–4, each required', () => {
    for (const [id, max] of RATED) {
      const item = itemOf(ciwaAr, id);
      expect(item.kind, id).toBe('scale');
      if (item.kind !== 'scale') continue;
      expect(
        item.options.map((o) => o.value),
        id,
      ).toEqual(Array.from({ length: max + 1 }, (_, v) => v));
      expect(item.required, id).toBe(true);
    }
  });

  it('words the published anchors, and shows the unworded points as their number', () => {
    for (const [id, anchors] of Object.entries(PUBLISHED_ANCHORS)) {
      const item = itemOf(ciwaAr, id);
      if (item.kind !== 'scale') throw new Error(id);
      for (const [value, text] of Object.entries(anchors)) expect(item.options[Number(value)]?.text.en, `${id} ${value}`).toBe(text);
    }
    const nausea = itemOf(ciwaAr, 'ciwaar.nausea');
    if (nausea.kind !== 'scale') throw new Error('nausea');
    expect([2, 3, 5, 6].map((v) => nausea.options[v]?.text)).toEqual([2, 3, 5, 6].map((v) => ({ en: String(v), es: String(v) })));
  });

  it('keeps what the clinician asks in quotes, as on the form', () => {
    expect(itemOf(ciwaAr, 'ciwaar.nausea').text.en).toBe('Nausea and vomiting. Ask "Do you feel sick to your stomach? Have you vomited?" Observation.');
    expect(itemOf(ciwaAr, 'ciwaar.orientation').text.en).toBe('Orientation and clouding of sensorium. Ask "What day is this? Where are you? Who am I?"');
  });
});

describe('CIWA-Ar metadata', () => {
  const [section] = ciwaAr.sections;
  const instrument = section.instrument;

  it('is a validated, clinician-rated instrument with its citation, licence, source and provenance of its Spanish', () => {
    expect(raterOf(instrument)).toBe('clinician');
    expect(instrument).toMatchObject({ kind: 'validated', name: 'CIWA-Ar', rater: 'clinician', url: 'https://pubmed.ncbi.nlm.nih.gov/2597811/' });
    expect(instrument.citation).toContain('British Journal of Addiction. 1989;84(11):1353-1357');
    expect(instrument.citation).toContain('ASAM Clinical Practice Guideline on Alcohol Withdrawal Management');
    // The licence quotes the statement it rests on, and says what we could not read.
    expect(localize(instrument.licence)).toContain('"This scale is not copyrighted and may be used freely."');
    expect(localize(instrument.licence)).toContain('could not read the 1989 article');
    expect(instrument.translations?.es).toMatch(/^Spanish wording by the intake-screening project, not checked against an official Spanish version/);
  });

  it('carries no LOINC code, none having been found', () => {
    expect(JSON.stringify(ciwaAr)).not.toContain('http://loinc.org');
    expect(localize(instrument.licence)).toContain('No LOINC code');
  });

  it('stands alone: a questionnaire of its own, not part of the person-facing intakes', () => {
    expect(ciwaAr.sections.map((s) => s.id)).toEqual(['ciwaar']);
    expect(ciwaArModule.scores.map((s) => s.id)).toEqual(['ciwaar']);
  });
});

describe('CIWA-Ar urgency rules', () => {
  it.each([
    [0, [], 'routine'],
    [1, ['ciwaar.mild'], 'urgent'],
    [9, ['ciwaar.mild'], 'urgent'],
    [10, ['ciwaar.moderate'], 'urgent'],
    [18, ['ciwaar.moderate'], 'urgent'],
    [19, ['ciwaar.severe'], 'emergency'],
    [35, ['ciwaar.severe'], 'emergency'],
  ] as const)('a total of %i raises %j (%s)', (total, rules, level) => {
    const summary = summarize(ciwaAr, ratingsFor(total));
    expect(firedRules(ratingsFor(total))).toEqual(rules);
    expect(summary.urgency.level).toBe(level);
  });

  it.each(['ciwaar.tactile', 'ciwaar.auditory', 'ciwaar.visual'])('a rating of 4 (hallucinations) on %s is an emergency whatever the total, 3 is not', (id) => {
    const base = ratingsFor(0);
    expect(firedRules({ ...base, [id]: 4 })).toEqual(['ciwaar.complicated-signs', 'ciwaar.mild']);
    expect(summarize(ciwaAr, { ...base, [id]: 4 }).urgency.level).toBe('emergency');
    expect(firedRules({ ...base, [id]: 3 })).toEqual(['ciwaar.mild']);
  });

  it('disorientation for date (2) or more is an emergency; uncertainty about the date (1) is not', () => {
    expect(firedRules({ ...ratingsFor(0), 'ciwaar.orientation': 2 })).toEqual(['ciwaar.complicated-signs', 'ciwaar.mild']);
    expect(firedRules({ ...ratingsFor(0), 'ciwaar.orientation': 1 })).toEqual(['ciwaar.mild']);
  });

  it('raises hallucinations and disorientation even while other signs are unrated', () => {
    const summary = summarize(ciwaAr, { 'ciwaar.visual': 5 });
    expect(summary.urgency.level).toBe('emergency');
    expect(summary.urgency.reasons[0]?.evidence.map((e) => e.itemId)).toEqual(['ciwaar.visual']);
  });

  it('for any complete set of ratings, sets exactly the urgency the published ranges call for', () => {
    const ratings = fc.tuple(...RATED.map(([, max]) => fc.integer({ min: 0, max })));
    fc.assert(
      fc.property(ratings, (values) => {
        const answers = answersFor(IDS, values);
        const total = values.reduce((a, b) => a + b, 0);
        const rating = (id: string) => values[IDS.indexOf(id as (typeof IDS)[number])] ?? 0;
        const complicated = ['ciwaar.tactile', 'ciwaar.auditory', 'ciwaar.visual'].some((id) => rating(id) >= 4) || rating('ciwaar.orientation') >= 2;
        const expected = complicated || total >= 19 ? 'emergency' : total >= 1 ? 'urgent' : 'routine';
        expect(summarize(ciwaAr, answers).urgency.level).toBe(expected);
      }),
      { seed: 20260105, numRuns: 300 },
    );
  });

  it('suggests a medical withdrawal evaluation, with the ratings as evidence', () => {
    const summary = summarize(ciwaAr, ratingsFor(12));
    expect(summary.referrals.map((r) => r.type)).toEqual(['medical-detox-evaluation']);
    expect(summary.findings['withdrawal-medical'].map((f) => f.ruleId)).toEqual(['ciwaar.moderate']);
  });
});

describe('CIWA-Ar is never presented as self-report', () => {
  const ratings = ratingsFor(12);

  it('the summary labels its result clinician-rated, and the clinician view says so in English and Spanish', () => {
    const summary = summarize(ciwaAr, ratings);
    expect(summary.instruments.map((r) => [r.instrument, r.rater])).toEqual([['CIWA-Ar', 'clinician']]);
    expect(renderSummary(summary, { format: 'text', audience: 'clinician' })).toContain(CLINICIAN_RATED.en);
    expect(renderSummary(summarize(ciwaAr, ratings, { locale: 'es' }), { format: 'text', audience: 'clinician' })).toContain(CLINICIAN_RATED.es);
  });

  it('a self-report instrument is labelled self, and its clinician view carries no such notice', () => {
    const phq9Only = defineQuestionnaire({ id: 'mood', version: '1.0.0', title: { en: 'Mood' }, ...phq9Module });
    const summary = summarize(phq9Only, {});
    expect(new Set(summary.instruments.map((r) => r.rater))).toEqual(new Set(['self']));
    expect(renderSummary(summary, { format: 'text', audience: 'clinician' })).not.toContain(CLINICIAN_RATED.en);
    expect(summary.disclaimer).toBe(SUMMARY_PHRASES.disclaimer.en);
  });

  it('the disclaimer does not call a clinician’s ratings self-reported answers, in English or Spanish', () => {
    expect(SUMMARY_PHRASES.disclaimer.en).toContain('self-reported');
    expect(summarize(ciwaAr, ratings).disclaimer).toBe(SUMMARY_PHRASES.disclaimerWithRatings.en);
    expect(summarize(ciwaAr, ratings, { locale: 'es' }).disclaimer).toBe(esPack.phrases.summary.disclaimerWithRatings);
    expect(SUMMARY_PHRASES.disclaimerWithRatings.en).toMatch(/ratings a clinician made.*not a diagnosis/);
    expect(SUMMARY_PHRASES.disclaimerWithRatings.en).not.toContain('self-reported');
    // A questionnaire mixing the person's answers and a clinician's ratings gets it too.
    const mixed = defineQuestionnaire({ id: 'mixed', version: '1.0.0', title: { en: 'Mixed' }, sections: [...phq9Module.sections, ...ciwaArModule.sections] });
    expect(summarize(mixed, {}).disclaimer).toBe(SUMMARY_PHRASES.disclaimerWithRatings.en);
  });

  it('the JSON Forms category opens with the notice, in the form’s language', () => {
    const [category] = toUiSchema(ciwaAr, { keys: 'form' }).uischema.elements;
    expect(category?.elements[0]).toEqual({ type: 'Label', text: CLINICIAN_RATED.en });
    const [spanish] = toUiSchema(ciwaAr, { keys: 'form', locale: 'es' }).uischema.elements;
    expect(spanish?.elements[0]).toEqual({ type: 'Label', text: CLINICIAN_RATED.es });
  });
});

describe('CIWA-Ar in FHIR', () => {
  const { resource } = toFhirQuestionnaire(ciwaAr);

  it('exports a Questionnaire that FHIR.js and the R4 invariants accept, marked for a practitioner to fill in', () => {
    expect(r4Problems(resource)).toEqual([]);
    expect(resource.extension?.filter((e) => e.url === HL7_EXT.performerType)).toEqual([{ url: HL7_EXT.performerType, valueCode: 'Practitioner' }]);
    const group = resource.item?.[0];
    const instrument = JSON.parse(group?.extension?.find((e) => e.url === EXT.instrument)?.valueString ?? '{}') as { rater?: string };
    expect(instrument.rater).toBe('clinician');
  });

  it('exports ratings to a QuestionnaireResponse the R4 validator accepts', () => {
    const { answers } = resolveAnswers(ciwaAr, { ...ratingsFor(23), 'ciwaar.pulse': 112 });
    expect(r4Problems(toFhirQuestionnaireResponse(ciwaAr, answers, { authored: '2026-01-05T10:00:00Z' }))).toEqual([]);
  });

  it('imports back clinician-rated, scoring the same ratings the same way', () => {
    const imported = fromFhirQuestionnaire(JSON.parse(JSON.stringify(resource)));
    expect(raterOf(imported.questionnaire.sections[0]?.instrument ?? { kind: 'descriptive', name: 'x' })).toBe('clinician');
    for (const t of [0, 9, 10, 19, 67]) expect(roundTripMismatches(ciwaAr, imported.questionnaire, imported.mapping, ratingsFor(t)), String(t)).toEqual([]);
  });

  it('keeps a mixed questionnaire per section: no performer type, each section its own rater', () => {
    const mixed = defineQuestionnaire({
      id: 'mixed',
      version: '1.0.0',
      title: { en: 'Mood and withdrawal' },
      sections: [...phq9Module.sections, ...ciwaArModule.sections],
      scores: [...phq9Module.scores, ...ciwaArModule.scores],
    });
    const out = toFhirQuestionnaire(mixed).resource;
    expect(r4Problems(out)).toEqual([]);
    expect(out.extension?.some((e) => e.url === HL7_EXT.performerType)).toBe(false);
    const raters = fromFhirQuestionnaire(JSON.parse(JSON.stringify(out))).questionnaire.sections.map((s) => raterOf(s.instrument));
    expect(raters).toEqual(['self', 'clinician']);
  });
});

describe('SDC performer type on import', () => {
  const foreign = (performer: string) => ({
    resourceType: 'Questionnaire',
    status: 'active',
    title: 'Ward rating',
    copyright: 'Free to use.',
    extension: [{ url: HL7_EXT.performerType, valueCode: performer }],
    item: [{ linkId: 'q1', type: 'boolean', text: 'Tremor seen?' }],
  });

  it('marks the sections of a questionnaire a practitioner fills in as clinician-rated', () => {
    const { questionnaire, issues } = fromFhirQuestionnaire(foreign('Practitioner'));
    expect(questionnaire.sections.map((s) => raterOf(s.instrument))).toEqual(['clinician']);
    expect(issues).toEqual([]);
  });

  it('reads Patient as the default and reports a performer it has no counterpart for', () => {
    const patient = fromFhirQuestionnaire(foreign('Patient'));
    expect(patient.questionnaire.sections.map((s) => raterOf(s.instrument))).toEqual(['self']);
    expect(patient.issues).toEqual([]);
    const related = fromFhirQuestionnaire(foreign('RelatedPerson'));
    expect(related.questionnaire.sections.map((s) => raterOf(s.instrument))).toEqual(['self']);
    expect(related.issues.map((i) => i.message)).toEqual(['Performer type "RelatedPerson" has no counterpart in the library and is left out.']);
  });

  it('reports that a descriptive section cannot be marked clinician-rated', () => {
    const { copyright: _dropped, ...noCopyright } = foreign('Practitioner');
    const { questionnaire, issues } = fromFhirQuestionnaire(noCopyright);
    expect(raterOf(questionnaire.sections[0]?.instrument ?? { kind: 'descriptive', name: 'x' })).toBe('self');
    expect(issues.map((i) => i.message)).toContain(
      `Section "${questionnaire.sections[0]?.id}" is imported as descriptive, which cannot be marked clinician-rated.`,
    );
  });
});
