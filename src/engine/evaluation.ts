import type { ConditionScope } from '../conditions/evaluate.js';
import type { ScoreResult } from './score-result.js';
import { computeScore } from './compute-score.js';
import { openGates } from './gates.js';
import type { IndexedItem, QuestionnaireIndex } from './questionnaire-index.js';
import type { AnswerValue, Answers } from '../definition/types.js';

// Memo cells by position: 0 = not computed yet. A small-integer array (why: docs/benchmarks.md, engine design notes).
const UNKNOWN = 0;
const HIDDEN = 1;
const SHOWN = 2;
// The placeholder source of an evaluation that reads answers by position.
const NONE: Answers = Object.freeze({});

/**
 * One look at a set of answers: visibility and scores, each computed at most
 * once and only when asked for. Conditions look only backward, so an item's
 * visibility depends only on earlier items. `resolveAnswers` returns one as
 * `evaluation`.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(briefScreen, { 'asq.q1': 1 });
 * evaluation.visible('asq.q5'); // true
 * evaluation.score('asq')?.status; // 'incomplete'
 * ```
 */
export class Evaluation implements ConditionScope {
  private readonly itemMemo: number[];
  private readonly sectionMemo: number[];
  // By score position: a server summary computes every score.
  private scoreMemo: (ScoreResult | undefined)[] | undefined;
  private gateMemo: Map<number, readonly IndexedItem[]> | undefined;
  private source: Answers | undefined;
  // Answers by item position, when the evaluation was made from them: a
  // server re-check then never builds the answers object unless asked.
  private values: readonly (AnswerValue | undefined)[] | undefined;
  /** @internal */
  readonly index: QuestionnaireIndex;

  /** @internal */
  constructor(index: QuestionnaireIndex, answers: Answers, itemMemo?: number[], sectionMemo?: number[]) {
    this.index = index;
    this.source = answers;
    this.values = undefined;
    this.itemMemo = itemMemo ?? index.blank.items.slice();
    this.sectionMemo = sectionMemo ?? index.blank.sections.slice();
    this.scoreMemo = undefined;
    this.gateMemo = undefined;
  }

  /**
   * An evaluation that reads answers by item position (`undefined` where there
   * is none). The array may still be filled in document order while the
   * evaluation is used, as conditions read only earlier items. Memo cells
   * passed in are kept (`after` shares them).
   *
   * @internal
   */
  static ofPositions(index: QuestionnaireIndex, values: readonly (AnswerValue | undefined)[], itemMemo?: number[], sectionMemo?: number[]): Evaluation {
    const ev = new Evaluation(index, NONE, itemMemo, sectionMemo);
    ev.values = values;
    ev.source = undefined;
    return ev;
  }

  /**
   * An evaluation of answers by position in which every item and section is
   * shown, whatever the conditions say: the answers as received, before the
   * form's logic drops those to items it would not have asked. Safety triggers
   * are checked on it too, so a disclosure is never lost to branching.
   *
   * @internal
   */
  static unpruned(index: QuestionnaireIndex, values: readonly (AnswerValue | undefined)[]): Evaluation {
    return Evaluation.ofPositions(index, values, new Array<number>(index.order.length).fill(SHOWN), new Array<number>(index.sections.length).fill(SHOWN));
  }

  /** The answers this evaluation reads, keyed by item id. */
  get answers(): Answers {
    if (this.source === undefined) {
      const built: Record<string, AnswerValue> = {};
      const values = this.values ?? [];
      for (const entry of this.index.order) {
        const v = values[entry.position];
        if (v !== undefined) built[entry.item.id] = v;
      }
      this.source = built;
    }
    return this.source;
  }

  /**
   * An evaluation of answers by position (`values`), which differ from this one's only in the
   * answers to `changed` (and to items those changes hid). Visibility already
   * computed here is kept, except for the items whose conditions can read a
   * changed item (directly, transitively, or through a score and its
   * cut-offs); scores are computed again on demand.
   *
   * @internal
   */
  after(values: readonly (AnswerValue | undefined)[], changed: readonly string[]): Evaluation {
    // Most items change no one's visibility: the memos are then shared, as
    // every entry holds for both evaluations (including ones filled later).
    let items = this.itemMemo;
    let sections = this.sectionMemo;
    for (const id of changed) {
      const deps = this.index.invalidates.get(id);
      if (deps === undefined) continue;
      if (items === this.itemMemo) {
        items = items.slice();
        sections = sections.slice();
      }
      // A section's visibility changes only when its condition reads a changed
      // item, and then all its items are in `invalidates` (empty sections are
      // not remembered, see sectionVisible).
      for (const dep of deps) {
        items[dep.position] = UNKNOWN;
        sections[dep.section] = UNKNOWN;
      }
    }
    return Evaluation.ofPositions(this.index, values, items, sections);
  }

