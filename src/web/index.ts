/**
 * intake-screening/web: the `<intake-form>` custom element, which runs a
 * questionnaire for the person in the browser (no framework; the core and its
 * xstate and zod are the only runtime dependencies). Nothing is registered on
 * import: call `defineIntakeForm()`.
 *
 * @packageDocumentation
 */
export { defineIntakeForm, type IntakeFormConstructor } from './define-intake-form.js';
export type { IntakeFormElement } from './intake-form.js';
export type { IntakeSafetyDetail, IntakeCompleteDetail, IntakeRestoreDetail } from './intake-events.js';
export type { IntakeProgressDetail } from './intake-session.js';
export { webStorageStore, type IntakeStore } from './intake-store.js';
export { INTAKE_FORM_WORDING } from './wording.js';
