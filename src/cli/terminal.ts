import { terminalText } from '../summary/safe-text.js';

/**
 * Write to stdout. Everything the CLI prints goes through here or
 * {@link writeErr}: untrusted strings (answers, answer-file keys, snapshot
 * ids, versions, definition texts, file names) reach the terminal with every
 * control, separator and invisible character shown as a `\uXXXX` escape, so
 * nothing printed can move the cursor, clear the screen or set the title.
 *
 * @param text - What to print; newlines are kept.
 * @example
 * ```ts
 * writeOut(`${JSON.stringify(schema, null, 2)}\n`);
 * ```
 */
export function writeOut(text: string): void {
  process.stdout.write(terminalText(text));
}

/**
 * Write to stderr, escaped like {@link writeOut}.
 *
 * @param text - What to print; newlines are kept.
 * @example
 * ```ts
 * writeErr('intake-screening: answers.json: no such file.\n');
 * ```
 */
export function writeErr(text: string): void {
  process.stderr.write(terminalText(text));
}
