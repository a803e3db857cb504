import { answersOf } from '../../src/flow/answers-of.js';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { briefScreen, pcPtsd5, substanceUseIntake, taps } from '../../questionnaires/index.js';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { fromFhirQuestionnaireResponse } from '../../src/fhir/import/from-fhir-questionnaire-response.js';
import { toFhirQuestionnaireResponse } from '../../src/fhir/export/to-fhir-questionnaire-response.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { resumeIntakeSnapshot } from '../../src/flow/intake-transition.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary, RUNS } from '../support/answer-arbitraries.js';

/**
 * Issue 16's acceptance property: for random answer sets with random extra
 * answers to hidden questions, every extra answer is reported (by
 * `summarize`, `fromFhirQuestionnaireResponse` and snapshot restore alike),
 * and none changes a score, a finding or a referral.
 */

/** Whether an answer has a FHIR form: an empty selection and a blank text are written as unanswered. */
const writable = (v: unknown) => !(Array.isArray(v) && v.length === 0) && !(typeof v === 'string' && v.trim() === '');

const sorted = (ids: Iterable<string | undefined>) => [...ids].filter((id): id is string => id !== undefined).sort();

/** The same questionnaire with every item and section shown, to write answers the real one hides into a QuestionnaireResponse. */
function everythingShown(q: QuestionnaireInput): QuestionnaireInput {
  const copy = structuredClone(q) as unknown as { sections: { when?: unknown; items: { when?: unknown }[] }[] };
  for (const s of copy.sections) {
    delete s.when;
    for (const item of s.items) delete item.when;
  }
  return parseQuestionnaire(copy);
}

describe('extra answers to hidden questions (issue 16, fast-check)', () => {
  it.each([
    ['briefScreen', briefScreen],
    ['pcPtsd5', pcPtsd5],
    ['taps', taps],
    ['substanceUseIntake', substanceUseIntake],
  ] as const)('%s: each is reported by item id and none changes a score', (_, q) => {
    const machine = createIntakeMachine(q);
    const unbranched = everythingShown(q);
    const fresh = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(createActor(machine).getSnapshot()))) as { context: object };
    let withHidden = 0;
    fc.assert(
      fc.property(answersArbitrary(q), (answers) => {
        const { hidden, answers: asked } = resolveAnswers(q, answers);
        if (hidden.length > 0) withHidden++;

        // summarize: one item-hidden issue per extra answer, listed as not asked, and the same scores.
        const all = summarize(q, answers);
        const plain = summarize(q, asked);
        expect(sorted((all.issues ?? []).filter((i) => i.code === 'item-hidden').map((i) => i.itemId))).toEqual(sorted(hidden));
        const notAsked = all.answers?.flatMap((s) => s.answers.filter((a) => a.notAsked === true).map((a) => a.itemId)) ?? [];
        expect(sorted(notAsked)).toEqual(sorted(hidden));
        expect(all.instruments).toEqual(plain.instruments);
        expect(all.findings).toEqual(plain.findings);
        expect(all.referrals).toEqual(plain.referrals);

        // A QuestionnaireResponse holding them: each imported (for the triggers) and reported.
        // (An empty multiple choice or a blank text has no FHIR answer: it comes back unanswered, which may show or hide others.)
        const imported = fromFhirQuestionnaireResponse(q, toFhirQuestionnaireResponse(unbranched, answers));
        const reported = sorted(imported.issues.filter((i) => i.code === 'item-hidden').map((i) => i.itemId));
        expect(reported).toEqual(sorted(resolveAnswers(q, imported.answers).hidden));
        if (Object.values(answers).every(writable)) expect(reported).toEqual(sorted(hidden));
        expect(summarize(q, imported.answers).instruments).toEqual(summarize(q, resolveAnswers(q, imported.answers).answers).instruments);

        // A stored snapshot holding them: each dropped and reported on resume.
        const restored = resumeIntakeSnapshot(machine, { ...fresh, context: { ...fresh.context, answers } });
        expect(sorted(restored.context.issues.filter((i) => i.code === 'answer-dropped').map((i) => i.itemId))).toEqual(sorted(hidden));
        expect(answersOf(restored.context)).toEqual(asked);
      }),
      { seed: 16, numRuns: RUNS },
    );
    expect(withHidden).toBeGreaterThan(RUNS / 4);
  });
});
