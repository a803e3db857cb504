import { describe, expect, it } from 'vitest';
import { CLINICIAN_RATED, raterOf } from '../../src/definition/instrument.js';
import { PREFER_NOT_TO_ANSWER } from '../../src/definition/item.js';
import type { LocalizedText } from '../../src/definition/text.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { BUILT_IN_TEXT } from '../../src/fhir/common/codings.js';
import { DESCRIPTION_LINK_SUFFIX, HELP_LINK_SUFFIX, HL7_EXT, SCORE_LINK_PREFIX } from '../../src/fhir/common/constants.js';
import type { FhirQuestionnaireItem } from '../../src/fhir/common/fhir-types.js';
import { fromFhirQuestionnaire, toFhirQuestionnaire } from '../../src/fhir/index.js';
import { LABELS } from '../../src/json-schema/labels.js';
import { formKey, toJsonSchema, toRjsfUiSchema, toUiSchema } from '../../src/json-schema/index.js';
import type { JsonSchema } from '../../src/json-schema/json-schema.js';
import { r4Problems } from '../fhir/r4-validator.js';
import { compile } from '../json-schema/helpers.js';
import { BUNDLED } from './helpers.js';

type Item = Questionnaire['sections'][number]['items'][number];
const itemsOf = (q: Questionnaire): Item[] => q.sections.flatMap((s) => [...s.items]);
const es = (t: LocalizedText): string => t['es'] ?? `(no Spanish for "${t.en}")`;

/** Every `{ const, title }` in a property schema: the labelled answers it offers. */
function titledConstants(schema: unknown): [unknown, string][] {
  if (Array.isArray(schema)) return schema.flatMap(titledConstants);
  if (schema === null || typeof schema !== 'object') return [];
  const s = schema as Record<string, unknown>;
  const own: [unknown, string][] = 'const' in s && typeof s['title'] === 'string' ? [[s['const'], s['title']]] : [];
  return [...own, ...Object.entries(s).flatMap(([k, v]) => (k === 'not' ? [] : titledConstants(v)))];
}

/**
 * The labelled answers an item's Spanish schema must offer in the `jsonforms` profile, where labels live (the
 * default `validation` profile and `rjsf` carry plain `enum`s, which no renderer takes as an answer), with their
 * Spanish titles. A renderer's number, text or date field cannot offer "prefer not to answer" (reported).
 */
function expectedAnswerTitles(item: Item): [unknown, string][] {
  const decline: [unknown, string][] = 'preferNotToAnswer' in item && item.preferNotToAnswer ? [[PREFER_NOT_TO_ANSWER, es(LABELS.preferNotToAnswer)]] : [];
  switch (item.kind) {
    case 'single':
    case 'multi':
    case 'scale':
      return [...item.options.map((o): [unknown, string] => [o.value, es(o.text)]), ...decline];
    case 'boolean':
      return [[true, es(LABELS.yes)], [false, es(LABELS.no)], ...decline];
    default:
      return [];
  }
}

