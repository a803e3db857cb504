import { answersOf } from '../../src/flow/answers-of.js';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { startIntake } from '../../src/flow/start-intake.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { asq, gad7, phq9 } from '../../questionnaires/index.js';

const GAD7 = ['gad7.q1', 'gad7.q2', 'gad7.q3', 'gad7.q4', 'gad7.q5', 'gad7.q6', 'gad7.q7'] as const;

describe('startIntake', () => {
  it('runs an intake to its referral summary without XState in the host, as an actor would', () => {
    const intake = startIntake(gad7);
    const actor = createActor(createIntakeMachine(gad7)).start();
    expect(intake.status).toBe('answering');
    expect(intake.view().items.map((i) => i.id)).toContain('gad7.q1');
    for (const id of GAD7) {
      expect(intake.answer(id, 2)).toEqual([]);
      actor.send({ type: 'ANSWER', itemId: id, value: 2 });
    }
    expect(intake.answers).toEqual(answersOf(actor.getSnapshot().context));
    expect(intake.next()).toEqual([]);
    expect(intake.status).toBe('review');
    expect(intake.summary).toBeUndefined();
    expect(intake.submit()).toEqual([]);
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SUBMIT' });
    expect(intake.status).toBe('completed');
    expect(intake.summary).toEqual(actor.getSnapshot().output);
    expect(intake.summary?.instruments[0]).toMatchObject({ scoreId: 'gad7', score: 14, positive: true });
  });

  it('returns the issues of a refused action and changes nothing', () => {
    const intake = startIntake(gad7);
    intake.answer('gad7.q1', 1);
    const before = intake.answers;
    const refused = intake.next();
    expect(refused.map((i) => [i.code, i.itemId])).toEqual(GAD7.slice(1).map((id) => ['required', id]));
    expect(intake.issues).toBe(refused);
    expect(intake.answers).toBe(before);
    expect(intake.status).toBe('answering');
    // A value from outside the types (a form, a file) is checked at run time too.
    const wrong = intake.send({ type: 'ANSWER', itemId: 'gad7.q2', value: 7 as never });
    expect(wrong[0]?.code).toBe('out-of-range');
    expect(intake.answer('gad7.q2', 0)).toEqual([]);
  });

  it('stops for crisis resources and goes on after acknowledge', () => {
    const intake = startIntake(asq);
    const accepted = (issues: readonly unknown[]) => expect(issues).toEqual([]);
    accepted(intake.answer('asq.q1', 1));
    for (const id of ['asq.q2', 'asq.q3', 'asq.q4'] as const) accepted(intake.answer(id, 0));
    accepted(intake.answer('asq.q5', 'yes'));
    expect(intake.status).toBe('safety');
    expect(intake.view().safety.map((s) => s.id)).toEqual(['asq.acute']);
    expect(intake.view().crisisResources?.en).toContain('988');
    expect(intake.acknowledge()).toEqual([]);
    expect(intake.status).toBe('answering');
  });

  it('saves as JSON and resumes where it stopped; a save from another questionnaire is refused', () => {
    const first = startIntake(phq9);
    first.answer('phq9.q1', 3);
    first.answer('phq9.q9', 1);
    const stored = JSON.stringify(first.save());
    const again = startIntake(phq9, { resume: JSON.parse(stored) });
    expect(again.answers).toEqual({ 'phq9.q1': 3, 'phq9.q9': 1 });
    expect(again.status).toBe(first.status);
    expect(() => startIntake(gad7, { resume: JSON.parse(stored) })).toThrow(QuestionnaireError);
  });

  it('calls subscribers after every action until they unsubscribe', () => {
    const intake = startIntake(gad7);
    const seen: number[] = [];
    const stop = intake.subscribe((i) => seen.push(Object.keys(i.answers).length));
    intake.answer('gad7.q1', 1);
    intake.answer('gad7.q2', 1);
    stop();
    intake.answer('gad7.q3', 1);
    expect(seen).toEqual([1, 2]);
  });
});
