import { answerIssue, readAnswer } from '../engine/check-answer.js';
import { notOfferedIssue } from '../engine/offered-options.js';
import type { Evaluation } from '../engine/evaluation.js';
import { type Known, lookup, settleChange } from '../engine/evaluation-cache.js';
import type { QuestionnaireIndex } from '../engine/questionnaire-index.js';
import type { AnswerEntry, AnswerValue } from '../definition/types.js';
import { detailedIssue, type Issue, issue } from '../issues/issue.js';
import { recordTriggers, recordUrgency } from './fire-triggers.js';
import type { IntakeContext } from './intake-context.js';

/** Longest item id an event may carry before it is refused unread. */
const MAX_ID = 200;

/** What an ANSWER event would do, worked out without changing anything. */
export type AnswerPlan =
  | { readonly kind: 'refused'; readonly issues: readonly Issue[] }
  | { readonly kind: 'unchanged' }
  | {
      readonly kind: 'accepted';
      /** The evaluation of the answers after the change (not yet frozen or remembered). */
      readonly evaluation: Evaluation;
      /** Answers the change hid and so dropped. */
      readonly dropped: readonly string[];
      /** The answered item, then the dropped ones: what a trigger must read to change. */
      readonly changed: readonly string[];
      /** The id of the answered item's section. */
      readonly section: string;
      readonly known: Known;
      /** The answers by position after the change. */
      readonly values: readonly (AnswerValue | undefined)[];
      /** The answered item's position. */
      readonly position: number;
      /** Its new entry, or undefined when the answer was cleared. */
      readonly answer: AnswerEntry | undefined;
    };

const refused = (problem: Issue): AnswerPlan => ({ kind: 'refused', issues: [problem] });

/**
 * The items whose change an accepted answer's trigger check follows: the first
 * answer checks every trigger (one may hold on what is not yet answered), later
 * ones what they can change.
 */
export const checked = (plan: Extract<AnswerPlan, { kind: 'accepted' }>): readonly string[] | undefined =>
  plan.known.entries.length === 0 ? undefined : plan.changed;

// The guard that asks whether an answer interrupts and the action that records
// it both plan the same event: an object value (a multi-choice array) is read
// once per event, so both see (and the flow stores) the same copy even if a
// getter or proxy changes it. A primitive reads the same every time, and a
// WeakMap entry per event costs the garbage collector more than the read.
const reads = new WeakMap<object, { item: unknown; read: unknown }>();
function readOnce(event: object, item: Parameters<typeof readAnswer>[0], value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return readAnswer(item, value);
  const seen = reads.get(event);
  if (seen !== undefined && seen.item === item) return seen.read;
  const read = readAnswer(item, value);
  reads.set(event, { item, read });
  return read;
}

/**
 * Validate an ANSWER event against the flow's context and work out the answers
 * after it: the new value stored, the answers of items the change hides
 * dropped. Pure: the guard that asks whether the answer interrupts and the
 * action that records it both read it.
 */
export function planAnswer(index: QuestionnaireIndex, context: IntakeContext, event: { itemId?: unknown; value?: unknown }): AnswerPlan {
  const { itemId, value } = event;
  if (typeof itemId !== 'string' || itemId.length === 0 || itemId.length > MAX_ID) {
    return refused(issue('invalid-event', ['itemId'], 'ANSWER needs an itemId string naming an item of this questionnaire.'));
  }
  const entry = index.items.get(itemId);
  if (!entry) return refused(issue('unknown-item', ['itemId'], `Item "${itemId}" does not exist in this questionnaire.`, itemId));
  const inSections = context.cursor < index.sections.length;
  if (inSections && entry.section !== context.cursor) {
    const here = index.sections[context.cursor]?.section.id ?? '';
    const message = `Item "${itemId}" is not in the current section "${here}". Ensure that answers go to the section on screen.`;
    return refused(detailedIssue('not-in-section', ['itemId'], message, itemId, { section: here }));
  }
  const known = lookup(index, context.answerEntries);
  const before = known.evaluation;
  if (!before.shown(entry)) return refused(issue('item-hidden', ['itemId'], `Item "${itemId}" is hidden by earlier answers and takes no answer now.`, itemId));
  const clearing = value === null || value === undefined;
  // Read once: an array is copied by index and frozen, and the copy is what is checked and stored.
  const read = clearing ? undefined : readOnce(event, entry.item, value);
  if (!clearing) {
    const problem = answerIssue(entry.item, read, 'value') ?? notOfferedIssue(entry.item, read, before, ['value']);
    if (problem) return refused(problem);
  }
  const had = known.values[entry.position] !== undefined;
  if (clearing && !had) return { kind: 'unchanged' };

  // The answers by position: an unfrozen array of references, copied in one block.
  const values = known.values.slice();
  values[entry.position] = read as AnswerValue | undefined;

  // Dependents are in document order and conditions read only earlier items,
  // so one pass settles every visibility the change can touch; the evaluation
  // keeps what `before` knew about every other item.
  const evaluation = before.after(values, [itemId]);
  const dropped: string[] = [];
  // `invalidates` also follows scores' cut-off conditions, so an item shown
  // only while a score is positive loses its answer when the cut-off moves.
  const dependents = index.invalidates.get(itemId);
  if (dependents !== undefined) {
    for (const dep of dependents) {
      if (values[dep.position] !== undefined && !evaluation.shown(dep)) {
        values[dep.position] = undefined;
        dropped.push(dep.item.id);
      }
    }
  }
  const section = index.sections[entry.section]?.section.id ?? '';
  const answer = read === undefined ? undefined : (Object.freeze([entry.item.id, read as AnswerValue]) as AnswerEntry);
  return {
    kind: 'accepted',
    evaluation,
    values,
    dropped,
    changed: dropped.length === 0 ? [itemId] : [itemId, ...dropped],
    section,
    known,
    position: entry.position,
    answer,
  };
}

/**
 * Apply an ANSWER event: validate it, store it, drop the answers of items the
 * change hides, and record every safety trigger it makes hold (an
 * interrupt-tier one interrupts at once, a flag-tier one waits for the person
 * to leave the section) and every urgency rule. A bad event changes nothing but `issues`.
 */
export function answerStep(index: QuestionnaireIndex, context: IntakeContext, event: { itemId?: unknown; value?: unknown }): Partial<IntakeContext> {
  const plan = planAnswer(index, context, event);
  if (plan.kind === 'refused') return { issues: plan.issues, dropped: [] };
  if (plan.kind === 'unchanged') return { issues: [], dropped: [] };
  const { evaluation, dropped, section, known } = plan;
  const triggered = recordTriggers(evaluation, context.safety, section, checked(plan));
  const safety = recordUrgency(evaluation, triggered ?? context.safety, checked(plan)) ?? triggered;
  const answerEntries = settleChange(known, evaluation, plan.values, plan.position, plan.answer);
  known.replaced = true;
  return safety ? { answerEntries, issues: [], dropped, safety } : { answerEntries, issues: [], dropped };
}
