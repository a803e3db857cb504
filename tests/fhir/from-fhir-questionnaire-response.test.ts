import { describe, expect, it } from 'vitest';
import { QuestionnaireError } from '../../src/issues/QuestionnaireError.js';
import { answerMappingOf, fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { sample } from './sample.js';

const OWN = 'https://intake-screening.dev/fhir/Questionnaire/fhir_sample/CodeSystem/';
const qr = (item: unknown[]) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item });

describe('fromFhirQuestionnaireResponse', () => {
  it('reads back what toFhirQuestionnaireResponse wrote, with the mapping derived from the questionnaire', () => {
    const answers = { 'about.sex': 'prefer-not-to-answer', 'about.age': 'prefer-not-to-answer', 'about.home': true, 'use.substances': ['fentanyl', 'alcohol'], 'audit.q1': 4, 'audit.q2': 0 } as const;
    const written = JSON.parse(JSON.stringify(toFhirQuestionnaireResponse(sample, answers)));
    expect(fromFhirQuestionnaireResponse(sample, written)).toEqual({ answers, issues: [] });
  });

  it('maps codings to option values, including terminology codes', () => {
    const mapping = answerMappingOf(sample);
    expect(mapping.ids.get('use.route')).toBe('use.route');
    expect(mapping.answers.get('use.substances')?.get('coding:http://snomed.info/sct|373492002')).toBe('fentanyl');
    expect(mapping.answers.get('audit.q1')?.get('coding:http://loinc.org|LA6270-8')).toBe(0);
    expect(mapping.answers.get('about.home')?.get('coding:http://terminology.hl7.org/CodeSystem/v2-0136|Y')).toBe(true);
  });

  it('finds answers in nested groups and in answers’ nested items', () => {
    const r = fromFhirQuestionnaireResponse(
      sample,
      qr([{ linkId: 'about', item: [{ linkId: 'about.car', answer: [{ valueBoolean: false, item: [{ linkId: 'about.name', answer: [{ valueString: 'Ana' }] }] }] }] }]),
    );
    expect(r.answers).toEqual({ 'about.car': false, 'about.name': 'Ana' });
  });

  it('reports unknown linkIds, unknown options and wrong types (naming items, never values), and drops answers to hidden items', () => {
    const r = fromFhirQuestionnaireResponse(
      sample,
      qr([
        { linkId: 'nope', answer: [{ valueString: 'secret-1' }] },
        { linkId: 'about.sex', answer: [{ valueCoding: { system: `${OWN}about.sex`, code: 'secret-2' } }] },
        { linkId: 'about.age', answer: [{ valueString: 'secret-3' }] },
        { linkId: 'about.car', answer: [{ valueBoolean: true }, { valueBoolean: false }] },
        { linkId: 'about.weight', answer: [{ valueDecimal: 5 }] },
        { linkId: 'use.naloxone', answer: [{ valueBoolean: true }] },
        { linkId: 'score:audit', answer: [{ valueDecimal: 3 }] },
      ]),
    );
    expect(r.answers).toEqual({});
    expect(r.issues.map((i) => [i.code, i.itemId ?? null])).toEqual([
      ['unknown-item', null],
      ['unknown-option', 'about.sex'],
      ['wrong-type', 'about.age'],
      ['wrong-type', 'about.car'],
      ['out-of-range', 'about.weight'],
    ]);
    expect(JSON.stringify(r.issues)).not.toMatch(/secret/);
  });

  it('refuses what is not a QuestionnaireResponse', () => {
    expect(() => fromFhirQuestionnaireResponse(sample, { resourceType: 'Questionnaire' })).toThrow(QuestionnaireError);
    expect(() => fromFhirQuestionnaireResponse(sample, JSON.parse('{"resourceType":"QuestionnaireResponse","__proto__":{}}'))).toThrow(QuestionnaireError);
  });
});
