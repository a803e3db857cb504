import { answersOf } from '../../src/flow/answers-of.js';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { briefScreen } from '../../questionnaires/index.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { initialIntakeSnapshot, resumeIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { summarize } from '../../src/summary/summarize.js';

/**
 * Issue 16's acceptance: the final summary's urgency is never lower than
 * `summarize` over the answers at any point of the run. An urgency rule (here
 * the brief screen's "withdrawal symptoms after alcohol or benzodiazepines",
 * urgent: same-day medical evaluation) that held and was then answered away
 * keeps its urgency, marked as changed, like a safety flag.
 */

const answer = (itemId: string, value: unknown): IntakeEvent => ({ type: 'ANSWER', itemId, value }) as IntakeEvent;
const NEXT: IntakeEvent = { type: 'NEXT' };
const machine = createIntakeMachine(briefScreen as QuestionnaireInput);
const walk = (...events: IntakeEvent[]) => events.reduce((snap, e) => stepIntake(machine, snap, e), initialIntakeSnapshot(machine));
const start = [NEXT, answer('about.age', 40), answer('auditc.sex', 'female'), NEXT];
const taps = [
  answer('taps.tobacco.frequency', 'never'),
  answer('taps.alcohol.frequency', 'daily'),
  answer('taps.drugs.frequency', 'never'),
  answer('taps.rx.frequency', 'weekly'),
  NEXT,
];
const rest = [
  NEXT,
  answer('phq9.q1', 0),
  answer('phq9.q2', 0),
  NEXT,
  answer('gad7.q1', 0),
  answer('gad7.q2', 0),
  NEXT,
  answer('asq.q1', 0),
  answer('asq.q2', 0),
  answer('asq.q3', 0),
  answer('asq.q4', 0),
  NEXT,
  answer('living.home-support', true),
  answer('living.transport', true),
  answer('cooccurring.told', ['none']),
  answer('cooccurring.concerns', ['none']),
  NEXT,
];
const SUBMIT: IntakeEvent = { type: 'SUBMIT' };

describe('urgency the intake reached is not lowered by a changed answer (issue 16)', () => {
  it('records the urgency rule when the answer makes it hold, and keeps it when the answer changes before leaving the section', () => {
    const said = walk(...start, ...taps, answer('withdrawal.screen', ['alcohol']));
    expect(said.context.issues).toEqual([]);
    expect(said.context.safety.urgencyRules).toEqual([{ id: 'withdrawal.screen-sedatives', urgency: 'urgent', evidence: ['withdrawal.screen'] }]);
    const changed = walk(...start, ...taps, answer('withdrawal.screen', ['alcohol']), answer('withdrawal.screen', ['no']), ...rest, SUBMIT);
    expect(changed.status).toBe('done');
    const output = changed.output as ReferralSummary;
    // The final answers alone say less: this is what the record keeps.
    expect(summarize(briefScreen, answersOf(changed.context)).urgency.level).not.toBe('urgent');
    expect(output.urgency.level).toBe('urgent');
    const reason = output.urgency.reasons.find((r) => r.source.id === 'withdrawal.screen-sedatives');
    expect(reason).toMatchObject({ urgency: 'urgent', source: { kind: 'rule' }, answerChanged: true });
    expect(reason?.text).toContain('Raised during the intake');
    // The evidence shows the final answer, so the clinician sees the change.
    expect(reason?.evidence.map((e) => [e.itemId, e.answer])).toEqual([['withdrawal.screen', ['no']]]);
    // Findings follow the final answers: no withdrawal finding is claimed.
    expect(
      Object.values(output.findings)
        .flat()
        .some((f) => f.ruleId === 'withdrawal.screen-sedatives'),
    ).toBe(false);
  });

  it('reports a held rule that still holds once, without the changed mark', () => {
    const kept = walk(...start, ...taps, answer('withdrawal.screen', ['alcohol']), ...rest, SUBMIT);
    const reasons = (kept.output as ReferralSummary).urgency.reasons.filter((r) => r.source.id === 'withdrawal.screen-sedatives');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]?.answerChanged).toBeUndefined();
  });

  it('adds no changed reason when the final answers already give that urgency or more', () => {
    // Opioid withdrawal (priority) then changed to alcohol (urgent): the priority rule no longer holds but adds nothing.
    const snap = walk(...start, ...taps, answer('withdrawal.screen', ['opioids']), answer('withdrawal.screen', ['alcohol']), ...rest, SUBMIT);
    expect(snap.context.safety.urgencyRules?.map((u) => u.id)).toEqual(['withdrawal.screen-opioids', 'withdrawal.screen-sedatives']);
    const output = snap.output as ReferralSummary;
    expect(output.urgency.level).toBe('urgent');
    expect(output.urgency.reasons.some((r) => r.answerChanged === true)).toBe(false);
  });

  it('survives restore: a stored record is kept, a stripped one derived again, a forged one dropped', () => {
    const changed = walk(...start, ...taps, answer('withdrawal.screen', ['alcohol']), answer('withdrawal.screen', ['no']));
    const persisted = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(changed))) as { context: { safety: Record<string, unknown> } };
    expect(resumeIntakeSnapshot(machine, persisted).context.safety.urgencyRules?.map((u) => u.id)).toEqual(['withdrawal.screen-sedatives']);

    const holding = walk(...start, ...taps, answer('withdrawal.screen', ['alcohol']));
    const stripped = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(holding))) as { context: { safety: Record<string, unknown> } };
    delete stripped.context.safety.urgencyRules;
    expect(resumeIntakeSnapshot(machine, stripped).context.safety.urgencyRules).toEqual([
      { id: 'withdrawal.screen-sedatives', urgency: 'urgent', evidence: ['withdrawal.screen'] },
    ]);

    for (const forged of [[{ id: 'no-such-rule', urgency: 'emergency', evidence: [] }], 'junk', [null, 7]]) {
      const edited = { ...persisted, context: { ...persisted.context, safety: { ...persisted.context.safety, urgencyRules: forged } } };
      expect(resumeIntakeSnapshot(machine, edited).context.safety.urgencyRules).toBeUndefined();
    }
  });

  it('summarize takes the records as raisedRules and refuses what is not an urgency rule of the questionnaire, naming the path', () => {
    const answers = answersOf(walk(...start, ...taps, answer('withdrawal.screen', ['no'])).context);
    const s = summarize(briefScreen, answers, { raisedRules: [{ id: 'withdrawal.screen-sedatives' }] });
    expect(s.urgency.level).toBe('urgent');
    let error: unknown;
    try {
      summarize(briefScreen, answers, { raisedRules: ['withdrawal.screen-sedatives', 'asq.acute', 3] as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuestionnaireError);
    expect((error as QuestionnaireError).issues.map((i) => [i.code, i.path])).toEqual([
      ['out-of-range', ['options', 'raisedRules', 1]],
      ['wrong-type', ['options', 'raisedRules', 2]],
    ]);
  });
});