describe.each(BUNDLED)('%s exported in Spanish', (_id, q) => {
  it.each(['validation', 'jsonforms'] as const)(
    'toJsonSchema (%s) titles the form and every item in Spanish, labels every option in Spanish where labels live, and still compiles',
    (profile) => {
      const { schema } = toJsonSchema(q, { locale: 'es', profile });
      expect(schema.title).toBe(es(q.title));
      if (q.description) expect(schema.description).toBe(es(q.description));
      const problems: string[] = [];
      for (const item of itemsOf(q)) {
        if (item.kind === 'display') continue;
        const property = schema.properties?.[item.id] as JsonSchema | undefined;
        if (property?.title !== es(item.text)) problems.push(`${item.id}: title "${String(property?.title)}"`);
        if (item.help && property?.description !== es(item.help)) problems.push(`${item.id}: description "${String(property?.description)}"`);
        const got = titledConstants(property);
        const want = profile === 'jsonforms' ? expectedAnswerTitles(item) : [];
        if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${item.id}: answers ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      }
      expect(problems).toEqual([]);
      expect(() => compile(schema)).not.toThrow();
    },
  );

  it('toRjsfUiSchema names every option of the rjsf profile in Spanish', () => {
    const ui = toRjsfUiSchema(q, { locale: 'es', keys: 'form' });
    const problems: string[] = [];
    for (const item of itemsOf(q)) {
      const want = expectedAnswerTitles(item).map(([, title]) => title);
      const got = (ui[formKey(item.id)] as { 'ui:enumNames'?: string[] } | undefined)?.['ui:enumNames'] ?? [];
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${item.id}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
    expect(problems).toEqual([]);
  });

  it('toJsonSchema with es-MX is the Spanish schema (base-language fallback)', () => {
    expect(toJsonSchema(q, { locale: 'es-MX' }).schema).toEqual(toJsonSchema(q, { locale: 'es' }).schema);
  });

  it('toUiSchema labels the form, every section, its clinician-rated notice, description and item in Spanish', () => {
    const { uischema } = toUiSchema(q, { locale: 'es', keys: 'form' });
    expect(uischema.label).toBe(es(q.title));
    const problems: string[] = [];
    q.sections.forEach((section, i) => {
      const category = uischema.elements[i];
      if (category?.label !== es(section.title)) problems.push(`${section.id}: label "${String(category?.label)}"`);
      const elements = [...(category?.elements ?? [])];
      const labels = elements.map((e) => (e.type === 'Label' ? e.text : e.label));
      const rated = raterOf(section.instrument) === 'clinician' ? [es(CLINICIAN_RATED)] : [];
      const want = [...rated, ...(section.description ? [es(section.description)] : []), ...section.items.map((item) => es(item.text))];
      if (JSON.stringify(labels) !== JSON.stringify(want)) problems.push(`${section.id}: ${JSON.stringify(labels)}`);
    });
    expect(problems).toEqual([]);
  });

  describe('toFhirQuestionnaire', () => {
    const { resource } = toFhirQuestionnaire(q);
    const texts = new Map<string, LocalizedText>();
    const options = new Map<string, readonly LocalizedText[]>();
    const units = new Map<string, LocalizedText>();
    for (const section of q.sections) {
      texts.set(section.id, section.title);
      if (section.description) texts.set(`${section.id}${DESCRIPTION_LINK_SUFFIX}`, section.description);
      for (const item of section.items) {
        texts.set(item.id, item.text);
        if (item.help) texts.set(`${item.id}${HELP_LINK_SUFFIX}`, item.help);
        const decline = 'preferNotToAnswer' in item && item.preferNotToAnswer ? [BUILT_IN_TEXT.declined] : [];
        if (item.kind === 'single' || item.kind === 'multi' || item.kind === 'scale') options.set(item.id, [...item.options.map((o) => o.text), ...decline]);
        if (item.kind === 'boolean' && decline.length > 0) options.set(item.id, [BUILT_IN_TEXT.yes, BUILT_IN_TEXT.no, ...decline]);
        if (item.kind === 'number' && item.unit) units.set(item.id, item.unit);
      }
    }
    for (const score of q.scores ?? []) texts.set(`${SCORE_LINK_PREFIX}${score.id}`, score.title);

    const translation = (
      element: { extension?: readonly { url: string; extension?: readonly { url: string; valueCode?: string; valueString?: string }[] }[] } | undefined,
    ) => {
      const ext = element?.extension?.find((e) => e.url === HL7_EXT.translation && e.extension?.some((p) => p.url === 'lang' && p.valueCode === 'es'));
      return ext?.extension?.find((p) => p.url === 'content')?.valueString;
    };
    const flat = (list: readonly FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] => (list ?? []).flatMap((i) => [i, ...flat(i.item)]);
    const all = flat(resource.item);

    it('puts the translation extension (lang es) on every item text, option display and unit', () => {
      expect(translation(resource._title)).toBe(es(q.title));
      if (q.description) expect(translation(resource._description)).toBe(es(q.description));
      const problems: string[] = [];
      for (const item of all) {
        const source = texts.get(item.linkId);
        if (source === undefined) problems.push(`${item.linkId}: no source text`);
        else if (item.text !== source.en || translation(item._text) !== es(source))
          problems.push(`${item.linkId}: text "${String(item.text)}" / "${String(translation(item._text))}"`);
        const wanted = options.get(item.linkId) ?? [];
        const answers = item.answerOption ?? [];
        if (answers.length !== wanted.length) problems.push(`${item.linkId}: ${answers.length} options, expected ${wanted.length}`);
        answers.forEach((a, k) => {
          const want = wanted[k];
          if (want && (a.valueCoding?.display !== want.en || translation(a.valueCoding?._display) !== es(want)))
            problems.push(`${item.linkId} option ${k + 1}`);
        });
        const unit = units.get(item.linkId);
        if (unit) {
          const coding = item.extension?.find((e) => e.url === HL7_EXT.unit)?.valueCoding;
          if (coding?.display !== unit.en || translation(coding?._display) !== es(unit)) problems.push(`${item.linkId}: unit`);
        }
      }
      expect(problems).toEqual([]);
      // Every question, section and score is there.
      expect(all.length).toBeGreaterThanOrEqual(texts.size);
    });

    it('still validates with FHIR.js and the R4 invariants', () => {
      expect(r4Problems(resource)).toEqual([]);
    });

    it('imports back with every translation', () => {
      const imported = fromFhirQuestionnaire(JSON.parse(JSON.stringify(resource))).questionnaire;
      expect(imported.locales).toContain('es');
      const back = new Map(itemsOf(imported).map((i) => [i.id, i] as const));
      for (const item of itemsOf(q)) {
        const other = back.get(item.id);
        expect(other?.text, item.id).toEqual(item.text);
        if ('options' in item && other && 'options' in other)
          expect(
            other.options.map((o) => o.text),
            item.id,
          ).toEqual(item.options.map((o) => o.text));
      }
    });
  });
});
