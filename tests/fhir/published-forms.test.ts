import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/definition/item.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { fromFhirQuestionnaire, fromFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { PUBLISHED, loadPublished } from './published.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/fhir');
const itemsOf = (q: { sections: readonly { items: readonly unknown[] }[] }) => q.sections.flatMap((s) => s.items as Item[]);
const messages = (issues: readonly { message: string }[]) => issues.map((i) => i.message).join('\n');

/** Licences that let the files be redistributed in an MIT repository (no share-alike, no unlicensed files). */
const ALLOWED = /^(CC0-1\.0|MIT|Apache-2\.0|LicenseRef-NLM-LHC)\b/;

describe('the published forms in tests/fixtures', () => {
  it('are at least twelve R4 Questionnaires from at least four publishers, each with its source and a redistributable licence', () => {
    expect(PUBLISHED.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PUBLISHED.map((f) => f.publisher)).size).toBeGreaterThanOrEqual(4);
    for (const f of PUBLISHED) {
      expect(f.source, f.file).toMatch(/^https:\/\//);
      expect(f.licence, f.file).toMatch(ALLOWED);
      expect((loadPublished(f.file) as { resourceType: string }).resourceType, f.file).toBe('Questionnaire');
    }
  });

  it('are the published bytes: each file hashes to the SHA-256 in published.json', () => {
    for (const f of PUBLISHED)
      expect(
        createHash('sha256')
          .update(readFileSync(path.join(dir, f.file)))
          .digest('hex'),
        f.file,
      ).toBe(f.sha256);
  });

  it('leave no Questionnaire out of the index, and carry the licence notices their licences require', () => {
    const listed = new Set(PUBLISHED.map((f) => f.file));
    for (const folder of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(path.join(dir, folder.name)).filter((n) => n.endsWith('.json'))) {
        const json = JSON.parse(readFileSync(path.join(dir, folder.name, file), 'utf8')) as { resourceType?: string };
        if (json.resourceType === 'Questionnaire') expect(listed, `${folder.name}/${file}`).toContain(`${folder.name}/${file}`);
      }
    }
    expect(readFileSync(path.join(dir, 'lhc-forms/LICENSE.md'), 'utf8')).toMatch(/Lister Hill National Center/);
    expect(readFileSync(path.join(dir, 'helsenorge/LICENSE'), 'utf8')).toMatch(/MIT License[\s\S]*Norsk Helsenett/);
  });
});

