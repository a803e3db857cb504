import { existsSync } from 'node:fs';
import { bundledQuestionnaires } from '../../questionnaires/index.js';
import { parseQuestionnaire } from '../definition/define-questionnaire.js';
import type { Questionnaire } from '../definition/types.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import { inputError, usageError } from './cli-error.js';
import { issueLines } from './issue-lines.js';
import { readJsonFile } from './read-json-file.js';

/** The questionnaire `run` uses when none is named. */
export const DEFAULT_QUESTIONNAIRE = 'substance-use-intake';

/**
 * The ids of the bundled questionnaires, in their listed order.
 *
 * @returns The ids.
 * @example
 * ```ts
 * bundledIds()[0]; // 'substance-use-intake'
 * ```
 */
export function bundledIds(): string[] {
  return Object.keys(bundledQuestionnaires);
}

/**
 * Find a bundled questionnaire by id.
 *
 * @param id - A questionnaire id such as `brief-screen`.
 * @returns The questionnaire, or undefined when none has that id.
 * @example
 * ```ts
 * bundledQuestionnaire('brief-screen')?.version;
 * ```
 */
export function bundledQuestionnaire(id: string): Questionnaire | undefined {
  return Object.hasOwn(bundledQuestionnaires, id) ? (bundledQuestionnaires as Record<string, Questionnaire>)[id] : undefined;
}

/** A definition file is named by a path: it ends in `.json` or contains a slash. */
function looksLikeFile(ref: string): boolean {
  return ref.endsWith('.json') || ref.includes('/') || ref.includes('\\') || (existsSync(ref) && !bundledQuestionnaire(ref));
}

/**
 * Load a definition file and validate it with `parseQuestionnaire`.
 *
 * @param file - Path to a questionnaire definition (JSON).
 * @returns The validated questionnaire.
 * @throws CliError (`input`) naming the file and every issue with its path.
 * @example
 * ```ts
 * const q = loadDefinitionFile('clinic-intake.json');
 * ```
 */
export function loadDefinitionFile(file: string): Questionnaire {
  const json = readJsonFile(file);
  try {
    return parseQuestionnaire(json);
  } catch (error) {
    if (error instanceof QuestionnaireError) {
      throw inputError([
        `${file}: not a valid questionnaire definition (${error.issues.length} issue${error.issues.length > 1 ? 's' : ''}):`,
        ...issueLines(file, error.issues),
      ]);
    }
    throw error;
  }
}

/**
 * Resolve `--questionnaire`: a bundled id, or a path to a definition file.
 *
 * @param ref - The id or path given.
 * @returns The questionnaire.
 * @throws CliError: `usage` for an unknown id, `input` for a bad file.
 * @example
 * ```ts
 * resolveQuestionnaire('brief-screen').id; // 'brief-screen'
 * ```
 */
export function resolveQuestionnaire(ref: string): Questionnaire {
  const bundled = bundledQuestionnaire(ref);
  if (bundled) return bundled;
  if (looksLikeFile(ref)) return loadDefinitionFile(ref);
  throw usageError(`Unknown questionnaire "${ref.slice(0, 80)}". Use one of ${bundledIds().join(', ')}, or the path of a definition file (.json).`);
}
