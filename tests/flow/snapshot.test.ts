import { answersOf } from '../../src/flow/answers-of.js';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { snapshotVersionCompatible } from '../../src/flow/restore-context.js';
import { initialIntakeSnapshot, resumeIntake, resumeIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { ACK, answer, BACK, machine, NEXT, run, SUBMIT, throughMood } from './helpers.js';
import { where } from '../support/where.js';

const stored = (actor: ReturnType<typeof run>) => JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
const withVersion = (version: string) => parseQuestionnaire({ ...structuredClone(flowFixture), version });

/**
 * The refusal code, checked every way a host can resume: `resumeIntakeSnapshot`
 * and `resumeIntake` throw, and `createActor(machine, { input: { snapshot } })`
 * yields an actor in `error` status carrying the same QuestionnaireError
 * (XState catches it).
 */
function refusal(m: typeof machine, snapshot: unknown): string | undefined {
  const viaActor = createActor(m, { input: { snapshot } }).getSnapshot();
  let thrown: unknown;
  try {
    resumeIntakeSnapshot(m, snapshot);
  } catch (e) {
    thrown = e;
  }
  let thrownByActor: unknown;
  try {
    resumeIntake(m, snapshot);
  } catch (e) {
    thrownByActor = e;
  }
  if (thrown === undefined) {
    expect(viaActor.status).not.toBe('error');
    expect(thrownByActor).toBeUndefined();
    return undefined;
  }
  expect(thrown).toBeInstanceOf(QuestionnaireError);
  expect((thrownByActor as QuestionnaireError).code).toBe((thrown as QuestionnaireError).code);
  expect(viaActor.status).toBe('error');
  expect((viaActor as { error?: unknown }).error).toBeInstanceOf(QuestionnaireError);
  return (thrown as QuestionnaireError).code;
}

describe('persisted snapshots', () => {
  it('resume in a new actor where the person left off', () => {
    const first = run(...throughMood, answer('acute.now', 'yes'));
    const saved = stored(first);
    const second = resumeIntake(machine, saved);
    expect(where(second.getSnapshot(), flowFixture)).toEqual({ answering: 'acute' });
    expect(answersOf(second.getSnapshot().context)).toEqual(answersOf(first.getSnapshot().context));
    second.send(NEXT);
    second.send(SUBMIT);
    expect(second.getSnapshot().status).toBe('done');
  });

  it('resume into the safety state when it was pending', () => {
    const saved = stored(run(...throughMood, answer('acute.now', 'no')));
    const resumed = resumeIntake(machine, saved);
    expect(resumed.getSnapshot().value).toBe('safety');
    resumed.send(ACK);
    expect(where(resumed.getSnapshot(), flowFixture)).toEqual({ answering: 'acute' });
  });

  it('refuse a snapshot from another questionnaire', () => {
    const other = parseQuestionnaire({ ...structuredClone(flowFixture), id: 'other' });
    const saved = JSON.parse(JSON.stringify(createActor(createIntakeMachine(other)).start().getPersistedSnapshot()));
    expect(refusal(machine, saved)).toBe('snapshot-foreign');
  });

  it('refuse an incompatible version and resume a compatible older one', () => {
    const saved = stored(run(...throughMood));
    expect(refusal(createIntakeMachine(withVersion('2.0.0')), saved)).toBe('snapshot-version');
    expect(refusal(createIntakeMachine(withVersion('1.1.9')), saved)).toBe('snapshot-version');
    const later = createActor(createIntakeMachine(withVersion('1.3.0')), { input: { snapshot: saved } }).start();
    expect(answersOf(later.getSnapshot().context)).toEqual(answersOf(run(...throughMood).getSnapshot().context));
    expect(later.getSnapshot().context.questionnaireVersion).toBe('1.3.0');
  });

  it('drop and report answers that no longer fit (removed item, hand-edited value, hidden)', () => {
    const saved = stored(run(...throughMood));
    const entries = saved.context.answerEntries as [string, unknown][];
    const at = entries.findIndex(([id]) => id === 'mood.q1');
    entries[at] = ['mood.q1', 99];
    entries.push(['gone.item', true], ['use.naloxone', true]);
    const resumed = resumeIntake(machine, saved);
    const { context } = resumed.getSnapshot();
    const answers = answersOf(context);
    expect(answers['gone.item']).toBeUndefined();
    expect(answers['mood.q1']).toBeUndefined();
    expect(answers['use.naloxone']).toBeUndefined();
    expect(context.issues.map((i) => [i.code, i.itemId])).toEqual([
      ['answer-dropped', 'mood.q1'],
      ['answer-dropped', 'gone.item'],
      ['answer-dropped', 'use.naloxone'],
    ]);
  });

  it('refuse garbage, prototype keys and runaway nesting as snapshot-invalid', () => {
    expect(refusal(machine, 'nope')).toBe('snapshot-invalid');
    expect(refusal(machine, { status: 'active' })).toBe('snapshot-invalid');
    const polluted = JSON.parse(
      '{"status":"active","context":{"questionnaireId":"flow-fixture","questionnaireVersion":"1.2.0","answers":{"__proto__":{"x":1}}}}',
    );
    expect(refusal(machine, polluted)).toBe('snapshot-invalid');
    let deep: Record<string, unknown> = {};
    const root = { status: 'active', context: { questionnaireId: 'flow-fixture', questionnaireVersion: '1.2.0', answers: {}, deep } };
    for (let i = 0; i < 200; i++) deep = (deep.next = {}) as Record<string, unknown>;
    expect(refusal(machine, root)).toBe('snapshot-invalid');
  });

  it('re-derive a position that was edited out of range', () => {
    const saved = stored(run(...throughMood));
    saved.context.cursor = 999;
    expect(where(resumeIntake(machine, saved).getSnapshot(), flowFixture)).toEqual({ answering: 'use' });
  });

  it('state the version rule', () => {
    expect(snapshotVersionCompatible('1.2.0', '1.2.0')).toBe(true);
    expect(snapshotVersionCompatible('1.2.0', '1.2.5')).toBe(true);
    expect(snapshotVersionCompatible('1.2.0', '1.10.0')).toBe(true);
    expect(snapshotVersionCompatible('1.2.3', '1.2.2')).toBe(false);
    expect(snapshotVersionCompatible('1.3.0', '1.2.9')).toBe(false);
    expect(snapshotVersionCompatible('0.9.0', '1.0.0')).toBe(false);
    expect(snapshotVersionCompatible('nope', '1.0.0')).toBe(false);
  });
});

describe('pure step helpers', () => {
  it('agree with the actor state for state', () => {
    const events = [...throughMood, BACK, answer('mood.q9', 1), NEXT, ACK, answer('acute.now', 'no'), ACK, NEXT, SUBMIT];
    const actor = createActor(machine).start();
    let snap = initialIntakeSnapshot(machine);
    expect(snap.value).toEqual(actor.getSnapshot().value);
    for (const e of events) {
      actor.send(e);
      snap = stepIntake(machine, snap, e);
      expect(snap.value).toEqual(actor.getSnapshot().value);
      expect(snap.context).toEqual(actor.getSnapshot().context);
    }
    expect(snap.status).toBe('done');
    expect(snap.output).toEqual(actor.getSnapshot().output);
  });

  it('resume a persisted snapshot without starting an actor', () => {
    const saved = stored(run(...throughMood));
    const snap = resumeIntakeSnapshot(machine, saved);
    expect(where(stepIntake(machine, snap, BACK), flowFixture)).toEqual({ answering: 'mood' });
  });
});
