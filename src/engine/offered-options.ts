import { type ChoiceOption, type Item, PREFER_NOT_TO_ANSWER } from '../definition/item.js';
import { detailedIssue, type Issue } from '../issues/issue.js';

/** What reads the current answers by item id: an `Evaluation`. */
interface Answered {
  answer(itemId: string): unknown;
}
type ChoiceItem = Extract<Item, { kind: 'single' | 'multi' }>;

/**
 * The options an item offers now. An item with `optionsFrom` offers only the
 * options the person chose in that earlier multi-choice item, plus the ones
 * its own answer holds (an answer kept after the earlier one changed stays
 * visible, so the person sees it and can change it; it is never dropped
 * unseen). Every option is offered when the earlier item has no chosen value
 * (unanswered or declined), when none of its values is one of this item's
 * options, and for any item without `optionsFrom`.
 *
 * @param item - The item asked.
 * @param answers - The current answers (an evaluation).
 * @returns The options to offer, in the item's order; the item's own array when nothing is narrowed.
 * @internal
 */
export function offeredOptions(item: ChoiceItem, answers: Answered): readonly ChoiceOption[] {
  const chosen = chosenValues(item, answers);
  if (chosen === undefined) return item.options;
  const own = answers.answer(item.id);
  const offered = item.options.filter((o) => chosen.includes(o.value) || own === o.value || (Array.isArray(own) && own.includes(o.value)));
  return offered.length === item.options.length ? item.options : offered;
}

/** The values chosen in the item's `optionsFrom` source, or undefined when it narrows nothing. */
function chosenValues(item: ChoiceItem, answers: Answered): readonly unknown[] | undefined {
  if (item.optionsFrom === undefined) return undefined;
  const source: unknown = answers.answer(item.optionsFrom);
  // A declined answer is a string, not a list: it narrows nothing.
  if (!Array.isArray(source)) return undefined;
  return item.options.some((o) => source.includes(o.value)) ? source : undefined;
}

/**
 * The item as the flow shows it now: an item with `optionsFrom` as a copy
 * holding only the options it offers (see `offeredOptions`), any other item as it is.
 *
 * @internal
 */
export function asOffered(item: Item, answers: Answered): Item {
  if (item.kind !== 'single' && item.kind !== 'multi') return item;
  const offered = offeredOptions(item, answers);
  return offered === item.options ? item : { ...item, options: offered };
}

/**
 * The issue for an answer (already checked against the item's options) that
 * holds an option the item does not offer now (see `offeredOptions`), or
 * undefined. Names the item, never the value.
 *
 * @internal
 */
export function notOfferedIssue(item: Item, value: unknown, answers: Answered, path: readonly (string | number)[]): Issue | undefined {
  if ((item.kind !== 'single' && item.kind !== 'multi') || item.optionsFrom === undefined || value === PREFER_NOT_TO_ANSWER) return undefined;
  const offered = offeredOptions(item, answers);
  if (offered === item.options) return undefined;
  const values = Array.isArray(value) ? (value as readonly unknown[]) : [value];
  if (values.every((v) => offered.some((o) => o.value === v))) return undefined;
  const message = `Answer to "${item.id}" holds an option that was not chosen in "${item.optionsFrom}". Ensure that the answer is one of the options the view offers (describeIntake).`;
  return detailedIssue('out-of-range', path, message, item.id, { limits: { kind: item.kind, options: offered.length }, problem: 'not-chosen' });
}
