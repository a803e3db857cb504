import { answersOf } from '../../src/flow/answers-of.js';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { describeIntake } from '../../src/flow/intake-view.js';
import { summarize } from '../../src/summary/summarize.js';
import { cutoffGate } from '../support/cutoff-gate.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { ACK, answer, BACK, machine, NEXT, run, SUBMIT, throughMood } from './helpers.js';
import type { Questionnaire } from '../../src/definition/types.js';

/** The view of a snapshot as a host would see it after storing it as JSON (nothing cached for that object). */
const viewFromJson = (snapshot: { context: unknown; status: string }) =>
  describeIntake(flowFixture, JSON.parse(JSON.stringify({ context: snapshot.context, status: snapshot.status })));

describe('work kept per questionnaire and per flow state', () => {
  it('builds the machine once per questionnaire', () => {
    expect(createIntakeMachine(flowFixture)).toBe(machine);
    expect(createIntakeMachine(cutoffGate)).not.toBe(machine);
  });

  it('freezes the answers it stores, so what the flow remembers about them stays true', () => {
    const { context } = run(answer('use.substances', ['heroin'])).getSnapshot();
    expect(Object.isFrozen(context.answerEntries)).toBe(true);
    expect(context.answerEntries.every((entry) => Object.isFrozen(entry))).toBe(true);
    expect(() => {
      (context.answerEntries as unknown as unknown[]).push(['use.age', 30]);
    }).toThrow(TypeError);
    expect(() => {
      (context.answerEntries[0] as unknown as unknown[])[1] = ['alcohol'];
    }).toThrow(TypeError);
  });

  it('describes every step exactly as a fresh reading of the same snapshot does', () => {
    const events: IntakeEvent[] = [
      answer('use.substances', ['heroin']),
      answer('use.route', 'injection'),
      answer('use.naloxone', false),
      answer('use.route', 'smoking'),
      answer('use.route', null),
      answer('use.route', 'smoking'),
      NEXT,
      answer('mood.q1', 1),
      BACK,
      NEXT,
      answer('mood.q2', 0),
      answer('mood.q9', 2),
      ACK,
      answer('mood.q9', 0),
      NEXT,
    ];
    const actor = run();
    for (const e of events) {
      actor.send(e);
      const snapshot = actor.getSnapshot();
      expect(describeIntake(flowFixture, snapshot)).toStrictEqual(viewFromJson(snapshot));
    }
  });

  it('outputs the same summary as summarize on the final answers', () => {
    const actor = run(...throughMood);
    for (let i = 0; i < 6 && actor.getSnapshot().status !== 'done'; i++) {
      actor.send(
        actor.getSnapshot().context.safety.pending.length > 0 ? ACK : actor.getSnapshot().context.cursor < flowFixture.sections.length ? NEXT : SUBMIT,
      );
    }
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toStrictEqual(summarize(flowFixture, JSON.parse(JSON.stringify(answersOf(snapshot.context)))));
  });

  it('hides and drops an item shown by a positive score when the answer its cut-off reads changes', () => {
    const actor = createActor(createIntakeMachine<Questionnaire>(cutoffGate)).start();
    for (const e of [answer('sex', 'female'), answer('q1', 2), answer('q2', 1), answer('follow', true)]) actor.send(e);
    expect(describeIntake(cutoffGate, actor.getSnapshot()).items.map((i) => i.id)).toContain('follow');
    actor.send(answer('sex', 'male'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.dropped).toStrictEqual(['follow']);
    expect(answersOf(snapshot.context)).toStrictEqual({ sex: 'male', q1: 2, q2: 1 });
    expect(describeIntake(cutoffGate, snapshot).items.map((i) => i.id)).toStrictEqual(['sex', 'q1', 'q2']);
  });

  it('stays right when many flows take turns (more than it keeps close at hand)', () => {
    const script: IntakeEvent[] = [...throughMood, answer('mood.q9', 0)];
    const actors = Array.from({ length: 45 }, () => run());
    // Round-robin: each flow's last answers are pushed out of the recent set by the others before its next event.
    for (const e of script) {
      for (const actor of actors) {
        actor.send(e);
        const snapshot = actor.getSnapshot();
        expect(describeIntake(flowFixture, snapshot)).toStrictEqual(viewFromJson(snapshot));
      }
    }
    const first = actors[0]?.getSnapshot();
    for (const actor of actors) {
      expect(answersOf(actor.getSnapshot().context)).toStrictEqual(answersOf((first as NonNullable<typeof first>).context));
      expect(describeIntake(flowFixture, actor.getSnapshot())).toStrictEqual(describeIntake(flowFixture, first as NonNullable<typeof first>));
    }
  });
});
