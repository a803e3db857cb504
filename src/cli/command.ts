import type { ExitCode } from './cli-error.js';
import { writeErr } from './terminal.js';

/**
 * One subcommand of the `intake-screening` bin: its name, its full help, and
 * what it does. (Its one-line summary lives in `main.ts`, so listing commands
 * loads none of them.)
 *
 * @example
 * ```ts
 * const hello: Command = { name: 'hello', help: 'Usage: …', run: async () => 0 };
 * ```
 */
export interface Command {
  readonly name: string;
  readonly help: string;
  /** Run with the arguments after the command name; resolves to the exit code. */
  readonly run: (args: readonly string[]) => Promise<ExitCode>;
}

/**
 * Write a note for the person at the terminal on stderr, so stdout stays the
 * command's output (a summary or JSON) and can be piped.
 *
 * @param line - The note; never an answer value.
 * @example
 * ```ts
 * note('Running the sample answers in examples/answers/01-grief-outpatient.json.');
 * ```
 */
export function note(line: string): void {
  writeErr(`${line}\n`);
}

/**
 * Say which answers are to questions the other answers skip, and what happens
 * to them: a summary lists them (marked as not asked) and checks its safety
 * triggers on them, without scoring them; an export leaves them out.
 *
 * @param file - The answers file.
 * @param hidden - The item ids.
 * @param summarized - True when the answers go to a summary, false for an export.
 * @example
 * ```ts
 * noteHidden('a.json', ['substance.naloxone'], true);
 * ```
 */
export function noteHidden(file: string, hidden: readonly string[], summarized: boolean): void {
  if (hidden.length === 0) return;
  const n = hidden.length;
  const what = n > 1 ? 'questions' : 'a question';
  const fate = summarized
    ? 'The summary lists them as not asked and checks its safety flags on them; they count for no score or finding.'
    : 'They are left out of the export.';
  note(`Note: ${file}: ${n} answer${n > 1 ? 's' : ''} to ${what} the other answers skip: ${hidden.join(', ')}. ${fate}`);
}
