import { describe, expect, it } from 'vitest';
import { answersOf } from '../../src/flow/answers-of.js';
import { resumeIntakeSnapshot } from '../../src/flow/intake-transition.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { answer, machine, NEXT, run, throughMood } from './helpers.js';

const persisted = (actor: ReturnType<typeof run>) => JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as { context: Record<string, unknown> };

/** A persisted snapshot whose stored answers are replaced by `stored` (entries, an answers object, or both). */
function storing(actor: ReturnType<typeof run>, stored: Record<string, unknown>) {
  const saved = persisted(actor);
  delete saved.context.answerEntries;
  Object.assign(saved.context, stored);
  return saved;
}

const refusal = (snapshot: unknown) => {
  try {
    resumeIntakeSnapshot(machine, snapshot);
  } catch (e) {
    if (e instanceof QuestionnaireError) return e.issues[0];
    throw e;
  }
  throw new Error('resumed');
};

describe('the answers a flow holds, as frozen [itemId, value] entries', () => {
  it('keeps them in document order whatever order they were given in', () => {
    const actor = run(answer('use.age', 19), answer('use.substances', ['heroin']), answer('use.notes', 'hi'), answer('use.route', 'smoking'));
    expect(actor.getSnapshot().context.answerEntries).toEqual([
      ['use.substances', ['heroin']],
      ['use.route', 'smoking'],
      ['use.age', 19],
      ['use.notes', 'hi'],
    ]);
  });

  it('shares every entry an answer did not change with the list before, and replaces the one it did in place', () => {
    const actor = run(answer('use.substances', ['heroin']), answer('use.route', 'smoking'), answer('use.age', 19));
    const before = actor.getSnapshot().context.answerEntries;
    actor.send(answer('use.route', 'injection'));
    const after = actor.getSnapshot().context.answerEntries;
    expect(after).not.toBe(before);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).toEqual(['use.route', 'injection']);
  });

  it('removes a cleared answer and the answers it hid, and keeps the list of a refused answer as it was', () => {
    const actor = run(answer('use.substances', ['heroin']), answer('use.route', 'injection'), answer('use.naloxone', true), answer('use.age', 19));
    const full = actor.getSnapshot().context.answerEntries;
    actor.send(answer('use.route', 99));
    expect(actor.getSnapshot().context.answerEntries).toBe(full);
    actor.send(answer('use.route', null));
    const { context } = actor.getSnapshot();
    expect(context.answerEntries).toEqual([
      ['use.substances', ['heroin']],
      ['use.age', 19],
    ]);
    expect(context.dropped).toEqual(['use.naloxone']);
  });

  it('answersOf gives the object of the entries, frozen, and the same object until an answer changes', () => {
    const actor = run(answer('use.substances', ['heroin']), answer('use.route', 'smoking'));
    const { context } = actor.getSnapshot();
    const answers = answersOf(context);
    expect(answers).toStrictEqual({ 'use.substances': ['heroin'], 'use.route': 'smoking' });
    expect(Object.keys(answers)).toEqual(['use.substances', 'use.route']);
    expect(Object.isFrozen(answers)).toBe(true);
    expect(answersOf(actor.getSnapshot().context)).toBe(answers);
    actor.send(answer('use.age', 19));
    expect(answersOf(actor.getSnapshot().context)).not.toBe(answers);
    expect(answersOf(actor.getSnapshot().context)).toStrictEqual({ ...answers, 'use.age': 19 });
  });

  it('answersOf reads a list no flow made (parsed from storage) without remembering it', () => {
    const parsed = persisted(run(answer('use.substances', ['heroin']))).context as { answerEntries: [string, unknown][] };
    expect(answersOf(parsed)).toEqual({ 'use.substances': ['heroin'] });
    parsed.answerEntries.push(['use.route', 'smoking']);
    expect(answersOf(parsed)).toEqual({ 'use.substances': ['heroin'], 'use.route': 'smoking' });
  });
});

