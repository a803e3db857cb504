import { checkQuestionnaire } from '../definition/check-questionnaire.js';
import { scanJson } from '../definition/define-questionnaire.js';
import { ItemSchema } from '../definition/item.js';
import type { QuestionnaireDefinition } from '../definition/questionnaire.js';
import { RuleSchema, SafetyTriggerSchema } from '../definition/rule.js';
import { ScoreSchema } from '../definition/score.js';
import { SectionSchema } from '../definition/section.js';
import { LocalizedTextSchema } from '../definition/text.js';
import type { Issue, IssuePath } from '../issues/issue.js';

type Def = QuestionnaireDefinition;
type Parsed<T> = { readonly success: true; readonly data: T } | { readonly success: false };
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const idOf = (v: unknown) => (isRecord(v) && typeof v.id === 'string' ? [v.id] : []);

/** The entries of a list that pass their schema, with their positions in the original list. */
function keep<T>(raw: readonly unknown[], parse: (v: unknown) => Parsed<T>, dropped: Set<string>): { values: T[]; at: number[] } {
  const values: T[] = [];
  const at: number[] = [];
  raw.forEach((v, i) => {
    const r = parse(v);
    if (r.success) {
      values.push(r.data);
      at.push(i);
    } else for (const id of idOf(v)) dropped.add(id);
  });
  return { values, at };
}

/**
 * The static checks (unknown ids, forward references, band gaps, …) of the
 * parts of a definition that pass the schema, while other parts do not: a
 * definition's author sees every problem in one run instead of fixing the
 * schema issues first. Items, sections, scores, rules and triggers that fail
 * the schema are left out, and issues that only say a left-out id does not
 * exist are not reported. Paths point into the original file.
 *
 * @param json - A parsed definition file that failed the schema.
 * @returns The static issues of its well-formed parts.
 * @example
 * ```ts
 * const extra = staticChecksOfWellFormedParts(JSON.parse(text));
 * ```
 */
export function staticChecksOfWellFormedParts(json: unknown): readonly Issue[] {
  // Nothing runaway or prototype-polluting goes further than the library lets it.
  if (!isRecord(json) || scanJson(json) !== undefined) return [];
  const dropped = new Set<string>();
  const sections: Def['sections'][number][] = [];
  const sectionAt: { at: number; items: number[] }[] = [];
  listOf(json.sections).forEach((raw, si) => {
    if (!isRecord(raw)) return;
    const items = keep(listOf(raw.items), (v) => ItemSchema.safeParse(v), dropped);
    const section = SectionSchema.safeParse({ ...raw, items: items.values });
    if (section.success) {
      sections.push(section.data);
      sectionAt.push({ at: si, items: items.at });
    } else for (const id of [...idOf(raw), ...items.values.map((i) => i.id)]) dropped.add(id);
  });
  if (sections.length === 0) return [];
  const scores = keep(listOf(json.scores), (v) => ScoreSchema.safeParse(v), dropped);
  const rules = keep(listOf(json.rules), (v) => RuleSchema.safeParse(v), dropped);
  const safety = keep(listOf(json.safety), (v) => SafetyTriggerSchema.safeParse(v), dropped);
  // Declared locales are checked only against a title that is itself well formed.
  const title = LocalizedTextSchema.safeParse(json.title);
  const locales = title.success && Array.isArray(json.locales) && json.locales.every((l) => typeof l === 'string') ? { locales: json.locales as string[] } : {};
  const def: Def = {
    id: 'partial',
    version: '0.0.0',
    title: title.success ? title.data : { en: 'partial' },
    ...locales,
    sections,
    scores: scores.values,
    rules: rules.values,
    safety: safety.values,
  };

  const lists: Record<string, number[]> = { scores: scores.at, rules: rules.at, safety: safety.at };
  const remap = (path: IssuePath): IssuePath => {
    const [head, i, ...rest] = path;
    if (head === 'sections' && typeof i === 'number') {
      const s = sectionAt[i];
      if (s === undefined) return path;
      const [key, ii, ...tail] = rest;
      return key === 'items' && typeof ii === 'number' ? ['sections', s.at, 'items', s.items[ii] ?? ii, ...tail] : ['sections', s.at, ...rest];
    }
    const at = typeof head === 'string' ? lists[head] : undefined;
    return at !== undefined && typeof i === 'number' ? [head as string, at[i] ?? i, ...rest] : path;
  };
  const aboutDropped = (i: Issue) =>
    (i.code === 'unknown-item' || i.code === 'unknown-score') && [...dropped].some((id) => i.itemId === id || i.message.includes(`"${id}"`));
  return checkQuestionnaire(def)
    .filter((i) => !aboutDropped(i))
    .map((i) => ({ ...i, path: remap(i.path) }));
}
