import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { fromFhirQuestionnaireResponse, toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../../src/fhir/index.js';
import { HL7_EXT, SCORE_LINK_PREFIX } from '../../src/fhir/common/constants.js';
import type { FhirAnswerOption, FhirQuestionnaireItem } from '../../src/fhir/common/fhir-types.js';
import { summarize } from '../../src/summary/summarize.js';

// What LHC-Forms 40.1.3 and Smart Forms 1.4.0 did with our exports (issue 20, finding 4): neither enforces
// optionExclusive, so "prefer not to answer" or "none of these" arrives ticked beside real options, and both show
// calculated score items to the person unless they are marked questionnaire-hidden.

function* items(list: readonly FhirQuestionnaireItem[] | undefined): Generator<FhirQuestionnaireItem> {
  for (const item of list ?? []) {
    yield item;
    yield* items(item.item);
  }
}
const extensionOf = (node: { extension?: readonly { url: string; valueBoolean?: boolean }[] }, url: string) => node.extension?.find((e) => e.url === url);
const declineOf = (options: readonly FhirAnswerOption[] | undefined) => options?.find((o) => o.valueCoding?.code === 'asked-declined');

describe.each([
  ['briefScreen', briefScreen],
  ['substanceUseIntake', substanceUseIntake],
] as const)('LHC-Forms and Smart Forms fixes: %s', (_name, q) => {
  const { resource: questionnaire } = toFhirQuestionnaire(q);
  const all = [...items(questionnaire.item)];

  it('marks "prefer not to answer" exclusive on every multi-choice item that offers it', () => {
    const multi = all.filter((i) => i.repeats === true && declineOf(i.answerOption) !== undefined);
    expect(multi.length).toBeGreaterThan(1);
    for (const item of multi)
      expect(extensionOf(declineOf(item.answerOption) as FhirAnswerOption, HL7_EXT.optionExclusive), item.linkId).toEqual({
        url: HL7_EXT.optionExclusive,
        valueBoolean: true,
      });
  });

  it('hides every score item from the person and still computes it', () => {
    const scores = all.filter((i) => i.linkId.startsWith(SCORE_LINK_PREFIX));
    expect(scores).toHaveLength(q.scores?.length ?? 0);
    for (const item of scores) {
      expect(extensionOf(item, HL7_EXT.hidden), item.linkId).toEqual({ url: HL7_EXT.hidden, valueBoolean: true });
      expect(extensionOf(item, HL7_EXT.calculatedExpression), item.linkId).toBeDefined();
    }
  });
});

describe('a multi-choice answer that ticks an option meant to stand alone beside others (as LHC-Forms lets a person do)', () => {
  const { resource: questionnaire } = toFhirQuestionnaire(briefScreen);
  const concerns = [...items(questionnaire.item)].find((i) => i.linkId === 'cooccurring.concerns') as FhirQuestionnaireItem;
  const coding = (value: string) =>
    concerns.answerOption?.find((o) => o.valueCoding?.code?.endsWith(value) === true || o.valueCoding?.code === value)?.valueCoding;
  /** The response LHC-Forms sent: the answers given, then the extra codings ticked beside them. */
  function response(values: readonly string[], extra: readonly string[]) {
    const qr = JSON.parse(JSON.stringify(toFhirQuestionnaireResponse(briefScreen, { 'cooccurring.concerns': [...values] })));
    const node = [...items(qr.item)].find((i) => i.linkId === 'cooccurring.concerns') as unknown as { answer: unknown[] };
    for (const value of extra) node.answer.push({ valueCoding: coding(value) });
    return qr;
  }

  it('keeps the real options and reports the conflict, never the values', () => {
    const r = fromFhirQuestionnaireResponse(briefScreen, response(['voices', 'self-harm-now'], ['asked-declined', 'none']));
    expect(r.answers['cooccurring.concerns']).toEqual(['voices', 'self-harm-now']);
    expect(r.issues.map((i) => [i.code, i.itemId, i.code === 'out-of-range' ? i.problem : undefined])).toEqual([
      ['out-of-range', 'cooccurring.concerns', 'exclusive'],
    ]);
    expect(JSON.stringify(r.issues)).not.toMatch(/voices|self-harm|asked-declined|"none"/);
    // The disclosure reaches the care team: the summary lists both options.
    expect((summarize(briefScreen, r.answers).answers ?? []).flatMap((s) => s.answers).find((a) => a.itemId === 'cooccurring.concerns')?.answer).toEqual([
      'voices',
      'self-harm-now',
    ]);
  });

  it('reads "prefer not to answer" ticked alone as a decline, and an exclusive option alone as itself, with no issue', () => {
    expect(fromFhirQuestionnaireResponse(briefScreen, response([], ['asked-declined']))).toMatchObject({
      answers: { 'cooccurring.concerns': 'prefer-not-to-answer' },
      issues: [],
    });
    expect(fromFhirQuestionnaireResponse(briefScreen, response(['none'], []))).toMatchObject({ answers: { 'cooccurring.concerns': ['none'] }, issues: [] });
  });
});
