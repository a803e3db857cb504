import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { Evaluation } from '../../src/engine/evaluation.js';
import type { QuestionnaireIndex } from '../../src/engine/questionnaire-index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { openGates } from '../../src/engine/gates.js';
import type { AnswerValue, QuestionnaireInput } from '../../src/definition/types.js';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { valueFor } from '../support/value-for.js';
import { cutoffGate } from '../support/cutoff-gate.js';

/** Everything an evaluation answers, for comparison. */
function observe(index: QuestionnaireIndex, ev: Evaluation) {
  return {
    items: index.order.map((e) => ev.visible(e.item.id)),
    sections: index.sections.map((s) => ev.sectionVisible(s.index)),
    scores: [...index.scores.keys()].map((id) => ev.score(id)),
  };
}

/** Answers by item position, as the flow hands them to `after`. */
const byPosition = (index: QuestionnaireIndex, answers: Readonly<Record<string, AnswerValue>>) =>
  index.order.map((e) => (Object.hasOwn(answers, e.item.id) ? answers[e.item.id] : undefined));

function agreesWithFresh(q: QuestionnaireInput, steps: readonly (readonly [number, number])[]): void {
  const index = indexOf(q);
  const answerable = index.order.filter((e) => e.item.kind !== 'display');
  let answers: Record<string, AnswerValue> = {};
  let ev = new Evaluation(index, answers);
  // Ask for a few things first, so there is remembered visibility to keep or forget.
  observe(index, ev);
  for (const [pick, n] of steps) {
    const entry = answerable[pick % answerable.length];
    if (entry === undefined) continue;
    const value = valueFor(entry.item, n);
    const next = { ...answers };
    if (value === null) delete next[entry.item.id];
    else next[entry.item.id] = value;
    const derived = ev.after(byPosition(index, next), [entry.item.id]);
    expect(observe(index, derived)).toStrictEqual(observe(index, new Evaluation(index, next)));
    answers = next;
    ev = derived;
  }
}

describe('Evaluation.after (incremental visibility after one answer changes)', () => {
  const steps = fc.array(fc.tuple(fc.nat(500), fc.nat(1000)), { minLength: 1, maxLength: 60 });

  it('agrees with a fresh evaluation after every change, on the full intake', () => {
    fc.assert(
      fc.property(steps, (s) => agreesWithFresh(substanceUseIntake, s)),
      { numRuns: 60 },
    );
  });

  it('agrees with a fresh evaluation after every change, on the brief screen', () => {
    fc.assert(
      fc.property(steps, (s) => agreesWithFresh(briefScreen, s)),
      { numRuns: 60 },
    );
  });

  it('forgets an item shown by `positive` when the answer a cut-off reads changes', () => {
    const index = indexOf(cutoffGate);
    const female = { sex: 'female', q1: 2, q2: 1 };
    const before = new Evaluation(index, female);
    expect(before.visible('follow')).toBe(true);
    const male = { ...female, sex: 'male' };
    expect(before.after(byPosition(index, male), ['sex']).visible('follow')).toBe(false);
    expect(index.invalidates.get('sex')?.map((e) => e.item.id)).toStrictEqual(['follow']);
  });
});

describe('Evaluation.gates (why a hidden item is hidden, remembered per section when the item has no condition)', () => {
  // The evaluation remembers one gate list per hidden section for the items without a condition of their own;
  // asked in any order, every item must get what computing its gates afresh gives.
  function gatesAgree(q: QuestionnaireInput, picks: readonly (readonly [number, number])[], order: number): void {
    const index = indexOf(q);
    const answerable = index.order.filter((e) => e.item.kind !== 'display');
    const answers: Record<string, AnswerValue> = {};
    for (const [pick, n] of picks) {
      const entry = answerable[pick % answerable.length];
      const value = entry === undefined ? null : valueFor(entry.item, n);
      if (entry !== undefined && value !== null) answers[entry.item.id] = value;
    }
    const ev = new Evaluation(index, answers);
    const entries = index.order.slice(order % index.order.length).concat(index.order.slice(0, order % index.order.length));
    for (const entry of entries) {
      const ids = (g: readonly { item: { id: string } }[]) => g.map((e) => e.item.id);
      expect(ids(ev.gates(entry)), entry.item.id).toStrictEqual(ids(openGates(new Evaluation(index, answers), entry)));
    }
  }
  const picks = fc.array(fc.tuple(fc.nat(500), fc.nat(1000)), { maxLength: 40 });

  it('gives every item of the full intake its own gates, in any order of asking', () => {
    fc.assert(
      fc.property(picks, fc.nat(), (p, order) => gatesAgree(substanceUseIntake, p, order)),
      { numRuns: 40 },
    );
  });

  it('gives every item of the brief screen its own gates, in any order of asking', () => {
    fc.assert(
      fc.property(picks, fc.nat(), (p, order) => gatesAgree(briefScreen, p, order)),
      { numRuns: 40 },
    );
  });

  it('gives the items a hidden section hides one gate list, and an item with its own condition what its conditions give', () => {
    const index = indexOf(substanceUseIntake);
    // AUDIT-C is asked when alcohol is among the substances used; heroin alone hides the section.
    const ev = new Evaluation(index, { 'substance.used': ['heroin'] });
    const auditc = index.sections.find((s) => s.section.id === 'auditc');
    expect(auditc !== undefined && !ev.sectionVisible(auditc.index)).toBe(true);
    const ids = (g: readonly { item: { id: string } }[]) => g.map((e) => e.item.id);
    const plain = auditc?.items.filter((e) => e.when === undefined) ?? [];
    const conditioned = auditc?.items.filter((e) => e.when !== undefined) ?? [];
    expect(plain.length).toBeGreaterThan(1);
    expect(conditioned.length).toBeGreaterThan(0);
    // Every plain item is hidden by the section alone, so all get the section's gates; a conditioned item gets its own.
    const [first, ...rest] = plain.map((e) => ids(ev.gates(e)));
    expect(first?.length).toBeGreaterThan(0);
    for (const r of rest) expect(r).toStrictEqual(first);
    const fresh = (e: (typeof conditioned)[number]) => ids(openGates(new Evaluation(index, { 'substance.used': ['heroin'] }), e));
    for (const e of conditioned) expect(ids(ev.gates(e))).toStrictEqual(fresh(e));
  });
});

describe('resolveAnswers', () => {
  it('hands back answers that a change to the input cannot reach', () => {
    const input = { 'substance.used': ['heroin'] };
    const { answers, evaluation } = resolveAnswers(substanceUseIntake, input);
    input['substance.used'].push('alcohol');
    expect(answers['substance.used']).toStrictEqual(['heroin']);
    expect(evaluation.answers).toBe(answers);
  });
});
