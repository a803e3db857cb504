import { type IntakeFormElement, intakeFormClass } from './intake-form.js';

/**
 * The constructor `defineIntakeForm` registers.
 *
 * @example
 * ```ts
 * import { defineIntakeForm, type IntakeFormConstructor } from 'intake-screening/web';
 * declare const main: HTMLElement;
 * const IntakeForm: IntakeFormConstructor = defineIntakeForm();
 * main.append(new IntakeForm());
 * ```
 */
export type IntakeFormConstructor = new () => IntakeFormElement;

/**
 * Register the `<intake-form>` custom element (call it once, in the browser).
 * Nothing is registered on import: the clinic chooses when, and under which
 * tag name. Calling it again for a tag already defined returns that element.
 *
 * The element runs a questionnaire set as its `questionnaire` property: one
 * section at a time with every item kind, the person's errors beside each
 * question (the library's own messages, in the `locale` attribute's language),
 * progress, back and next, review, the crisis panel as an alert dialog the
 * moment an answer raises the safety interrupt, and the person's summary.
 * Progress is saved after every step through `store` (localStorage by default)
 * and resumed on reload. It sends `intake-progress`, `intake-safety`,
 * `intake-complete` and `intake-restore` events (bubbling, composed). It never
 * shows the clinician view.
 *
 * @param tagName - The tag to register; `intake-form` by default.
 * @param registry - The registry to define it in; `customElements` by default.
 * @returns The element's constructor.
 * @example
 * ```ts
 * import { defineIntakeForm, type IntakeFormElement } from 'intake-screening/web';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * declare const main: HTMLElement;
 *
 * defineIntakeForm();
 * const form = document.createElement('intake-form') as IntakeFormElement;
 * form.setAttribute('locale', 'es');
 * form.addEventListener('intake-complete', (event) => console.log((event as CustomEvent).detail.summary.urgency.level));
 * form.questionnaire = briefScreen;
 * main.append(form);
 * ```
 */
export function defineIntakeForm(tagName = 'intake-form', registry: CustomElementRegistry = customElements): IntakeFormConstructor {
  const existing = registry.get(tagName);
  if (existing !== undefined) return existing as unknown as IntakeFormConstructor;
  const element = intakeFormClass();
  registry.define(tagName, element);
  return element;
}
