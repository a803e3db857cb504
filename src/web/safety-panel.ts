import type { LocalizedText } from '../definition/text.js';
import { PHRASES } from '../summary/phrases.js';
import { h, uniqueId } from './dom.js';
import type { Wording } from './wording.js';

/** The crisis panel on screen. */
export interface SafetyPanel {
  readonly element: HTMLElement;
  focus(): void;
}

/**
 * The crisis-resources panel the flow's safety state calls for: an alert
 * dialog that replaces the questions (the form's other parts are made inert by
 * the caller), so a screen reader announces it when focus lands on it. The
 * clinician-facing trigger reasons are not shown here: they go to the care
 * team in the summary.
 */
export function safetyPanel(urgency: 'emergency' | 'urgent', crisisResources: LocalizedText | undefined, w: Wording, onAcknowledge: () => void): SafetyPanel {
  const titleId = uniqueId('crisis-title');
  const textId = uniqueId('crisis-text');
  const button = h('button', { type: 'button', class: 'primary', part: 'button button-primary' }, w.t('crisisContinue'));
  button.addEventListener('click', onAcknowledge);
  const element = h(
    'section',
    {
      class: 'crisis',
      part: 'crisis',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      'aria-describedby': textId,
      tabindex: -1,
      'data-urgency': urgency,
    },
    h('h2', { id: titleId }, w.t('crisisTitle')),
    h(
      'div',
      { id: textId },
      h('p', {}, w.l(PHRASES.urgencyPatient[urgency])),
      crisisResources === undefined ? null : h('p', { class: 'resources' }, w.l(crisisResources)),
    ),
    h('div', { class: 'navigation' }, button),
  );
  return { element, focus: () => element.focus() };
}
