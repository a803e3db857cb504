import type { QuestionnaireInput } from '../src/definition/types.js';

/**
 * A reusable part of a questionnaire: its sections, with the scores, safety
 * triggers and summary rules that belong to them. Instrument and descriptive
 * modules are written as `const` literals of this shape and spread into
 * `defineQuestionnaire`, so their item ids stay literal types.
 *
 * @example
 * ```ts
 * import type { QuestionnaireModule } from 'intake-screening/questionnaires';
 * const empty = { sections: [] } as const satisfies QuestionnaireModule;
 * ```
 */
export type QuestionnaireModule = {
  readonly sections: QuestionnaireInput['sections'];
  readonly scores?: QuestionnaireInput['scores'];
  readonly rules?: QuestionnaireInput['rules'];
  readonly safety?: QuestionnaireInput['safety'];
};

/**
 * Crisis resources shown by the bundled questionnaires (United States). Clinics elsewhere should set their own.
 *
 * @example
 * ```ts
 * import { US_CRISIS_RESOURCES } from 'intake-screening/questionnaires';
 * US_CRISIS_RESOURCES.en.includes('988'); // true
 * ```
 */
export const US_CRISIS_RESOURCES = {
  en: 'If you are in danger now, call 911 or go to the nearest emergency department. You can call or text 988 (Suicide & Crisis Lifeline) any time, day or night, for free, private support. Please tell a member of staff now so someone can be with you.',
} as const;
