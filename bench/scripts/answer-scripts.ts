import type { Item } from '../../src/definition/item.js';
import type { Answers, AnswerValue, QuestionnaireInput } from '../../src/definition/types.js';
import { INTAKE_CHOICES, scaleSeverity, symptom } from './intake-answers.js';
import { drawPerson, type Person } from './person.js';
import { type Random, seededRandom } from './prng.js';

const DECLINED = 'prefer-not-to-answer';

/** One shown section of a script: the answers given there, in order. */
export interface ScriptPage {
  readonly section: string;
  readonly answers: readonly (readonly [itemId: string, value: AnswerValue])[];
}

/** What one person does in an intake: the sections they see and the answers they give. */
export interface AnswerScript {
  readonly id: number;
  readonly pages: readonly ScriptPage[];
  /** Every answer given, keyed by item id. */
  readonly answers: Answers;
  /** How many ANSWER events the script sends. */
  readonly answerCount: number;
}

/** Visibility of items under a set of answers (the library's own evaluation, passed in). */
export type VisibilityOracle = (answers: Answers) => (itemId: string) => boolean;

/** Options of {@link answerScripts}. */
export interface ScriptOptions {
  readonly count: number;
  readonly seed: number;
  readonly visibility: VisibilityOracle;
}

function genericAnswer(item: Exclude<Item, { kind: 'display' }>, p: Person, r: Random): AnswerValue {
  switch (item.kind) {
    case 'single':
      return r.pick(item.options).value;
    case 'multi': {
      const plain = item.options.filter((o) => !o.exclusive).map((o) => o.value);
      const none = item.options.find((o) => o.exclusive)?.value;
      if (none !== undefined && (plain.length === 0 || r.chance(0.35))) return [none];
      const chosen = new Set<string>();
      const n = r.int(1, Math.min(3, plain.length));
      while (chosen.size < n) chosen.add(r.pick(plain));
      return plain.filter((v) => chosen.has(v));
    }
    case 'boolean':
      return r.chance(0.45);
    case 'scale': {
      const severity = scaleSeverity(item.id, p);
      const values = item.options.map((o) => o.value).sort((a, b) => a - b);
      if (severity !== undefined && values.length === 4) return symptom(r, severity);
      // Yes/no screening items (1 = yes) are mostly "no".
      if (values.length === 2) return r.chance(0.3) ? (values[1] as number) : (values[0] as number);
      return r.pick(values);
    }
    case 'number': {
      const min = item.min ?? 0;
      const max = item.max ?? Math.max(min + 100, 100);
      return item.integer ? r.int(Math.ceil(min), Math.floor(max)) : min + r.next() * (max - min);
    }
    case 'text':
      return r.pick(['Not sure.', 'I would rather talk about it in person.', 'It started after I lost my job.']).slice(0, item.maxLength ?? 500);
    case 'date':
      return item.min ?? item.max ?? '2024-01-15';
  }
}

/**
 * One person's answer to one visible item, or undefined when they skip it.
 * Required items are never skipped; a decline is given where the item offers it.
 */
function answerFor(item: Exclude<Item, { kind: 'display' }>, p: Person, r: Random, answers: Answers): AnswerValue | undefined {
  if (item.preferNotToAnswer && r.chance(p.declines)) return DECLINED;
  if (!item.required && r.chance(p.skips)) return undefined;
  const choice = INTAKE_CHOICES[item.id];
  return choice ? choice(p, r, answers) : genericAnswer(item, p, r);
}

/**
 * Deterministic answer scripts: each is a drawn person walking the
 * questionnaire in document order, answering only items that are visible at
 * that point (conditions read only earlier items, so this is the order a flow
 * shows them). A section is a page when it has a visible item.
 *
 * @param q - The questionnaire.
 * @param options - How many people, the seed, and the visibility oracle.
 * @returns One script per person.
 */
export function answerScripts(q: QuestionnaireInput, options: ScriptOptions): AnswerScript[] {
  const scripts: AnswerScript[] = [];
  for (let n = 0; n < options.count; n++) {
    const r = seededRandom((options.seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
    const person = drawPerson(r);
    const answers: Record<string, AnswerValue> = {};
    const pages: ScriptPage[] = [];
    let answerCount = 0;
    for (const section of q.sections) {
      const given: (readonly [string, AnswerValue])[] = [];
      let shown = false;
      for (const raw of section.items) {
        const item = raw as Item;
        if (!options.visibility(answers)(item.id)) continue;
        shown = true;
        if (item.kind === 'display') continue;
        const value = answerFor(item, person, r, answers);
        if (value === undefined) continue;
        answers[item.id] = value;
        given.push([item.id, value]);
      }
      if (shown) pages.push({ section: section.id, answers: given });
      answerCount += given.length;
    }
    scripts.push({ id: n, pages, answers, answerCount });
  }
  return scripts;
}
