import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, type Stats, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Questionnaire } from '../definition/types.js';
import type { IntakeMachine } from '../flow/create-intake-machine.js';
import { type IntakeSnapshot, resumeIntakeSnapshot } from '../flow/intake-transition.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import { inputError } from './cli-error.js';
import { note } from './command.js';
import { issueLines } from './issue-lines.js';

/**
 * Where `run --save` writes, and whether a symbolic link there may be followed (`--follow-symlink`).
 *
 * @example
 * ```ts
 * const save: SaveTarget = { file: 'intake.json', followSymlink: false };
 * ```
 */
export interface SaveTarget {
  readonly file: string;
  readonly followSymlink: boolean;
}

/**
 * Write a flow's persisted snapshot as JSON. The file holds a person's
 * answers, and its directory may be shared, so: the data goes first to a
 * temporary file created exclusively (`O_EXCL`, never through a planted
 * link), readable by the owner only, with an unpredictable name beside the
 * target; it is flushed to disk, renamed over the target, and the directory
 * is flushed too. If anything fails the temporary file is removed, so no
 * copy of the answers is left behind. A symbolic link at the target is
 * refused unless `followSymlink` is set (`--follow-symlink`); then the file
 * it points to is replaced.
 *
 * @param file - Where to write.
 * @param machine - The machine the snapshot belongs to.
 * @param snapshot - The snapshot to persist.
 * @param options - `followSymlink`: write to the file a symbolic link at `file` points to.
 * @throws CliError (`input`) when the file cannot be written, is a directory, or is a symbolic link not to be followed.
 * @example
 * ```ts
 * saveSnapshot('intake.json', machine, snapshot);
 * ```
 */
export function saveSnapshot<Q extends Questionnaire>(
  file: string,
  machine: IntakeMachine<Q>,
  snapshot: IntakeSnapshot<Q>,
  options: { readonly followSymlink?: boolean } = {},
): void {
  const json = `${JSON.stringify(machine.getPersistedSnapshot(snapshot), null, 2)}\n`;
  let target = file;
  const existing = statOrUndefined(file);
  if (existing?.isSymbolicLink()) {
    if (options.followSymlink !== true) {
      throw inputError([
        `${file}: is a symbolic link, so the snapshot was not written through it. Ensure that --save names a regular file, or pass --follow-symlink to replace the file the link points to.`,
      ]);
    }
    try {
      target = realpathSync(file);
    } catch {
      throw inputError([`${file}: is a symbolic link to nothing; the snapshot was not written.`]);
    }
  }
  if (statOrUndefined(target)?.isDirectory()) throw inputError([`${file}: is a directory; the snapshot was not written.`]);
  const dir = dirname(target);
  const temporary = join(dir, `.${basename(target)}.${randomBytes(12).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    writeFileSync(fd, json);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, target);
    syncDirectory(dir);
  } catch {
    if (fd !== undefined) closeQuietly(fd);
    rmSync(temporary, { force: true });
    throw inputError([`${file}: cannot be written; no copy of the answers was left behind.`]);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed or never usable: nothing more to release.
  }
}

/** Flush a directory's entries (the rename) to disk; a platform that cannot open directories skips it. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory; the rename itself has happened.
  } finally {
    if (fd !== undefined) closeQuietly(fd);
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
 * @param input - The summary's locale (else the one the snapshot was saved with).
 * @returns A snapshot to continue from.
 * @throws CliError (`input`) naming the file when the snapshot is foreign, of an incompatible version or damaged.
 * @example
 * ```ts
 * const snapshot = resumeSnapshot('intake.json', machine, readJsonFile('intake.json'));
 * ```
 */
export function resumeSnapshot<Q extends Questionnaire>(
  file: string,
  machine: IntakeMachine<Q>,
  persisted: unknown,
  input: { readonly locale?: string } = {},
): IntakeSnapshot<Q> {
  try {
    const snapshot = resumeIntakeSnapshot(machine, persisted, input);
    const dropped = snapshot.context.issues.flatMap((i) => (i.code === 'answer-dropped' && i.itemId !== undefined ? [i.itemId] : []));
    if (dropped.length > 0) {
      const n = dropped.length;
      note(
        `Note: ${file}: ${n} saved answer${n > 1 ? 's' : ''} could not be used (no longer valid or no longer asked) and will be asked again: ${dropped.join(', ')}.`,
      );
    }
    return snapshot;
  } catch (error) {
    if (error instanceof QuestionnaireError) throw inputError([`${file}: cannot be resumed:`, ...issueLines(file, error.issues, false)]);
    throw error;
  }
}
