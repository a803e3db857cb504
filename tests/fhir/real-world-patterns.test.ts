import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/definition/item.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { fromFhirQuestionnaire, toFhirQuestionnaire } from '../../src/fhir/index.js';

/*
 * Minimal synthetic forms for the real-world patterns no redistributable published form has (see
 * tests/fixtures/fhir/README.md): repeated ordinalValue weights (the CNICS AUDIT, unlicensed) and a total
 * over items that cannot all be imported.
 */

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const SYSTEM = 'http://example.org/CodeSystem/audit-answers';

const option = (code: string, display: string, weight: number) => ({
  valueCoding: { system: SYSTEM, code, display },
  extension: [{ url: ORDINAL, valueDecimal: weight }],
});

/** AUDIT-style: the last two options of the first question score 4 each (a split answer band). */
const audit = {
  resourceType: 'Questionnaire',
  status: 'active',
  title: 'Alcohol screen',
  item: [
    {
      linkId: 'audit',
      type: 'group',
      text: 'Alcohol',
      item: [
        {
          linkId: 'audit-1',
          type: 'choice',
          text: 'How often do you have a drink containing alcohol?',
          answerOption: [
            option('never', 'Never', 0),
            option('monthly', 'Monthly or less', 1),
            option('2-4-month', '2 to 4 times a month', 2),
            option('2-3-week', '2 to 3 times a week', 3),
            option('4-6-week', '4 to 6 times a week', 4),
            option('daily', 'Daily', 4),
          ],
        },
        {
          linkId: 'audit-2',
          type: 'choice',
          text: 'How many drinks on a typical day when you are drinking?',
          answerOption: [
            option('1-2', '1 or 2', 0),
            option('3-4', '3 or 4', 1),
            option('5-6', '5 or 6', 2),
            option('7-9', '7 to 9', 3),
            option('10+', '10 or more', 4),
          ],
        },
      ],
    },
  ],
};

const itemsOf = (q: { sections: readonly { items: readonly unknown[] }[] }) => q.sections.flatMap((s) => s.items as Item[]);

describe('options whose ordinalValue repeats (an option score is not its value)', () => {
  const { questionnaire, issues, mapping } = fromFhirQuestionnaire(audit);
  const first = itemsOf(questionnaire).find((i) => i.id === 'audit-1');

  it('import as a scale whose options stay distinct, each with its weight as score', () => {
    expect(first?.kind).toBe('scale');
    const options = first?.kind === 'scale' ? first.options : [];
    expect(options.map((o) => [o.text.en, o.value, o.score ?? o.value])).toEqual([
      ['Never', 0, 0],
      ['Monthly or less', 1, 1],
      ['2 to 4 times a month', 2, 2],
      ['2 to 3 times a week', 3, 3],
      ['4 to 6 times a week', 4, 4],
      ['Daily', 5, 4],
    ]);
    // "Daily" and "4 to 6 times a week" are two answers: the mapping keeps them apart
    const keys = mapping.answers.get('audit-1');
    expect(keys?.get(`coding:${SYSTEM}|daily`)).toBe(5);
    expect(keys?.get(`coding:${SYSTEM}|4-6-week`)).toBe(4);
    expect(issues.map((i) => i.message).join('\n')).not.toMatch(/weights/);
  });

  it('score the total from the weights: range 0–8, "daily" adds 4', () => {
    expect(questionnaire.scores).toHaveLength(1);
    const id = questionnaire.scores?.[0]?.id as string;
    expect(resolveAnswers(questionnaire, { 'audit-1': 5, 'audit-2': 4 }).evaluation.score(id)).toMatchObject({ status: 'complete', value: 8, min: 0, max: 8 });
    expect(resolveAnswers(questionnaire, { 'audit-1': 4, 'audit-2': 0 }).evaluation.score(id)).toMatchObject({ status: 'complete', value: 4 });
  });

  it('export the weights again as ordinalValue, and come back with the same values and scores', () => {
    const { resource } = toFhirQuestionnaire(questionnaire, { unsupported: 'omit' });
    const exported = JSON.stringify(resource);
    expect(exported).toContain(`"valueDecimal":4`);
    const back = fromFhirQuestionnaire(resource);
    const again = itemsOf(back.questionnaire).find((i) => i.id === 'audit-1');
    expect(again?.kind === 'scale' && again.options.map((o) => [o.value, o.score ?? o.value])).toEqual(
      first?.kind === 'scale' && first.options.map((o) => [o.value, o.score ?? o.value]),
    );
  });
});

describe('a total over items that were not all imported is never complete', () => {
  it('infers no score, and says which weighted items it would have left out', () => {
    // The second question repeats, so its weights cannot make a scale: a total over the first alone would read complete.
    const repeating = structuredClone(audit);
    (repeating.item[0]?.item[1] as { repeats?: boolean }).repeats = true;
    const { questionnaire, issues } = fromFhirQuestionnaire(repeating);
    expect(questionnaire.scores).toBeUndefined();
    expect(issues.find((i) => /No total is inferred for section "audit": item "audit-2" carries option weights/.test(i.message))).toBeDefined();
  });

  it('so does a question whose answer list cannot be read offline (it may carry weights)', () => {
    const external = structuredClone(audit) as { item: { item: Record<string, unknown>[] }[] };
    const second = external.item[0]?.item[1] as Record<string, unknown>;
    delete second.answerOption;
    second.answerValueSet = '#missing';
    external.item[0]?.item.push({
      ...second,
      linkId: 'audit-3',
      answerValueSet: undefined,
      answerOption: (audit.item[0]?.item[1] as { answerOption: unknown }).answerOption,
    });
    const { questionnaire, issues } = fromFhirQuestionnaire(external);
    expect(itemsOf(questionnaire).map((i) => i.id)).toEqual(['audit-1', 'audit-3']);
    expect(questionnaire.scores).toBeUndefined();
    expect(
      issues.find((i) =>
        /No total is inferred for section "audit": item "audit-2" carries option weights \(or answers that could not be read\)/.test(i.message),
      ),
    ).toBeDefined();
  });
});
