import type * as z from 'zod/mini';
import { type Issue, issue } from '../issues/issue.js';

/** Turn zod's issues into ours, keeping their paths. */
export function issuesFromZod(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  return error.issues.map((i) =>
    issue(
      'invalid-definition',
      [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      `${i.message} at "${[...prefix, ...i.path].map(String).join('.') || '(root)'}".`,
    ),
  );
}