describe('real-world patterns on published forms', () => {
  it('contained ValueSet with an expansion (LHC-Forms Argonaut PHQ-9): answers resolved offline, weights kept, total inferred', () => {
    const { questionnaire, issues } = fromFhirQuestionnaire(loadPublished('lhc-forms/argonaut-phq9-ish.json'));
    const scales = itemsOf(questionnaire).filter((i) => i.kind === 'scale');
    // q1–q8 name "#PHQ-9", q9 names the same ValueSet by its canonical url
    expect(scales.map((i) => i.id)).toEqual(['g1.q1', 'g1.q2', 'g1.q3', 'g1.q4', 'g1.q5', 'g1.q6', 'g1.q7', 'g1.q8', 'g1.q9']);
    for (const s of scales)
      expect(s.kind === 'scale' && s.options.map((o) => [o.value, o.codes?.[0]?.code])).toEqual([
        [0, 'LA6568-5'],
        [1, 'LA6569-3'],
        [2, 'LA6570-1'],
        [3, 'LA6571-9'],
      ]);
    expect(itemsOf(questionnaire).find((i) => i.id === 'g2.q1')?.kind).toBe('single');
    expect(questionnaire.scores).toEqual([expect.objectContaining({ section: 'g1', items: scales.map((i) => i.id) })]);
    expect(messages(issues)).not.toMatch(/value set/);
    const all3 = Object.fromEntries(scales.map((s) => [s.id, 3]));
    expect(resolveAnswers(questionnaire, all3).evaluation.score('g1')).toMatchObject({ status: 'complete', value: 27 });
  });

  it('contained ValueSet with only compose.include.concept (HL7 SDC PHQ-9, LHC calc-weight): answers and weights resolved offline', () => {
    const sdc = fromFhirQuestionnaire(loadPublished('sdc/questionnaire-sdc-profile-example-PHQ9.json'));
    const scales = itemsOf(sdc.questionnaire).filter((i) => i.kind === 'scale');
    expect(scales).toHaveLength(9);
    for (const s of scales) {
      expect(s.kind === 'scale' && s.options.map((o) => [o.value, o.codes?.[0]?.code])).toEqual([
        [0, 'Not-at-all'],
        [1, 'Several-days'],
        [2, 'More than half the days'],
        [3, 'Nearly every day'],
      ]);
    }
    expect(sdc.questionnaire.scores?.[0]?.items).toHaveLength(9);
    // Two code systems share codes in one ValueSet: each option keeps its own weight (1, 2 in one system; 10, 20 in the other).
    const lhc = fromFhirQuestionnaire(loadPublished('lhc-forms/q-with-contained-valueset.json'));
    const weights = itemsOf(lhc.questionnaire).flatMap((i) => (i.kind === 'scale' ? [i.options.map((o) => o.score ?? o.value)] : []));
    expect(weights).toEqual([
      [1, 2, 10, 20],
      [1, 2, 10, 20],
    ]);
  });

  it('an answerValueSet that is not contained is still reported, never guessed', () => {
    const { issues } = fromFhirQuestionnaire(loadPublished('davinci-dtr/home-o2-questionnaire.json'));
    expect(messages(issues)).toMatch(/administrative-gender, which is not contained in the form and cannot be expanded offline/);
  });

  it('calculated, read-only and hidden items are computed by the form, not asked', () => {
    const cases: [string, string, RegExp][] = [
      // a plain decimal (BMI) the form computes with calculatedExpression, not marked readOnly
      ['sdc/questionnaire-sdc-profile-example-weight-height.json', '/39156-5', /calculated \(calculatedExpression\), not asked/],
      ['lhc-forms/apgar-with-itemWeight-variable.json', '9272-6', /calculated \(calculatedExpression\) and read-only \(readOnly\), not asked/],
      ['sdc/questionnaire-sdc-profile-example-hunger-vital-signs.json', '/88124-3', /calculated \(calculatedExpression\) and read-only \(readOnly\)/],
      ['lhc-forms/argonaut-phq9-ish.json', 'g1.s', /hidden \(questionnaire-hidden\), not asked/],
      ['lhc-forms/q-with-contained-valueset-with-itemWeight.json', 'link-3', /read-only \(readOnly\), not asked/],
      // plain decimals with no expression, coded as the instrument's total score
      ['us-core/Questionnaire-phq-9-example.json', '/44261-6', /the form's total score .*, not asked/],
      ['us-core/Questionnaire-AUDIT-C.json', '/75626-2', /the form's total score .*, not asked/],
    ];
    for (const [file, linkId, why] of cases) {
      const { questionnaire, issues, mapping } = fromFhirQuestionnaire(loadPublished(file));
      const id = mapping.ids.get(linkId) as string;
      expect(id, `${file} ${linkId}`).toBeDefined();
      expect(itemsOf(questionnaire).some((i) => i.id === id)).toBe(false);
      expect(
        issues.find((i) => i.itemId === id && why.test(i.message)),
        `${file} ${linkId}`,
      ).toBeDefined();
    }
  });

  it("a response carrying the form's computed total imports without an unknown-item issue; the total is not taken as an answer (LHC-Forms Apgar)", () => {
    const form = loadPublished('lhc-forms/apgar-with-itemWeight-variable.json') as {
      item: { linkId: string; answerOption?: { valueCoding: { system?: string; code: string } }[] }[];
    };
    const { questionnaire, mapping } = fromFhirQuestionnaire(form);
    const asked = form.item.filter((i) => i.answerOption);
    expect(asked).toHaveLength(5);
    const response = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        ...asked.map((i) => ({ linkId: i.linkId, answer: [{ valueCoding: i.answerOption?.[1]?.valueCoding }] })),
        { linkId: '9272-6', answer: [{ valueDecimal: 5 }] },
        { linkId: 'not-in-the-form', answer: [{ valueString: 'x' }] },
      ],
    };
    const { answers, issues } = fromFhirQuestionnaireResponse(questionnaire, response, { mapping, security: false });
    expect(Object.keys(answers)).toHaveLength(5);
    expect(Object.values(answers).every((v) => v !== 5)).toBe(true);
    // only the linkId the form does not have is reported; the computed total is skipped
    expect(issues.filter((i) => i.code === 'unknown-item').map((i) => i.path)).toEqual([['item', 6, 'linkId']]);
  });

  it('rendering-only extensions come in one grouped issue; those that change meaning stay on their own (LHC-Forms PHQ-9)', () => {
    const { issues } = fromFhirQuestionnaire(loadPublished('lhc-forms/phq9.json'));
    const grouped = issues.filter((i) => /^Rendering-only extensions/.test(i.message));
    expect(grouped).toHaveLength(1);
    const group = grouped[0]?.message ?? '';
    expect(group).toMatch(/questionnaire-optionPrefix \(36×/);
    expect(group).toMatch(/sdc-questionnaire-observationLinkPeriod \(11×/);
    expect(group).toMatch(/questionnaire-itemControl \(10×/);
    expect(group).toMatch(/questionnaire-displayCategory \(2×/);
    const others = issues.filter((i) => i !== grouped[0]);
    for (const url of ['optionPrefix', 'observationLinkPeriod', 'itemControl', 'displayCategory']) expect(messages(others)).not.toContain(url);
    // minOccurs (a required-ness rule) and variables (scoring) change meaning: each still has its own issue
    expect(others.filter((i) => i.message.includes('questionnaire-minOccurs'))).toHaveLength(8);
    expect(messages(others)).toMatch(/StructureDefinition\/variable/);
  });
});
