import { describe, expect, it } from 'vitest';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import type { Issue } from '../../src/issues/issue.js';
import { formatIssue } from '../../src/locale/format-issue.js';
import { answerMappingOf, fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { sample } from './sample.js';
import { briefScreen } from '../../questionnaires/index.js';
import { summarize } from '../../src/summary/summarize.js';

const OWN = 'https://intake-screening.dev/fhir/Questionnaire/fhir_sample/CodeSystem/';
const qr = (item: unknown[]) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item });

describe('fromFhirQuestionnaireResponse', () => {
  it('reads back what toFhirQuestionnaireResponse wrote, with the mapping derived from the questionnaire', () => {
    const answers = {
      'about.sex': 'prefer-not-to-answer',
      'about.age': 'prefer-not-to-answer',
      'about.home': true,
      'use.substances': ['fentanyl', 'alcohol'],
      'audit.q1': 4,
      'audit.q2': 0,
    } as const;
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
      qr([
        {
          linkId: 'about',
          item: [{ linkId: 'about.car', answer: [{ valueBoolean: false, item: [{ linkId: 'about.name', answer: [{ valueString: 'Ana' }] }] }] }],
        },
      ]),
    );
    expect(r.answers).toEqual({ 'about.car': false, 'about.name': 'Ana' });
  });

  it('reports unknown linkIds, unknown options and wrong types (naming items, never values), and keeps answers to hidden items with an issue', () => {
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
    expect(r.answers).toEqual({ 'use.naloxone': true });
    // The hand-written response has no meta.security, as from LHC-Forms: that is reported first.
    expect(r.issues.map((i) => [i.code, i.itemId ?? null])).toEqual([
      ['security-labels-missing', null],
      ['unknown-item', null],
      ['unknown-option', 'about.sex'],
      ['wrong-type', 'about.age'],
      ['wrong-type', 'about.car'],
      ['out-of-range', 'about.weight'],
      ['item-hidden', 'use.naloxone'],
    ]);
    expect(r.issues.at(-1)?.path).toEqual(['item', 5]);
    expect(JSON.stringify(r.issues)).not.toMatch(/secret/);
  });

  it('keeps a suicide-risk answer to a question this form would not have asked, so the summary still raises it (issue 16, case 1)', () => {
    // Another system sent only the ASQ acuity question, answered "yes"; this form asks it only after a "yes" to 1-4.
    const acute = { linkId: 'asq.q5', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA33-6', display: 'Yes' } }] };
    const r = fromFhirQuestionnaireResponse(briefScreen, qr([{ linkId: 'asq', item: [acute] }]));
    expect(r.answers).toEqual({ 'asq.q5': 'yes' });
    expect(r.issues.map((i) => [i.code, i.itemId, i.path])).toEqual([
      ['security-labels-missing', undefined, ['meta', 'security']],
      ['item-hidden', 'asq.q5', ['item', 0, 'item', 0]],
    ]);
    const summary = summarize(briefScreen, r.answers);
    expect(summary.urgency.level).toBe('emergency');
    expect(summary.safetyFlags.map((f) => [f.id, f.tier, f.notAsked])).toEqual([['asq.acute', 'interrupt', true]]);
    expect(summary.urgency.reasons[0]?.text).toMatch(/The answer was given to a question the form's logic would not have asked\.$/);
  });

  it('reports a response without the security labels (LHC-Forms drops meta.security), reads it all the same, and exports put the labels back', () => {
    const bare = qr([{ linkId: 'about.car', answer: [{ valueBoolean: true }] }]);
    const r = fromFhirQuestionnaireResponse(sample, bare);
    expect(r.answers).toEqual({ 'about.car': true });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'security-labels-missing', path: ['meta', 'security'], missing: ['42CFRPart2', 'ETH', 'BH', 'PSY'] }),
    ]);
    expect(formatIssue(r.issues[0] as Issue, { locale: 'es' })).toBe(
      'Estas respuestas llegaron sin sus etiquetas de privacidad. Por favor, avise a la clínica.',
    );
    // Only the labels missing are named; the host may expect fewer, or none.
    const partial = { ...bare, meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'ETH' }] } };
    expect(fromFhirQuestionnaireResponse(sample, partial).issues).toEqual([expect.objectContaining({ missing: ['42CFRPart2', 'BH', 'PSY'] })]);
    expect(fromFhirQuestionnaireResponse(sample, partial, { security: { part2: false, behavioralHealth: false } }).issues).toEqual([]);
    expect(fromFhirQuestionnaireResponse(sample, bare, { security: false }).issues).toEqual([]);
    // Exporting what was read puts every label back, and reading that export reports nothing.
    const again = toFhirQuestionnaireResponse(sample, r.answers);
    expect(again.meta?.security?.map((c) => c.code)).toEqual(['42CFRPart2', 'ETH', 'BH', 'PSY']);
    expect(fromFhirQuestionnaireResponse(sample, again).issues).toEqual([]);
  });

  it('refuses what is not a QuestionnaireResponse', () => {
    expect(() => fromFhirQuestionnaireResponse(sample, { resourceType: 'Questionnaire' })).toThrow(QuestionnaireError);
    expect(() => fromFhirQuestionnaireResponse(sample, JSON.parse('{"resourceType":"QuestionnaireResponse","__proto__":{}}'))).toThrow(QuestionnaireError);
  });
});
