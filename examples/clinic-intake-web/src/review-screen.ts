import { type Questionnaire, resolveAnswers, type Answers } from 'intake-screening';
import { h, uniqueId } from './dom.js';
import { answerText, l, t } from './wording.js';

/** The review screen. */
export interface ReviewScreen {
  readonly element: HTMLElement;
  focusHeading(): void;
}

/**
 * Every shown section with its visible questions and answers, then Back and
 * Submit. Read-only: changes are made by going back to the section.
 *
 * @param questionnaire - The questionnaire.
 * @param answers - The flow's answers.
 * @param actions - Back and submit.
 * @returns The screen.
 * @example
 * ```ts
 * main.replaceChildren(reviewScreen(q, snapshot.context.answers, { back, submit }).element);
 * ```
 */
export function reviewScreen(questionnaire: Questionnaire, answers: Answers, actions: { back(): void; submit(): void }): ReviewScreen {
  const { evaluation } = resolveAnswers(questionnaire, answers);
  const titleId = uniqueId('review-title');
  const heading = h('h2', { id: titleId, tabindex: -1 }, t('reviewTitle'));
  const sections = questionnaire.sections.flatMap((section) => {
    const rows = section.items.flatMap((item) => {
      if (item.kind === 'display' || !evaluation.visible(item.id)) return [];
      const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
      return [
        h(
          'div',
          { class: 'review-row', 'data-item': item.id },
          h('dt', {}, l(item.text)),
          h('dd', { class: value === undefined ? 'unanswered' : undefined }, value === undefined ? t('notAnswered') : answerText(item, value)),
        ),
      ];
    });
    if (rows.length === 0) return [];
    const id = uniqueId('review-section');
    return [h('section', { 'aria-labelledby': id, class: 'review-section' }, h('h3', { id }, l(section.title)), h('dl', {}, rows))];
  });
  const back = h('button', { type: 'button', class: 'secondary' }, t('back'));
  back.addEventListener('click', () => actions.back());
  const submit = h('button', { type: 'button', class: 'primary' }, t('submit'));
  submit.addEventListener('click', () => actions.submit());
  const element = h(
    'div',
    { class: 'review', role: 'region', 'aria-labelledby': titleId },
    heading,
    h('p', {}, t('reviewIntro')),
    sections,
    h('div', { class: 'navigation' }, back, submit),
  );
  return { element, focusHeading: () => heading.focus() };
}
