import type { AnswerValue } from '../definition/types.js';
import { answersOf } from '../flow/answers-of.js';
import { formatIssue } from '../locale/format-issue.js';
import type { IntakeSession } from './intake-session.js';
import type { ControlHost } from './item-controls.js';
import { patientSummary } from './patient-summary.js';
import { reviewScreen } from './review-screen.js';
import { safetyPanel } from './safety-panel.js';
import { type SectionScreen, type SectionState, sectionScreen } from './section-screen.js';
import type { Wording } from './wording.js';

/** A screen of the form: what to show, where focus goes on arriving, and the section's controls when it is one. */
export interface FormScreen {
  readonly element: HTMLElement;
  readonly focus: () => void;
  readonly section?: SectionScreen;
}

/** What the screens' buttons and fields do: the element's actions, each followed by a redraw. */
export interface ScreenActions extends ControlHost {
  next(): void;
  back(): void;
  acknowledge(): void;
  submit(): void;
}

/**
 * The screen for where the session stands: the section's questions, the
 * crisis panel, the review, or at the end the person's own summary. Never the
 * clinician view: the care team reads the summary the host receives.
 *
 * @returns The screen, or undefined when there is nothing to show (a finished flow without output).
 */
export function formScreen(session: IntakeSession, actions: ScreenActions): FormScreen | undefined {
  const v = session.view();
  const snapshot = session.snapshot();
  const { w } = actions;
  if (v.status === 'answering' && v.section) {
    const section = sectionScreen(v.section, { ...actions, canGoBack: v.progress.section > 1, last: v.progress.section === v.progress.sections });
    return { element: section.element, focus: section.focusHeading, section };
  }
  if (v.status === 'safety') {
    const pending = new Set(snapshot.context.safety.pending);
    const emergency = snapshot.context.safety.fired.some((f) => pending.has(f.id) && f.urgency === 'emergency');
    const panel = safetyPanel(emergency ? 'emergency' : 'urgent', v.crisisResources, w, () => actions.acknowledge());
    return { element: panel.element, focus: panel.focus };
  }
  if (v.status === 'review') {
    const review = reviewScreen(session.questionnaire, answersOf(snapshot.context), w, { back: () => actions.back(), submit: () => actions.submit() });
    return { element: review.element, focus: review.focusHeading };
  }
  if (snapshot.output === undefined) return undefined;
  const view = patientSummary(snapshot.output, w);
  return { element: view, focus: () => view.querySelector<HTMLElement>('h2')?.focus() };
}

/**
 * What a section's controls show now: the answers, which items are visible, the options offered, and the errors
 * beside each question, worded for the person in the form's language (kept by the session until fixed).
 */
export function sectionState(session: IntakeSession, w: Wording, showErrorSummary: boolean): SectionState {
  const v = session.view();
  return {
    answers: answersOf(session.snapshot().context),
    visible: new Set(v.items.map((i) => i.id)),
    offered: new Map(
      v.items.flatMap((i) => (i.kind === 'single' || i.kind === 'multi' ? [[i.id, new Set<AnswerValue>(i.options.map((o) => o.value))] as const] : [])),
    ),
    errors: new Map([...session.errors].map(([id, issue]) => [id, formatIssue(issue, { locale: w.locale, audience: 'person' })] as const)),
    drafts: new Set(session.drafts.keys()),
    showErrorSummary,
  };
}
