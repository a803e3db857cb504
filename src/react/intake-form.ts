import { createElement, type CSSProperties, type ReactElement, useEffect, useRef } from 'react';
import type { Questionnaire } from '../definition/types.js';
import type { IntakeCompleteDetail, IntakeRestoreDetail, IntakeSafetyDetail } from '../web/intake-events.js';
import { defineIntakeForm } from '../web/define-intake-form.js';
import type { IntakeFormElement } from '../web/intake-form.js';
import type { IntakeProgressDetail } from '../web/intake-session.js';
import type { IntakeStore } from '../web/intake-store.js';

/**
 * Props of {@link IntakeForm}.
 *
 * @example
 * ```ts
 * import type { IntakeFormProps } from 'intake-screening/react';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const props: IntakeFormProps = { questionnaire: briefScreen, locale: 'es', onComplete: ({ summary }) => summary.urgency.level };
 * ```
 */
export interface IntakeFormProps {
  /** The questionnaire to run; a new one starts a new intake (resuming a stored one). */
  readonly questionnaire: Questionnaire;
  /** BCP 47 tag (`en`, `es`); English when the questionnaire or the form does not offer it. It may change at any time. */
  readonly locale?: string;
  /** Where progress is kept: an `IntakeStore`, `null` for nowhere, unset for `localStorage`. A new store starts the intake again: keep it stable. */
  readonly store?: IntakeStore | null;
  /** Every new screen (`intake-progress`). */
  readonly onProgress?: (detail: IntakeProgressDetail) => void;
  /** The crisis panel opened (`intake-safety`): tell staff at once. */
  readonly onSafety?: (detail: IntakeSafetyDetail) => void;
  /** The person sent their answers (`intake-complete`): the summary for the care team and the snapshot to keep. */
  readonly onComplete?: (detail: IntakeCompleteDetail) => void;
  /** A stored intake was found (`intake-restore`); a refused one carries the stored value to send on. */
  readonly onRestore?: (detail: IntakeRestoreDetail) => void;
  /** The custom element's tag (registered on first use); `intake-form` by default. */
  readonly tagName?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
}

type Handlers = Pick<IntakeFormProps, 'onProgress' | 'onSafety' | 'onComplete' | 'onRestore'>;
const EVENTS: readonly [string, keyof Handlers][] = [
  ['intake-progress', 'onProgress'],
  ['intake-safety', 'onSafety'],
  ['intake-complete', 'onComplete'],
  ['intake-restore', 'onRestore'],
];

/**
 * The `<intake-form>` custom element as a React component: the same controls,
 * safety interrupt, save and resume and person's summary, with its events as
 * props. It registers the element on first use (in the browser only; on the
 * server it renders the empty tag). It never shows the clinician view: read
 * the summary in `onComplete`.
 *
 * @param props - The questionnaire, `locale`, `store` and event handlers.
 * @returns The element.
 * @example
 * ```ts
 * import { createElement as h } from 'react';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * import { IntakeForm } from 'intake-screening/react';
 * declare function sendToClinic(body: string): void;
 *
 * export const Intake = () =>
 *   h(IntakeForm, { questionnaire: briefScreen, locale: 'es', onComplete: ({ summary, snapshot }) => sendToClinic(JSON.stringify({ summary, snapshot })) });
 * ```
 */
export function IntakeForm(props: IntakeFormProps): ReactElement {
  const { questionnaire, locale, store, tagName = 'intake-form', className, style } = props;
  const ref = useRef<IntakeFormElement>(null);
  // The latest handlers, without adding and removing listeners on every render.
  const handlers = useRef<Handlers>(props);
  handlers.current = props;

  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const listeners = EVENTS.map(([type, prop]) => {
      const listener = (event: Event) => (handlers.current[prop] as ((detail: unknown) => void) | undefined)?.((event as CustomEvent).detail);
      element.addEventListener(type, listener);
      return () => element.removeEventListener(type, listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, [tagName]);

  // After the listeners: a resumed intake reports itself as soon as its questionnaire is set.
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    defineIntakeForm(tagName);
    // Each assignment restarts the intake: only what changed (React's strict mode runs this effect twice).
    if (store !== undefined && element.store !== store) element.store = store;
    if (element.questionnaire !== questionnaire) element.questionnaire = questionnaire;
  }, [questionnaire, store, tagName]);

  return createElement(tagName, { ref, locale, className, style });
}
