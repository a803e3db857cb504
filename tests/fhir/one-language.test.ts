import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import type { Item } from '../../src/definition/item.js';
import type { Section } from '../../src/definition/section.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import {
  type FhirQuestionnaireItem,
  fromFhirQuestionnaire,
  fromFhirQuestionnaireResponse,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
} from '../../src/fhir/index.js';
import { fhirValidatorProblems } from './fhir-validators.js';
import { sampleDefinition } from './sample.js';

// toFhirQuestionnaire's `locale`: one language per resource, for renderers that read no translation extensions
// (Smart Forms 1.4 never ticks a check box whose option coding carries `_display`), and the check boxes every
// multi-choice item asks for.

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const all = (list: readonly FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] => (list ?? []).flatMap((i) => [i, ...all(i.item)]);
const items = (q: Questionnaire) => q.sections.flatMap((s) => (s as Section).items as readonly Item[]);

describe.each([
  ['briefScreen', briefScreen],
  ['substanceUseIntake', substanceUseIntake],
] as [string, Questionnaire][])('toFhirQuestionnaire(%s, { locale })', (_name, q) => {
  it('in Spanish: every question, section and option in the questionnaire’s Spanish, no translation left, language es, valid R4', () => {
    const { resource, issues } = toFhirQuestionnaire(q, { locale: 'es' });
    expect(issues.filter((i) => i.path[0] === 'locale')).toEqual([]);
    expect(resource.language).toBe('es');
    expect(JSON.stringify(resource)).not.toContain(TRANSLATION);
    expect(JSON.stringify(resource)).not.toContain('"_display"');
    const exported = new Map(all(resource.item).map((i) => [i.linkId, i]));
    expect(resource.title).toBe(q.title.es);
    for (const section of q.sections) expect(exported.get(section.id)?.text, section.id).toBe(section.title.es);
    let options = 0;
    for (const item of items(q)) {
      const out = exported.get(item.id);
      expect(out?.text, item.id).toBe(item.text.es);
      if (item.kind !== 'single' && item.kind !== 'multi' && item.kind !== 'scale') continue;
      const displays = (out?.answerOption ?? []).map((o) => o.valueCoding?.display);
      for (const option of item.options) {
        expect(displays, `${item.id} = ${String(option.value)}`).toContain(option.text.es);
        options++;
      }
    }
    expect(options).toBeGreaterThan(20);
    expect(fhirValidatorProblems(resource)).toEqual([]);
  });

  it('in English only: the default export without its translations, the same items, options, conditions and scoring', () => {
    const strip = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(strip)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .filter(([k]) => !k.startsWith('_'))
                .map(([k, v]) => [k, strip(v)]),
            )
          : value;
    const english = toFhirQuestionnaire(q, { locale: 'en' }).resource;
    expect(JSON.stringify(english)).not.toContain(TRANSLATION);
    expect(english).toEqual(strip(toFhirQuestionnaire(q).resource));
  });

  it('choices ask for radio buttons (one answer) or check boxes (several), and importing the export again reports nothing about them', () => {
    const { resource } = toFhirQuestionnaire(q);
    const asked = new Map(items(q).map((i) => [i.id, i]));
    const controls = new Map<string, string | undefined>();
    for (const item of all(resource.item)) {
      const control = item.extension?.find((e) => e.url === ITEM_CONTROL) as { valueCodeableConcept?: { coding?: { code?: string }[] } } | undefined;
      controls.set(item.linkId, control?.valueCodeableConcept?.coding?.[0]?.code);
    }
    let multi = 0;
    for (const item of items(q)) {
      const expected =
        item.kind === 'multi'
          ? 'check-box'
          : item.kind === 'single' || item.kind === 'scale' || (item.kind === 'boolean' && item.preferNotToAnswer)
            ? 'radio-button'
            : undefined;
      if (item.kind === 'multi') multi++;
      expect(controls.get(item.id), item.id).toBe(expected);
    }
    expect(multi).toBeGreaterThan(0);
    for (const [linkId, code] of controls) if (!asked.has(linkId)) expect(code === undefined || code === 'help', linkId).toBe(true);
    const back = fromFhirQuestionnaire(resource);
    expect(back.issues.map((i) => i.message).join('\n')).not.toContain('itemControl');
    expect(back.questionnaire && items(back.questionnaire).map((i) => [i.id, i.kind])).toEqual(items(q).map((i) => [i.id, i.kind]));
  });
});

describe('toFhirQuestionnaire locale', () => {
  it('a response to the Spanish form imports to the same answers: codings, not texts, carry them', () => {
    const es = toFhirQuestionnaire(briefScreen, { locale: 'es' }).resource;
    const en = toFhirQuestionnaire(briefScreen).resource;
    const codes = (r: typeof es) =>
      all(r.item).flatMap((i) => (i.answerOption ?? []).map((o) => `${i.linkId}|${o.valueCoding?.system}|${o.valueCoding?.code}`));
    expect(codes(es)).toEqual(codes(en));
    const answers = { 'withdrawal.screen': ['alcohol', 'opioids'], 'taps.tobacco.frequency': 'weekly' };
    const response = toFhirQuestionnaireResponse(briefScreen, answers, { locale: 'es' });
    expect(fromFhirQuestionnaireResponse(briefScreen, response).answers).toMatchObject(answers);
  });

  it('says so when the questionnaire does not declare a full translation; texts without one stay in English', () => {
    const partial = parseQuestionnaire({ ...sampleDefinition, locales: undefined });
    const { resource, issues } = toFhirQuestionnaire(partial, { locale: 'es' });
    expect(issues.filter((i) => i.path[0] === 'locale').map((i) => i.message)).toEqual([
      'Questionnaire "fhir_sample" does not declare a full translation into "es"; texts without one stay in English.',
    ]);
    expect(resource.title).toBe('Ingreso de muestra FHIR');
    const vietnamese = toFhirQuestionnaire(briefScreen, { locale: 'vi' });
    expect(vietnamese.resource.language).toBe('en');
    expect(vietnamese.resource.title).toBe(briefScreen.title.en);
  });

  it('refuses a tag that is not BCP 47 with a typed issue at ["locale"], writing nothing', () => {
    for (const locale of ['Spanish', '', 'es_MX', '__proto__']) {
      let caught: unknown;
      try {
        toFhirQuestionnaire(briefScreen, { locale });
      } catch (error) {
        caught = error;
      }
      expect(caught, locale).toBeInstanceOf(QuestionnaireError);
      expect((caught as QuestionnaireError).issues.map((i) => [i.code, i.path])).toEqual([['wrong-type', ['locale']]]);
    }
  });
});
