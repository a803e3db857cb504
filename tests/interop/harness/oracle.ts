import fc from 'fast-check';
import { type Item, PREFER_NOT_TO_ANSWER } from '../../../src/definition/item.js';
import type { Questionnaire } from '../../../src/definition/types.js';
import { indexOf } from '../../../src/engine/questionnaire-index.js';
import { resolveAnswers } from '../../../src/engine/resolve-answers.js';
import type { ReferralSummary } from '../../../src/summary/referral-summary.js';
import { summarize } from '../../../src/summary/summarize.js';
import { briefScreen, substanceUseIntake } from '../../../questionnaires/index.js';

/** The questionnaires every client is driven over, by the name the pages take in `?q=`. */
export const QUESTIONNAIRES = { briefScreen, substanceUseIntake } as const satisfies Record<string, Questionnaire>;
export type QuestionnaireName = keyof typeof QUESTIONNAIRES;

/** An item a person answers (every kind but display). */
export type AnswerableItem = Exclude<Item, { kind: 'display' }>;

/** The answerable items, in the order a person meets them. */
export function answerableItems(q: Questionnaire): AnswerableItem[] {
  return indexOf(q)
    .order.map((entry) => entry.item)
    .filter((item): item is AnswerableItem => item.kind !== 'display');
}

/** The answerable items the library shows for these answers, in order. */
export function visibleItems(q: Questionnaire, answers: Readonly<Record<string, unknown>>): string[] {
  const { evaluation } = resolveAnswers(q, answers);
  return answerableItems(q)
    .map((item) => item.id)
    .filter((id) => evaluation.visible(id));
}

/**
 * The summary of answers given directly to the library: what a client's read-back must reproduce. Answers the
 * library does not accept fail here, so a plan that enters something invalid is caught before it is compared.
 */
export function directSummary(q: Questionnaire, answers: Readonly<Record<string, unknown>>): ReferralSummary {
  const { issues } = resolveAnswers(q, answers);
  if (issues.length > 0) throw new Error(`the direct answers have issues: ${issues.map((i) => `${i.code} ${i.itemId ?? ''}`).join(', ')}`);
  return summarize(q, answers);
}

/** What a client can enter for an item: the values its UI offers. */
export type ValueDomain = (item: AnswerableItem) => fc.Arbitrary<unknown>;

/**
 * A random plan: for each answerable item, a value or nothing (left unanswered). A driver walks the items in order
 * and enters the planned value of each item the library shows at that point, so conditions (which only read earlier
 * items) never hide an answer once given.
 */
export function planArbitrary(q: Questionnaire, domain: ValueDomain, answerRate = 0.8): fc.Arbitrary<Map<string, unknown>> {
  const items = answerableItems(q);
  return fc
    .tuple(...items.map((item) => fc.option(domain(item), { freq: Math.max(1, Math.round(answerRate / (1 - answerRate))), nil: undefined })))
    .map((values) => new Map(items.flatMap((item, k) => (values[k] === undefined ? [] : [[item.id, values[k]] as const]))));
}

/** The values a coverage plan tries for an item: each option, the decline, both booleans, a bound, one text. */
function candidates(item: AnswerableItem): unknown[] {
  const decline = 'preferNotToAnswer' in item && item.preferNotToAnswer ? [PREFER_NOT_TO_ANSWER] : [];
  switch (item.kind) {
    case 'single':
    case 'scale':
      return [...item.options.map((o) => o.value), ...decline];
    case 'boolean':
      return [true, false, ...decline];
    case 'multi':
      return [item.options.filter((o) => !o.exclusive).map((o) => o.value), ...item.options.filter((o) => o.exclusive).map((o) => [o.value]), ...decline];
    case 'number':
      return [item.max ?? item.min ?? 1];
    case 'text':
      return ['something I want to say'];
    case 'date':
      return [item.min ?? '2024-01-15'];
  }
}

/**
 * Plans that between them answer every answerable item: each walks the items in order and gives each shown item
 * the value that shows the most items no earlier plan has answered (so the next plan takes the other branches).
 * After the first, a plan leaves out an item an earlier plan answered unless its answer shows more of what is left
 * than no answer does: the full intake's second plan went from 124 answers to what its branches need, which in a
 * renderer that redraws the whole form on every answer (Smart Forms) is minutes of CI time.
 * Throws if some item cannot be reached that way, so a questionnaire change cannot silently shrink coverage.
 */
export function coveragePlans(q: Questionnaire): Map<string, unknown>[] {
  const items = answerableItems(q);
  const uncovered = new Set(items.map((i) => i.id));
  const plans: Map<string, unknown>[] = [];
  while (uncovered.size > 0) {
    const plan = new Map<string, unknown>();
    const given: Record<string, unknown> = {};
    for (const item of items) {
      if (!visibleItems(q, given).includes(item.id)) continue;
      const reachOf = (answers: Record<string, unknown>) => visibleItems(q, answers).filter((id) => uncovered.has(id) && id !== item.id).length;
      let best: { value: unknown; reach: number } | undefined;
      for (const value of candidates(item)) {
        const reach = reachOf({ ...given, [item.id]: value });
        if (best === undefined || reach > best.reach) best = { value, reach };
      }
      if (plans.length > 0 && !uncovered.has(item.id) && best!.reach <= reachOf(given)) continue;
      // A multi-choice answer keeps only the options its reach needs (at least one): every option is one more click.
      if (Array.isArray(best!.value) && best!.value.length > 1) {
        let kept = best!.value as unknown[];
        for (const option of best!.value as unknown[]) {
          const fewer = kept.filter((o) => o !== option);
          if (fewer.length > 0 && reachOf({ ...given, [item.id]: fewer }) >= best!.reach) kept = fewer;
        }
        best = { value: kept, reach: best!.reach };
      }
      plan.set(item.id, best!.value);
      given[item.id] = best!.value;
    }
    const before = uncovered.size;
    for (const id of plan.keys()) uncovered.delete(id);
    if (uncovered.size === before) throw new Error(`no plan reaches ${[...uncovered].join(', ')}`);
    plans.push(plan);
  }
  return plans;
}
