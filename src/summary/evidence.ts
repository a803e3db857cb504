import type { IndexedItem } from '../definition/questionnaire-index.js';
import { type Item, PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import { localize } from '../definition/text.js';
import type { AnswerValue, Answers } from '../definition/types.js';
import type { Evaluation } from '../definition/evaluation.js';
import { SUMMARY_PHRASES } from './phrases.js';
import type { Evidence } from './referral-summary.js';

/**
 * The answer as the person saw it: option text(s), "Yes"/"No", a number with
 * its unit. Free text and dates are quoted as given.
 *
 * @param item - The item answered.
 * @param value - A valid answer to it.
 * @param locale - The summary's locale.
 * @returns The display text of the answer.
 */
export function answerText(item: Item, value: AnswerValue, locale: string): string {
  if (value === PREFER_NOT_TO_ANSWER) return localize(SUMMARY_PHRASES.declined, locale);
  switch (item.kind) {
    case 'single':
    case 'scale': {
      const option = (item.options as readonly { value: string | number; text: Item['text'] }[]).find((o) => o.value === value);
      return option ? localize(option.text, locale) : String(value);
    }
    case 'multi': {
      const values = value as readonly string[];
      if (values.length === 0) return localize(SUMMARY_PHRASES.noneSelected, locale);
      return values.map((v) => {
        const option = item.options.find((o) => o.value === v);
        return option ? localize(option.text, locale) : v;
      }).join('; ');
    }
    case 'boolean':
      return localize(value === true ? SUMMARY_PHRASES.yes : SUMMARY_PHRASES.no, locale);
    case 'number':
      return item.unit ? `${String(value)} ${localize(item.unit, locale)}` : String(value);
    case 'text':
    case 'date':
    case 'display':
      return String(value);
  }
}

function machineValue(value: AnswerValue): Evidence['answer'] {
  return Array.isArray(value) ? [...(value as readonly string[])] : (value as string | number | boolean);
}

/**
 * Builds evidence entries for one summary. An item cited by several findings
 * is formatted once and its entry shared, so treat a summary as read-only.
 */
export class EvidenceBuilder {
  private readonly cache = new Map<string, Evidence>();

  constructor(
    private readonly answers: Answers,
    private readonly evaluation: Evaluation,
    private readonly locale: string,
  ) {}

  /**
   * The evidence for a set of items: every answered (or declined) item, in the
   * given order. When none of them was answered (a finding that holds because
   * something was *not* said), the visible ones are cited as unanswered
   * instead, so no finding is ever left without evidence it can show.
   *
   * @param items - Items in document order.
   * @returns Evidence entries.
   */
  of(items: readonly IndexedItem[]): Evidence[] {
    const out: Evidence[] = [];
    for (const { item } of items) {
      if (item.kind === 'display' || !Object.hasOwn(this.answers, item.id)) continue;
      let e = this.cache.get(item.id);
      if (e === undefined) {
        const value = this.answers[item.id] as AnswerValue;
        e = { itemId: item.id, question: localize(item.text, this.locale), answer: machineValue(value), answerText: answerText(item, value, this.locale) };
        this.cache.set(item.id, e);
      }
      out.push(e);
    }
    if (out.length > 0) return out;
    for (const { item } of items) {
      if (item.kind === 'display' || !this.evaluation.visible(item.id)) continue;
      out.push({ itemId: item.id, question: localize(item.text, this.locale), answer: null, answerText: localize(SUMMARY_PHRASES.notAnswered, this.locale) });
    }
    return out;
  }
}

/** Merge item lists, dropping repeats, in document order. */
export function mergeItems(lists: readonly (readonly IndexedItem[])[]): IndexedItem[] {
  if (lists.length === 1) return lists[0] as IndexedItem[];
  const seen = new Map<string, IndexedItem>();
  for (const list of lists) for (const entry of list) seen.set(entry.item.id, entry);
  return [...seen.values()].sort((a, b) => a.position - b.position);
}
