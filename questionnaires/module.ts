import type { QuestionnaireInput } from '../src/index.js';

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
 * US_CRISIS_RESOURCES.es.includes('AYUDA'); // true
 * ```
 */
export const US_CRISIS_RESOURCES = {
  en: 'If you are in danger now, call 911 or go to the nearest emergency department. You can call or text 988 (Suicide & Crisis Lifeline) any time, day or night, for free, private support. Please tell a member of staff now so someone can be with you.',
  // The Spanish options (press 2 when calling, text AYUDA to 988) are as 988lifeline.org/get-help/what-to-expect
  // describes them; recheck there whenever this text is reviewed.
  es: 'Si está en peligro ahora, llame al 911 o vaya al servicio de urgencias más cercano. Puede llamar o enviar un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) a cualquier hora, de día o de noche, para recibir apoyo gratuito y confidencial. Para recibir ayuda en español, oprima 2 cuando llame, o envíe la palabra AYUDA por mensaje de texto al 988. Por favor, avise ahora a un miembro del personal para que alguien pueda acompañarle.',
} as const;
