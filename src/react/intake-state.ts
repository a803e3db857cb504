import type { AnswerValueOf, Questionnaire } from '../definition/types.js';
import { answersOf } from '../flow/answers-of.js';
import type { Issue } from '../issues/issue.js';
import { formatIssue } from '../locale/format-issue.js';
import { resolveLocale } from '../locale/resolve-locale.js';
import { ensureLibraryLocales } from '../web/library-locales.js';
import type { IntakeView } from '../flow/intake-view.js';
import { formLocale, type IntakeProgressDetail, type IntakeSession } from '../web/intake-session.js';

/**
 * One visible question of the current section, as `useIntake` gives it: the
 * item (with only the options it offers now), the person's answer, and the
 * refusal to show beside it, worded for the person in the intake's language.
 * Narrowing on `id` types `item` and `answer` for that item.
 *
 * @example
 * ```ts
 * import type { IntakeItemState } from 'intake-screening/react';
 * import type { gad7 } from 'intake-screening/questionnaires';
 * declare const shown: IntakeItemState<typeof gad7>;
 * if (shown.id === 'gad7.q1') shown.answer; // 0 | 1 | 2 | 3 | undefined
 * ```
 */
export type IntakeItemState<Q extends Questionnaire = Questionnaire> = Q['sections'][number]['items'][number] extends infer I
  ? I extends { readonly id: infer K extends string; readonly kind: infer Kind }
    ? {
        readonly id: K;
        readonly item: I;
        /** The answer the flow holds (never a default: undefined until the person answers). */
        readonly answer: (Kind extends 'display' ? never : AnswerValueOf<I>) | undefined;
        /** Why the flow refused the last answer or Next, for the person; undefined when there is nothing to fix. */
        readonly error: string | undefined;
        /** The same refusal as data (its `code` and limits), for a host that words it itself. */
        readonly issue: Issue | undefined;
      }
    : never
  : never;

/**
 * What `useIntake` says to draw: the library's `IntakeView` of the current
 * step with each visible item's answer and error, progress that only moves
 * forward, and the urgency of the crisis panel while it shows.
 *
 * @example
 * ```ts
 * import type { IntakeState } from 'intake-screening/react';
 * declare const state: IntakeState;
 * const label = state.status === 'safety' ? `crisis (${state.urgency})` : `section ${state.progress.section} of ${state.progress.sections}`;
 * ```
 */
export interface IntakeState<Q extends Questionnaire = Questionnaire> extends Omit<IntakeView, 'items' | 'progress'> {
  readonly items: readonly IntakeItemState<Q>[];
  /** Where the intake stands; `value` (0 to 1) is the furthest point reached, so it never goes back. */
  readonly progress: IntakeProgressDetail;
  /** While the crisis panel shows (`status` is `safety`): `emergency` for an interrupt-tier trigger, else `urgent`. */
  readonly urgency: 'emergency' | 'urgent' | undefined;
  /** True when the last answer made follow-up answers no longer apply (they were removed): tell the person. */
  readonly dropped: boolean;
}

/** The locale shown: the tag's, when the questionnaire is translated into it; else English. */
export function intakeLocale(questionnaire: Questionnaire, tag: string | undefined): string {
  ensureLibraryLocales();
  const resolved = resolveLocale(questionnaire, formLocale(tag));
  return resolved.success && resolved.data.translated ? resolved.data.locale : 'en';
}

/** The typed state of a session's current step, with its errors worded in `locale`. */
export function intakeState<Q extends Questionnaire>(session: IntakeSession, locale: string): IntakeState<Q> {
  const view = session.view();
  const answers = answersOf(session.snapshot().context);
  const items = view.items.map((item) => {
    const issue = session.errors.get(item.id);
    return {
      id: item.id,
      item,
      answer: answers[item.id],
      error: issue === undefined ? undefined : formatIssue(issue, { locale, audience: 'person' }),
      issue,
    };
  }) as unknown as readonly IntakeItemState<Q>[];
  const urgency = view.safety.length === 0 ? undefined : view.safety.some((t) => t.urgency === 'emergency') ? 'emergency' : 'urgent';
  return { ...view, items, progress: session.progress(), urgency, dropped: session.dropped };
}
