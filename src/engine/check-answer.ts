import { type Issue, type IssuePath, issue } from '../issues/issue.js';
import { DEFAULT_TEXT_MAX_LENGTH, type Item, PREFER_NOT_TO_ANSWER } from '../definition/item.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Where an answer stands: a path, or one key (its array is made only when there is an issue). */
type At = IssuePath | string;

function issueAt(code: Issue['code'], at: At, message: string, id: string): Issue {
  return issue(code, typeof at === 'string' ? [at] : at, message, id);
}

function wrongType(at: At, id: string, expected: string): Issue {
  return issueAt('wrong-type', at, `Answer to "${id}" must be ${expected}.`, id);
}

// Plain loops, not `some`/`find` with a closure: this runs for every answer
// of every re-check on a server.
function optionIndex(options: readonly { readonly value: string | number }[], value: unknown): number {
  for (let i = 0; i < options.length; i++) if ((options[i] as { readonly value: string | number }).value === value) return i;
  return -1;
}

/**
 * Check one answer value against its item. Returns the issue, or undefined when
 * the value is valid. Messages name the item, never the value.
 *
 * @param item - The item answered.
 * @param value - The candidate answer (anything).
 * @param path - Where the value stands, for the issue.
 * @returns An issue, or undefined.
 * @example
 * ```ts
 * import { checkAnswer } from 'intake-screening';
 * checkAnswer({ id: 'age', kind: 'number', text: { en: 'Age' }, min: 12, max: 120 }, 300)?.code; // 'out-of-range'
 * ```
 */
export function checkAnswer(item: Item, value: unknown, path: IssuePath = [item.id]): Issue | undefined {
  return answerIssue(item, readAnswer(item, value), path);
}

/**
 * `checkAnswer` for callers that check many answers: `at` may be a single key.
 * The value must come from `readAnswer`, so an array is read only once.
 *
 * @internal
 */
export function answerIssue(item: Item, value: unknown, at: At): Issue | undefined {
  const id = item.id;
  if (item.kind === 'display') return issueAt('wrong-type', at, `Item "${id}" is display text and takes no answer.`, id);
  if (value === PREFER_NOT_TO_ANSWER) {
    return item.preferNotToAnswer
      ? undefined
      : issueAt('decline-not-offered', at, `Item "${id}" does not offer "prefer not to answer". Ensure that preferNotToAnswer is set on the item before sending it.`, id);
  }
  switch (item.kind) {
    case 'single':
      if (typeof value !== 'string') return wrongType(at, id, 'one of its option values (a string)');
      return optionIndex(item.options, value) >= 0 ? undefined : issueAt('out-of-range', at, `Answer to "${id}" is not one of its options.`, id);
    case 'multi': {
      if (!Array.isArray(value)) return wrongType(at, id, 'an array of its option values');
      if (value.length > item.options.length) return issueAt('out-of-range', at, `Answer to "${id}" has more values than the item has options.`, id);
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v !== 'string') return wrongType(at, id, 'an array of option values (strings)');
        const option = item.options[optionIndex(item.options, v)];
        if (!option) return issueAt('out-of-range', at, `Answer to "${id}" holds a value that is not one of its options.`, id);
        // At most as many values as options (checked above), so a scan beats a Set.
        if (value.indexOf(v) < i) return issueAt('out-of-range', at, `Answer to "${id}" holds a value twice.`, id);
        if (option.exclusive && value.length > 1) return issueAt('out-of-range', at, `Answer to "${id}" combines an exclusive option with others. Ensure that "none of these" is chosen alone.`, id);
      }
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrongType(at, id, 'true or false');
    case 'scale':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(at, id, 'one of its option values (a number)');
      return optionIndex(item.options, value) >= 0 ? undefined : issueAt('out-of-range', at, `Answer to "${id}" is not one of its option values.`, id);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(at, id, 'a finite number');
      if (item.integer && !Number.isInteger(value)) return issueAt('out-of-range', at, `Answer to "${id}" must be a whole number.`, id);
      if ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max)) {
        return issueAt('out-of-range', at, `Answer to "${id}" is outside ${item.min ?? '−∞'}–${item.max ?? '∞'}.`, id);
      }
      return undefined;
    case 'text': {
      if (typeof value !== 'string') return wrongType(at, id, 'a string');
      const max = item.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      return value.length > max ? issueAt('too-long', at, `Answer to "${id}" is longer than ${max} characters.`, id) : undefined;
    }
    case 'date':
      if (typeof value !== 'string' || !validDate(value)) return wrongType(at, id, 'a date as YYYY-MM-DD');
      if ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max)) {
        return issueAt('out-of-range', at, `Answer to "${id}" is outside ${item.min ?? 'any'} to ${item.max ?? 'any'}.`, id);
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
