import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledQuestionnaires } from '../../questionnaires/index.js';
import type { LocalizedText } from '../../src/definition/text.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { es as esPack } from '../../src/locales/es.js';

/** The package root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Every bundled questionnaire, as `[id, questionnaire]`, for `describe.each`. */
export const BUNDLED: readonly (readonly [string, Questionnaire])[] = Object.entries(bundledQuestionnaires);

/** A LocalizedText found in a definition, with its path from the root. */
export interface FoundText {
  readonly path: readonly (string | number)[];
  readonly text: LocalizedText;
}

/**
 * Every LocalizedText in a value: any object with a string `en`. Walked on
 * its own terms, not with the library's walker, so a text the static checks
 * skip would still be found here.
 */
export function localizedTexts(value: unknown, path: (string | number)[] = []): FoundText[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if (typeof obj['en'] === 'string') return [{ path, text: obj as LocalizedText }];
  return Object.entries(obj).flatMap(([k, v]) => localizedTexts(v, [...path, k]));
}

/** A sample answers file of `examples/answers/`. */
export interface SampleAnswers {
  readonly file: string;
  readonly questionnaire: string;
  readonly answers: Readonly<Record<string, unknown>>;
}

/** The sample answers files, sorted by name. */
export function sampleAnswers(): SampleAnswers[] {
  const dir = join(ROOT, 'examples/answers');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { questionnaire: string; answers: Record<string, unknown> };
      return { file: `examples/answers/${name}`, questionnaire: json.questionnaire, answers: json.answers };
    });
}

/** `{ key: LocalizedText }` tables flattened to `[name.key, text]` pairs. */
/**
 * The library's phrase tables with each phrase's Spanish read from the Spanish pack (the core tables are English
 * only): a phrase the pack lacks stays without `es`, so a check for Spanish still finds it missing.
 */
export function withPackSpanish<T extends Readonly<Record<string, Readonly<Record<string, LocalizedText>>>>>(tables: T): T {
  const pack = esPack.phrases as unknown as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  const merged = Object.entries(tables).map(([name, table]) => {
    const spanish = Object.hasOwn(pack, name) ? pack[name] : undefined;
    const phrases = Object.entries(table).map(([key, text]) => {
      const es = spanish !== undefined && Object.hasOwn(spanish, key) ? spanish[key] : undefined;
      return [key, typeof es === 'string' ? { ...text, es } : text] as const;
    });
    return [name, Object.fromEntries(phrases)] as const;
  });
  return Object.fromEntries(merged) as unknown as T;
}

export function tableEntries(tables: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>>): [string, LocalizedText][] {
  return Object.entries(tables).flatMap(([table, phrases]) => Object.entries(phrases).map(([key, text]): [string, LocalizedText] => [`${table}.${key}`, text]));
}