describe('resuming the stored answers', () => {
  const walked = () => run(...throughMood, answer('use.age', 19));

  it('stores the entries list, and resumes it to the same answers', () => {
    const actor = walked();
    const saved = persisted(actor);
    expect(saved.context.answerEntries).toEqual(JSON.parse(JSON.stringify(actor.getSnapshot().context.answerEntries)));
    expect(saved.context).not.toHaveProperty('answers');
    const resumed = resumeIntakeSnapshot(machine, saved);
    expect(resumed.context.answerEntries).toEqual(actor.getSnapshot().context.answerEntries);
    expect(Object.isFrozen(resumed.context.answerEntries)).toBe(true);
    expect(resumed.context.issues).toEqual([]);
  });

  it('resumes a snapshot of an earlier build, which holds an answers object, to the same state', () => {
    const actor = walked();
    const legacy = storing(actor, { answers: answersOf(actor.getSnapshot().context) });
    const resumed = resumeIntakeSnapshot(machine, legacy);
    const current = resumeIntakeSnapshot(machine, persisted(actor));
    expect(resumed.context).toEqual(current.context);
    expect(resumed.value).toEqual(current.value);
  });

  it('reads both when a snapshot holds both, so no stored answer is left unread', () => {
    const actor = run(answer('use.substances', ['heroin']), answer('use.route', 'smoking'));
    const both = storing(actor, { answerEntries: [['use.substances', ['heroin']]], answers: { 'use.route': 'smoking', 'use.substances': ['heroin'] } });
    expect(answersOf(resumeIntakeSnapshot(machine, both).context)).toEqual({ 'use.substances': ['heroin'], 'use.route': 'smoking' });
  });

  it('refuses two different answers to one item as snapshot-invalid, naming the item and where', () => {
    const actor = run(answer('use.substances', ['heroin']), answer('use.route', 'smoking'));
    const twice = storing(actor, {
      answerEntries: [
        ['use.route', 'smoking'],
        ['use.route', 'injection'],
      ],
    });
    expect(refusal(twice)).toMatchObject({ code: 'snapshot-invalid', path: ['context', 'answerEntries', 1], itemId: 'use.route' });
    const mixed = storing(actor, { answerEntries: [['use.route', 'smoking']], answers: { 'use.route': 'injection' } });
    expect(refusal(mixed)).toMatchObject({ code: 'snapshot-invalid', path: ['context', 'answers', 'use.route'], itemId: 'use.route' });
    // The same answer twice is one answer.
    const same = storing(actor, {
      answerEntries: [
        ['use.substances', ['heroin']],
        ['use.substances', ['heroin']],
      ],
    });
    expect(answersOf(resumeIntakeSnapshot(machine, same).context)).toEqual({ 'use.substances': ['heroin'] });
  });

  it('drops what is not an [itemId, value] pair, or not a list, with an issue that points at it', () => {
    const actor = run(answer('use.substances', ['heroin']));
    const odd = storing(actor, { answerEntries: [['use.substances', ['heroin']], 'use.route', ['use.age'], [3, 'x']] });
    const resumed = resumeIntakeSnapshot(machine, odd);
    expect(answersOf(resumed.context)).toEqual({ 'use.substances': ['heroin'] });
    expect(resumed.context.issues.map((i) => [i.code, i.path])).toEqual([
      ['answer-dropped', ['context', 'answerEntries', 1]],
      ['answer-dropped', ['context', 'answerEntries', 2]],
      ['answer-dropped', ['context', 'answerEntries', 3]],
    ]);
    const notList = resumeIntakeSnapshot(machine, storing(actor, { answerEntries: { 'use.substances': ['heroin'] } }));
    expect(notList.context.issues.map((i) => [i.code, i.path])).toEqual([['answer-dropped', ['context', 'answerEntries']]]);
  });

  it('points an invalid stored value at its entry', () => {
    const actor = run(answer('use.substances', ['heroin']), answer('use.route', 'smoking'), NEXT);
    const bad = storing(actor, {
      answerEntries: [
        ['use.substances', ['heroin', 7]],
        ['use.route', 'smoking'],
        ['use.age', 500],
        ['gone.item', true],
      ],
    });
    const issues = resumeIntakeSnapshot(machine, bad).context.issues;
    const where = Object.fromEntries(issues.map((i) => [i.itemId, i.path]));
    expect(where['use.age']).toEqual(['context', 'answerEntries', 2]);
    expect(where['gone.item']).toEqual(['context', 'answerEntries', 3]);
    expect(where['use.substances']).toEqual(['context', 'answerEntries', 0]);
    expect(issues.every((i) => i.code === 'answer-dropped')).toBe(true);
  });
});
