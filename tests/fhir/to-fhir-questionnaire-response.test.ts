import { describe, expect, it } from 'vitest';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { toFhirQuestionnaireResponse, type FhirResponseItem } from '../../src/fhir/index.js';
import { r4Problems } from './r4-validator.js';
import { sample } from './sample.js';

const OWN = 'https://intake-screening.dev/fhir/Questionnaire/fhir_sample/CodeSystem/';
const all = (list: readonly FhirResponseItem[] | undefined): FhirResponseItem[] => (list ?? []).flatMap((i) => [i, ...all(i.item)]);

const full = {
  'about.sex': 'female',
  'about.age': 34,
  'about.weight': 61.5,
  'about.start': '2015-03-01',
  'about.home': false,
  'about.car': true,
  'about.notes': 'lives with a friend',
  'about.name': 'Sam',
  'use.substances': ['heroin', 'fentanyl', 'alcohol'],
  'use.route': 'injection',
  'use.naloxone': true,
  'use.days': 28,
  'use.heavy': true,
  'use.not-home': false,
  'use.alone': true,
  'use.weight-ne': true,
  'use.start-known': true,
  'audit.q1': 2,
  'audit.q2': 1,
  'audit.q3': 3,
  'audit.q4': 1,
  'follow.help': true,
  'follow.high': true,
} as const;

describe('toFhirQuestionnaireResponse', () => {
  const qr = toFhirQuestionnaireResponse(sample, full, { id: 'qr-1', authored: '2026-01-05T10:00:00Z', subject: { reference: 'Patient/123' } });
  const item = (id: string) => all(qr.item).find((i) => i.linkId === id);

  it('produces a response that FHIR.js and the R4 invariants accept', () => {
    expect(r4Problems(qr)).toEqual([]);
  });

  it('references the questionnaire by canonical|version and carries the given metadata', () => {
    expect(qr).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: 'qr-1',
      questionnaire: 'https://intake-screening.dev/fhir/Questionnaire/fhir_sample|2.1.0',
      status: 'completed',
      authored: '2026-01-05T10:00:00Z',
      subject: { reference: 'Patient/123' },
    });
    expect(qr.meta?.security?.map((c) => c.code)).toEqual(['42CFRPart2', 'ETH', 'BH', 'PSY']);
  });

  it('nests answers in section groups like the Questionnaire', () => {
    expect(qr.item?.map((g) => g.linkId)).toEqual(['about', 'use', 'audit', 'follow']);
    expect(qr.item?.[0]?.item?.map((i) => i.linkId)).toEqual([
      'about.sex',
      'about.age',
      'about.weight',
      'about.start',
      'about.home',
      'about.car',
      'about.notes',
      'about.name',
    ]);
  });

  it('types each answer by item kind', () => {
    expect(item('about.sex')?.answer).toEqual([{ valueCoding: { system: `${OWN}about.sex`, code: 'female', display: 'Female' } }]);
    expect(item('use.substances')?.answer?.map((a) => a.valueCoding?.code)).toEqual(['heroin', '373492002', 'alcohol']);
    expect(item('audit.q1')?.answer).toEqual([{ valueCoding: { system: `${OWN}audit.q1`, code: '2', display: '2–4 a month' } }]);
    expect(item('about.home')?.answer).toEqual([{ valueCoding: { system: 'http://terminology.hl7.org/CodeSystem/v2-0136', code: 'N', display: 'No' } }]);
    expect(item('about.car')?.answer).toEqual([{ valueBoolean: true }]);
    expect(item('about.age')?.answer).toEqual([{ valueInteger: 34 }]);
    expect(item('about.weight')?.answer).toEqual([{ valueDecimal: 61.5 }]);
    expect(item('about.notes')?.answer).toEqual([{ valueString: 'lives with a friend' }]);
    expect(item('about.start')?.answer).toEqual([{ valueDate: '2015-03-01' }]);
  });

  it('writes complete scores to their calculated items', () => {
    expect(item('score:audit')?.answer).toEqual([{ valueDecimal: 7 }]);
    expect(item('score:audit.first')?.answer).toEqual([{ valueDecimal: 2 }]);
  });

  it('records "prefer not to answer" as the declined coding, or data-absent-reason where the item is not a choice', () => {
    const r = toFhirQuestionnaireResponse(sample, {
      'about.sex': 'prefer-not-to-answer',
      'about.age': 'prefer-not-to-answer',
      'audit.q1': 'prefer-not-to-answer',
      'use.substances': ['alcohol'],
    });
    const find = (id: string) => all(r.item).find((i) => i.linkId === id);
    expect(find('about.sex')?.answer?.[0]?.valueCoding).toMatchObject({
      system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
      code: 'asked-declined',
    });
    expect(find('about.age')).toEqual({
      linkId: 'about.age',
      text: 'Age',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'asked-declined' }],
    });
    expect(find('score:audit')).toBeUndefined();
    expect(r4Problems(r)).toEqual([]);
  });

  it('leaves out answers to items the other answers hide', () => {
    const r = toFhirQuestionnaireResponse(sample, { 'use.substances': ['alcohol'], 'use.route': 'injection', 'use.naloxone': true });
    const ids = all(r.item).map((i) => i.linkId);
    expect(ids).toContain('use.substances');
    expect(ids).not.toContain('use.route');
    expect(ids).not.toContain('use.naloxone');
  });

  it('writes a text answer of only whitespace as unanswered (an R4 string must hold more than whitespace)', () => {
    const r = toFhirQuestionnaireResponse(sample, { 'about.sex': 'male', 'about.notes': ' \n\t' });
    expect(all(r.item).map((i) => i.linkId)).not.toContain('about.notes');
    expect(r4Problems(r)).toEqual([]);
  });

  it('is in-progress while a visible required item is unanswered, completed once answered, and the status can be overridden', () => {
    expect(toFhirQuestionnaireResponse(sample, { 'about.sex': 'male' }).status).toBe('in-progress');
    expect(toFhirQuestionnaireResponse(sample, { 'about.sex': 'male', 'about.age': 40 }).status).toBe('completed');
    // audit.q1 is required but hidden without alcohol; once shown it must be answered
    expect(toFhirQuestionnaireResponse(sample, { 'about.sex': 'male', 'about.age': 40, 'use.substances': ['alcohol'] }).status).toBe('in-progress');
    expect(toFhirQuestionnaireResponse(sample, { 'about.sex': 'male', 'about.age': 'prefer-not-to-answer' }).status).toBe('completed');
    expect(toFhirQuestionnaireResponse(sample, {}, { status: 'stopped' }).status).toBe('stopped');
  });

  it('writes item texts in the requested locale', () => {
    const r = toFhirQuestionnaireResponse(sample, { 'about.sex': 'male' }, { locale: 'es', security: false });
    expect(r.language).toBe('es');
    expect(r.item?.[0]?.text).toBe('Sobre usted');
    expect(r.item?.[0]?.item?.[0]?.text).toBe('Sexo al nacer');
    expect(r.meta).toBeUndefined();
  });

  it('throws a QuestionnaireError naming the item, not the value, for invalid answers', () => {
    let caught: unknown;
    try {
      toFhirQuestionnaireResponse(sample, { 'about.age': 'forty-two', nope: true });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(QuestionnaireError);
    const issues = (caught as QuestionnaireError).issues;
    expect(issues.map((i) => i.code).sort()).toEqual(['unknown-item', 'wrong-type']);
    expect(JSON.stringify(issues)).not.toContain('forty-two');
  });
});
