import { SEMVER } from '../definition/questionnaire.js';
import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import { Evaluation } from '../engine/evaluation.js';
import { resolveIndexed } from '../engine/resolve-answers.js';
import { scanJson } from '../definition/define-questionnaire.js';
import { detailedIssue, type Issue, issue } from '../issues/issue.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import { settleValues } from '../engine/evaluation-cache.js';
import { storedAnswers } from './stored-answers.js';
import type { IntakeContext } from './intake-context.js';
import { missingRequired } from './navigation-steps.js';
import { restoreSafety } from './restore-safety.js';
import { nextSection, sectionShown } from './section-navigation.js';

/**
 * Whether a snapshot made with questionnaire version `from` may resume under
 * version `to`: same major version, and not newer than `to`. Minor and patch
 * releases only add items or fix wording, so answers to items that still exist
 * carry over; a major release may change meaning, so it does not resume.
 *
 * @param from - The version stored in the snapshot.
 * @param to - The questionnaire's version now.
 * @returns True when the snapshot may resume.
 * @example
 * ```ts
 * import { snapshotVersionCompatible } from 'intake-screening';
 * snapshotVersionCompatible('1.2.0', '1.3.1'); // true
 * snapshotVersionCompatible('1.2.0', '2.0.0'); // false
 * ```
 */
export function snapshotVersionCompatible(from: string, to: string): boolean {
  const a = SEMVER.exec(from);
  const b = SEMVER.exec(to);
  if (!a || !b) return false;
  const [, aMajor, aMinor, aPatch] = a.map(Number);
  const [, bMajor, bMinor, bPatch] = b.map(Number);
  if (aMajor !== bMajor) return false;
  if (aMinor !== bMinor) return (aMinor as number) < (bMinor as number);
  return (aPatch as number) <= (bPatch as number);
}

const refuse = (code: 'snapshot-invalid' | 'snapshot-foreign' | 'snapshot-version', path: Issue['path'], message: string): never => {
  throw new QuestionnaireError([issue(code, path, message)]);
};

/**
 * Rebuild a flow context from a persisted snapshot, trusting nothing in it:
 * questionnaire id and version are checked, every answer is validated again and
 * re-pruned for visibility, and the position and safety state are re-derived
 * from the answers (see `restoreSafety`). Answers that no longer fit are
 * dropped and reported in `issues`. A snapshot that says it was submitted is
 * refused (`snapshot-unfinished`) unless it passes what SUBMIT checks.
 */
export function restoreContext(index: QuestionnaireIndex, persisted: unknown): { context: Omit<IntakeContext, 'locale'>; done: boolean } {
  const q = index.questionnaire;
  if (persisted === null || typeof persisted !== 'object' || Array.isArray(persisted)) {
    refuse('snapshot-invalid', [], 'Snapshot must be an object from getPersistedSnapshot().');
  }
  const danger = scanJson(persisted);
  if (danger) refuse('snapshot-invalid', danger.path, 'Snapshot holds a key that is not allowed or is nested too deeply.');
  const snap = persisted as Record<string, unknown>;
  const raw = snap.context;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) refuse('snapshot-invalid', ['context'], 'Snapshot has no context object.');
  const ctx = raw as Record<string, unknown>;
  if (ctx.questionnaireId !== q.id) {
    refuse(
      'snapshot-foreign',
      ['context', 'questionnaireId'],
      `Snapshot belongs to another questionnaire, not "${q.id}". Ensure that it is resumed with the questionnaire that made it.`,
    );
  }
  const version = typeof ctx.questionnaireVersion === 'string' ? ctx.questionnaireVersion : '';
  if (!snapshotVersionCompatible(version, q.version)) {
    refuse(
      'snapshot-version',
      ['context', 'questionnaireVersion'],
      `Snapshot from version "${version.slice(0, 20)}" cannot resume under version "${q.version}" of "${q.id}": only the same major version, not newer, resumes.`,
    );
  }

  const stored = storedAnswers(ctx);
  const resolved = resolveIndexed(index, stored.answers);
  const issues: Issue[] = [
    ...stored.issues,
    ...resolved.issues.map((i) =>
      detailedIssue('answer-dropped', stored.pathOf(i.path), `Stored answer dropped: ${i.message}`, i.itemId, { cause: 'invalid' }),
    ),
    ...resolved.hidden.map((id) =>
      detailedIssue(
        'answer-dropped',
        stored.pathOf([id]),
        `Stored answer to "${id}" dropped: the item is hidden by the other answers (the safety triggers were checked on it first).`,
        id,
        { cause: 'hidden' },
      ),
    ),
  ];
  const ev = resolved.evaluation;
  const count = index.sections.length;
  let cursor = typeof ctx.cursor === 'number' && Number.isInteger(ctx.cursor) && ctx.cursor >= 0 && ctx.cursor <= count ? ctx.cursor : 0;
  if (cursor < count && !sectionShown(ev, cursor)) cursor = nextSection(ev, cursor);

  // Triggers are checked on the answers, not read from the snapshot; an
  // answer dropped here as not asked still raises what it holds.
  const received = resolved.received === undefined ? undefined : Evaluation.unpruned(index, resolved.received);
  const safety = restoreSafety(index, ctx.safety, ev, received);

  // A snapshot that says the intake was submitted must pass what SUBMIT checks.
  const answerEntries = settleValues(index, ev, resolved.byPosition);
  const claimsDone = snap.status === 'done' || ctx.submitted === true;
  if (claimsDone) {
    const unfinished = [
      ...missingRequired(index, { answerEntries, cursor: count }).map((i) =>
        issue(
          'snapshot-unfinished',
          stored.pathOf([i.itemId ?? '']),
          `Snapshot says the intake was submitted, but required item "${i.itemId ?? ''}" has no answer. Ensure that a finished intake is stored as the flow left it.`,
          i.itemId,
        ),
      ),
      ...[...safety.pending, ...safety.deferred].map((id) =>
        issue(
          'snapshot-unfinished',
          ['context', 'safety', 'pending'],
          `Snapshot says the intake was submitted, but safety trigger "${id}" holds and its crisis resources were never acknowledged. Ensure that a finished intake is stored as the flow left it.`,
        ),
      ),
    ];
    if (unfinished.length > 0) throw new QuestionnaireError(unfinished);
  }
  // A submitted intake whose stored answers no longer all fit goes back to review, to be submitted again.
  const done = claimsDone && issues.length === 0;
  return {
    context: {
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      answerEntries,
      cursor: claimsDone ? count : cursor,
      issues,
      dropped: [],
      safety,
      submitted: done,
    },
    done,
  };
}
