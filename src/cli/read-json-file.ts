import { readFileSync } from 'node:fs';
import { inputError } from './cli-error.js';
import { jsonErrorOffset } from './json-error-offset.js';

/** Files larger than this are refused before they are parsed. */
const MAX_BYTES = 5 * 1024 * 1024;

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function readProblem(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file.';
    case 'EISDIR':
      return 'is a directory, not a JSON file.';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied).';
    default:
      return 'cannot be read.';
  }
}

/** "line 3, column 7" of the first offending character. */
function where(text: string): string {
  const before = text.slice(0, jsonErrorOffset(text)).split('\n');
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * Read and parse a JSON file. Every failure becomes an input error (exit 1)
 * naming the file. V8's own JSON messages quote the text around the mistake,
 * which could be a person's answer, so only a line and column are given.
 *
 * @param file - The path as the person typed it (used in messages).
 * @returns The parsed value.
 * @throws CliError (`input`) when the file is missing, unreadable, too large or not JSON.
 * @example
 * ```ts
 * const answers = readJsonFile('examples/answers/05-brief-screen.json');
 * ```
 */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    const buffer = readFileSync(file);
    if (buffer.byteLength > MAX_BYTES) throw inputError([`${file}: is larger than ${MAX_BYTES / 1024 / 1024} MB.`]);
    text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    throw inputError([`${file}: ${readProblem(errorCode(error))}`]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw inputError([`${file}: is not valid JSON${where(text)}.`]);
  }
}
