/**
 * The flow's final summary outlives the flow in the host's hands; a server
 * re-check's summary is garbage a moment later. V8 decides per allocation site
 * whether to allocate straight into the old generation, from how many of a
 * site's objects are still alive at a minor collection, so a summary the flow
 * kept used to teach V8 that every summary lives long: after a few hundred
 * intakes, each re-check promoted about 30 KB and took twice the CPU time
 * (docs/benchmarks.md, "A flow before the re-check"). The flow now hands over
 * a copy. This measures, with V8's sampling heap profiler, what a re-check
 * leaves behind that a minor collection did not free, after 300 intakes:
 * a count of bytes, not a time.
 */
import { Session } from 'node:inspector/promises';
import { createActor } from 'xstate';
import { expect, it } from 'vitest';
import { answerScripts } from '../../bench/scripts/answer-scripts.js';
import { substanceUseIntake } from '../../questionnaires/index.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { summarize } from '../../src/summary/summarize.js';
import type { Questionnaire } from '../../src/definition/types.js';

const q = substanceUseIntake;
const scripts = answerScripts(q, {
  count: 100,
  seed: 20240601,
  visibility: (answers) => {
    const ev = resolveAnswers(q, answers).evaluation;
    return (id) => ev.visible(id);
  },
});
/** The finished answers as a server receives them: parsed from a request body. */
const received = scripts.map((s) => JSON.parse(JSON.stringify(s.answers)) as typeof s.answers);
// Events built at run time from the scripts, as a host forwarding form input builds them.
const machine = createIntakeMachine<Questionnaire>(q);

/** One person's intake: answer section by section, submit, acknowledge any safety interrupt, take the summary. */
function intake(script: (typeof scripts)[number]) {
  const actor = createActor(machine).start();
  const settle = () => {
    if (actor.getSnapshot().context.safety.pending.length > 0) actor.send({ type: 'ACKNOWLEDGE' });
  };
  for (const page of script.pages) {
    for (const [itemId, value] of page.answers) {
      actor.send({ type: 'ANSWER', itemId, value });
      settle();
    }
    actor.send({ type: 'NEXT' });
    settle();
  }
  for (let i = 0; i < 3 && actor.getSnapshot().status !== 'done'; i++) {
    actor.send({ type: 'SUBMIT' });
    settle();
  }
  return actor.getSnapshot().output;
}

interface SampleNode {
  readonly selfSize: number;
  readonly children: readonly SampleNode[];
}
const total = (n: SampleNode): number => n.children.reduce((sum, c) => sum + total(c), n.selfSize);

it('a re-check after intake flows leaves its summary to the minor collections', { timeout: 60_000 }, async () => {
  let finished = 0;
  for (let i = 0; i < 300; i++) if (intake(scripts[i % scripts.length] as (typeof scripts)[number]) !== undefined) finished++;
  expect(finished).toBe(300);
  for (let i = 0; i < 1000; i++) summarize(q, received[i % received.length] as (typeof received)[number]);

  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  // Objects freed by a minor collection leave the profile; what is left outlived one (@types/node lacks the two flags).
  const sampling = { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false };
  await session.post('HeapProfiler.startSampling', sampling);
  const rechecks = 4000;
  let instruments = 0;
  for (let i = 0; i < rechecks; i++) instruments += summarize(q, received[i % received.length] as (typeof received)[number]).instruments.length;
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: SampleNode } };
  session.disconnect();

  const keptPerRecheck = total(profile.head) / rechecks;
  expect(instruments).toBeGreaterThan(rechecks);
  // Without the copy a re-check kept 31–33 KB here, nearly its whole summary; with it, 3–5 KB.
  expect(keptPerRecheck).toBeLessThan(10 * 1024);
});
