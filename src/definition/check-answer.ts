import { type Issue, type IssuePath, issue } from '../issues/issue.js';
import { DEFAULT_TEXT_MAX_LENGTH, type Item, PREFER_NOT_TO_ANSWER } from './item.js';
import type { AnswerValue } from './types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
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
  const id = item.id;
  const wrong = (expected: string) => issue('wrong-type', path, `Answer to "${id}" must be ${expected}.`, id);
  if (item.kind === 'display') return issue('wrong-type', path, `Item "${id}" is display text and takes no answer.`, id);
  if (value === PREFER_NOT_TO_ANSWER) {
    return item.preferNotToAnswer
      ? undefined
      : issue('decline-not-offered', path, `Item "${id}" does not offer "prefer not to answer". Ensure that preferNotToAnswer is set on the item before sending it.`, id);
  }
  switch (item.kind) {
    case 'single':
      if (typeof value !== 'string') return wrong('one of its option values (a string)');
      return item.options.some((o) => o.value === value) ? undefined : issue('out-of-range', path, `Answer to "${id}" is not one of its options.`, id);
    case 'multi': {
      if (!Array.isArray(value)) return wrong('an array of its option values');
      if (value.length > item.options.length) return issue('out-of-range', path, `Answer to "${id}" has more values than the item has options.`, id);
      const seen = new Set<unknown>();
      for (const v of value) {
        if (typeof v !== 'string') return wrong('an array of option values (strings)');
        const option = item.options.find((o) => o.value === v);
        if (!option) return issue('out-of-range', path, `Answer to "${id}" holds a value that is not one of its options.`, id);
        if (seen.has(v)) return issue('out-of-range', path, `Answer to "${id}" holds a value twice.`, id);
        if (option.exclusive && value.length > 1) return issue('out-of-range', path, `Answer to "${id}" combines an exclusive option with others. Ensure that "none of these" is chosen alone.`, id);
        seen.add(v);
      }
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong('true or false');
    case 'scale':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong('one of its option values (a number)');
      return item.options.some((o) => o.value === value) ? undefined : issue('out-of-range', path, `Answer to "${id}" is not one of its option values.`, id);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong('a finite number');
      if (item.integer && !Number.isInteger(value)) return issue('out-of-range', path, `Answer to "${id}" must be a whole number.`, id);
      if ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max)) {
        return issue('out-of-range', path, `Answer to "${id}" is outside ${item.min ?? '−∞'}–${item.max ?? '∞'}.`, id);
      }
      return undefined;
    case 'text': {
      if (typeof value !== 'string') return wrong('a string');
      const max = item.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      return value.length > max ? issue('too-long', path, `Answer to "${id}" is longer than ${max} characters.`, id) : undefined;
    }
    case 'date':
      if (typeof value !== 'string' || !validDate(value)) return wrong('a date as YYYY-MM-DD');
      if ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max)) {
        return issue('out-of-range', path, `Answer to "${id}" is outside ${item.min ?? 'any'} to ${item.max ?? 'any'}.`, id);
      }
      return undefined;
  }
}

/** Copy an answer so a caller's later mutation cannot reach stored state. */
export function freezeAnswer(value: AnswerValue): AnswerValue {
  return Array.isArray(value) ? Object.freeze([...value]) : value;
}
