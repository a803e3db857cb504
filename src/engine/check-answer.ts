import { type AnswerLimits, detailedIssue, type Issue, type IssuePath, issue, type OutOfRangeProblem } from '../issues/issue.js';
import type { SafeResult } from '../issues/safe-result.js';
import { DEFAULT_TEXT_MAX_LENGTH, type Item, PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import type { AnswerValue } from '../definition/types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Where an answer stands: a path, or one key (its array is made only when there is an issue). */
type At = IssuePath | string;

const pathOf = (at: At): IssuePath => (typeof at === 'string' ? [at] : at);

function wrongType(at: At, item: Item, expected: string): Issue {
  return issue('wrong-type', pathOf(at), `Answer to "${item.id}" must be ${expected}.`, item.id, { expected: item.kind });
}

/** What the item allows, read from the definition only (never from the value). */
function limitsOf(item: Item): AnswerLimits {
  switch (item.kind) {
    case 'number': {
      const { min, max } = item;
      return { kind: 'number', integer: item.integer === true, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    case 'date': {
      const { min, max } = item;
      return { kind: 'date', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    case 'single':
    case 'scale':
    case 'multi':
      return { kind: item.kind, options: item.options.length };
    default:
      throw new TypeError(`An item of kind ${item.kind} has no answer limits.`);
  }
}

function outOfRange(at: At, item: Item, problem: OutOfRangeProblem, message: string): Issue {
  return issue('out-of-range', pathOf(at), message, item.id, { limits: limitsOf(item), problem });
}

// Plain loops on the re-check's hot path (why: docs/benchmarks.md, engine design notes).
function optionIndex(options: readonly { readonly value: string | number }[], value: unknown): number {
  for (let i = 0; i < options.length; i++) if ((options[i] as { readonly value: string | number }).value === value) return i;
  return -1;
}

/**
 * Check one answer value against its item, like zod's `safeParse`: the
 * answer as it would be stored (an array copied and frozen), or the issue.
 * The issue carries the item's limits (`formatIssue` words them for the
 * person) and names the item, never the value.
 *
 * @param item - The item answered.
 * @param value - The candidate answer (anything).
 * @param path - Where the value stands, for the issue.
 * @returns `{ success: true, data }` with the answer, or `{ success: false, issues }` with one issue.
 * @example
 * ```ts
 * import { checkAnswer, formatIssue } from 'intake-screening';
 * const result = checkAnswer({ id: 'age', kind: 'number', text: { en: 'Age' }, min: 12, max: 120 }, 300);
 * if (!result.success) formatIssue(result.issues[0]!); // 'Enter a number from 12 to 120.'
 * ```
 */
export function checkAnswer(item: Item, value: unknown, path: IssuePath = [item.id]): SafeResult<AnswerValue> {
  const read = readAnswer(item, value);
  const problem = answerIssue(item, read, path);
  return problem === undefined ? { success: true, data: read as AnswerValue } : { success: false, issues: [problem] };
}

/**
 * `checkAnswer` for callers that check many answers: `at` may be a single key.
 * The value must come from `readAnswer`, so an array is read only once.
 *
 * @internal
 */
export function answerIssue(item: Item, value: unknown, at: At): Issue | undefined {
  const id = item.id;
  if (item.kind === 'display') return issue('wrong-type', pathOf(at), `Item "${id}" is display text and takes no answer.`, id, { expected: 'display' });
  if (value === PREFER_NOT_TO_ANSWER) {
    return item.preferNotToAnswer
      ? undefined
      : issue(
          'decline-not-offered',
          pathOf(at),
          `Item "${id}" does not offer "prefer not to answer". Ensure that preferNotToAnswer is set on the item before sending it.`,
          id,
        );
  }
  switch (item.kind) {
    case 'single':
      if (typeof value !== 'string') return wrongType(at, item, 'one of its option values (a string)');
      return optionIndex(item.options, value) >= 0 ? undefined : outOfRange(at, item, 'not-an-option', `Answer to "${id}" is not one of its options.`);
    case 'multi': {
      if (!Array.isArray(value)) return wrongType(at, item, 'an array of its option values');
      if (value.length > item.options.length) return outOfRange(at, item, 'too-many', `Answer to "${id}" has more values than the item has options.`);
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v !== 'string') return wrongType(at, item, 'an array of option values (strings)');
        const option = item.options[optionIndex(item.options, v)];
        if (!option) return outOfRange(at, item, 'not-an-option', `Answer to "${id}" holds a value that is not one of its options.`);
        if (value.indexOf(v) < i) return outOfRange(at, item, 'repeated', `Answer to "${id}" holds a value twice.`);
        if (option.exclusive && value.length > 1) {
          return outOfRange(at, item, 'exclusive', `Answer to "${id}" combines an exclusive option with others. Ensure that "none of these" is chosen alone.`);
        }
      }
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrongType(at, item, 'true or false');
    case 'scale':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(at, item, 'one of its option values (a number)');
      return optionIndex(item.options, value) >= 0 ? undefined : outOfRange(at, item, 'not-an-option', `Answer to "${id}" is not one of its option values.`);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(at, item, 'a finite number');
      if (item.integer && !Number.isInteger(value)) return outOfRange(at, item, 'not-integer', `Answer to "${id}" must be a whole number.`);
      if ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max)) {
        return outOfRange(at, item, 'outside', `Answer to "${id}" is outside ${item.min ?? '−∞'}–${item.max ?? '∞'}.`);
      }
      return undefined;
    case 'text': {
      if (typeof value !== 'string') return wrongType(at, item, 'a string');
      const max = item.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      return value.length > max ? detailedIssue('too-long', pathOf(at), `Answer to "${id}" is longer than ${max} characters.`, id, { max }) : undefined;
    }
    case 'date':
      if (typeof value !== 'string' || !validDate(value)) return wrongType(at, item, 'a date as YYYY-MM-DD');
      if ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max)) {
        return outOfRange(at, item, 'outside', `Answer to "${id}" is outside ${item.min ?? 'any'} to ${item.max ?? 'any'}.`);
      }
      return undefined;
  }
}

/** What `readAnswer` gives for a value it cannot read (a revoked Proxy, a throwing getter): never a valid answer. */
const UNREADABLE: unique symbol = Symbol('unreadable answer');

/**
 * Read an answer value once, before it is checked: an array is copied element
 * by element by index (its length read once, at most one element more than
 * the item has options), and the copy is frozen. What is checked is then
 * exactly what is stored, whatever the array's own iterator, getters or a
 * Proxy would give on a second read; non-arrays are returned as they are.
 *
 * @param item - The item the value answers.
 * @param value - The value as received.
 * @returns The value to check and store.
 */
export function readAnswer(item: Item, value: unknown): unknown {
  try {
    if (!Array.isArray(value)) return value;
    const cap = item.kind === 'multi' ? item.options.length + 1 : 0;
    const n = Math.min(Number(value.length) || 0, cap);
    const copy = new Array<unknown>(n);
    for (let i = 0; i < n; i++) copy[i] = value[i];
    return Object.freeze(copy);
  } catch {
    return UNREADABLE;
  }
}
