import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { fromFhirQuestionnaire, fromFhirQuestionnaireResponse, toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { answersFor } from './arbitrary-answers.js';
import { r4Problems } from './r4-validator.js';
import { fhirPathMismatches, roundTripMismatches } from './semantics.js';

const SEED = 20260105;

for (const [name, q] of [
  ['substanceUseIntake', substanceUseIntake],
  ['briefScreen', briefScreen],
] as const) {
  describe(`bundled questionnaire ${name}`, () => {
    const { resource, issues } = toFhirQuestionnaire(q);
    const imported = fromFhirQuestionnaire(JSON.parse(JSON.stringify(resource)));

    it('exports to a Questionnaire that FHIR.js and the R4 invariants accept', () => {
      expect(r4Problems(resource)).toEqual([]);
      // only what R4 has no place for: summary logic, and decline on free-text items
      expect(new Set(issues.map((i) => (i.path.length === 1 ? i.path[0] : i.path.at(-1))))).toEqual(
        new Set(['rules', 'safety', 'crisisResources', 'preferNotToAnswer']),
      );
    });

    it('exports answers to QuestionnaireResponses that FHIR.js and the R4 invariants accept', () => {
      expect(r4Problems(toFhirQuestionnaireResponse(q, {}))).toEqual([]);
      for (const answers of fc.sample(answersFor(q), { seed: SEED, numRuns: 15 })) {
        const { answers: valid } = resolveAnswers(q, answers);
        const qr = toFhirQuestionnaireResponse(q, valid, { authored: '2026-01-05T10:00:00Z' });
        expect(r4Problems(qr)).toEqual([]);
        expect(fromFhirQuestionnaireResponse(q, JSON.parse(JSON.stringify(qr))).answers).toEqual(valid);
      }
    });

    it('round-trips with the same flow, scores and answers', () => {
      fc.assert(
        fc.property(answersFor(q), (answers) => {
          expect(roundTripMismatches(q, imported.questionnaire, imported.mapping, answers)).toEqual([]);
        }),
        { seed: SEED, numRuns: 60 },
      );
    });

    it('writes FHIRPath that computes the library’s scores and visibility', () => {
      fc.assert(
        fc.property(answersFor(q), (answers) => {
          expect(fhirPathMismatches(q, resource, answers)).toEqual([]);
        }),
        { seed: SEED, numRuns: 25 },
      );
    });
  });
}
