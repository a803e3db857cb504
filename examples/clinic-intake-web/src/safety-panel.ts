import { type LocalizedText, PHRASES } from 'intake-screening';
import { h, uniqueId } from './dom.js';
import { l, t } from './wording.js';

/** The crisis panel on screen. */
export interface SafetyPanel {
  readonly element: HTMLElement;
  focus(): void;
}

/**
 * The crisis-resources panel the flow's safety state calls for. It replaces
 * the questions, so nothing else can be answered until the person has seen
 * it; it is an alert dialog, so a screen reader announces it when focus lands
 * on it. The clinician-facing trigger reasons are not shown here: they go to
 * the care team in the summary.
 *
 * @param urgency - The most urgent level among the pending triggers.
 * @param crisisResources - The questionnaire's crisis resources, if it has them.
 * @param onAcknowledge - Called when the person chooses to continue (send ACKNOWLEDGE).
 * @param languageSwitch - A language switch to offer in the panel: the page behind it is inert.
 * @returns The panel.
 * @example
 * ```ts
 * const panel = safetyPanel('emergency', substanceUseIntake.crisisResources, () => actor.send({ type: 'ACKNOWLEDGE' }));
 * ```
 */
export function safetyPanel(
  urgency: 'emergency' | 'urgent',
  crisisResources: LocalizedText | undefined,
  onAcknowledge: () => void,
  languageSwitch?: HTMLElement,
): SafetyPanel {
  const titleId = uniqueId('crisis-title');
  const textId = uniqueId('crisis-text');
  const button = h('button', { type: 'button', class: 'primary' }, t('crisisContinue'));
  button.addEventListener('click', onAcknowledge);
  const element = h(
    'section',
    {
      class: 'crisis',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      'aria-describedby': textId,
      tabindex: -1,
      'data-urgency': urgency,
    },
    languageSwitch ?? null,
    h('h2', { id: titleId }, t('crisisTitle')),
    h(
      'div',
      { id: textId },
      h('p', {}, l(PHRASES.urgencyPatient[urgency])),
      crisisResources === undefined ? null : h('p', { class: 'resources' }, l(crisisResources)),
    ),
    h('div', { class: 'navigation' }, button),
  );
  return { element, focus: () => element.focus() };
}
