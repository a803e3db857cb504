import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { DECLINED_CODING, FHIR_EXTENSIONS, SECURITY_LABELS, toFhirQuestionnaire, type FhirQuestionnaireItem } from '../../src/fhir/index.js';
import { r4Problems } from './r4-validator.js';
import { sample, sampleDefinition } from './sample.js';

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

const { resource, issues } = toFhirQuestionnaire(sample);
const all = (list: readonly FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] => (list ?? []).flatMap((i) => [i, ...all(i.item)]);
const byId = (id: string): FhirQuestionnaireItem => {
  const found = all(resource.item).find((i) => i.linkId === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const ext = (item: { extension?: { url: string }[] }, url: string): Record<string, unknown> | undefined => item.extension?.find((e) => e.url === url);

describe('toFhirQuestionnaire', () => {
  it('produces a resource that FHIR.js and the R4 invariants accept', () => {
    expect(r4Problems(resource)).toEqual([]);
  });

  it('carries identity, status, title and language', () => {
    expect(resource).toMatchObject({
      resourceType: 'Questionnaire',
      id: 'fhir-sample',
      url: 'https://intake-screening.dev/fhir/Questionnaire/fhir_sample',
      version: '2.1.0',
      name: 'FhirSample',
      title: 'FHIR sample intake',
      status: 'active',
      publisher: 'Test clinic',
      language: 'en',
    });
    expect(resource._title?.extension?.[0]).toEqual({
      url: TRANSLATION,
      extension: [
        { url: 'lang', valueCode: 'es' },
        { url: 'content', valueString: 'Ingreso de muestra FHIR' },
      ],
    });
  });

  it('uses the questionnaire url, or one under the canonical base', () => {
    const own = parseQuestionnaire({ ...sampleDefinition, url: 'https://clinic.example/q/intake' });
    expect(toFhirQuestionnaire(own).resource.url).toBe('https://clinic.example/q/intake');
    expect(toFhirQuestionnaire(sample, { canonicalBase: 'https://clinic.example/fhir/' }).resource.url).toBe(
      'https://clinic.example/fhir/Questionnaire/fhir_sample',
    );
    const draft = parseQuestionnaire({ ...sampleDefinition, status: undefined });
    expect(toFhirQuestionnaire(draft).resource.status).toBe('draft');
  });

  it('makes sections groups and keeps item ids as linkIds', () => {
    expect(resource.item?.map((g) => [g.linkId, g.type])).toEqual(sample.sections.map((s) => [s.id, 'group']));
    const linkIds = all(resource.item).map((i) => i.linkId);
    for (const s of sample.sections) for (const i of s.items) expect(linkIds).toContain(i.id);
  });

  it('maps each item kind to its R4 type', () => {
    const types = Object.fromEntries(
      [
        'about.sex',
        'use.substances',
        'about.car',
        'about.home',
        'audit.q1',
        'about.age',
        'about.weight',
        'about.name',
        'about.notes',
        'about.start',
        'about.intro',
      ].map((id) => [id, [byId(id).type, byId(id).repeats ?? false]]),
    );
    expect(types).toEqual({
      'about.sex': ['choice', false],
      'use.substances': ['choice', true],
      'about.car': ['boolean', false],
      'about.home': ['choice', false],
      'audit.q1': ['choice', false],
      'about.age': ['integer', false],
      'about.weight': ['decimal', false],
      'about.name': ['string', false],
      'about.notes': ['text', false],
      'about.start': ['date', false],
      'about.intro': ['display', false],
    });
    expect(byId('about.name').maxLength).toBe(500);
    expect(byId('about.notes').maxLength).toBe(2000);
    expect(byId('about.sex').required).toBe(true);
    expect(ext(byId('about.age'), 'http://hl7.org/fhir/StructureDefinition/minValue')).toEqual({
      url: 'http://hl7.org/fhir/StructureDefinition/minValue',
      valueInteger: 12,
    });
    expect(ext(byId('about.start'), 'http://hl7.org/fhir/StructureDefinition/maxValue')).toEqual({
      url: 'http://hl7.org/fhir/StructureDefinition/maxValue',
      valueDate: '2030-12-31',
    });
  });

  it('puts the score of every scale option in both ordinalValue and itemWeight', () => {
    const options = byId('audit.q1').answerOption ?? [];
    const weights = options.map((o) => [ext(o, ORDINAL), ext(o, WEIGHT)].map((e) => (e as { valueDecimal?: number } | undefined)?.valueDecimal));
    expect(weights).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [4, 4],
      [undefined, undefined],
    ]);
  });

  it('uses an option’s terminology code, else the item’s own code system, and keeps the option value', () => {
    const [never, , twoToFour] = byId('audit.q1').answerOption ?? [];
    expect(never?.valueCoding).toMatchObject({ system: 'http://loinc.org', code: 'LA6270-8', display: 'Never' });
    expect(twoToFour?.valueCoding).toMatchObject({ system: 'https://intake-screening.dev/fhir/Questionnaire/fhir_sample/CodeSystem/audit.q1', code: '2' });
    const fentanyl = byId('use.substances').answerOption?.[1];
    expect(fentanyl?.valueCoding).toMatchObject({ system: 'http://snomed.info/sct', code: '373492002' });
    expect(ext(fentanyl ?? {}, FHIR_EXTENSIONS.optionValue)).toMatchObject({ valueString: 'fentanyl' });
    expect(ext(byId('use.substances').answerOption?.[3] ?? {}, 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive')).toMatchObject({
      valueBoolean: true,
    });
  });

  it('offers "prefer not to answer" as the asked-declined coding, and a boolean that offers it as Yes/No/declined', () => {
    const last = (id: string) => byId(id).answerOption?.at(-1)?.valueCoding;
    for (const id of ['about.sex', 'use.substances', 'audit.q1', 'about.home'])
      expect(last(id)).toMatchObject({ system: DECLINED_CODING.system, code: 'asked-declined' });
    expect(byId('about.home').answerOption?.map((o) => o.valueCoding?.code)).toEqual(['Y', 'N', 'asked-declined']);
    expect(byId('audit.q2').answerOption?.some((o) => o.valueCoding?.code === 'asked-declined')).toBe(false);
  });

  it('puts section instrument codes on the group, item codes on the item, and no questionnaire code when sections differ', () => {
    expect(byId('audit').code).toEqual([{ system: 'http://loinc.org', code: '72109-2' }]);
    expect(byId('audit.q1').code).toEqual([{ system: 'http://loinc.org', code: '68518-0' }]);
    expect(resource.code).toBeUndefined();
    expect(resource.copyright).toBeUndefined();
    expect(JSON.parse((ext(byId('audit'), FHIR_EXTENSIONS.instrument) as { valueString: string }).valueString)).toEqual(
      sampleDefinition.sections[2]?.instrument,
    );
  });

  it('uses Questionnaire.copyright and code when the whole questionnaire is one validated instrument', () => {
    const audit = sampleDefinition.sections[2];
    const one = parseQuestionnaire({ id: 'audit', version: '1.0.0', title: { en: 'AUDIT-C' }, sections: [{ ...audit, when: undefined }] });
    const { resource: r } = toFhirQuestionnaire(one);
    expect(r.copyright).toBe('Public domain.');
    expect(r.code).toEqual([{ system: 'http://loinc.org', code: '72109-2' }]);
  });

  it('writes enableWhen when the condition fits R4 exactly', () => {
    expect(byId('use.naloxone')).toMatchObject({ enableWhen: [{ question: 'use.route', operator: '=', answerCoding: { code: 'injection' } }] });
    expect(byId('use.naloxone').enableBehavior).toBeUndefined();
    // ne: answered, and not the value (R4's != alone also holds when unanswered)
    expect(byId('use.route-other')).toMatchObject({
      enableBehavior: 'all',
      enableWhen: [
        { operator: 'exists', answerBoolean: true },
        { operator: '!=', answerCoding: { code: 'injection' } },
      ],
    });
    expect(byId('use.alone').enableWhen?.map((e) => [e.operator, e.answerCoding?.code ?? e.answerBoolean])).toEqual([
      ['exists', true],
      ['!=', 'Y'],
      ['!=', 'asked-declined'],
    ]);
    expect(byId('use.days')).toMatchObject({
      enableBehavior: 'any',
      enableWhen: [{ answerCoding: { code: 'heroin' } }, { answerCoding: { code: '373492002' } }],
    });
    expect(byId('use.heavy').enableWhen?.map((e) => e.operator)).toEqual(['>', '<=', 'exists']);
    expect(byId('use.teen').enableWhen).toEqual([{ question: 'about.age', operator: '<', answerInteger: 18 }]);
    expect(byId('use.weight-ne').enableWhen?.[1]).toEqual({ question: 'about.weight', operator: '!=', answerDecimal: 50 });
    expect(byId('use.car-no').enableWhen).toEqual([{ question: 'about.car', operator: '=', answerBoolean: false }]);
    // a scale compared by order becomes the options that pass
    expect(byId('audit.q4').enableWhen?.map((e) => e.answerCoding?.code)).toEqual(['2', '4']);
    expect(byId('audit')).toMatchObject({ enableWhen: [{ question: 'use.substances', operator: '=', answerCoding: { code: 'alcohol' } }] });
    for (const id of ['use.naloxone', 'use.route-other', 'use.days', 'use.heavy', 'audit.q4']) expect(ext(byId(id), EXPRESSION)).toBeUndefined();
  });

  it('writes an SDC enableWhenExpression, with the condition beside it, when R4 cannot say it', () => {
    for (const id of ['use.declined-any', 'use.not-home', 'use.notes-declined', 'follow', 'follow.high', 'follow.mid']) {
      const item = byId(id);
      expect(item.enableWhen, id).toBeUndefined();
      expect(ext(item, EXPRESSION), id).toMatchObject({ valueExpression: { language: 'text/fhirpath' } });
      expect(ext(item, FHIR_EXTENSIONS.condition), id).toBeDefined();
    }
    expect((ext(byId('follow.high'), EXPRESSION) as { valueExpression: { expression: string } }).valueExpression.expression).toBe(
      '%scoreAudit.where($this >= 6).exists()',
    );
  });

  it('declares each score as an SDC variable and a read-only calculated item in its section', () => {
    const variables = resource.extension?.filter((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/variable').map((e) => e.valueExpression?.name);
    expect(variables).toEqual(['scoreAudit', 'scoreAuditFirst']);
    const item = byId('score:audit');
    expect(item).toMatchObject({ type: 'decimal', readOnly: true, code: [{ system: 'http://loinc.org', code: '75626-2' }] });
    expect(ext(item, 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression')).toMatchObject({
      valueExpression: { expression: '%scoreAudit' },
    });
    expect(
      byId('audit')
        .item?.map((i) => i.linkId)
        .slice(-2),
    ).toEqual(['score:audit', 'score:audit.first']);
  });

  it('orders score variables so each comes after the scores it reads', () => {
    const def = {
      id: 'order',
      version: '1.0.0',
      title: { en: 'Order' },
      sections: [
        {
          id: 's',
          title: { en: 'S' },
          instrument: { kind: 'descriptive', name: 'S' },
          items: [
            {
              id: 's.a',
              kind: 'scale',
              text: { en: 'A' },
              options: [
                { value: 0, text: { en: '0' } },
                { value: 1, text: { en: '1' } },
              ],
            },
            {
              id: 's.b',
              kind: 'scale',
              text: { en: 'B' },
              when: { score: 'first', gte: 1 },
              options: [
                { value: 0, text: { en: '0' } },
                { value: 1, text: { en: '1' } },
              ],
            },
          ],
        },
      ],
      scores: [
        { id: 'second', title: { en: 'Second' }, section: 's', items: ['s.b'], bands: [], cutoffs: [] },
        { id: 'first', title: { en: 'First' }, section: 's', items: ['s.a'], bands: [], cutoffs: [] },
      ],
    };
    const names = toFhirQuestionnaire(parseQuestionnaire(def))
      .resource.extension?.filter((e) => e.valueExpression)
      .map((e) => e.valueExpression?.name);
    expect(names).toEqual(['scoreFirst', 'scoreSecond']);
  });

  it('carries translations on texts and option displays, and help as a help display item', () => {
    expect(byId('about.sex')._text?.extension?.[0]?.extension?.[1]).toEqual({ url: 'content', valueString: 'Sexo al nacer' });
    expect(byId('about.sex').answerOption?.[0]?.valueCoding?._display?.extension?.[0]?.extension?.[1]).toEqual({ url: 'content', valueString: 'Femenino' });
    const help = byId('about.age').item?.[0];
    expect(help).toMatchObject({ linkId: 'about.age:help', type: 'display', text: 'In whole years.' });
    expect(byId('about:description')).toMatchObject({ type: 'display', text: 'A few questions first.' });
  });

  it('labels the resource as substance-use and behavioural-health information by default', () => {
    expect(resource.meta?.security?.map((c) => c.code)).toEqual(['42CFRPart2', 'ETH', 'BH', 'PSY']);
    expect(resource.meta?.security?.every((c) => c.system === 'http://terminology.hl7.org/CodeSystem/v3-ActCode')).toBe(true);
    expect(toFhirQuestionnaire(sample, { security: { part2: false } }).resource.meta?.security?.map((c) => c.code)).toEqual(['ETH', 'BH', 'PSY']);
    expect(toFhirQuestionnaire(sample, { security: false }).resource.meta).toBeUndefined();
    expect(SECURITY_LABELS.substanceUse.code).toBe('ETH');
  });

  describe('unsupported policy', () => {
    it('warns (by default) about what R4 cannot carry, naming the item', () => {
      expect(issues.map((i) => [i.path.join('.'), i.itemId ?? null])).toEqual([
        ['sections.0.items.2.preferNotToAnswer', 'about.age'],
        ['sections.0.items.4.preferNotToAnswer', 'about.start'],
        ['sections.0.items.7.preferNotToAnswer', 'about.notes'],
        ['rules', null],
      ]);
      expect(ext(byId('about.age'), FHIR_EXTENSIONS.preferNotToAnswer)).toEqual({ url: FHIR_EXTENSIONS.preferNotToAnswer, valueBoolean: true });
    });

    it('returns no issue under "omit" and the same resource', () => {
      const omitted = toFhirQuestionnaire(sample, { unsupported: 'omit' });
      expect(omitted.issues).toEqual([]);
      expect(omitted.resource).toEqual(resource);
    });

    it('throws one QuestionnaireError with every issue under "throw"', () => {
      let caught: unknown;
      try {
        toFhirQuestionnaire(sample, { unsupported: 'throw' });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(QuestionnaireError);
      expect((caught as QuestionnaireError).issues).toEqual(issues);
    });

    it('reports extra option codes and display codes', () => {
      const def = structuredClone(sampleDefinition) as unknown as { sections: { items: Record<string, unknown>[] }[] };
      const sex = def.sections[0]?.items[1] as { options: Record<string, unknown>[] };
      (sex.options[0] as Record<string, unknown>).codes = [
        { system: 'http://snomed.info/sct', code: '248152002' },
        { system: 'http://loinc.org', code: 'LA3-6' },
      ];
      (def.sections[0]?.items[0] as Record<string, unknown>).codes = [{ system: 'http://loinc.org', code: '1-8' }];
      const r = toFhirQuestionnaire(parseQuestionnaire(def));
      expect(r.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['sections.0.items.1.options.0.codes', 'sections.0.items.0.codes']));
      expect(r4Problems(r.resource)).toEqual([]);
    });
  });

  it('refuses something that is not a questionnaire', () => {
    expect(() => toFhirQuestionnaire({ id: 'x' } as never)).toThrow(QuestionnaireError);
  });
});
