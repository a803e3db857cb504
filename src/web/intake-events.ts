import type { Issue } from '../issues/issue.js';
import type { ReferralSummary } from '../summary/referral-summary.js';
import type { IntakeProgressDetail, IntakeSession } from './intake-session.js';

/**
 * Detail of the `intake-safety` event, sent the moment an answer raises the
 * safety interrupt (the crisis panel opens): which triggers, and the most
 * urgent level. It names trigger ids, never answers.
 *
 * @example
 * ```ts
 * import type { IntakeSafetyDetail } from 'intake-screening/web';
 * declare const form: HTMLElement;
 * declare function alertStaff(urgency: string): void;
 * form.addEventListener('intake-safety', (event) => alertStaff((event as CustomEvent<IntakeSafetyDetail>).detail.urgency));
 * ```
 */
export interface IntakeSafetyDetail {
  readonly urgency: 'emergency' | 'urgent';
  readonly triggers: readonly { readonly id: string; readonly tier: 'interrupt' | 'flag'; readonly urgency: 'emergency' | 'urgent' }[];
  /** True when the panel shows again after a reload (the person had not acknowledged it yet). */
  readonly resumed: boolean;
}

/**
 * Detail of the `intake-complete` event: the referral summary (in the form's
 * locale) and the persisted snapshot (plain JSON) to store with it.
 *
 * @example
 * ```ts
 * import type { IntakeCompleteDetail } from 'intake-screening/web';
 * declare const form: HTMLElement;
 * declare function sendToClinic(body: string): void;
 * form.addEventListener('intake-complete', (event) => {
 *   const { summary, snapshot } = (event as CustomEvent<IntakeCompleteDetail>).detail;
 *   sendToClinic(JSON.stringify({ summary, snapshot }));
 * });
 * ```
 */
export interface IntakeCompleteDetail {
  readonly summary: ReferralSummary;
  readonly snapshot: unknown;
  /** True when the intake was already complete when the form resumed it. */
  readonly resumed: boolean;
}

/**
 * Detail of the `intake-restore` event, sent when the form found a stored
 * intake: `resumed` (with any answers the flow could not keep), or `refused`
 * (another questionnaire, an incompatible version, damaged data). A refused
 * snapshot is set aside by the store and carried here, so its answers can
 * still reach the care team; the form starts a new intake and tells the person.
 *
 * @example
 * ```ts
 * import type { IntakeRestoreDetail } from 'intake-screening/web';
 * declare const form: HTMLElement;
 * declare function sendToClinic(body: string): void;
 * form.addEventListener('intake-restore', (event) => {
 *   const detail = (event as CustomEvent<IntakeRestoreDetail>).detail;
 *   if (detail.outcome === 'refused') sendToClinic(JSON.stringify(detail.stored));
 * });
 * ```
 */
export type IntakeRestoreDetail =
  | { readonly outcome: 'resumed'; readonly issues: readonly Issue[] }
  | { readonly outcome: 'refused'; readonly issues: readonly Issue[]; readonly stored: unknown };

/**
 * The events an `<intake-form>` sends its host about one session, and when.
 * Events about the session's first screen (a resumed intake, a crisis panel
 * shown again after a reload, an intake already complete) wait a microtask, so
 * a host that adds its listeners right after setting `questionnaire` still
 * hears them; an event is dropped when the session was replaced meanwhile.
 * `intake-complete` is sent once per session.
 */
export class SessionEvents {
  private readonly announced = new Set<'screen' | 'complete'>();

  /**
   * @param session - The session the events are about.
   * @param current - Whether it is still the element's session.
   * @param emit - Dispatch one event on the element.
   */
  constructor(
    private readonly session: IntakeSession,
    private readonly current: () => boolean,
    private readonly emit: (type: string, detail: unknown) => void,
  ) {}

  /** The intake started: `intake-restore` when a stored one was resumed or refused. */
  started(): void {
    const { restore } = this.session;
    if (restore.kind === 'fresh') return;
    const detail: IntakeRestoreDetail =
      restore.kind === 'refused' ? { outcome: 'refused', issues: restore.issues, stored: restore.stored } : { outcome: 'resumed', issues: restore.dropped };
    this.send([['intake-restore', detail]], true);
  }

  /** The intake was reset: the next screen is a first one again, and a new completion will be sent. */
  reset(): void {
    this.announced.clear();
  }

  /** A new screen shows: `intake-progress`, and `intake-safety` or `intake-complete` when it is the crisis panel or the end. */
  screen(progress: IntakeProgressDetail): void {
    const first = this.announced.size === 0;
    const snapshot = this.session.snapshot();
    const events: [string, unknown][] = [['intake-progress', progress]];
    if (progress.status === 'safety') {
      const pending = new Set(snapshot.context.safety.pending);
      const triggers = snapshot.context.safety.fired.filter((f) => pending.has(f.id)).map((f) => ({ id: f.id, tier: f.tier, urgency: f.urgency }));
      const detail: IntakeSafetyDetail = { urgency: triggers.some((t) => t.urgency === 'emergency') ? 'emergency' : 'urgent', triggers, resumed: first };
      events.push(['intake-safety', detail]);
    }
    if (progress.status === 'completed' && snapshot.output !== undefined && !this.announced.has('complete')) {
      this.announced.add('complete');
      const detail: IntakeCompleteDetail = { summary: snapshot.output, snapshot: this.session.persisted(), resumed: first };
      events.push(['intake-complete', detail]);
    }
    this.announced.add('screen');
    this.send(events, first);
  }

  private send(events: readonly [string, unknown][], later: boolean): void {
    const send = () => {
      if (this.current()) for (const [type, detail] of events) this.emit(type, detail);
    };
    if (later) queueMicrotask(send);
    else send();
  }
}
