import { renameSync, writeFileSync } from 'node:fs';
import type { IntakeMachine } from '../flow/create-intake-machine.js';
import { type IntakeSnapshot, resumeIntakeSnapshot } from '../flow/intake-transition.js';
import { QuestionnaireError } from '../issues/QuestionnaireError.js';
import { inputError } from './cli-error.js';
import { note } from './command.js';
import { issueLines } from './issue-lines.js';

/**
 * Write a flow's persisted snapshot as JSON. The file holds a person's answers,
 * so it is created readable by the owner only, and written whole or not at all.
 *
 * @param file - Where to write.
 * @param machine - The machine the snapshot belongs to.
 * @param snapshot - The snapshot to persist.
 * @throws CliError (`input`) when the file cannot be written.
 * @example
 * ```ts
 * saveSnapshot('intake.json', machine, snapshot);
 * ```
 */
export function saveSnapshot(file: string, machine: IntakeMachine, snapshot: IntakeSnapshot): void {
  const json = `${JSON.stringify(machine.getPersistedSnapshot(snapshot), null, 2)}\n`;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, json, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    throw inputError([`${file}: cannot be written.`]);
  }
}

/**
 * The questionnaire id a saved snapshot belongs to, read before the machine
 * exists so `run --resume FILE` can pick the questionnaire itself.
 *
 * @param persisted - The parsed snapshot file.
 * @returns The id, or undefined when the file does not say.
 * @example
 * ```ts
 * snapshotQuestionnaireId(readJsonFile('intake.json')); // 'substance-use-intake'
 * ```
 */
export function snapshotQuestionnaireId(persisted: unknown): string | undefined {
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const context = (persisted as { context?: unknown }).context;
  if (typeof context !== 'object' || context === null) return undefined;
  const id = (context as { questionnaireId?: unknown }).questionnaireId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Resume a flow from a parsed snapshot file, with the flow's own checks.
 * Stored answers the flow drops (invalid, or hidden now) are named on stderr.
 *
 * @param file - The path, for messages.
 * @param machine - The machine to resume.
 * @param persisted - The parsed file.
 * @returns A snapshot to continue from.
 * @throws CliError (`input`) naming the file when the snapshot is foreign, of an incompatible version or damaged.
 * @example
 * ```ts
 * const snapshot = resumeSnapshot('intake.json', machine, readJsonFile('intake.json'));
 * ```
 */
export function resumeSnapshot(file: string, machine: IntakeMachine, persisted: unknown): IntakeSnapshot {
  try {
    const snapshot = resumeIntakeSnapshot(machine, persisted);
    const dropped = snapshot.context.issues.flatMap((i) => (i.code === 'answer-dropped' && i.itemId !== undefined ? [i.itemId] : []));
    if (dropped.length > 0) {
      const n = dropped.length;
      note(`Note: ${file}: ${n} saved answer${n > 1 ? 's' : ''} could not be used (no longer valid or no longer asked) and will be asked again: ${dropped.join(', ')}.`);
    }
    return snapshot;
  } catch (error) {
    if (error instanceof QuestionnaireError) throw inputError([`${file}: cannot be resumed:`, ...issueLines(file, error.issues, false)]);
    throw error;
  }
}
