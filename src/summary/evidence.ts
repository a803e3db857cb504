import type { IndexedItem } from '../engine/questionnaire-index.js';
import { type Item, PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import { type LocalizedText, localize } from '../definition/text.js';
import type { AnswerValue, Answers } from '../definition/types.js';
import type { Evaluation } from '../engine/evaluation.js';
import { SUMMARY_PHRASES } from './phrases.js';
import type { Evidence } from './referral-summary.js';

type Option = { readonly value: string | number; readonly text: LocalizedText };

function optionOf(options: readonly Option[], value: unknown): Option | undefined {
  for (let i = 0; i < options.length; i++) {
    const o = options[i] as Option;
    if (o.value === value) return o;
  }
  return undefined;
}

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
      const option = optionOf(item.options, value);
      return option ? localize(option.text, locale) : String(value);
    }
    case 'multi': {
      const values = value as readonly string[];
      if (values.length === 0) return localize(SUMMARY_PHRASES.noneSelected, locale);
      let text = '';
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as string;
        const option = optionOf(item.options, v);
        text += (i === 0 ? '' : '; ') + (option ? localize(option.text, locale) : v);
      }
      return text;
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
  // By item position: a summary cites a few dozen items, many of them several times.
  private readonly cache: (Evidence | undefined)[];

  /**
   * @param answers - The answers to cite.
   * @param evaluation - Visibility, for findings that hold because nothing was answered.
   * @param locale - The summary's locale.
   * @param byPosition - The same answers by item position, when the caller has them (saves an id lookup per item).
   */
  constructor(
    private readonly answers: Answers,
    private readonly evaluation: Evaluation,
    private readonly locale: string,
    private readonly byPosition?: readonly (AnswerValue | undefined)[],
  ) {
    // Made at its size (why: docs/benchmarks.md, engine design notes).
    // Stryker disable next-line ArrayDeclaration: equivalent: the size only preallocates
    this.cache = new Array<Evidence | undefined>(evaluation.index.order.length);
  }

  private valueOf(entry: IndexedItem): AnswerValue | undefined {
    if (this.byPosition !== undefined) return this.byPosition[entry.position];
    const id = entry.item.id;
    return Object.hasOwn(this.answers, id) ? this.answers[id] : undefined;
  }

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
    // Counted first, so the list is made at its size (why: docs/benchmarks.md, engine design notes).
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      const entry = items[i] as IndexedItem;
      if (entry.item.kind !== 'display' && this.valueOf(entry) !== undefined) count++;
    }
    if (count > 0) {
      const out = new Array<Evidence>(count);
      let k = 0;
      for (let i = 0; i < items.length; i++) {
        const entry = items[i] as IndexedItem;
        if (entry.item.kind === 'display') continue;
        const value = this.valueOf(entry);
        if (value !== undefined) out[k++] = this.answered(entry, value);
      }
      return out;
    }
    const out: Evidence[] = [];
    for (const entry of items) {
      if (entry.item.kind === 'display' || !this.evaluation.visible(entry.item.id)) continue;
      out.push(this.unanswered(entry));
    }
    return out;
  }

  /**
   * The evidence of a safety trigger raised during the intake whose answer was
   * later changed: every item it reads, with its final answer, or as not
   * answered when it is unanswered but still asked. Items the final answers
   * hide are left out unless nothing else could be cited, so the entry always
   * shows which questions raised it.
   *
   * @param items - Items in document order.
   * @returns Evidence entries.
   */
  current(items: readonly IndexedItem[]): Evidence[] {
    const out: Evidence[] = [];
    for (const entry of items) {
      if (entry.item.kind === 'display') continue;
      const value = this.valueOf(entry);
      if (value !== undefined) out.push(this.answered(entry, value));
      else if (this.evaluation.visible(entry.item.id)) out.push(this.unanswered(entry));
    }
    if (out.length > 0) return out;
    for (const entry of items) if (entry.item.kind !== 'display') out.push(this.unanswered(entry));
    return out;
  }

  /**
   * The evidence of the items that have an answer, in the given order, and
   * nothing for the others (no "not answered" entries).
   *
   * @param items - Items in document order.
   * @returns Evidence entries.
   */
  given(items: readonly IndexedItem[]): Evidence[] {
    const out: Evidence[] = [];
    for (const entry of items) {
      const value = entry.item.kind === 'display' ? undefined : this.valueOf(entry);
      if (value !== undefined) out.push(this.answered(entry, value));
    }
    return out;
  }

  /**
   * The evidence of one answered item, or undefined when it has no answer.
   *
   * @param entry - An answerable item.
   * @returns The entry, shared with every other citation of the item.
   */
  answer(entry: IndexedItem): Evidence | undefined {
    const value = this.valueOf(entry);
    return value === undefined ? undefined : this.answered(entry, value);
  }

  private answered(entry: IndexedItem, value: AnswerValue): Evidence {
    const { item } = entry;
    let e = this.cache[entry.position];
    if (e === undefined || e.itemId !== item.id) {
      e = { itemId: item.id, question: localize(item.text, this.locale), answer: machineValue(value), answerText: answerText(item, value, this.locale) };
      this.cache[entry.position] = e;
    }
    return e;
  }

  private unanswered(entry: IndexedItem): Evidence {
    const { item } = entry;
    return { itemId: item.id, question: localize(item.text, this.locale), answer: null, answerText: localize(SUMMARY_PHRASES.notAnswered, this.locale) };
  }
}
