import { detailedIssue, type Issue, type IssuePath, issue } from '../issues/issue.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';

/** The answers of a persisted context, as an object to check, and where each came from. */
export interface StoredAnswers {
  /** The answers by item id (a null-prototype object, so no id can reach a prototype). */
  readonly answers: Readonly<Record<string, unknown>>;
  /** Problems with the list itself: an entry that is not an `[itemId, value]` pair. */
  readonly issues: readonly Issue[];
  /** The path in the snapshot of an issue about `[itemId, …rest]`. */
  pathOf(path: IssuePath): IssuePath;
}

const ENTRIES = ['context', 'answerEntries'] as const;
const OBJECT = ['context', 'answers'] as const;

const conflict = (path: IssuePath, id: string): never => {
  const message = `Snapshot holds two different answers to "${id.slice(0, 80)}". Ensure that it is stored as the flow left it.`;
  throw new QuestionnaireError([issue('snapshot-invalid', path, message, id.slice(0, 80))]);
};

// Two stored answers are the same when their JSON is: both are plain JSON values.
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Read the answers a persisted context holds: its `answerEntries` list, and
 * the `answers` object that snapshots stored by earlier builds hold (both,
 * if a snapshot has both). Every stored answer reaches the checks that
 * follow, or an issue says why it could not; two different answers to one
 * item refuse the snapshot (`snapshot-invalid`), as keeping either would
 * hide the other from the care team.
 *
 * @throws QuestionnaireError (`snapshot-invalid`) on two different answers to one item.
 */
export function storedAnswers(ctx: Readonly<Record<string, unknown>>): StoredAnswers {
  const answers = Object.create(null) as Record<string, unknown>;
  // Where each answer was read: its entry's position in the list, or its key in the object.
  const at = new Map<string, IssuePath>();
  const issues: Issue[] = [];
  const drop = (path: IssuePath, why: string) =>
    issues.push(detailedIssue('answer-dropped', path, `Stored answer dropped: ${why}`, undefined, { cause: 'invalid' }));
  const take = (id: string, value: unknown, path: IssuePath) => {
    if (!at.has(id)) at.set(id, path);
    else if (!same(answers[id], value)) conflict(path, id);
    answers[id] = value;
  };
  const { answerEntries: list, answers: object } = ctx;
  if (Array.isArray(list)) {
    list.forEach((e: unknown, i) => {
      if (Array.isArray(e) && e.length === 2 && typeof e[0] === 'string') take(e[0], e[1], [...ENTRIES, i]);
      else drop([...ENTRIES, i], `entry ${i} is not an [itemId, value] pair.`);
    });
  } else if (list !== undefined) drop([...ENTRIES], 'answerEntries must be a list of [itemId, value] pairs.');
  // An object's keys are its own: JSON.parse makes "__proto__" one, which the checks then refuse as an unknown item.
  if (object !== null && typeof object === 'object' && !Array.isArray(object)) {
    for (const [id, value] of Object.entries(object)) take(id, value, [...OBJECT, id]);
  } else if (object !== undefined && list === undefined) {
    // Not an object: the checks report it as such, where it was.
    return { answers: object as Record<string, unknown>, issues, pathOf: (path) => [...OBJECT, ...path] };
  }
  // Issues about an answer name its item first: they point where it was read, a
  // path into a list entry's value going on under the value.
  const pathOf = (path: IssuePath): IssuePath => {
    const [id, ...rest] = path;
    const from = typeof id === 'string' ? at.get(id) : undefined;
    if (from === undefined) return [...(object === undefined || Array.isArray(list) ? ENTRIES : OBJECT), ...path];
    return from[1] === 'answers' || rest.length === 0 ? [...from, ...rest] : [...from, 1, ...rest];
  };
  return { answers, issues, pathOf };
}
