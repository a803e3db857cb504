import { answersOf } from '../../src/flow/answers-of.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { briefScreen } from '../../questionnaires/index.js';
import { printSummary, raisedTriggers } from '../../src/cli/print-summary.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { CLINICIAN_PHRASES, SUMMARY_PHRASES } from '../../src/summary/phrases.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { ensureCliBuilt, ROOT } from './build-cli.js';
import { briefScreenOpening, expectNoStack, runCli, SAMPLES, scratch } from './helpers.js';
import { KEY, PtySession } from './pty-session.js';
import { where } from '../support/where.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { es as esPack } from '../../src/locales/es.js';

// A person says "yes" on the ASQ, sees the crisis resources, then changes the
// answer. The flow keeps the flag (marked as changed) in its own output; the
// CLI summarizes again in the requested locale, and must not lose it there.

beforeAll(ensureCliBuilt, 60_000);
const tmp = scratch();
afterAll(() => tmp.remove());
const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

const CHANGED_EN = SUMMARY_PHRASES.answerChanged.en;
const CHANGED_ES = esPack.phrases.summary.answerChanged;
const TIER_EN = CLINICIAN_PHRASES.tier.en.replace('{tier}', 'interrupt');

const brief = (JSON.parse(readFileSync(join(ROOT, SAMPLES.brief), 'utf8')) as { answers: Record<string, unknown> }).answers;
const pick = (keep: (id: string) => boolean) => Object.fromEntries(Object.entries(brief).filter(([id]) => keep(id)));
const beforeAsq = (id: string) => /^(about|auditc|taps|withdrawal|phq9|gad7)\./.test(id);
const afterAsq = (id: string) => /^(living|cooccurring)\./.test(id);
/** Line breaks as a terminal sends them (\r\n) read as \n. */
const lines = (text: string) => text.replace(/\r\n/g, '\n');

