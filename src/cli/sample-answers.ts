import { readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { type AnswersFile, readAnswersFile } from './answers-file.js';
import { inputError } from './cli-error.js';
import { packageInfo } from './package-root.js';

/**
 * A path for messages: relative to the working directory when it is inside
 * it, absolute otherwise.
 *
 * @param file - An absolute path.
 * @returns The path to show.
 * @example
 * ```ts
 * displayPath('/work/main/examples/answers/01-grief-outpatient.json'); // 'examples/answers/01-grief-outpatient.json'
 * ```
 */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/**
 * The sample answers files shipped in `examples/answers/`, sorted by name.
 *
 * @returns Their absolute paths; empty when the folder is missing.
 * @example
 * ```ts
 * sampleAnswerFiles()[0]; // …/examples/answers/01-grief-outpatient.json
 * ```
 */
export function sampleAnswerFiles(): string[] {
  const dir = join(packageInfo().root, 'examples', 'answers');
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/**
 * The first sample answers file, or the first one for a given questionnaire.
 *
 * @param questionnaireId - Only files for this questionnaire, when given.
 * @returns The file, read.
 * @throws CliError (`input`) when there is no such sample.
 * @example
 * ```ts
 * firstSample('brief-screen')?.questionnaireId; // 'brief-screen'
 * ```
 */
export function firstSample(questionnaireId?: string): AnswersFile {
  for (const file of sampleAnswerFiles()) {
    const read = readAnswersFile(displayPath(file));
    if (questionnaireId === undefined || read.questionnaireId === questionnaireId) return read;
  }
  const which = questionnaireId === undefined ? '' : ` for questionnaire "${questionnaireId}"`;
  throw inputError([
    `No sample answers${which} in ${displayPath(join(packageInfo().root, 'examples', 'answers'))}. Run in a terminal, or pass --answers FILE.json.`,
  ]);
}
