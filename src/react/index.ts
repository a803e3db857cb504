/**
 * intake-screening/react: run a questionnaire in a React app, either with the
 * `<IntakeForm>` component (the `<intake-form>` custom element, its events as
 * props) or with the `useIntake` hook when you draw the controls yourself.
 * `react` and `@xstate/react` are peer dependencies.
 *
 * @packageDocumentation
 */
export { useIntake, type UseIntakeOptions, type UseIntakeResult } from './use-intake.js';
export type { IntakeState, IntakeItemState } from './intake-state.js';
export { IntakeForm, type IntakeFormProps } from './intake-form.js';
export type { RestoreOutcome } from '../web/intake-session.js';
