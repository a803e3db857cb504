import { answersOf } from '../../src/flow/answers-of.js';
import { describe, expect, it } from 'vitest';
import { describeIntake } from '../../src/flow/intake-view.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { answer, BACK, NEXT, run, SUBMIT, throughMood } from './helpers.js';
import { where } from '../support/where.js';

describe('sections, branching and back navigation', () => {
  it('starts in the first section with its visible items', () => {
    const actor = run();
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'use' });
    const view = describeIntake(flowFixture, actor.getSnapshot());
    expect(view.items.map((i) => i.id)).toEqual(['use.info', 'use.substances', 'use.age', 'use.notes', 'use.last']);
    expect(view.progress).toEqual({ section: 1, sections: 3, answered: 0 });
    expect(view.missing).toEqual(['use.substances']);
  });

  it('lists required items still missing as follow-ups appear and are answered', () => {
    const actor = run(answer('use.substances', ['heroin']), answer('use.route', 'injection'));
    expect(describeIntake(flowFixture, actor.getSnapshot()).missing).toEqual(['use.naloxone']);
    actor.send(answer('use.naloxone', false));
    expect(describeIntake(flowFixture, actor.getSnapshot()).missing).toEqual([]);
  });

  it('accepts a valid answer of every item kind', () => {
    const actor = run(
      answer('use.substances', ['heroin', 'alcohol']),
      answer('use.route', 'injection'),
      answer('use.naloxone', false),
      answer('use.age', 'prefer-not-to-answer'),
      answer('use.notes', 'short note'),
      answer('use.last', '2024-02-29'),
    );
    expect(actor.getSnapshot().context.issues).toEqual([]);
    expect(answersOf(actor.getSnapshot().context)).toEqual({
      'use.substances': ['heroin', 'alcohol'],
      'use.route': 'injection',
      'use.naloxone': false,
      'use.age': 'prefer-not-to-answer',
      'use.notes': 'short note',
      'use.last': '2024-02-29',
    });
    actor.send(NEXT);
    actor.send(answer('mood.q1', 3));
    expect(answersOf(actor.getSnapshot().context)['mood.q1']).toBe(3);
  });

  it('shows a follow-up only after its trigger answer and drops it when the branch is left', () => {
    const actor = run(answer('use.substances', ['heroin']), answer('use.route', 'injection'), answer('use.naloxone', true));
    expect(describeIntake(flowFixture, actor.getSnapshot()).items.map((i) => i.id)).toContain('use.naloxone');
    actor.send(answer('use.substances', ['alcohol']));
    const { context } = actor.getSnapshot();
    expect(answersOf(context)).toEqual({ 'use.substances': ['alcohol'] });
    expect(context.dropped).toEqual(['use.route', 'use.naloxone']);
  });

  it('stays put with an issue per required item left unanswered', () => {
    const actor = run(answer('use.substances', ['heroin']), answer('use.route', 'injection'), NEXT);
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'use' });
    expect(actor.getSnapshot().context.issues.map((i) => [i.code, i.itemId])).toEqual([['required', 'use.naloxone']]);
  });

  it('skips sections whose condition does not hold, both ways', () => {
    const actor = run(...throughMood);
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'acute' });
    actor.send(BACK);
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'mood' });
    actor.send(BACK);
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'use' });
    actor.send(BACK);
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-event');
  });

  it('enters a conditional section when its condition holds', () => {
    const actor = run(answer('use.substances', ['alcohol']), NEXT, answer('mood.q1', 0), answer('mood.q2', 0), NEXT);
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'alcohol' });
  });

  it('keeps answers when going back and forth', () => {
    const actor = run(...throughMood, BACK, BACK);
    expect(answersOf(actor.getSnapshot().context)).toMatchObject({ 'use.substances': ['heroin'], 'mood.q1': 1 });
    actor.send(NEXT);
    actor.send(NEXT);
    expect(where(actor.getSnapshot(), flowFixture)).toEqual({ answering: 'acute' });
  });

  it('reaches review, takes SUBMIT only there, and ends with the summary', () => {
    const actor = run(...throughMood, SUBMIT);
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-event');
    actor.send(answer('acute.now', 'yes'));
    actor.send(NEXT);
    expect(actor.getSnapshot().value).toBe('review');
    expect(describeIntake(flowFixture, actor.getSnapshot()).status).toBe('review');
    actor.send(NEXT);
    expect(actor.getSnapshot().context.issues[0]?.code).toBe('invalid-event');
    actor.send(SUBMIT);
    const done = actor.getSnapshot();
    expect(done.status).toBe('done');
    expect(done.value).toBe('completed');
    expect(done.output?.questionnaire.id).toBe('flow-fixture');
  });

  it('lets review edit any visible answer and re-checks required items at SUBMIT', () => {
    const actor = run(...throughMood, NEXT);
    expect(actor.getSnapshot().value).toBe('review');
    actor.send(answer('use.substances', ['heroin', 'alcohol']));
    expect(actor.getSnapshot().context.issues).toEqual([]);
    actor.send(SUBMIT);
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.issues.map((i) => i.itemId)).toEqual(['alc.q1']);
  });
});
