import { readFileSync } from 'node:fs';
import { createActor, type InspectionEvent } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/definition/types.js';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { GUIDE_FILE, transitionsOf, withFreshDiagram } from '../docs/flow-diagram.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { ACK, answer, BACK, NEXT, SUBMIT, throughMood } from './helpers.js';

/** A questionnaire of `n` sections, every other one shown only after a "yes" in the one before. */
function sections(n: number) {
  return parseQuestionnaire({
    id: `sections-${n}`,
    version: '1.0.0',
    title: { en: `${n} sections` },
    sections: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      title: { en: `Section ${i}` },
      instrument: { kind: 'descriptive', name: `S${i}` },
      ...(i % 2 === 1 ? { when: { item: `s${i - 1}.q`, eq: true } } : {}),
      items: [{ id: `s${i}.q`, kind: 'boolean', required: true, text: { en: `Question ${i}?` } }],
    })),
  });
}

// Counted when the file is collected, so the test's name prints them.
const counts = [6, 14].map((n) => [n, transitionsOf(createIntakeMachine(sections(n))).length] as const);
const bundled = [briefScreen, substanceUseIntake].map((q) => [q.id, q.sections.length, transitionsOf(createIntakeMachine(q)).length] as const);
const printed = `${counts.map(([n, c]) => `${n} sections: ${c}`).join(', ')}; ${bundled.map(([id, n, c]) => `${id} (${n} sections): ${c}`).join(', ')}`;

describe('the flow as a statechart', () => {
  it(`has as many transitions for 6 sections as for 14 (${printed})`, () => {
    expect(counts[0]?.[1]).toBe(counts[1]?.[1]);
    for (const [, , c] of bundled) expect(c).toBe(counts[0]?.[1]);
    // The 14-section intake had 571 guarded transitions before (one per pair of places).
    expect(counts[1]?.[1]).toBeLessThan(50);
  });

  it('has the four states and a start, and names every guard and action for its rule', () => {
    const machine = createIntakeMachine(substanceUseIntake);
    expect(Object.keys(machine.root.states)).toEqual(['start', 'answering', 'safety', 'review', 'completed']);
    const all = transitionsOf(machine);
    const guards = new Set(all.map((t) => t.guard).filter(Boolean));
    expect([...guards].sort()).toEqual(
      [
        'answerRaisesInterrupt',
        'continuesAtReview',
        'flagPendingOnLeave',
        'hasPendingSafety',
        'isAtReview',
        'isFirstVisibleSection',
        'isLastVisibleSection',
        'isSubmitted',
        'sectionHasMissingRequired',
      ].sort(),
    );
    const actions = new Set(all.flatMap((t) => t.actions));
    expect([...actions].sort()).toEqual(
      ['acknowledge', 'advance', 'goBack', 'raiseFlags', 'recordAnswer', 'refuseBack', 'reject', 'reportMissing', 'submit'].sort(),
    );
    // Every transition that can leave a state for another says why, except the fall-through that ends a list.
    const answering = all.filter((t) => t.from === 'answering' && t.event === 'NEXT');
    expect(answering.map((t) => [t.guard, t.target, t.actions])).toEqual([
      ['sectionHasMissingRequired', undefined, ['reportMissing']],
      ['flagPendingOnLeave', 'safety', ['raiseFlags']],
      ['isLastVisibleSection', 'review', ['advance']],
      [undefined, undefined, ['advance']],
    ]);
  });

  it('takes every event in one microstep', () => {
    const microsteps: string[] = [];
    const actor = createActor(createIntakeMachine<Questionnaire>(flowFixture), {
      inspect: (e: InspectionEvent) => {
        if (e.type === '@xstate.microstep') microsteps.push(e.event.type);
      },
    }).start();
    microsteps.length = 0;
    const events: IntakeEvent[] = [
      answer('use.age', 'x'),
      BACK,
      ...throughMood,
      BACK,
      NEXT,
      answer('mood.q9', 2),
      ACK,
      NEXT,
      answer('acute.now', 'no'),
      ACK,
      NEXT,
      SUBMIT,
    ];
    for (const e of events) {
      const before = microsteps.length;
      actor.send(e);
      expect(microsteps.length - before, e.type).toBe(1);
    }
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('is drawn in the running-the-flow guide from its own configuration (regenerate: npx jiti tests/docs/write-flow-diagram.ts)', () => {
    const page = readFileSync(GUIDE_FILE, 'utf8');
    expect(page).toBe(withFreshDiagram(page, createIntakeMachine(briefScreen)));
    expect(page).toContain('answering --> safety: ANSWER [answerRaisesInterrupt] / recordAnswer');
  });
});
