import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gad7 } from '../../questionnaires/index.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { answersOf } from '../../src/flow/answers-of.js';
import { plainCopy } from '../../src/flow/plain-copy.js';
import { summarize } from '../../src/summary/summarize.js';
import type { Questionnaire } from '../../src/definition/types.js';

/** Every array and object reachable from a value. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null) {
    into.add(value);
    for (const v of Object.values(value)) objectsOf(v, into);
  }
  return into;
}

/** Plain data as a summary holds it: JSON values, plus keys whose value is undefined. */
const plainData = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, undefined, true, false, 0, -1.5, '', 'text'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

describe('plainCopy, the copy of the summary a flow hands over', () => {
  it('copies every array and object, keeps every value, key and key order, and shares no object', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(plainData), fc.dictionary(fc.string(), plainData, { noNullPrototype: true })), (value) => {
        const copy = plainCopy(value);
        expect(copy).toStrictEqual(value);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
        const before = objectsOf(value);
        for (const o of objectsOf(copy)) expect(before.has(o)).toBe(false);
      }),
    );
  });

  it('leaves the flow output equal to summarize, key for key, and owned by the host alone', () => {
    const machine = createIntakeMachine<Questionnaire>(gad7);
    const actor = createActor(machine).start();
    for (let n = 1; n <= 7; n++) actor.send({ type: 'ANSWER', itemId: `gad7.q${n}`, value: n % 4 });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SUBMIT' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    const output = snapshot.output;
    const again = summarize(gad7, answersOf(snapshot.context));
    expect(output).toStrictEqual(again);
    expect(JSON.stringify(output)).toBe(JSON.stringify(again));
    // A host may annotate or trim its summary; nothing the flow or a later summary reads changes.
    const result = output?.instruments[0] as { score?: unknown };
    result.score = 'edited by the host';
    expect(summarize(gad7, answersOf(snapshot.context))).toStrictEqual(again);
  });
});
