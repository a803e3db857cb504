import type { Issue } from '../issues/issue.js';

/**
 * Format a path the way a person reads it: `sections[2].items[0].when.item`.
 *
 * @param path - An issue path.
 * @returns The path as text, or `(root)` for an empty path.
 * @example
 * ```ts
 * formatPath(['sections', 2, 'items', 0, 'id']); // 'sections[2].items[0].id'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * One line per issue, each naming the file, the item (when there is one), the
 * path and the problem. Issue messages never carry answer values, so these
 * lines are safe to print and log.
 *
 * @param file - The file the issues are about.
 * @param issues - The issues.
 * @param withPath - Whether to print each issue's path (definitions: yes; answers: the item id says it).
 * @returns The lines, in issue order.
 * @example
 * ```ts
 * issueLines('answers.json', error.issues, false);
 * ```
 */
export function issueLines(file: string, issues: readonly Issue[], withPath = true): string[] {
  return issues.map((i) => {
    const item = i.itemId === undefined ? '' : ` item "${i.itemId}":`;
    const at = withPath ? ` ${formatPath(i.path)}:` : '';
    return `${file}:${at}${item} ${i.message} [${i.code}]`;
  });
}
