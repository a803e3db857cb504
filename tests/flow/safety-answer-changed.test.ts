import { answersOf } from '../../src/flow/answers-of.js';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { ReferralSummarySchema, type ReferralSummary } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { SUMMARY_PHRASES } from '../../src/summary/phrases.js';
import { summarize } from '../../src/summary/summarize.js';
import { briefScreen } from '../../questionnaires/index.js';
import { resumeIntake } from '../../src/flow/intake-transition.js';
import { where } from '../support/where.js';
import type { Questionnaire } from '../../src/definition/types.js';

// A person discloses suicide risk on the ASQ, sees the crisis resources, then
// changes the answer. The conservative reading (NIMH ASQ pathway) is that the
// disclosure stays in front of the clinician, so the flow's summary keeps the
// flag (marked as changed) and its urgency.

const machine = createIntakeMachine<Questionnaire>(briefScreen);
const answer = (itemId: string, value: unknown): IntakeEvent => ({ type: 'ANSWER', itemId, value });
const NEXT: IntakeEvent = { type: 'NEXT' };
const BACK: IntakeEvent = { type: 'BACK' };
const ACK: IntakeEvent = { type: 'ACKNOWLEDGE' };
const SUBMIT: IntakeEvent = { type: 'SUBMIT' };

/** About, about you, TAPS-1, the withdrawal question, PHQ-2 and GAD-2 answered without raising anything; the flow is then in the ASQ section. */
const toAsq: IntakeEvent[] = [
  NEXT,
  answer('auditc.sex', 'female'),
  NEXT,
  ...['tobacco', 'alcohol', 'drugs', 'rx'].map((s) => answer(`taps.${s}.frequency`, 'never')),
  NEXT,
  answer('withdrawal.screen', ['no']),
  NEXT,
  answer('phq9.q1', 0),
  answer('phq9.q2', 0),
  NEXT,
  answer('gad7.q1', 0),
  answer('gad7.q2', 0),
  NEXT,
];

function start() {
  const actor = createActor(machine).start();
  for (const e of toAsq) actor.send(e);
  expect(where(actor.getSnapshot(), briefScreen)).toEqual({ answering: 'asq' });
  return actor;
}

type Actor = ReturnType<typeof start>;

function send(actor: Actor, ...events: IntakeEvent[]) {
  for (const e of events) {
    actor.send(e);
    expect(actor.getSnapshot().context.issues).toEqual([]);
  }
}

/** Disclose acute risk: "yes" to question 1, then "yes" to the acuity question; the flow interrupts at once. */
function discloseAcute(actor: Actor) {
  send(actor, answer('asq.q1', 1), answer('asq.q2', 0), answer('asq.q3', 0), answer('asq.q4', 0), answer('asq.q5', 'yes'));
  const s = actor.getSnapshot();
  expect(s.value).toBe('safety');
  expect(s.context.safety.pending).toEqual(['asq.acute']);
  send(actor, ACK);
  expect(where(actor.getSnapshot(), briefScreen)).toEqual({ answering: 'asq' });
}

/** Leave the ASQ (acknowledging what it raises), pass the last section without raising anything, and submit. */
function finish(actor: Actor): ReferralSummary {
  if (actor.getSnapshot().value !== 'safety') send(actor, NEXT);
  while (actor.getSnapshot().value === 'safety') send(actor, ACK);
  expect(where(actor.getSnapshot(), briefScreen)).toEqual({ answering: 'residential' });
  send(actor, answer('living.home-support', true), answer('living.transport', true), NEXT);
  expect(actor.getSnapshot().value).toBe('review');
  send(actor, SUBMIT);
  const s = actor.getSnapshot();
  expect(s.status).toBe('done');
  const output = s.output as ReferralSummary;
  expect(ReferralSummarySchema.safeParse(output).success).toBe(true);
  return output;
}

