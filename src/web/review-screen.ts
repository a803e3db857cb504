import { resolveAnswers } from '../engine/resolve-answers.js';
import type { Answers, Questionnaire } from '../definition/types.js';
import { h, uniqueId } from './dom.js';
import type { Wording } from './wording.js';

/** The review screen. */
export interface ReviewScreen {
  readonly element: HTMLElement;
  focusHeading(): void;
}

/**
 * Every shown section with its visible questions and answers, then Back and
 * Submit. Read-only: changes are made by going back to the section.
 */
export function reviewScreen(questionnaire: Questionnaire, answers: Answers, w: Wording, actions: { back(): void; submit(): void }): ReviewScreen {
  const { evaluation } = resolveAnswers(questionnaire, answers);
  const titleId = uniqueId('review-title');
  const heading = h('h2', { id: titleId, tabindex: -1, part: 'heading' }, w.t('reviewTitle'));
  const sections = questionnaire.sections.flatMap((section) => {
    const rows = section.items.flatMap((item) => {
      if (item.kind === 'display' || !evaluation.visible(item.id)) return [];
      const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
      return [
        h(
          'div',
          { class: 'review-row', 'data-item': item.id },
          h('dt', {}, w.l(item.text)),
          h('dd', { class: value === undefined ? 'unanswered' : undefined }, value === undefined ? w.t('notAnswered') : w.answerText(item, value)),
        ),
      ];
    });
    if (rows.length === 0) return [];
    const id = uniqueId('review-section');
    return [h('section', { 'aria-labelledby': id, class: 'review-section' }, h('h3', { id }, w.l(section.title)), h('dl', {}, rows))];
  });
  const back = h('button', { type: 'button', class: 'secondary', part: 'button button-secondary' }, w.t('back'));
  back.addEventListener('click', () => actions.back());
  const submit = h('button', { type: 'button', class: 'primary', part: 'button button-primary' }, w.t('submit'));
  submit.addEventListener('click', () => actions.submit());
  const element = h(
    'div',
    { class: 'review', part: 'review', role: 'region', 'aria-labelledby': titleId },
    heading,
    h('p', {}, w.t('reviewIntro')),
    sections,
    h('div', { class: 'navigation' }, back, submit),
  );
  return { element, focusHeading: () => heading.focus() };
}
