import type { Section } from '../definition/section.js';
import type { AnswerValue, Answers } from '../definition/types.js';
import { h, uniqueId } from './dom.js';
import { type ControlHost, type ItemControl, itemControl } from './item-controls.js';
import type { Wording } from './wording.js';

/** What the page shows of a section after each event. */
export interface SectionState {
  readonly answers: Answers;
  /** Ids of the items visible now. */
  readonly visible: ReadonlySet<string>;
  /** The option values a choice item offers now, by item id (`describeIntake` narrows an item with `optionsFrom`). */
  readonly offered: ReadonlyMap<string, ReadonlySet<AnswerValue>>;
  /** Person-facing messages by item id. */
  readonly errors: ReadonlyMap<string, string>;
  /** Items whose field holds something the flow refused. */
  readonly drafts: ReadonlySet<string>;
  /** Show the list of problems at the top (after a NEXT the flow refused). */
  readonly showErrorSummary: boolean;
}

/** A section on screen: built once when the person arrives, then updated in place so focus never jumps. */
export interface SectionScreen {
  readonly element: HTMLElement;
  update(state: SectionState): void;
  /** Send what typed fields hold. */
  commitAll(): void;
  focusHeading(): void;
  focusErrorSummary(): void;
  /** What typed fields hold, by item id, so a redraw (another language) can keep it. */
  typed(): Map<string, string>;
  retype(typed: ReadonlyMap<string, string>): void;
}

/** How the section screen talks to the page. */
export interface SectionActions extends ControlHost {
  readonly canGoBack: boolean;
  /** The last section before review. */
  readonly last: boolean;
  next(): void;
  back(): void;
}

function instrumentNote(section: Section, w: Wording) {
  const i = section.instrument;
  return i.kind === 'validated' ? h('p', { class: 'instrument', part: 'instrument' }, w.t('fromInstrument', { name: i.name })) : null;
}

/**
 * Build the form for one section, with every item of the definition; items
 * hidden by the answers so far are kept with `hidden` and appear as soon as
 * they apply.
 */
export function sectionScreen(section: Section, actions: SectionActions): SectionScreen {
  const { w } = actions;
  const titleId = uniqueId('section-title');
  const heading = h('h2', { id: titleId, tabindex: -1, part: 'heading' }, w.l(section.title));
  const summaryTitle = uniqueId('error-summary-title');
  const summaryList = h('ul');
  const errorSummary = h(
    'div',
    { class: 'error-summary', part: 'error-summary', role: 'alert', tabindex: -1, 'aria-labelledby': summaryTitle, hidden: true },
    h('h3', { id: summaryTitle }, w.t('errorTitle')),
    summaryList,
  );
  const controls: ItemControl[] = section.items.map((item) => itemControl(item, actions));
  for (const c of controls) c.element.id ||= uniqueId('item');
  const back = actions.canGoBack ? h('button', { type: 'button', class: 'secondary', part: 'button button-secondary' }, w.t('back')) : null;
  back?.addEventListener('click', () => actions.back());
  const next = h('button', { type: 'submit', class: 'primary', part: 'button button-primary' }, actions.last ? w.t('toReview') : w.t('next'));
  const form = h(
    'form',
    { class: 'section', novalidate: true, 'aria-labelledby': titleId, 'data-section': section.id },
    heading,
    section.description === undefined ? null : h('p', { class: 'section-description' }, w.l(section.description)),
    instrumentNote(section, w),
    errorSummary,
    controls.map((c) => c.element),
    h('div', { class: 'navigation' }, back, next),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.next();
  });

  return {
    element: form,
    update(state) {
      const problems: HTMLElement[] = [];
      for (const c of controls) {
        const shown = state.visible.has(c.item.id);
        c.element.hidden = !shown;
        c.offer?.(state.offered.get(c.item.id));
        const answer: AnswerValue | undefined = Object.hasOwn(state.answers, c.item.id) ? state.answers[c.item.id] : undefined;
        c.show(answer, state.drafts.has(c.item.id));
        const message = shown ? state.errors.get(c.item.id) : undefined;
        c.setError(message);
        if (message !== undefined) {
          const link = h('a', { href: `#${c.element.id}` }, `${w.l(c.item.text)} — ${message}`);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            c.focus();
          });
          problems.push(h('li', {}, link));
        }
      }
      summaryList.replaceChildren(...problems);
      errorSummary.hidden = !state.showErrorSummary || problems.length === 0;
    },
    commitAll() {
      for (const c of controls) if (!c.element.hidden) c.commit();
    },
    focusHeading() {
      heading.focus();
    },
    focusErrorSummary() {
      errorSummary.focus();
    },
    typed() {
      const out = new Map<string, string>();
      for (const c of controls) {
        const text = c.typed();
        if (text !== undefined && text !== '') out.set(c.item.id, text);
      }
      return out;
    },
    retype(typed) {
      for (const c of controls) {
        const text = typed.get(c.item.id);
        if (text !== undefined) c.retype(text);
      }
    },
  };
}
