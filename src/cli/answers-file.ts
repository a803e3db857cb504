import { resolveAnswers } from '../engine/resolve-answers.js';
import type { Questionnaire } from '../definition/types.js';
import { inputError } from './cli-error.js';
import { issueLines } from './issue-lines.js';
import { bundledQuestionnaire, DEFAULT_QUESTIONNAIRE, resolveQuestionnaire } from './questionnaire-source.js';
import { readJsonFile } from './read-json-file.js';

/** An answers file, read but not yet checked against a questionnaire. */
export interface AnswersFile {
  readonly file: string;
  /** The questionnaire the file says it is for, if it says. */
  readonly questionnaireId: string | undefined;
  /** `{ [itemId]: value }`, untrusted. */
  readonly answers: Readonly<Record<string, unknown>>;
}

/** Keys a wrapped answers file may hold besides `answers`. */
const WRAPPER_KEYS = new Set(['questionnaire', 'answers', 'description']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SHAPE = 'Ensure that it is { "<itemId>": value, … } or { "questionnaire": "<id>", "answers": { … } }.';

/**
 * Read an answers file in either format: a bare answers object
 * `{ "<itemId>": value }`, or `{ "questionnaire": "<id>", "answers": { … } }`
 * (optionally with a `description`), which says which questionnaire it is for.
 *
 * @param file - The path.
 * @returns The answers and the questionnaire id it names, if any.
 * @throws CliError (`input`) naming the file when it is missing, not JSON or not an object.
 * @example
 * ```ts
 * const { questionnaireId, answers } = readAnswersFile('examples/answers/05-brief-screen.json');
 * ```
 */
export function readAnswersFile(file: string): AnswersFile {
  const json = readJsonFile(file);
  if (!isRecord(json)) throw inputError([`${file}: is not an answers object. ${SHAPE}`]);
  const wrapped = isRecord(json['answers']) && Object.keys(json).every((k) => WRAPPER_KEYS.has(k));
  if (!wrapped) return { file, questionnaireId: undefined, answers: json };
  const id = json['questionnaire'];
  if (id !== undefined && typeof id !== 'string') throw inputError([`${file}: "questionnaire" must be a questionnaire id (a string).`]);
  return { file, questionnaireId: id, answers: json['answers'] as Record<string, unknown> };
}

/**
 * Pick the questionnaire for a command: the one named on the command line, else
 * the one the answers file names, else the default. A file for one
 * questionnaire used with another is refused rather than half-applied.
 *
 * @param ref - `--questionnaire` (an id or a definition file), if given.
 * @param answers - The answers file, if one was given.
 * @returns The questionnaire.
 * @throws CliError on an unknown id, a bad definition file, or a mismatch.
 * @example
 * ```ts
 * const q = chooseQuestionnaire(undefined, readAnswersFile('a.json'));
 * ```
 */
export function chooseQuestionnaire(ref: string | undefined, answers: AnswersFile | undefined): Questionnaire {
  const named = answers?.questionnaireId;
  if (ref !== undefined) {
    const q = resolveQuestionnaire(ref);
    if (answers && named !== undefined && named !== q.id) {
      throw inputError([
        `${answers.file}: is for questionnaire "${named.slice(0, 80)}", not "${q.id}". Ensure that --questionnaire matches the file, or leave it out.`,
      ]);
    }
    return q;
  }
  if (answers && named !== undefined) {
    const q = bundledQuestionnaire(named);
    if (!q)
      throw inputError([
        `${answers.file}: names questionnaire "${named.slice(0, 80)}", which is not bundled. Pass its definition with --questionnaire FILE.json.`,
      ]);
    return q;
  }
  return bundledQuestionnaire(DEFAULT_QUESTIONNAIRE) as Questionnaire;
}

/**
 * Check an answers file against its questionnaire: every key must be an item
 * and every value must fit it. Answers to items that other answers hide are
 * not errors (the flow drops them too); they are returned so the caller can
 * say so.
 *
 * @param q - The questionnaire.
 * @param file - The answers file.
 * @returns The ids of answered items that other answers hide.
 * @throws CliError (`input`) with one line per problem, naming the file and item, never the value.
 * @example
 * ```ts
 * const hidden = checkAnswersFile(q, readAnswersFile('a.json'));
 * ```
 */
export function checkAnswersFile(q: Questionnaire, file: AnswersFile): readonly string[] {
  const resolved = resolveAnswers(q, file.answers);
  if (resolved.issues.length > 0) {
    const n = resolved.issues.length;
    throw inputError([
      `${file.file}: ${n} answer${n > 1 ? 's do' : ' does'} not fit questionnaire "${q.id}":`,
      ...issueLines(file.file, resolved.issues, false),
    ]);
  }
  return resolved.hidden;
}
