import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/definition/types.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { fromFhirQuestionnaire, fromFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { arbitraryResponse, calculatedItems, type FormResource, formScore } from './form-scoring.js';
import { END, SCORING, START, TABLE_FILE, withFreshTable } from './fixture-table.js';
import { PUBLISHED, loadPublished } from './published.js';

describe('docs/form-schemas-and-fhir.md: the published-forms table', () => {
  it('is generated from the fixtures (regenerate: npx jiti tests/fhir/write-fixture-table.ts)', () => {
    const page = readFileSync(TABLE_FILE, 'utf8');
    expect(page).toContain(START);
    expect(page).toContain(END);
    // Compared as a whole so the diff shows the stale rows.
    expect(page).toBe(withFreshTable(page));
  });

  it('describes the scoring of every published fixture, and of nothing else', () => {
    expect(Object.keys(SCORING).sort()).toEqual(PUBLISHED.map((f) => f.file).sort());
  });
});

/** Runs of the agreement property per form (each run parses a response and runs the form's FHIRPath). */
const RUNS = 60;

describe("each published form's own scoring (its FHIRPath, run with fhirpath.js) against the library's", () => {
  for (const f of PUBLISHED) {
    const scoring = SCORING[f.file];
    if (scoring === undefined) continue;
    const form = loadPublished(f.file) as FormResource;

    if (scoring.kind === 'compared') {
      it(`${f.file}: agrees on random responses (${RUNS} runs)`, () => {
        const { questionnaire, mapping } = fromFhirQuestionnaire(form);
        expect(questionnaire.scores).toHaveLength(1);
        const scoreId = questionnaire.scores?.[0]?.id as string;
        let complete = 0;
        let incomplete = 0;
        fc.assert(
          fc.property(arbitraryResponse(form), (response) => {
            // The responses are made here, with no security labels to check.
            const { answers, issues } = fromFhirQuestionnaireResponse(questionnaire, response, { mapping, security: false });
            expect(issues.filter((i) => i.code !== 'required')).toEqual([]);
            const ours = resolveAnswers(questionnaire, answers as Answers).evaluation.score(scoreId);
            if (ours === undefined) throw new Error(`no score ${scoreId}`);
            const theirs = formScore(form, scoring.total, response);
            if (ours.status === 'complete') {
              complete++;
              expect(theirs).toBe(ours.value);
            } else {
              incomplete++;
              expect(ours.status).toBe('incomplete');
              const partial = 'partialValue' in ours ? ours.partialValue : undefined;
              // The form sums what was answered (nothing when nothing was), or gives nothing until all are.
              if (scoring.incomplete === 'empty') expect(theirs).toBeUndefined();
              else expect(theirs ?? 0).toBe(partial);
            }
          }),
          { numRuns: RUNS, seed: 20 },
        );
        // Both sides of the comparison were exercised.
        expect(complete).toBeGreaterThan(0);
        expect(incomplete).toBeGreaterThan(0);
      });
    } else if (scoring.kind === 'cannot-run') {
      it(`${f.file}: cannot be compared offline, because ${scoring.why}`, () => {
        const response = fc.sample(arbitraryResponse(form), { numRuns: 1, seed: 20 })[0] as Record<string, unknown>;
        expect(() => formScore(form, scoring.total, response)).toThrow();
      });
    } else {
      it(`${f.file}: has no total to compare, because ${scoring.why}`, () => {
        // No calculatedExpression computes a number from FHIRPath: either none at all, or only non-numeric ones, or not FHIRPath.
        const numeric = calculatedItems(form).filter(
          (c) => (c.type === 'decimal' || c.type === 'integer') && (c.language ?? 'text/fhirpath') === 'text/fhirpath',
        );
        const bmi = f.file.endsWith('weight-height.json') || f.file.endsWith('framingham-HCHD.json');
        // Two SDC forms compute a number that is a measurement or a risk, not a total: the library infers no score for them.
        if (bmi) expect(fromFhirQuestionnaire(form).questionnaire.scores).toBeUndefined();
        else expect(numeric).toEqual([]);
      });
    }
  }
});
