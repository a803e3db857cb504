import { type Actor, createActor } from 'xstate';
import type { Item } from '../definition/item.js';
import { LOCALE_PATTERN } from '../definition/text.js';
import type { AnswerValue, Questionnaire } from '../definition/types.js';
import { QuestionnaireError } from '../issues/questionnaire-error.js';
import type { Issue } from '../issues/issue.js';
import { createIntakeMachine, type IntakeMachine } from '../flow/create-intake-machine.js';
import type { IntakeEvent } from '../flow/intake-context.js';
import { resumeIntake } from '../flow/intake-transition.js';
import { describeIntake, type IntakeView } from '../flow/intake-view.js';
import type { IntakeStore } from './intake-store.js';

/**
 * How an intake began: a fresh one, one resumed from the store (with the
 * answers that no longer fit), or a stored one the flow refused (set aside
 * through `store.setAside`, and carried here so it can still reach the care
 * team).
 *
 * @example
 * ```ts
 * import type { RestoreOutcome } from 'intake-screening/react';
 * declare const restore: RestoreOutcome;
 * declare function sendToClinic(body: string): void;
 * if (restore.kind === 'refused') sendToClinic(JSON.stringify(restore.stored));
 * ```
 */
export type RestoreOutcome =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'resumed'; readonly dropped: readonly Issue[] }
  | { readonly kind: 'refused'; readonly issues: readonly Issue[]; readonly stored: unknown };

/**
 * Detail of the `intake-progress` event, sent on every new screen: where the
 * intake stands.
 *
 * @example
 * ```ts
 * import type { IntakeProgressDetail } from 'intake-screening/web';
 * declare const form: HTMLElement;
 * form.addEventListener('intake-progress', (event) => {
 *   const { value }: IntakeProgressDetail = (event as CustomEvent<IntakeProgressDetail>).detail;
 *   document.title = `${Math.round(value * 100)}%`;
 * });
 * ```
 */
export interface IntakeProgressDetail {
  readonly status: IntakeView['status'];
  /** The section shown (1-based), or the number of sections at review and after. */
  readonly section: number;
  readonly sections: number;
  readonly answered: number;
  /**
   * How far the person has got, from 0 to 1. It only moves forward: going back,
   * or a follow-up section appearing, never makes it smaller.
   */
  readonly value: number;
}

/** A locale tag the flow accepts; anything else reads English. */
export function formLocale(tag: string | null | undefined): string {
  return typeof tag === 'string' && LOCALE_PATTERN.test(tag) ? tag : 'en';
}

/**
 * One person's intake behind an `<intake-form>`, without any DOM: the flow's
 * actor, the store, the errors shown beside each question, and progress.
 * Unit tests drive it in Node.
 */
export class IntakeSession {
  readonly machine: IntakeMachine;
  readonly restore: RestoreOutcome;
  /**
   * Kept here, not in the flow: the flow's issues describe only the last event,
   * and a refused field stays marked until the person fixes it. Issues, not
   * messages, so a language change words them again.
   */
  readonly errors = new Map<string, Issue>();
  /** Items whose field holds something the flow refused (it stays on screen to be corrected). */
  readonly drafts = new Map<string, Issue>();
  /** Set when the last answer made follow-up answers no longer apply. */
  dropped = false;
  private actor: Actor<IntakeMachine>;
  private furthest = 0;
  private readonly items: ReadonlyMap<string, Item>;

  constructor(
    readonly questionnaire: Questionnaire,
    private readonly store: IntakeStore | undefined,
    locale: string,
  ) {
    this.machine = createIntakeMachine(questionnaire) as unknown as IntakeMachine;
    this.items = new Map(questionnaire.sections.flatMap((s) => s.items.map((i) => [i.id, i as Item] as const)));
    const stored = store?.load();
    let restore: RestoreOutcome = { kind: 'fresh' };
    let actor: Actor<IntakeMachine> | undefined;
    if (stored !== undefined) {
      try {
        actor = resumeIntake(this.machine, stored, { locale });
        restore = { kind: 'resumed', dropped: actor.getSnapshot().context.issues.filter((i) => i.code === 'answer-dropped') };
      } catch (error) {
        if (!(error instanceof QuestionnaireError)) throw error;
        // Never dropped: kept apart, and reported by the form.
        store?.setAside(stored);
        restore = { kind: 'refused', issues: error.issues, stored };
      }
    }
    this.actor = actor ?? this.fresh(locale);
    this.restore = restore;
    this.furthest = this.currentValue();
    this.save();
  }

  private fresh(locale: string): Actor<IntakeMachine> {
    return createActor(this.machine, { input: { locale } }).start();
  }

  /** The running actor; `setLocale` and `reset` replace it (the React hook subscribes to it). */
  get running(): Actor<IntakeMachine> {
    return this.actor;
  }

