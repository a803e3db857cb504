import { DEFAULT_TEXT_MAX_LENGTH } from '../../definition/item.js';
import type { ItemsOf, QuestionnaireInput } from '../../definition/types.js';
import type { Issue } from '../../issues/issue.js';
import { ui } from './ui-text.js';

/**
 * Say what went wrong with an answer in words for the person answering. The
 * library's issue messages are written for developers (item ids, "Ensure
 * that …"); this turns the common codes into a plain request.
 *
 * @param issue - The issue from `context.issues`.
 * @param item - The item it is about, when known.
 * @param locale - A BCP 47 tag.
 * @param value - The answer that was refused, when there was one (read here, never shown).
 * @returns One sentence.
 * @example
 * ```ts
 * personMessage({ code: 'required', path: ['x'], message: '…', itemId: 'x' }, item, 'en'); // 'This question needs an answer.'
 * ```
 */
export function personMessage(issue: Issue, item: ItemsOf<QuestionnaireInput> | undefined, locale: string, value?: unknown): string {
  switch (issue.code) {
    case 'required':
      return ui('needsAnswer', locale);
    case 'too-long':
      return ui('tooLong', locale, { max: item?.kind === 'text' ? (item.maxLength ?? DEFAULT_TEXT_MAX_LENGTH) : DEFAULT_TEXT_MAX_LENGTH });
    case 'wrong-type':
    case 'out-of-range':
      if (item?.kind === 'number') {
        if (item.integer && typeof value === 'number' && !Number.isInteger(value)) return ui('wholeNumber', locale);
        return item.min !== undefined || item.max !== undefined ? ui('range', locale, { min: item.min ?? '…', max: item.max ?? '…' }) : ui('notANumber', locale);
      }
      if (item?.kind === 'date') return item.min !== undefined || item.max !== undefined ? ui('range', locale, { min: item.min ?? '…', max: item.max ?? '…' }) : ui('notADate', locale);
      if (item?.kind === 'multi') return ui('exclusive', locale);
      return ui('tryAgain', locale);
    default:
      return ui('tryAgain', locale);
  }
}
