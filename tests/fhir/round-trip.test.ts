import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { fromFhirQuestionnaire, toFhirQuestionnaire } from '../../src/fhir/index.js';
import { answersFor } from './arbitrary-answers.js';
import { sample } from './sample.js';
import { fhirPathMismatches, roundTripMismatches } from './semantics.js';

const SEED = 20260105;

describe('export → import round trip (sample questionnaire)', () => {
  const { resource } = toFhirQuestionnaire(sample, { unsupported: 'omit' });
  const imported = fromFhirQuestionnaire(JSON.parse(JSON.stringify(resource)));

  it('keeps every item id', () => {
    const ids = (q: typeof sample) => q.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]);
    expect(ids(imported.questionnaire)).toEqual(ids(sample));
  });

  it('gives the same visibility, scores and answers for random answers', () => {
    const seen = { complete: 0, positive: 0, incomplete: 0, followUp: 0, declinedNote: 0 };
    fc.assert(
      fc.property(answersFor(sample), (answers) => {
        expect(roundTripMismatches(sample, imported.questionnaire, imported.mapping, answers)).toEqual([]);
        const { evaluation } = resolveAnswers(sample, answers);
        const audit = evaluation.score('audit');
        if (audit?.status === 'complete') seen.complete++;
        if (audit?.status === 'incomplete') seen.incomplete++;
        if (evaluation.scorePositive('audit')) seen.positive++;
        if (evaluation.visible('follow.high')) seen.followUp++;
        if (evaluation.visible('use.declined-any')) seen.declinedNote++;
      }),
      { seed: SEED, numRuns: 300 },
    );
    // The property is only as good as the cases it reached.
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(5);
  });

  it('would notice a lost condition (the check itself can fail)', () => {
    const broken = parseQuestionnaire({
      ...imported.questionnaire,
      sections: imported.questionnaire.sections.map((s) => ({ ...s, items: s.items.map((i) => (i.id === 'use.naloxone' ? { ...i, when: undefined } : i)) })),
    });
    const found = fc.sample(answersFor(sample), { seed: SEED, numRuns: 100 }).some((a) => roundTripMismatches(sample, broken, imported.mapping, a).length > 0);
    expect(found).toBe(true);
  });

  it('writes FHIRPath that computes the library’s scores and visibility (fhirpath.js, R4 model)', () => {
    fc.assert(
      fc.property(answersFor(sample), (answers) => {
        expect(fhirPathMismatches(sample, resource, answers)).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
