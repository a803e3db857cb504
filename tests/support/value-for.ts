import type { Item } from '../../src/definition/item.js';
import type { AnswerValue } from '../../src/definition/types.js';

/**
 * A valid answer to an item, picked deterministically by `n` (for walks driven
 * by fast-check integers), or null to clear it: every 7th pick, and always for
 * display items. Items that offer a decline get it every 11th pick.
 */
export function valueFor(item: Item, n: number): AnswerValue | null {
  if (n % 7 === 0 || item.kind === 'display') return null;
  if (item.preferNotToAnswer === true && n % 11 === 0) return 'prefer-not-to-answer';
  switch (item.kind) {
    case 'single':
      return (item.options[n % item.options.length] as { value: string }).value;
    case 'scale':
      return (item.options[n % item.options.length] as { value: number }).value;
    case 'multi': {
      const plain = item.options.filter((o) => !o.exclusive);
      return plain.length > 0 ? [(plain[n % plain.length] as { value: string }).value] : [(item.options[0] as { value: string }).value];
    }
    case 'boolean':
      return n % 2 === 0;
    case 'number':
      return item.min ?? 1;
    case 'text':
      return 'words';
    case 'date':
      return item.min ?? '2024-01-15';
  }
}
