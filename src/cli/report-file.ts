import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputError, usageError } from './cli-error.js';
import type { SummaryOutput } from './print-summary.js';

const EXTENSIONS = { text: 'txt', markdown: 'md', json: 'json' } as const;

/**
 * Where an interactive run writes the clinician's summary: the `--report`
 * file, else `intake-summary-<date>T<time>.<txt|md|json>` in the working
 * directory. Checked before the first question, so a person never answers
 * everything only for the report to have nowhere to go.
 *
 * @param requested - The `--report` value, if given.
 * @param format - The summary format (gives the default extension).
 * @param now - The time to name the default file after.
 * @returns The path to write.
 * @throws CliError (`usage`) when the requested file already exists.
 * @example
 * ```ts
 * reportPath(undefined, 'text', new Date('2026-12-04T10:15:00')); // 'intake-summary-2026-12-04T10-15-00.txt'
 * ```
 */
export function reportPath(requested: string | undefined, format: SummaryOutput['format'], now = new Date()): string {
  if (requested !== undefined) {
    if (existsSync(requested)) throw usageError(`--report ${requested}: the file exists already. Name a new file; a summary is never written over another.`);
    return requested;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`;
  return join('.', `intake-summary-${stamp}.${EXTENSIONS[format]}`);
}

/**
 * Write the clinician's summary to a new file readable by its owner only (it
 * holds answers), never over an existing one: if the name was taken meanwhile,
 * a numbered name beside it is used.
 *
 * @param path - From {@link reportPath}.
 * @param document - The rendered summary.
 * @returns The path written.
 * @throws CliError (`input`) when no file can be created there.
 * @example
 * ```ts
 * const written = writeReport(reportPath(undefined, 'text'), document);
 * ```
 */
export function writeReport(path: string, document: string): string {
  for (let n = 1; n <= 20; n++) {
    const candidate = n === 1 ? path : path.replace(/(\.[a-z]+)?$/, (ext) => `-${n}${ext}`);
    try {
      writeFileSync(candidate, document, { flag: 'wx', mode: 0o600 });
      return candidate;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') break;
    }
  }
  throw inputError([`${path}: the clinician's summary cannot be written there. Run again with --report FILE in a folder you can write to.`]);
}
