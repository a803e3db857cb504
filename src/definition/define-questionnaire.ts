import { type Issue, issue } from '../issues/issue.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import { checkQuestionnaire } from './check-questionnaire.js';
import { issuesFromZod } from './issues-from-zod.js';
import { QuestionnaireSchema } from './questionnaire.js';
import type { CheckedDefinition } from './checked-definition.js';
import type { Questionnaire } from './types.js';
import { attempt, type SafeResult } from '../issues/safe-result.js';

/** JSON nested deeper than this is refused before it is parsed further. */
export const MAX_DEPTH = 64;
const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);

// Questionnaires that passed the schema and the static checks, and what an
// input that had not (a structured clone, a JSON copy) was checked into.
const checked = new WeakSet<object>();
const checkedFrom = new WeakMap<object, Questionnaire>();

/** Refuse prototype-polluting keys and runaway nesting before zod sees the input. */
export function scanJson(value: unknown, path: (string | number)[] = [], depth = 0): Issue | undefined {
  if (depth > MAX_DEPTH) {
    return issue(
      'invalid-definition',
      path.slice(0, 8),
      `Input is nested more than ${MAX_DEPTH} levels deep. Ensure that the input is a questionnaire definition.`,
    );
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = scanJson(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (DANGEROUS.has(key)) {
      return issue('reserved-id', [...path, key], `Key "${key}" is not allowed anywhere in a definition.`);
    }
    const found = scanJson((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Validate an untyped definition (from a file, a database or an API) with the
 * same zod schema and static checks `defineQuestionnaire` uses.
 *
 * @param json - Anything; typically the result of `JSON.parse`.
 * @returns The validated, frozen questionnaire.
 * @throws QuestionnaireError listing every issue, each with `code` and `path`.
 * @example
 * ```ts
 * import { parseQuestionnaire } from 'intake-screening';
 * const q = parseQuestionnaire(JSON.parse('{"id":"q","version":"1.0.0","title":{"en":"Q"},"sections":[{"id":"s","title":{"en":"S"},"instrument":{"kind":"descriptive","name":"S"},"items":[{"id":"s.a","kind":"boolean","text":{"en":"A?"}}]}]}'));
 * q.sections[0]?.items.length; // 1
 * ```
 */
export function parseQuestionnaire(json: unknown): Questionnaire {
  const danger = scanJson(json);
  if (danger) throw new QuestionnaireError([danger]);
  const parsed = QuestionnaireSchema.safeParse(json);
  if (!parsed.success) throw new QuestionnaireError(issuesFromZod(parsed.error));
  const issues = checkQuestionnaire(parsed.data);
  if (issues.length > 0)
    throw new QuestionnaireError(issues, `Questionnaire "${parsed.data.id}" has ${issues.length} issue${issues.length > 1 ? 's' : ''}: ${issues[0]?.message}`);
  const q = deepFreeze(parsed.data) as Questionnaire;
  checked.add(q);
  return q;
}

/**
 * Define a questionnaire in code. The definition is checked at compile time
 * (item ids, option values and score ids in conditions must exist: a mistake
 * is an error at the property that holds it, such as `Unknown item
 * 'use.rout'. Did you mean 'use.route'?`) and again at run time, and keeps its
 * literal types so `AnswersOf<typeof q>` is exact.
 *
 * @param def - The definition, as a literal.
 * @returns The validated, frozen questionnaire, typed by its literal.
 * @throws QuestionnaireError listing every issue the static checks find.
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * const q = defineQuestionnaire({
 *   id: 'demo', version: '1.0.0', title: { en: 'Demo' },
 *   sections: [{
 *     id: 'use', title: { en: 'Use' }, instrument: { kind: 'descriptive', name: 'Use' },
 *     items: [
 *       { id: 'use.injects', kind: 'boolean', text: { en: 'Have you injected drugs?' } },
 *       { id: 'use.naloxone', kind: 'boolean', text: { en: 'Do you have naloxone?' }, when: { item: 'use.injects', eq: true } },
 *     ],
 *   }],
 * });
 * ```
 */
// Marked free of side effects (esbuild, Rollup, Rolldown) so that a definition nothing uses is left out of a bundle.
/* @__NO_SIDE_EFFECTS__ */
export function defineQuestionnaire<const D extends Questionnaire>(def: D & CheckedDefinition<D>): Questionnaire<D> {
  return parseQuestionnaire(def) as Questionnaire<D>;
}

/**
 * Whether `defineQuestionnaire` or `parseQuestionnaire` made this object (so it
 * passed the schema and the static checks and is frozen).
 *
 * @internal
 */
export function isCheckedQuestionnaire(q: unknown): q is Questionnaire {
  return typeof q === 'object' && q !== null && checked.has(q);
}

/**
 * The checked questionnaire for what a public function received: the object
 * itself when `defineQuestionnaire`/`parseQuestionnaire` made it, otherwise
 * `parseQuestionnaire(q)` (once per object; a clone or a JSON copy is checked
 * like any untrusted definition). Every public function that takes a
 * `Questionnaire` calls this first, so the check is done here, at the
 * boundary, and nowhere deeper.
 *
 * @throws QuestionnaireError when the input does not pass the checks.
 * @internal
 */
export function checkedQuestionnaire(q: Questionnaire): Questionnaire {
  if (isCheckedQuestionnaire(q)) return q;
  const known = typeof q === 'object' && q !== null ? checkedFrom.get(q) : undefined;
  if (known) return known;
  const parsed = parseQuestionnaire(q);
  if (typeof q === 'object' && q !== null) checkedFrom.set(q, parsed);
  return parsed;
}

/**
 * `parseQuestionnaire` that returns its issues instead of throwing them.
 *
 * @param json - Anything; typically the result of `JSON.parse`.
 * @returns `{ success: true, data }` with the questionnaire, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { safeParseQuestionnaire } from 'intake-screening';
 * const result = safeParseQuestionnaire({ id: 'q', sections: [] });
 * if (!result.success) result.issues.map((i) => i.code); // ['invalid-definition', …]
 * ```
 */
export function safeParseQuestionnaire(json: unknown): SafeResult<Questionnaire> {
  return attempt(() => parseQuestionnaire(json));
}
