import { answersOf } from '../../src/flow/answers-of.js';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { briefScreen } from '../../questionnaires/index.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { resumeIntakeSnapshot } from '../../src/flow/intake-transition.js';
import { describeIntake } from '../../src/flow/intake-view.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { ACK, answer, machine, NEXT, run, SUBMIT, throughMood } from './helpers.js';

type Persisted = { status: string; output?: unknown; context: Record<string, unknown> & { safety: Record<string, unknown>; answers: Record<string, unknown> } };
const persisted = (actor: ReturnType<typeof run>): Persisted => JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Persisted;
const refusal = (snapshot: unknown): QuestionnaireError => {
  try {
    resumeIntakeSnapshot(machine, snapshot);
  } catch (error) {
    if (error instanceof QuestionnaireError) return error;
    throw error;
  }
  throw new Error('the snapshot was accepted');
};

describe('a snapshot that says it is done must pass what SUBMIT checks (issue 16, case 4)', () => {
  const fresh = persisted(run());

  it('with no answers, edited to done, is refused naming every required item, never a "completed" routine summary', () => {
    for (const edit of [
      { status: 'done' },
      { context: { ...fresh.context, submitted: true } },
      { status: 'done', context: { ...fresh.context, submitted: true } },
    ]) {
      const error = refusal({ ...fresh, ...edit });
      expect(error.code).toBe('snapshot-unfinished');
      expect(error.issues.map((i) => i.itemId)).toEqual(['use.substances', 'mood.q1', 'mood.q2']);
      expect(error.issues[0]?.path).toEqual(['context', 'answerEntries', 'use.substances']);
      // The actor does not throw: XState parks the refusal on it, so a host can see it and start over.
      const actor = createActor(machine, { input: { snapshot: { ...fresh, ...edit } } });
      expect(actor.getSnapshot().status).toBe('error');
    }
  });

  it('waiting in the safety state, edited to done, is refused: the acknowledgement cannot be skipped', () => {
    const waiting = persisted(run(...throughMood, answer('acute.now', 'no')));
    expect(waiting.context.safety.pending).toEqual(['acute.unsafe']);
    const error = refusal({ ...waiting, status: 'done', context: { ...waiting.context, submitted: true } });
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['snapshot-unfinished', ['context', 'safety', 'pending']]]);
    expect(error.message).toContain('"acute.unsafe"');
    // Emptying its pending list too does not help: the trigger holds on the answers.
    const stripped = { ...waiting, status: 'done', context: { ...waiting.context, submitted: true, safety: { fired: [], pending: [], resume: 'stay' } } };
    expect(refusal(stripped).code).toBe('snapshot-unfinished');
  });

  it('a real finished intake resumes done, with its summary', () => {
    const actor = run(...throughMood, answer('acute.now', 'no'), ACK, answer('acute.now', 'yes'), NEXT, SUBMIT);
    expect(actor.getSnapshot().status).toBe('done');
    const resumed = resumeIntakeSnapshot(machine, persisted(actor));
    expect(resumed.status).toBe('done');
    expect(resumed.output).toEqual(actor.getSnapshot().output);
    expect((resumed.output as ReferralSummary).safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([['acute.unsafe', true]]);
  });
});

describe('restore derives fired and pending triggers from the answers (issue 16, case 5)', () => {
  it('an interrupt whose record was stripped puts the flow back in the safety state at once, against the right section', () => {
    const saved = persisted(run(...throughMood, answer('acute.now', 'no'), ACK));
    expect(saved.context.safety.fired).toHaveLength(1);
    const stripped = { ...saved, context: { ...saved.context, safety: { fired: [], pending: [], resume: 'stay' } } };
    const resumed = resumeIntakeSnapshot(machine, stripped);
    expect(resumed.value).toBe('safety');
    expect(resumed.context.safety.pending).toEqual(['acute.unsafe']);
    expect(resumed.context.safety.fired).toEqual([{ id: 'acute.unsafe', tier: 'interrupt', urgency: 'emergency', section: 'acute', evidence: ['acute.now'] }]);
  });

  it('a flag whose record was stripped is raised again, and shown when the person leaves the section', () => {
    const saved = persisted(
      run(answer('use.substances', ['heroin']), answer('use.route', 'smoking'), NEXT, answer('mood.q1', 1), answer('mood.q2', 0), answer('mood.q9', 2)),
    );
    const stripped = { ...saved, context: { ...saved.context, safety: {} } };
    const resumed = resumeIntakeSnapshot(machine, stripped);
    expect(resumed.value).toBe('answering');
    expect(describeIntake(flowFixture, resumed).section?.id).toBe('mood');
    expect(resumed.context.safety).toMatchObject({ pending: [], deferred: ['mood.q9'] });
    expect(resumed.context.safety.fired.map((f) => [f.id, f.section])).toEqual([['mood.q9', 'mood']]);
    const actor = createActor(machine, { input: { snapshot: stripped } }).start();
    actor.send(NEXT);
    expect(actor.getSnapshot().value).toBe('safety');
  });

  it('keeps the records of known triggers that no longer hold (a risk once disclosed stays) and drops unknown ones', () => {
    const saved = persisted(run(...throughMood));
    const forged = {
      ...saved,
      context: {
        ...saved.context,
        safety: { fired: [{ id: 'acute.unsafe', section: 'acute' }, { id: 'nope' }, 'x', null], pending: ['nope'], resume: 'next' },
      },
    };
    const resumed = resumeIntakeSnapshot(machine, forged);
    expect(resumed.context.safety.fired.map((f) => f.id)).toEqual(['acute.unsafe']);
    expect(resumed.context.safety.pending).toEqual([]);
    expect(resumed.context.safety.resume).toBe('stay');
  });

  it('an answer the form would not have asked raises its trigger, marked notAsked, before it is dropped and reported', () => {
    // Only the ASQ acuity answer, "yes": the form asks it only after a "yes" to questions 1-4.
    const briefMachine = createIntakeMachine(briefScreen);
    const base = JSON.parse(JSON.stringify(briefMachine.getPersistedSnapshot(createActor(briefMachine).start().getSnapshot()))) as Persisted;
    const forged = { ...base, context: { ...base.context, answerEntries: [['asq.q5', 'yes']] } };
    const resumed = resumeIntakeSnapshot(briefMachine, forged);
    expect(resumed.value).toBe('safety');
    expect(answersOf(resumed.context)).toEqual({});
    expect(resumed.context.issues.map((i) => [i.code, i.itemId])).toEqual([['answer-dropped', 'asq.q5']]);
    expect(resumed.context.safety.fired).toEqual([
      { id: 'asq.acute', tier: 'interrupt', urgency: 'emergency', section: 'asq', evidence: ['asq.q5'], notAsked: true },
    ]);
    // Tampered to done as well, it is refused: the trigger was never acknowledged.
    expect(() => resumeIntakeSnapshot(briefMachine, { ...forged, status: 'done' })).toThrow(QuestionnaireError);
  });
});

it('the flow fixture has the shape these tests rely on', () => {
  expect(flowFixture.safety?.map((t) => [t.id, t.tier])).toEqual([
    ['acute.unsafe', 'interrupt'],
    ['mood.q9', 'flag'],
  ]);
});
