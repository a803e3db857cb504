import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/definition/item.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { fromFhirQuestionnaire, fromFhirQuestionnaireResponse, toFhirQuestionnaire } from '../../src/fhir/index.js';
import { fhirValidatorProblems } from './fhir-validators.js';

/*
 * A synthetic form with the sex-specific pattern of published forms (CSIRO's and others' AUDIT-C, pregnancy
 * questions): variants shown by `%patient.gender`, read directly or through a variable. Written here, since the
 * published forms with it are not redistributable under the repository's licence.
 */

const EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';
const VARIABLE = 'http://hl7.org/fhir/StructureDefinition/variable';
const shownWhen = (expression: string) => ({ extension: [{ url: EXPRESSION, valueExpression: { language: 'text/fhirpath', expression } }] });

const form = {
  resourceType: 'Questionnaire',
  status: 'active',
  title: 'Alcohol',
  extension: [{ url: VARIABLE, valueExpression: { name: 'gender', language: 'text/fhirpath', expression: '%patient.gender' } }],
  item: [
    {
      linkId: 'alcohol',
      type: 'group',
      text: 'Alcohol',
      item: [
        { linkId: 'drinks', type: 'boolean', text: 'Do you drink alcohol?' },
        { linkId: 'binge-4', type: 'boolean', text: 'In the past year, have you had 4 or more drinks on one occasion?', ...shownWhen("%gender = 'female'") },
        {
          linkId: 'binge-5',
          type: 'boolean',
          text: 'In the past year, have you had 5 or more drinks on one occasion?',
          ...shownWhen("%patient.gender != 'female'"),
        },
        { linkId: 'pregnant', type: 'boolean', text: 'Are you pregnant?', ...shownWhen("('female' = %gender)") },
        { linkId: 'older', type: 'boolean', text: 'Do you live alone?', ...shownWhen('%age > 65') },
      ],
    },
  ],
};

const itemsOf = (q: { sections: readonly { items: readonly unknown[] }[] }) => q.sections.flatMap((s) => s.items as Item[]);

describe('sex-specific enableWhenExpression (the form reads the patient record’s sex)', () => {
  const { questionnaire, issues } = fromFhirQuestionnaire(form);
  const sex = questionnaire.sections[0]?.items[0] as Item;
  const hiddenWith = (answers: Record<string, unknown>) => {
    const all = { drinks: true, 'binge-4': false, 'binge-5': false, pregnant: false, ...answers };
    return resolveAnswers(questionnaire, all).hidden;
  };

  it('asks the sex once, first, in a section of its own, with nothing chosen and a way to decline', () => {
    expect(questionnaire.sections.map((s) => s.id)).toEqual(['patient-record', 'alcohol']);
    expect(sex).toMatchObject({
      id: 'patient-sex',
      kind: 'single',
      text: { en: 'What is your sex, as recorded in your health record?' },
      preferNotToAnswer: true,
    });
    expect(sex.kind === 'single' && sex.options.map((o) => o.value)).toEqual(['female', 'male', 'other']);
    expect(Object.keys(sex)).not.toContain('default');
    expect(questionnaire.sections[0]?.instrument).toMatchObject({ kind: 'descriptive' });
  });

  it('shows each variant by that answer, as the form would for a patient recorded so', () => {
    expect(hiddenWith({ 'patient-sex': 'female' })).toEqual(['binge-5']);
    expect(hiddenWith({ 'patient-sex': 'male' })).toEqual(['binge-4', 'pregnant']);
    expect(hiddenWith({ 'patient-sex': 'other' })).toEqual(['binge-4', 'pregnant']);
    // Declining stands for a record that says "unknown": `!= 'female'` holds, `= 'female'` does not.
    expect(hiddenWith({ 'patient-sex': 'prefer-not-to-answer' })).toEqual(['binge-4', 'pregnant']);
    // Unanswered, nothing is recorded: as in FHIRPath, neither `=` nor `!=` holds, so no variant is asked twice.
    expect(hiddenWith({})).toEqual(['binge-4', 'binge-5', 'pregnant']);
  });

  it('reports it in one issue that names the items it shows (ids, never answers), and keeps reporting other expressions', () => {
    const bySex = issues.filter((i) => i.message.includes('%patient.gender'));
    expect(bySex).toHaveLength(1);
    expect(bySex[0]?.itemId).toBe('patient-sex');
    expect(bySex[0]?.message).toContain('"binge-4", "binge-5", "pregnant"');
    const older = issues.filter((i) => i.itemId === 'older');
    expect(older.map((i) => i.message)).toEqual([expect.stringMatching(/FHIRPath enableWhenExpression/)]);
    expect(itemsOf(questionnaire).find((i) => i.id === 'older')?.when).toBeUndefined();
  });

  it('keeps the answer to a variant in a response from the original form, which has no answer to the sex question', () => {
    const { mapping } = fromFhirQuestionnaire(form);
    const response = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [{ linkId: 'alcohol', item: [{ linkId: 'binge-4', answer: [{ valueBoolean: true }] }] }],
    };
    const imported = fromFhirQuestionnaireResponse(questionnaire, response, { mapping, security: false });
    expect(imported.answers).toEqual({ 'binge-4': true });
    expect(imported.issues.map((i) => [i.code, i.itemId])).toEqual([['item-hidden', 'binge-4']]);
  });

  it('exports as valid R4 and imports again to the same visibility', () => {
    const { resource } = toFhirQuestionnaire(questionnaire);
    expect(fhirValidatorProblems(resource)).toEqual([]);
    const again = fromFhirQuestionnaire(resource).questionnaire;
    for (const value of ['female', 'male', 'prefer-not-to-answer', undefined]) {
      const answers = { drinks: true, 'binge-4': false, 'binge-5': false, pregnant: false, ...(value ? { 'patient-sex': value } : {}) };
      expect(resolveAnswers(again, answers).hidden).toEqual(resolveAnswers(questionnaire, answers).hidden);
    }
  });

  it('adds nothing to a form whose expressions do not read the sex', () => {
    const plain = {
      ...form,
      extension: [],
      item: [{ ...form.item[0], item: form.item[0]?.item.filter((i) => !i.linkId.startsWith('binge') && i.linkId !== 'pregnant') }],
    };
    const r = fromFhirQuestionnaire(plain);
    expect(r.questionnaire.sections.map((s) => s.id)).toEqual(['alcohol']);
    expect(r.issues.some((i) => i.message.includes('%patient.gender'))).toBe(false);
  });
});
