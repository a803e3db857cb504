import { answersOf } from '../../src/flow/answers-of.js';
import { describe, expect, it } from 'vitest';
import { describeIntake } from '../../src/flow/intake-view.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { ACK, answer, BACK, NEXT, run, SUBMIT, throughMood } from './helpers.js';
import { where } from '../support/where.js';

describe('safety interrupt', () => {
  it('moves to safety at once on an interrupt-tier answer, blocks other events, and resumes after ACKNOWLEDGE', () => {
    const actor = run(...throughMood, answer('acute.now', 'no'));
    let s = actor.getSnapshot();
    expect(s.value).toBe('safety');
    expect(s.context.safety.pending).toEqual(['acute.unsafe']);
    expect(s.context.safety.fired).toEqual([{ id: 'acute.unsafe', tier: 'interrupt', urgency: 'emergency', section: 'acute', evidence: ['acute.now'] }]);
    const view = describeIntake(flowFixture, s);
    expect(view.status).toBe('safety');
    expect(view.crisisResources?.en).toContain('988');
    expect(view.safety.map((x) => [x.id, x.tier, x.urgency])).toEqual([['acute.unsafe', 'interrupt', 'emergency']]);

    for (const e of [NEXT, BACK, SUBMIT, answer('acute.after', true)]) {
      actor.send(e);
      expect(actor.getSnapshot().value).toBe('safety');
      expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-event');
    }
    actor.send(ACK);
    s = actor.getSnapshot();
    expect(where(s, flowFixture)).toEqual({ answering: 'acute' });
    expect(s.context.safety.pending).toEqual([]);
    expect(answersOf(s.context)['acute.now']).toBe('no');
  });

  it('treats declining the acuity question as an interrupt too', () => {
    const actor = run(...throughMood, answer('acute.now', 'prefer-not-to-answer'));
    expect(actor.getSnapshot().value).toBe('safety');
  });

  it('fires a trigger once, even when the answer changes and returns', () => {
    const actor = run(...throughMood, answer('acute.now', 'no'), ACK, answer('acute.now', 'yes'), answer('acute.now', 'no'));
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'acute' });
    expect(actor.getSnapshot().context.safety.fired).toHaveLength(1);
  });

  it('shows a flag-tier trigger before the person leaves the section, then goes on', () => {
    const actor = run(
      answer('use.substances', ['heroin']),
      answer('use.route', 'smoking'),
      NEXT,
      answer('mood.q1', 1),
      answer('mood.q2', 1),
      answer('mood.q9', 2),
    );
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'mood' });
    actor.send(NEXT);
    expect(actor.getSnapshot().value).toBe('safety');
    expect(actor.getSnapshot().context.safety.fired.map((f) => [f.id, f.tier, f.section])).toEqual([['mood.q9', 'flag', 'mood']]);
    actor.send(ACK);
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'acute' });
    actor.send(BACK);
    actor.send(NEXT);
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'acute' });
  });

  it('ACKNOWLEDGE outside safety is an issue, not a move', () => {
    const actor = run(ACK);
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'use' });
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-event');
  });
});
