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
 * Say which answers were not used because other answers skip their questions.
 *
 * @param file - The answers file.
 * @param hidden - The item ids.
 * @example
 * ```ts
 * noteHidden('a.json', ['substance.naloxone']);
 * ```
 */
export function noteHidden(file: string, hidden: readonly string[]): void {
  if (hidden.length === 0) return;
  const n = hidden.length;
  note(`Note: ${file}: ${n} answer${n > 1 ? 's were' : ' was'} not used because other answers skip ${n > 1 ? 'those questions' : 'that question'}: ${hidden.join(', ')}.`);
}
