import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledQuestionnaires } from '../../questionnaires/index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { answersFor } from './arbitrary-answers.js';
import { fhirValidatorProblems, medplumProblems } from './fhir-validators.js';

const SEED = 20260520;
const examples = path.resolve(import.meta.dirname, '../../examples/answers');

// Medplum indexes the R4 definitions once per file (several seconds).
beforeAll(() => void medplumProblems({ resourceType: 'Basic', code: { text: 'warm-up' } }));

describe('the stricter validators catch what FHIR.js misses', () => {
  it('an Expression.name that is not an id fails both', () => {
    const q = toFhirQuestionnaire(bundledQuestionnaires['brief-screen']).resource;
    const broken = {
      ...q,
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/variable', valueExpression: { name: 'score_phq2', language: 'text/fhirpath', expression: '1' } },
      ],
    };
    const problems = fhirValidatorProblems(broken);
    expect(problems.some((p) => p.startsWith('medplum:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('hl7-schema:'))).toBe(true);
  });
});

describe.each(Object.entries(bundledQuestionnaires))('bundled questionnaire %s, checked by Medplum and HL7’s R4 JSON schema', (_id, q) => {
  it('exports a Questionnaire with no errors', () => {
    expect(fhirValidatorProblems(toFhirQuestionnaire(q).resource)).toEqual([]);
    expect(fhirValidatorProblems(toFhirQuestionnaire(q, { canonicalBase: 'https://fhir.clinic.example/r4', security: false }).resource)).toEqual([]);
  });

  it('exports QuestionnaireResponses with no errors (empty, and random answers)', () => {
    expect(fhirValidatorProblems(toFhirQuestionnaireResponse(q, {}, { id: 'empty' }))).toEqual([]);
    for (const answers of fc.sample(answersFor(q), { seed: SEED, numRuns: 8 })) {
      const qr = toFhirQuestionnaireResponse(q, resolveAnswers(q, answers).answers, {
        authored: '2026-01-05T10:00:00Z',
        subject: { reference: 'Patient/p1' },
        locale: 'es',
      });
      expect(fhirValidatorProblems(qr)).toEqual([]);
    }
  });
});

describe('the example answer files', () => {
  for (const file of readdirSync(examples).filter((f) => f.endsWith('.json'))) {
    it(`${file} exports a response with no errors`, () => {
      const { questionnaire, answers } = JSON.parse(readFileSync(path.join(examples, file), 'utf8')) as { questionnaire: string; answers: unknown };
      const q = bundledQuestionnaires[questionnaire as keyof typeof bundledQuestionnaires];
      expect(fhirValidatorProblems(toFhirQuestionnaireResponse(q, answers, { id: file.replace('.json', '') }))).toEqual([]);
    });
  }
});
