import { describe, expect, it } from 'vitest';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { r4Problems } from './r4-validator.js';
import { sample } from './sample.js';

// The validator must be able to fail, and fail for R4 reasons, or the export tests prove nothing.
describe('the R4 validator used by these tests', () => {
  const valid = () =>
    structuredClone(toFhirQuestionnaire(sample, { unsupported: 'omit' }).resource) as unknown as Record<string, unknown> & { item: Record<string, unknown>[] };

  it('accepts an exported questionnaire', () => {
    expect(r4Problems(valid())).toEqual([]);
  });

  it('rejects a status outside the required R4 value set', () => {
    const q = valid();
    q.status = 'published';
    expect(r4Problems(q).join('\n')).toMatch(/Questionnaire\.status/);
  });

  it('rejects an item type that R4 does not define', () => {
    const q = valid();
    (q.item[0] as { type: string }).type = 'checkbox';
    expect(r4Problems(q).join('\n')).toMatch(/item\[0\]\.type/);
  });

  it('rejects the STU3 element name "option" where R4 has "answerOption"', () => {
    const q = valid();
    (q.item[0] as Record<string, unknown>).option = [{ valueString: 'x' }];
    expect(r4Problems(q).join('\n')).toMatch(/option/);
  });

  it('checks items nested in groups, which FHIR.js alone skips', () => {
    const q = valid();
    const nested = (q.item[1] as { item: Record<string, unknown>[] }).item[2] as Record<string, unknown>;
    nested.type = 'nope';
    nested.unexpected = true;
    const problems = r4Problems(q).join('\n');
    expect(problems).toMatch(/type: Code "nope"/);
    expect(problems).toMatch(/unexpected: Unexpected property/);
  });

  it('still reports a missing enableWhen answer, though answerBoolean false is accepted', () => {
    const q = valid();
    const item = (q.item[1] as { item: { linkId: string; enableWhen?: Record<string, unknown>[] }[] }).item.find((i) => i.linkId === 'use.car-no');
    expect(item?.enableWhen?.[0]?.answerBoolean).toBe(false);
    expect(r4Problems(q)).toEqual([]);
    delete item?.enableWhen?.[0]?.answerBoolean;
    expect(r4Problems(q).join('\n')).toMatch(/enableWhen\[0\]\.answer\[x\]: Missing property/);
  });

  it('rejects an item without a linkId', () => {
    const q = valid();
    delete (q.item[0] as Record<string, unknown>).linkId;
    expect(r4Problems(q).join('\n')).toMatch(/linkId/);
  });

  it('reports R4 invariants: duplicate linkIds (que-2), an empty group (que-1), a coded display item (que-3), several enableWhen without enableBehavior (que-12)', () => {
    const q = valid();
    q.item.push({ linkId: 'about', type: 'group' });
    q.item.push({ linkId: 'x.display', type: 'display', text: 'x', code: [{ system: 'http://loinc.org', code: '1-8' }] });
    q.item.push({
      linkId: 'x.two',
      type: 'boolean',
      text: 'x',
      enableWhen: [
        { question: 'about.car', operator: 'exists', answerBoolean: true },
        { question: 'about.car', operator: '=', answerBoolean: true },
      ],
    });
    const problems = r4Problems(q).join('\n');
    for (const key of ['que-2', 'que-1', 'que-3', 'que-12 (as stated)']) expect(problems).toContain(key);
  });

  it('rejects a response answer of a type R4 does not have', () => {
    const qr = structuredClone(toFhirQuestionnaireResponse(sample, { 'about.car': true })) as unknown as {
      item: { item: { answer: Record<string, unknown>[] }[] }[];
    };
    const answer = qr.item[0]?.item[0]?.answer[0] as Record<string, unknown>;
    delete answer.valueBoolean;
    answer.valueYesNo = true;
    expect(r4Problems(qr).join('\n')).toMatch(/valueYesNo/);
  });

  it('reports qrs-1: an item with both answers and nested items', () => {
    const qr = structuredClone(toFhirQuestionnaireResponse(sample, { 'about.car': true })) as unknown as { item: Record<string, unknown>[] };
    (qr.item[0] as Record<string, unknown>).answer = [{ valueBoolean: true }];
    expect(r4Problems(qr).join('\n')).toContain('qrs-1');
  });
});