describe('a safety flag whose answer was changed during the intake', () => {
  it('stays in the summary with its urgency when the person goes back and says "no" to question 1', () => {
    const actor = start();
    discloseAcute(actor);
    // On to the next section, then back to change the answer that raised it.
    send(actor, NEXT);
    expect(where(actor.getSnapshot(), briefScreen)).toEqual({ answering: 'residential' });
    send(actor, BACK);
    expect(where(actor.getSnapshot(), briefScreen)).toEqual({ answering: 'asq' });
    send(actor, answer('asq.q1', 0));
    // Question 5 is asked only after a "yes", so its answer is dropped with it.
    expect(actor.getSnapshot().context.dropped).toEqual(['asq.q5']);
    // The non-acute flag was recorded with the "yes" to question 1, before the acuity answer made it acute.
    expect(actor.getSnapshot().context.safety.fired.map((f) => f.id)).toEqual(['asq.positive', 'asq.acute']);

    const output = finish(actor);
    expect(output.safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([
      ['asq.acute', true],
      ['asq.positive', true],
    ]);
    expect(output.safetyFlags[0]).toMatchObject({ id: 'asq.acute', tier: 'interrupt', urgency: 'emergency', answerChanged: true });
    // The question that raised it is no longer asked, so it is cited as not answered.
    expect(output.safetyFlags[0]?.evidence).toEqual([
      { itemId: 'asq.q5', question: expect.stringContaining('killing yourself right now') as unknown as string, answer: null, answerText: 'Not answered' },
    ]);
    expect(output.urgency.level).toBe('emergency');
    expect(output.urgency.reasons[0]).toMatchObject({ urgency: 'emergency', source: { kind: 'safety', id: 'asq.acute' } });
    expect(output.urgency.reasons[0]?.text).toContain(SUMMARY_PHRASES.answerChanged.en);
    expect(output.crisisResources).toBeDefined();

    // Summarized from the final answers alone, nothing would be left of it.
    const answersOnly = summarize(briefScreen, answersOf(actor.getSnapshot().context));
    expect(answersOnly.safetyFlags).toEqual([]);
    expect(answersOnly.urgency.level).toBe('routine');

    const note = renderSummary(output, { format: 'text', audience: 'clinician' });
    // Beside the flag, before its evidence: the question no longer asked, cited in full since no answer stands for it.
    expect(note).toContain(
      `Emergency: ${output.safetyFlags[0]?.reason} (asq.acute; Tier: interrupt) ${SUMMARY_PHRASES.answerChanged.en} — Evidence: ${output.safetyFlags[0]?.evidence[0]?.question} — Not answered (asq.q5)\n`,
    );
  });

  it('keeps the acute flag when the acuity answer changes to "no", beside the non-acute flag that now holds', () => {
    const actor = start();
    discloseAcute(actor);
    send(actor, answer('asq.q5', 'no'));
    // The non-acute flag was recorded with the "yes" to question 1, and its crisis
    // resources were shown with the acute interrupt: leaving the section shows nothing more.
    expect(actor.getSnapshot().context.safety.fired.map((f) => f.id)).toEqual(['asq.positive', 'asq.acute']);
    expect(actor.getSnapshot().context.safety.deferred).toEqual([]);

    const output = finish(actor);
    expect(output.safetyFlags.map((f) => [f.id, f.urgency, f.answerChanged])).toEqual([
      ['asq.acute', 'emergency', true],
      ['asq.positive', 'urgent', undefined],
    ]);
    expect(Object.hasOwn(output.safetyFlags[1] as object, 'answerChanged')).toBe(false);
    expect(output.safetyFlags[0]?.evidence.map((e) => [e.itemId, e.answer])).toEqual([['asq.q5', 'no']]);
    expect(output.urgency.level).toBe('emergency');
    expect(output.urgency.reasons.map((r) => [r.urgency, r.source.id])).toEqual([
      ['emergency', 'asq.acute'],
      ['urgent', 'asq.positive'],
    ]);
  });

  it('reports a flag that still holds once, without the marker, exactly as summarize does with what the flow raised', () => {
    const actor = start();
    discloseAcute(actor);
    const output = finish(actor);
    // The acuity answer turned the non-acute screen acute: the non-acute flag was raised and no longer holds.
    expect(output.safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([
      ['asq.acute', undefined],
      ['asq.positive', true],
    ]);
    expect(output.safetyFlags[0]).not.toHaveProperty('answerChanged');
    const { context } = actor.getSnapshot();
    expect(output).toEqual(summarize(briefScreen, answersOf(context), { raised: context.safety.fired }));
  });

  it('keeps the marked flag when a completed intake is resumed from its persisted snapshot', () => {
    const actor = start();
    discloseAcute(actor);
    send(actor, answer('asq.q1', 0));
    const output = finish(actor);
    const stored: unknown = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const resumed = resumeIntake(machine, stored).getSnapshot();
    expect(resumed.status).toBe('done');
    expect(resumed.output).toEqual(output);
    expect(resumed.output?.safetyFlags[0]?.answerChanged).toBe(true);
  });
});
