import { answersOf } from '../../src/flow/answers-of.js';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/engine/check-answer.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { summarize } from '../../src/summary/summarize.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import type { Questionnaire } from '../../src/definition/types.js';

/** The code of checkAnswer's issue, if it refused the value. */
const codeOf = (result: ReturnType<typeof checkAnswer>) => (result.success ? undefined : result.issues[0]?.code);

/** A valid answer by index whose own iterator yields something else (as `[...value]` would copy). */
function twoFaced(): string[] {
  const value = ['heroin'];
  Object.defineProperty(value, Symbol.iterator, {
    value: function* () {
      yield 'heroin';
      yield 'not-an-option';
    },
  });
  return value;
}

/** An array whose elements read valid the first time and invalid after. */
function shifting(): { value: string[]; reads: () => number } {
  let reads = 0;
  const value = new Proxy(['heroin'], {
    get(target, key, receiver) {
      if (key === '0') return reads++ === 0 ? 'heroin' : 'not-an-option';
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { value, reads: () => reads };
}

const substances = flowFixture.sections[0].items[1];

describe('array answers are read once, then checked and stored as that copy (issue 16, case 10)', () => {
  it('the flow stores what it checked, not what the array’s iterator yields', () => {
    const actor = createActor(createIntakeMachine<Questionnaire>(flowFixture)).start();
    actor.send({ type: 'ANSWER', itemId: 'use.substances', value: twoFaced() });
    expect(actor.getSnapshot().context.issues).toEqual([]);
    const stored = answersOf(actor.getSnapshot().context)['use.substances'];
    expect(stored).toEqual(['heroin']);
    expect(Object.isFrozen(stored)).toBe(true);
  });

  it('the flow reads each element once, so a value that changes between reads cannot slip through', () => {
    const { value, reads } = shifting();
    const actor = createActor(createIntakeMachine<Questionnaire>(flowFixture)).start();
    actor.send({ type: 'ANSWER', itemId: 'use.substances', value });
    expect(reads()).toBe(1);
    expect(answersOf(actor.getSnapshot().context)['use.substances']).toEqual(['heroin']);
  });

  it('resolveAnswers and summarize keep the checked copy too', () => {
    expect(resolveAnswers(flowFixture, { 'use.substances': twoFaced() }).answers['use.substances']).toEqual(['heroin']);
    const { value, reads } = shifting();
    summarize(flowFixture, { 'use.substances': value });
    expect(reads()).toBe(1);
  });

  it('a value that cannot be read (a revoked Proxy) is a wrong-type issue, not a crash', () => {
    const { proxy, revoke } = Proxy.revocable(['heroin'], {});
    revoke();
    expect(codeOf(checkAnswer(substances, proxy))).toBe('wrong-type');
    const actor = createActor(createIntakeMachine<Questionnaire>(flowFixture)).start();
    actor.send({ type: 'ANSWER', itemId: 'use.substances', value: proxy });
    expect(actor.getSnapshot().context.issues.map((i) => i.code)).toEqual(['wrong-type']);
    expect(resolveAnswers(flowFixture, { 'use.substances': proxy }).issues.map((i) => i.code)).toEqual(['wrong-type']);
  });

  it('an array claiming a huge length is refused without being copied', () => {
    const huge = new Proxy(['heroin'], { get: (t, k, r) => (k === 'length' ? 2 ** 31 : (Reflect.get(t, k, r) as unknown)) });
    expect(codeOf(checkAnswer(substances, huge))).toBe('out-of-range');
  });
});
