import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { describeIntake } from '../../src/flow/intake-view.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { ACK, answer, NEXT, SUBMIT, run, throughMood } from './helpers.js';

describe('a flag-tier trigger is recorded when its answer is given (issue 16, case 2)', () => {
  const toMood = [answer('use.substances', ['heroin']), answer('use.route', 'smoking'), NEXT, answer('mood.q1', 1), answer('mood.q2', 0)];

  it('without interrupting: the flow stays in the section, the record waits for NEXT', () => {
    const actor = run(...toMood, answer('mood.q9', 2));
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('answering');
    expect(describeIntake(flowFixture, actor.getSnapshot()).section?.id).toBe('mood');
    expect(context.safety.fired.map((f) => [f.id, f.tier, f.section, f.evidence])).toEqual([['mood.q9', 'flag', 'mood', ['mood.q9']]]);
    expect(context.safety.deferred).toEqual(['mood.q9']);
    expect(context.safety.pending).toEqual([]);
  });

  it('a "yes" changed to "no" before NEXT leaves the same trace as one changed after NEXT', () => {
    const before = run(...toMood, answer('mood.q9', 2), answer('mood.q9', 0), NEXT);
    // The crisis resources are still shown when the person leaves the section.
    expect(before.getSnapshot().value).toBe('safety');
    expect(describeIntake(flowFixture, before.getSnapshot()).safety.map((t) => t.id)).toEqual(['mood.q9']);
    before.send(ACK);

    const after = run(...toMood, answer('mood.q9', 2), NEXT, ACK, { type: 'BACK' }, answer('mood.q9', 0), NEXT);

    const finish = (actor: ReturnType<typeof run>): ReferralSummary => {
      for (const e of [answer('acute.now', 'yes'), NEXT, SUBMIT]) actor.send(e);
      expect(actor.getSnapshot().status).toBe('done');
      return actor.getSnapshot().output as ReferralSummary;
    };
    const a = finish(before);
    const b = finish(after);
    for (const s of [a, b]) {
      expect(s.safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([['mood.q9', true]]);
      expect(s.urgency.level).toBe('urgent');
    }
    expect(a).toEqual(b);
  });

  it('an interrupt-tier trigger still interrupts at once', () => {
    const actor = run(...throughMood, answer('acute.now', 'no'));
    expect(actor.getSnapshot().value).toBe('safety');
    expect(actor.getSnapshot().context.safety.pending).toEqual(['acute.unsafe']);
  });
});

describe('a trigger that reads a score is checked again when what its cut-off reads changes (issue 16, case 3)', () => {
  const drinks = [0, 1, 2, 3, 4].map((value) => ({ value, text: { en: String(value) } }));
  const alcohol = (tier: 'interrupt' | 'flag') =>
    parseQuestionnaire({
      id: 'alcohol-trigger',
      version: '1.0.0',
      title: { en: 'Alcohol' },
      sections: [
        {
          id: 'drinking',
          title: { en: 'Drinking' },
          instrument: { kind: 'descriptive', name: 'Drinking' },
          items: [
            {
              id: 'sex',
              kind: 'single',
              text: { en: 'Sex' },
              options: [
                { value: 'female', text: { en: 'Female' } },
                { value: 'male', text: { en: 'Male' } },
              ],
            },
            { id: 'q1', kind: 'scale', text: { en: 'How often?' }, options: drinks },
            { id: 'q2', kind: 'scale', text: { en: 'How many?' }, options: drinks },
          ],
        },
        {
          id: 'after',
          title: { en: 'After' },
          instrument: { kind: 'descriptive', name: 'After' },
          items: [{ id: 'after.ok', kind: 'boolean', text: { en: 'OK?' } }],
        },
      ],
      scores: [
        {
          id: 'drinks',
          title: { en: 'Drinks' },
          section: 'drinking',
          items: ['q1', 'q2'],
          bands: [{ min: 0, max: 8, label: { en: 'Any' } }],
          // The sex answer moves the cut-off, as AUDIT-C's does; the trigger names only the score.
          cutoffs: [{ when: { item: 'sex', eq: 'male' }, gte: 4 }, { gte: 3 }],
        },
      ],
      safety: [{ id: 'drinks.high', tier, urgency: 'urgent', when: { positive: 'drinks' }, reason: { en: 'Drinking at or over the cut-off.' } }],
    });

  it('an interrupt fires on the answer that moves the cut-off, though the trigger names no item', () => {
    const q = alcohol('interrupt');
    const actor = createActor(createIntakeMachine(q)).start();
    for (const e of [answer('sex', 'male'), answer('q1', 2), answer('q2', 1)]) actor.send(e);
    expect(actor.getSnapshot().value).toBe('answering');
    expect(actor.getSnapshot().context.cursor).toBe(0);
    actor.send(answer('sex', 'female'));
    expect(actor.getSnapshot().value).toBe('safety');
    expect(actor.getSnapshot().context.safety.fired.map((f) => [f.id, f.evidence])).toEqual([['drinks.high', ['sex', 'q1', 'q2']]]);
  });

  it('a flag is recorded on that answer, and kept when the answer changes back before NEXT', () => {
    const q = alcohol('flag');
    const actor = createActor(createIntakeMachine(q)).start();
    for (const e of [answer('sex', 'male'), answer('q1', 2), answer('q2', 1), answer('sex', 'female'), answer('sex', 'male')]) actor.send(e);
    expect(actor.getSnapshot().context.safety.fired.map((f) => f.id)).toEqual(['drinks.high']);
    for (const e of [NEXT, ACK, answer('after.ok', true), NEXT, SUBMIT]) actor.send(e);
    const output = actor.getSnapshot().output as ReferralSummary;
    expect(output.safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([['drinks.high', true]]);
    expect(output.safetyFlags[0]?.evidence.map((e) => e.itemId)).toEqual(['sex', 'q1', 'q2']);
  });
});