  /** The flow's snapshot now. */
  snapshot() {
    return this.actor.getSnapshot();
  }

  /** What to draw now. */
  view(): IntakeView {
    return describeIntake(this.questionnaire, this.actor.getSnapshot());
  }

  /** The persisted snapshot as plain JSON: what the store keeps and the `intake-complete` event carries. */
  persisted(): unknown {
    return JSON.parse(JSON.stringify(this.actor.getPersistedSnapshot())) as unknown;
  }

  private save(): void {
    this.store?.save(this.persisted());
  }

  private send(event: IntakeEvent): void {
    this.actor.send(event);
    this.save();
  }

  private setError(itemId: string, issue: Issue): void {
    if (this.items.has(itemId)) this.errors.set(itemId, issue);
  }

  /**
   * Send an answer (`null` clears it).
   *
   * @returns True when the flow accepted it; else the item is marked with the flow's issue.
   */
  answer(itemId: string, value: AnswerValue | null): boolean {
    this.send({ type: 'ANSWER', itemId, value });
    const { issues, dropped } = this.actor.getSnapshot().context;
    const problem = issues.find((i) => i.itemId === itemId);
    if (problem) {
      this.drafts.set(itemId, problem);
      this.setError(itemId, problem);
      return false;
    }
    for (const id of [itemId, ...dropped]) {
      this.drafts.delete(id);
      this.errors.delete(id);
    }
    this.dropped = dropped.length > 0;
    return true;
  }

  /** The field holds text that is no answer (letters in a number, half a date): nothing reached the flow. */
  unreadable(itemId: string): void {
    const item = this.items.get(itemId);
    if (item === undefined) return;
    const issue: Issue = {
      code: 'wrong-type',
      path: [itemId],
      itemId,
      expected: item.kind,
      message: `The form could not read the answer typed for "${itemId}".`,
    };
    this.drafts.set(itemId, issue);
    this.setError(itemId, issue);
  }

  /**
   * Go on to the next section, unless a visible field still holds a refused
   * answer; a refusal by the flow (a required question) marks its items.
   *
   * @returns True when the section was left.
   */
  next(): boolean {
    const shown = new Set(this.view().items.map((i) => i.id));
    if ([...this.drafts.keys()].some((id) => shown.has(id))) return false;
    const before = this.snapshot();
    this.send({ type: 'NEXT' });
    for (const i of this.snapshot().context.issues) if (i.itemId !== undefined) this.setError(i.itemId, i);
    const after = this.snapshot();
    return after.value !== before.value || after.context.cursor !== before.context.cursor;
  }

  back(): void {
    this.send({ type: 'BACK' });
  }

  acknowledge(): void {
    this.send({ type: 'ACKNOWLEDGE' });
  }

  submit(): void {
    this.send({ type: 'SUBMIT' });
    for (const i of this.snapshot().context.issues) if (i.itemId !== undefined) this.setError(i.itemId, i);
  }

  /** Which screen the flow is on (state, section, pending safety triggers): when it changes, call `newScreen`. */
  screenKey(): string {
    const s = this.actor.getSnapshot();
    return `${s.status}:${String(s.value)}:${s.context.cursor}:${s.context.safety.pending.join(',')}`;
  }

  /** Clear what a new screen should not carry over. */
  newScreen(): void {
    this.errors.clear();
    this.drafts.clear();
    this.dropped = false;
  }

  /**
   * Go on in another language: the flow resumes from its persisted snapshot
   * with the new locale (same answers, position and fired safety triggers), so
   * the summary is written in it.
   */
  setLocale(locale: string): void {
    if (this.actor.getSnapshot().context.locale === locale) return;
    const persisted = this.actor.getPersistedSnapshot();
    this.actor.stop();
    this.actor = resumeIntake(this.machine, persisted, { locale });
    this.save();
  }

  /** Forget the stored progress and start a new intake. */
  reset(locale: string): void {
    this.actor.stop();
    this.store?.clear();
    this.newScreen();
    this.actor = this.fresh(locale);
    this.furthest = 0;
    this.save();
  }

  stop(): void {
    this.actor.stop();
  }

  private currentValue(): number {
    const v = this.view();
    if (v.status === 'review' || v.status === 'completed') return 1;
    return v.progress.sections === 0 ? 0 : Math.max(v.progress.section - 1, 0) / v.progress.sections;
  }

  /** Where the intake stands; `value` is the furthest point reached. */
  progress(): IntakeProgressDetail {
    const v = this.view();
    this.furthest = Math.max(this.furthest, this.currentValue());
    return { status: v.status, section: v.progress.section, sections: v.progress.sections, answered: v.progress.answered, value: this.furthest };
  }
}
