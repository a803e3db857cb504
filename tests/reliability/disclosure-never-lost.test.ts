import { answersOf } from '../../src/flow/answers-of.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { URGENCIES, type Urgency } from '../../src/definition/rule.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { evaluationOf } from '../../src/engine/evaluation-cache.js';
import type { IntakeEvent } from '../../src/flow/intake-context.js';
import { initialIntakeSnapshot, type IntakeSnapshot, resumeIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { flowFixture } from '../fixtures/flow-fixture.js';
import { answersArbitrary, RUNS } from '../support/answer-arbitraries.js';
import { answerCurrent, lengthFor, sequenceStep } from '../support/event-sequences.js';

/**
 * Issue 16's acceptance property: for random event sequences with random
 * tampering of the persisted snapshot between events (status, submitted,
 * fired, pending, deferred, cursor, answers), every safety trigger that held
 * at any point of the run (on the flow's answers after any event, or on a
 * restored snapshot's answers as received, answers to hidden questions
 * included) is in the flow's record and in the final summary, and the final
 * summary's urgency is never lower than those triggers' urgency nor than
 * `summarize` over the answers at any point of the run (after any event, and a
 * restored snapshot's answers as stored): a changed answer never lowers the
 * urgency the intake reached. The persisted snapshot is the run's only
 * history: when a tamper rewrites `fired`, the triggers held before are those
 * it still lists (a record of a trigger that no longer holds, edited out, is
 * not detectable; hosts seal stored snapshots against that). A refused snapshot must be refused with
 * a typed error; the run then goes on from the snapshot before it, as a host
 * that keeps its last good copy would.
 */

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const rank = (u: Urgency) => URGENCIES.indexOf(u);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Edits of a persisted snapshot; an absent field is left as it is. */
interface Tamper {
  readonly status?: string | undefined;
  readonly submitted?: unknown;
  readonly fired?: readonly { readonly id: string; readonly section: string }[] | null | string | undefined;
  readonly pending?: unknown;
  readonly deferred?: unknown;
  readonly resume?: unknown;
  readonly cursor?: unknown;
  readonly answers?:
    { readonly mode: 'replace' | 'add'; readonly answers: Record<string, unknown> } | { readonly mode: 'strip'; readonly seed: number } | undefined;
}

function tamperArbitrary(q: QuestionnaireInput): fc.Arbitrary<{ tamper: Tamper }> {
  const index = indexOf(q);
  const ids = index.triggers.map((t) => t.trigger.id);
  const sections = [...index.sections.map((s) => s.section.id), 'review', 'nowhere'];
  const idList = fc.subarray([...ids, 'not-a-trigger']);
  return fc
    .record(
      {
        status: maybe(fc.constantFrom('done', 'active', 'error', 'stopped')),
        submitted: maybe(fc.constantFrom(true, false, 'yes')),
        fired: maybe(
          fc.oneof(
            fc.array(fc.record({ id: fc.constantFrom(...ids, 'not-a-trigger'), section: fc.constantFrom(...sections) }), { maxLength: 4 }),
            fc.constantFrom(null, 'junk'),
          ),
        ),
        pending: maybe(fc.oneof(idList, fc.constant(null))),
        deferred: maybe(fc.oneof(idList, fc.constant('junk'))),
        resume: maybe(fc.constantFrom('stay', 'next', 7)),
        cursor: maybe(fc.oneof(fc.integer({ min: -2, max: index.sections.length + 2 }), fc.constant('2'))),
        // Replace every answer, add answers (to hidden questions among them), or take some away.
        answers: maybe(
          fc.oneof(
            answersArbitrary(q).map((answers) => ({ mode: 'replace' as const, answers })),
            answersArbitrary(q).map((answers) => ({ mode: 'add' as const, answers })),
            fc.nat().map((seed) => ({ mode: 'strip' as const, seed })),
          ),
        ),
      },
      { requiredKeys: [] },
    )
    .map((edit) => ({ tamper: edit }));
}

function tampered(persisted: Record<string, unknown>, edit: Tamper): Record<string, unknown> {
  const context = { ...(persisted.context as Record<string, unknown>) };
  const safety = { ...(context.safety as Record<string, unknown>) };
  for (const key of ['fired', 'pending', 'deferred', 'resume'] as const) if (edit[key] !== undefined) safety[key] = edit[key];
  context.safety = safety;
  if (edit.submitted !== undefined) context.submitted = edit.submitted;
  if (edit.cursor !== undefined) context.cursor = edit.cursor;
  const entries = context.answerEntries as [string, unknown][];
  if (edit.answers?.mode === 'replace') context.answerEntries = Object.entries(edit.answers.answers);
  if (edit.answers?.mode === 'add') context.answerEntries = Object.entries({ ...Object.fromEntries(entries), ...edit.answers.answers });
  if (edit.answers?.mode === 'strip') {
    const seed = edit.answers.seed;
    context.answerEntries = entries.filter((_, i) => ((seed >> (i % 30)) & 1) === 0);
  }
  return { ...persisted, ...(edit.status === undefined ? {} : { status: edit.status }), context };
}

function checkRun(q: QuestionnaireInput, seed: number, numRuns = RUNS): { completed: number; restored: number; refused: number } {
  const machine = createIntakeMachine(q);
  const index = indexOf(q);
  const urgencyOf = new Map(index.triggers.map((t) => [t.trigger.id, t.trigger.urgency]));
  const counts = { completed: 0, restored: 0, refused: 0 };
  const step = fc.oneof({ arbitrary: sequenceStep(q), weight: 12 }, { arbitrary: tamperArbitrary(q), weight: 1 });

  fc.assert(
    fc.property(fc.array(step, { minLength: lengthFor(q), maxLength: 2 * lengthFor(q) }), (steps) => {
      const held = new Set<string>();
      // The highest urgency the questionnaire's urgency rules gave on any answer state of the run (the safety
      // triggers' part of what summarize would say is `held`, which follows tampering of the records).
      let peak: Urgency = 'routine';
      const raise = (u: Urgency | undefined) => {
        if (u !== undefined && rank(u) < rank(peak)) peak = u;
      };
      const note = (entries: IntakeSnapshot['context']['answerEntries']) => {
        const ev = evaluationOf(index, entries);
        for (const t of index.triggers) if (t.test(ev)) held.add(t.trigger.id);
        for (const r of index.rules) if (r.rule.urgency !== undefined && r.test(ev)) raise(r.rule.urgency);
      };
      const recorded = (snap: IntakeSnapshot, when: string) => {
        note(snap.context.answerEntries);
        const fired = new Set(snap.context.safety.fired.map((f) => f.id));
        for (const id of held) check(fired.has(id), `trigger ${id} held but is not recorded (${when})`);
      };
      let snap = initialIntakeSnapshot(machine);
      for (const generated of steps) {
        if ('tamper' in generated) {
          const persisted = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snap))) as Record<string, unknown>;
          const edited = tampered(persisted, generated.tamper);
          let restored: IntakeSnapshot;
          try {
            restored = resumeIntakeSnapshot(machine, edited);
          } catch (error) {
            check(error instanceof QuestionnaireError, `a tampered snapshot crashed restore: ${String(error)}`);
            counts.refused++;
            continue;
          }
          counts.restored++;
          // The snapshot is the run's only history: a record edited out of `fired` for a trigger that no
          // longer holds cannot be known (hosts seal snapshots against that). What it still records stays.
          const kept = new Set((restored.context.safety.fired as readonly { id: string }[]).map((f) => f.id));
          const { fired } = generated.tamper;
          if (fired !== undefined) {
            const listed = new Set(Array.isArray(fired) ? fired.map((f) => f.id) : []);
            for (const id of held) if (!listed.has(id)) held.delete(id);
          }
          for (const id of held) check(kept.has(id), `restore lost the record of ${id}`);
          if (Array.isArray(fired)) for (const f of fired) if (urgencyOf.has(f.id)) held.add(f.id);
          // What summarize finds in the answers as stored, those to hidden questions included, is held too.
          const asStored = summarize(q, Object.fromEntries((edited.context as { answerEntries: [string, unknown][] }).answerEntries));
          for (const f of asStored.safetyFlags) held.add(f.id);
          for (const r of asStored.urgency.reasons) if (r.source.kind === 'rule') raise(r.urgency);
          snap = restored;
          recorded(snap, 'after restore');
        } else {
          const event = ('pick' in generated ? answerCurrent(q, snap, generated.pick, generated.choice) : generated) as IntakeEvent;
          snap = stepIntake(machine, snap, event);
          recorded(snap, `after ${event.type}`);
        }
        if (snap.status === 'done') break;
      }

      // The summary the run ends with: the flow's output, or what SUBMIT would summarize now.
      const { safety } = snap.context;
      const answers = answersOf(snap.context);
      const raisedRules = safety.urgencyRules ?? [];
      const output: ReferralSummary = snap.status === 'done' ? (snap.output as ReferralSummary) : summarize(q, answers, { raised: safety.fired, raisedRules });
      if (snap.status === 'done') counts.completed++;
      const flagged = new Set(output.safetyFlags.map((f) => f.id));
      for (const id of held) check(flagged.has(id), `trigger ${id} held during the run but is not in the summary`);
      let floor = summarize(q, answers).urgency.level;
      if (rank(peak) < rank(floor)) floor = peak;
      for (const id of held) {
        const u = urgencyOf.get(id) as Urgency;
        if (rank(u) < rank(floor)) floor = u;
      }
      check(rank(output.urgency.level) <= rank(floor), `summary urgency ${output.urgency.level} is below ${floor}`);
    }),
    { seed, numRuns },
  );
  return counts;
}

describe('a disclosure is never lost across random event sequences and tampered snapshots (issue 16, fast-check)', () => {
  it.each([
    ['the flow fixture (an interrupt and a flag trigger)', flowFixture, 16_2026],
    ['briefScreen (ASQ and PHQ-9 item 9)', briefScreen, 16],
  ] as const)('%s', (_, q, seed) => {
    const counts = checkRun(q, seed);
    // The runs reach every branch that matters: completed intakes, accepted and refused tampered snapshots.
    expect(counts.completed).toBeGreaterThan(0);
    expect(counts.restored).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
  });

  it('the full intake (withdrawal, overdose and safety-at-home urgency rules), a tenth of the runs', () => {
    const counts = checkRun(substanceUseIntake, 17, Math.round(RUNS / 10));
    expect(counts.restored).toBeGreaterThan(0);
  });
});