  /**
   * The answer to an item, as given (a declined answer is `'prefer-not-to-answer'`).
   *
   * @param itemId - An item id.
   * @returns The answer, or undefined when there is none.
   */
  answer(itemId: string): unknown {
    const { values } = this;
    if (values !== undefined) {
      const entry = this.index.items.get(itemId);
      return entry === undefined ? undefined : values[entry.position];
    }
    const answers = this.source as Answers;
    return Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
  }

  /**
   * `answer` for an indexed item of this questionnaire, without the id lookup.
   *
   * @internal
   */
  answerOf(entry: IndexedItem): unknown {
    return this.values === undefined ? this.answer(entry.item.id) : this.values[entry.position];
  }

  /**
   * Whether the section at a position is shown: its condition holds (or it has none).
   *
   * @param index - The section's position in `sections`.
   * @returns True when shown.
   */
  sectionVisible(index: number): boolean {
    const memo = this.sectionMemo[index];
    if (memo === undefined) return false;
    if (memo !== UNKNOWN) return memo === SHOWN;
    const s = this.index.sections[index];
    const v = s !== undefined && (s.when === undefined || s.when(this));
    // A section without items has no entry in `invalidates` to forget it by.
    if (s !== undefined && s.items.length > 0) this.sectionMemo[index] = v ? SHOWN : HIDDEN;
    return v;
  }

  /**
   * Whether an item is shown: its section and its own condition hold.
   *
   * @param itemId - An item id.
   * @returns True when shown; false for an unknown id.
   */
  visible(itemId: string): boolean {
    const entry = this.index.items.get(itemId);
    return entry !== undefined && this.shown(entry);
  }

  /**
   * `visible` for an indexed item of this questionnaire, without the id lookup.
   *
   * @internal
   */
  shown(entry: IndexedItem): boolean {
    const memo = this.itemMemo[entry.position];
    if (memo !== UNKNOWN) return memo === SHOWN;
    const v = this.sectionVisible(entry.section) && (entry.when === undefined || entry.when(this));
    this.itemMemo[entry.position] = v ? SHOWN : HIDDEN;
    return v;
  }

  /**
   * Why an item is hidden: the unanswered or declined items whose answers
   * could still show it, in document order. Empty when the item is shown, or
   * when the answers given decide that it is not asked (a "no" to its gate).
   *
   * @param entry - An indexed item of this questionnaire.
   * @returns The open gate items.
   * @internal
   */
  gates(entry: IndexedItem): readonly IndexedItem[] {
    // A hidden item with no condition of its own is hidden by its section's,
    // so it has that section's gates: one memo cell (a negative key) per section.
    const key = entry.when === undefined && !this.shown(entry) ? -1 - entry.section : entry.position;
    let g = this.gateMemo?.get(key);
    if (g === undefined) (this.gateMemo ??= new Map()).set(key, (g = openGates(this, entry)));
    return g;
  }

  /**
   * A score computed from these answers.
   *
   * @param scoreId - A score id.
   * @returns The result (`complete`, `incomplete` or `not-applicable`), or undefined for an unknown id.
   */
  score(scoreId: string): ScoreResult | undefined {
    const s = this.index.scores.get(scoreId);
    if (s === undefined) return undefined;
    const memo = (this.scoreMemo ??= new Array<ScoreResult | undefined>(this.index.scores.size));
    return (memo[s.position] ??= computeScore(s, this));
  }

  /**
   * A score's value when it is complete.
   *
   * @param scoreId - A score id.
   * @returns The total, or null when the score is incomplete, not applicable or unknown.
   */
  scoreValue(scoreId: string): number | null {
    return this.score(scoreId)?.value ?? null;
  }

  /**
   * Whether a score is complete and at or over its cut-off.
   *
   * @param scoreId - A score id.
   * @returns True when positive.
   */
  scorePositive(scoreId: string): boolean {
    const r = this.score(scoreId);
    return r !== undefined && r.status === 'complete' && r.positive === true;
  }
}
