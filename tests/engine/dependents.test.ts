import { answersOf } from '../../src/flow/answers-of.js';
import { describe, expect, it } from 'vitest';
import { chainDefinition } from '../../bench/shapes/attack-shapes.js';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { initialIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { cutoffGate } from '../support/cutoff-gate.js';

/** Item references the index holds once every item's dependents have been asked for. */
function storedAfterAsking(n: number): number {
  const index = indexOf(parseQuestionnaire(chainDefinition(n)));
  for (const entry of index.order) {
    index.dependents.get(entry.item.id);
    index.invalidates.get(entry.item.id);
  }
  return index.dependents.stored + index.invalidates.stored;
}

describe('the index of a chain of items, each shown when the one before it is answered', () => {
  it('finds every later item as a dependent of the first, in document order', () => {
    const index = indexOf(parseQuestionnaire(chainDefinition(300)));
    expect(index.dependents.get('c0')?.map((e) => e.position)).toStrictEqual(Array.from({ length: 299 }, (_, k) => k + 1));
    expect(index.invalidates.get('c298')?.map((e) => e.item.id)).toStrictEqual(['c299']);
    expect(index.dependents.get('c299')).toBeUndefined();
    expect(index.dependents.has('c0')).toBe(true);
    expect([...index.dependents.keys()]).toHaveLength(299);
  });

  it('stores a number of dependents linear in the number of items (it stored n²/2 per graph)', () => {
    const sizes = [500, 1000, 2000];
    const counts = sizes.map(storedAfterAsking);
    // Edges (one per item) plus remembered walks, capped at a few times the graph's size.
    for (const [k, n] of sizes.entries()) expect(counts[k]).toBeLessThanOrEqual(20 * n);
    expect((counts[2] as number) / (counts[1] as number)).toBeLessThan(2.2);
    expect((counts[1] as number) / (counts[0] as number)).toBeLessThan(2.2);
  });

  it('drops every later answer from the flow when the first is cleared', () => {
    const q = parseQuestionnaire(chainDefinition(2000));
    const machine = createIntakeMachine(q);
    let snapshot = initialIntakeSnapshot(machine);
    for (let k = 0; k < 50; k++) snapshot = stepIntake(machine, snapshot, { type: 'ANSWER', itemId: `c${k}`, value: true });
    expect(Object.keys(answersOf(snapshot.context))).toHaveLength(50);
    snapshot = stepIntake(machine, snapshot, { type: 'ANSWER', itemId: 'c0', value: null });
    expect(answersOf(snapshot.context)).toStrictEqual({});
    expect(snapshot.context.dropped).toHaveLength(49);
  });

  it('walks through a score to the items its cut-offs decide', () => {
    const index = indexOf(cutoffGate);
    expect(index.invalidates.get('sex')?.map((e) => e.item.id)).toStrictEqual(['follow']);
    expect(index.dependents.get('sex')).toBeUndefined();
    expect(index.dependents.get('q1')?.map((e) => e.item.id)).toStrictEqual(['follow']);
  });
});

describe('scores that read themselves', () => {
  const scale = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind: 'scale',
    text: { en: id },
    options: [0, 1].map((value) => ({ value, text: { en: String(value) } })),
    ...extra,
  });
  const band = [{ min: 0, max: 1, label: { en: 'Any' } }];
  const definition = (items: unknown[], scores: unknown[]) => ({
    id: 'cycle',
    version: '1.0.0',
    title: { en: 'Cycle' },
    sections: [{ id: 'a', title: { en: 'A' }, instrument: { kind: 'descriptive', name: 'A' }, items }],
    scores,
  });
  const codes = (def: unknown) => {
    try {
      parseQuestionnaire(def);
      return [];
    } catch (error) {
      if (!(error instanceof QuestionnaireError)) throw error;
      return error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    }
  };

  it('refuses a cut-off condition on its own score (it overflowed the stack when scored)', () => {
    const def = definition(
      [scale('a.q')],
      [{ id: 's', title: { en: 's' }, section: 'a', items: ['a.q'], bands: band, cutoffs: [{ gte: 1, when: { positive: 's' } }] }],
    );
    expect(codes(def)).toStrictEqual(['cycle scores.0.cutoffs']);
  });

  it('refuses a cycle through another score and an item shown by the first', () => {
    const def = definition(
      [scale('a.q'), scale('a.r', { when: { positive: 's' } })],
      [
        { id: 's', title: { en: 's' }, section: 'a', items: ['a.q'], bands: band, cutoffs: [{ gte: 1, when: { score: 't', gte: 1 } }] },
        { id: 't', title: { en: 't' }, section: 'a', items: ['a.r'], bands: band, cutoffs: [{ gte: 1 }] },
      ],
    );
    expect(codes(def)).toStrictEqual(['cycle scores.0.cutoffs']);
  });

  it('accepts a cut-off that reads an earlier score', () => {
    const def = definition(
      [scale('a.q'), scale('a.r')],
      [
        { id: 's', title: { en: 's' }, section: 'a', items: ['a.q'], bands: band, cutoffs: [{ gte: 1 }] },
        { id: 't', title: { en: 't' }, section: 'a', items: ['a.r'], bands: band, cutoffs: [{ gte: 1, when: { positive: 's' } }] },
      ],
    );
    expect(codes(def)).toStrictEqual([]);
  });
});