describe('run --answers: a trigger raised in one run and changed when resumed', { timeout: 60_000 }, () => {
  // The first run says "yes" to ASQ question 1 and to the acuity question (asq.acute fires and is
  // acknowledged) and stops in the ASQ section, since question 2 is missing. The second run resumes
  // there and changes question 1 to "no": the acuity question is no longer asked.
  const paused = join(tmp.dir, 'paused.json');
  const finished = join(tmp.dir, 'finished.json');
  let part2 = '';

  beforeAll(async () => {
    const part1 = tmp.file('part1.json', {
      questionnaire: 'brief-screen',
      answers: { ...pick(beforeAsq), 'asq.q1': 1, 'asq.q3': 0, 'asq.q4': 0, 'asq.q5': 'yes' },
    });
    part2 = tmp.file('part2.json', { ...pick(afterAsq), 'asq.q1': 0, 'asq.q2': 0 });
    const stopped = await runCli(['run', '--answers', part1, '--save', paused]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('item "asq.q2"');
    const snapshot = JSON.parse(readFileSync(paused, 'utf8')) as { value: unknown; context: { cursor: number; safety: { fired: { id: string }[] } } };
    expect(where(snapshot, briefScreen)).toEqual({ answering: 'asq' });
    // The non-acute flag was recorded with the "yes" to question 1, the acute one with the acuity answer.
    expect(snapshot.context.safety.fired.map((f) => f.id)).toEqual(['asq.positive', 'asq.acute']);
  }, 60_000);

  it('prints the flag with its urgency, marked answerChanged, in the JSON summary', async () => {
    const r = await runCli(['run', '--resume', paused, '--answers', part2, '--format', 'json', '--save', finished]);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as ReferralSummary;
    expect(summary.safetyFlags.map((f) => [f.id, f.urgency, f.answerChanged])).toEqual([
      ['asq.acute', 'emergency', true],
      ['asq.positive', 'urgent', true],
    ]);
    expect(summary.safetyFlags[0]?.evidence.map((e) => [e.itemId, e.answer])).toEqual([['asq.q5', null]]);
    expect(summary.urgency.level).toBe('emergency');
    expect(summary.urgency.reasons[0]?.text).toContain(CHANGED_EN);

    // The final answers no longer hold it: summarized on their own, there is no flag.
    const stored = JSON.parse(readFileSync(finished, 'utf8')) as { status: string; context: { answerEntries: [string, unknown][] } };
    expect(stored.status).toBe('done');
    expect(answersOf(stored.context)).toMatchObject({ 'asq.q1': 0 });
    expect(answersOf(stored.context)).not.toHaveProperty('asq.q5');
    const answersOnly = await runCli([
      'summarize',
      '--questionnaire',
      'brief-screen',
      '--format',
      'json',
      '--answers',
      tmp.file('final.json', answersOf(stored.context)),
    ]);
    expect(answersOnly.code, answersOnly.stderr).toBe(0);
    expect((JSON.parse(answersOnly.stdout) as ReferralSummary).safetyFlags).toEqual([]);
  });

  it('says so under the flag in the English clinician view', async () => {
    const r = await runCli(['run', '--resume', paused, '--answers', part2, '--audience', 'clinician']);
    expect(r.code, r.stderr).toBe(0);
    // Beside the flag, before its answers.
    expect(r.stdout).toContain(`(asq.acute; ${TIER_EN}) ${CHANGED_EN} — Evidence: A`);
    expect(r.stdout).toMatch(/^Urgency — Emergency: /m);
    expect(r.stdout).not.toContain(CHANGED_ES);
    expectNoStack(r.stderr);
  });

  it('says so in Spanish in the Spanish clinician view', async () => {
    const r = await runCli(['run', '--resume', paused, '--answers', part2, '--audience', 'clinician', '--locale', 'es', '--format', 'markdown']);
    expect(r.code, r.stderr).toBe(0);
    // Read without Markdown's escapes.
    expect(r.stdout.replace(/\\(.)/g, '$1')).toContain(
      `(asq.acute; ${esPack.phrases.clinician.tier.replace('{tier}', 'interrupción')}) ${CHANGED_ES} — Evidencia: `,
    );
    // Once beside each flag (the acute one and the non-acute one raised with question 1); each urgency reason points to its flag.
    expect(r.stdout.split(CHANGED_ES)).toHaveLength(3);
    expect(r.stdout).not.toContain(CHANGED_EN);
  });

  it('keeps the crisis resources in the person’s own view, without the clinician’s note', async () => {
    const r = await runCli(['run', '--resume', paused, '--answers', part2, '--audience', 'patient']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('988');
    expect(r.stdout).not.toContain(CHANGED_EN);
  });
});

describe('run in a terminal: the acuity answer changed after the crisis resources', { timeout: 60_000 }, () => {
  it('writes the acute flag, marked as changed, beside the non-acute flag that now holds, to the clinician’s report', async () => {
    const report = join(tmp.dir, 'changed-report.txt');
    const s = new PtySession(['run', 'brief-screen', '--report', report], {}, tmp.dir);
    sessions.push(s);
    const at = async (question: string, answer: () => void) => {
      await s.waitFor(question);
      await s.waitFor('Enter: confirm');
      answer();
    };
    await briefScreenOpening(s); // "About you", TAPS-1 "Never", no withdrawal
    for (const q of ['Little interest', 'Feeling down', 'Feeling nervous', 'Not being able to stop']) await at(q, () => s.pick(0)); // "Not at all"
    await at('wished you were dead', () => s.pick(0)); // ASQ 1: Yes
    for (const q of ['better off if you were dead', 'thoughts about killing yourself?', 'ever tried to kill yourself']) await at(q, () => s.pick(1)); // No
    await at('thoughts of killing yourself right now', () => s.pick(0)); // Yes
    await at('Please read the message above.', () => s.pick(0));
    // Back from the follow-up to the acuity question, which shows "Yes", and change it to "No".
    await s.waitFor('If yes, please describe');
    s.press('<', KEY.enter);
    await s.waitFor('thoughts of killing yourself right now');
    await s.waitFor('● Yes');
    await s.waitFor('Enter: confirm');
    s.press(KEY.down, KEY.enter);
    // The non-acute flag (question 1 is still "yes") was recorded with that answer and its crisis
    // resources shown with the acute interrupt, so leaving the section goes straight on.
    await at('someone at home', () => s.pick(0)); // Yes
    await at('get to a clinic almost every day', () => s.pick(0)); // Yes
    await at('ever told you that', () => s.mark(6)); // "none of these"
    await at('concern for you lately', () => s.mark(5));
    await at('You have reached the end of the questions.', () => s.pick(0));
    await s.waitFor(`the clinician summary is in ${report}`);
    expect(await s.exited).toBe(0);

    const out = lines(readFileSync(report, 'utf8'));
    expect(out).toContain(`(asq.acute; ${TIER_EN}) ${CHANGED_EN} — ${CLINICIAN_PHRASES.evidence.en}: A`);
    expect(out).toContain(`(asq.positive; ${CLINICIAN_PHRASES.tier.en.replace('{tier}', 'flag')}) — ${CLINICIAN_PHRASES.evidence.en}: A`);
    // Once, beside the flag: the urgency reason points to the flag.
    expect(out.split(CHANGED_EN)).toHaveLength(2);
    // The person's own view keeps the crisis resources and leaves the clinician's note out.
    expect(s.text).toContain('988');
    expect(s.text).not.toContain(CHANGED_EN);
  });
});

describe('printSummary with the triggers a flow raised', () => {
  const machine = createIntakeMachine<Questionnaire>(briefScreen);
  const answer = (itemId: string, value: unknown): IntakeEvent => ({ type: 'ANSWER', itemId, value });
  const events: IntakeEvent[] = [
    { type: 'NEXT' },
    answer('auditc.sex', 'male'),
    { type: 'NEXT' },
    ...['tobacco', 'alcohol', 'drugs', 'rx'].map((c) => answer(c === 'alcohol' ? 'taps.alcohol.frequency-male' : `taps.${c}.frequency`, 'never')),
    { type: 'NEXT' },
    { type: 'NEXT' }, // the withdrawal question may be left unanswered
    answer('phq9.q1', 0),
    answer('phq9.q2', 0),
    { type: 'NEXT' },
    answer('gad7.q1', 0),
    answer('gad7.q2', 0),
    { type: 'NEXT' },
    // "Yes" to question 2 and to the acuity question, then question 2 changed back to "no".
    ...['asq.q1', 'asq.q2', 'asq.q3', 'asq.q4'].map((id) => answer(id, 0)),
    answer('asq.q2', 1),
    answer('asq.q5', 'yes'),
    { type: 'ACKNOWLEDGE' },
    answer('asq.q2', 0),
  ];

  function printed(run: () => ReferralSummary): { summary: ReferralSummary; out: string } {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const summary = run();
      return { summary, out: write.mock.calls.map(([chunk]) => String(chunk)).join('') };
    } finally {
      write.mockRestore();
    }
  }

  it('reads the fired triggers off the snapshot and prints the flag in the requested locale', () => {
    const actor = createActor(machine).start();
    for (const e of events) actor.send(e);
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.issues).toEqual([]);
    expect(raisedTriggers(snapshot).map((t) => t.id)).toEqual(['asq.positive', 'asq.acute']);

    const es = printed(() =>
      printSummary(briefScreen, answersOf(snapshot.context), { format: 'text', audience: 'clinician', locale: 'es' }, raisedTriggers(snapshot)),
    );
    expect(es.summary.locale).toBe('es');
    expect(es.summary.safetyFlags.map((f) => [f.id, f.answerChanged])).toEqual([
      ['asq.acute', true],
      ['asq.positive', true],
    ]);
    expect(es.out).toContain(` ${CHANGED_ES} — Evidencia: A`);

    // Without them (an answers file summarized on its own) there is nothing to mark.
    const plain = printed(() => printSummary(briefScreen, answersOf(snapshot.context), { format: 'text', audience: 'clinician', locale: 'en' }));
    expect(plain.summary.safetyFlags).toEqual([]);
    expect(plain.out).not.toContain(CHANGED_EN);
  });
});
