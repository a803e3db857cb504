/**
 * Sex assigned at birth: the one item that both the AUDIT-C (its cut-off) and
 * the TAPS Tool (which alcohol question is asked) read. Its id keeps the
 * `auditc.` prefix it was published under, so stored answers still match. A
 * questionnaire holding both instruments asks it once, before either.
 *
 * "Prefer not to answer" selects the wording and cut-off for people assigned
 * female at birth: the lower number of drinks and the lower cut-off, so no one
 * screens negative only because the question was declined.
 *
 * @example
 * ```ts
 * import { SEX_ITEM } from 'intake-screening/questionnaires';
 * SEX_ITEM.options.map((o) => o.value); // ['female', 'male']
 * ```
 */
export const SEX_ITEM = {
  id: 'auditc.sex',
  kind: 'single',
  text: { en: 'What sex were you assigned at birth?', es: '¿Qué sexo se le asignó al nacer?' },
  help: {
    en: 'We use this answer only to choose the right health questions for you and to score the alcohol questions: the same amount of alcohol tends to affect bodies differently. If you prefer not to say, we use the alcohol questions and scoring for people assigned female at birth.',
    es: 'Usamos esta respuesta solo para elegir las preguntas de salud adecuadas para usted y para calcular la puntuación de las preguntas sobre el alcohol: la misma cantidad de alcohol suele afectar el cuerpo de forma distinta. Si prefiere no decirlo, usamos las preguntas sobre el alcohol y la puntuación para las personas a quienes se asignó el sexo femenino al nacer.',
  },
  options: [
    { value: 'female', text: { en: 'Female', es: 'Femenino' } },
    { value: 'male', text: { en: 'Male', es: 'Masculino' } },
  ],
  required: true,
  preferNotToAnswer: true,
} as const;

/** The person was assigned male at birth: the men's alcohol questions and the men's AUDIT-C cut-off. */
export const MALE = { item: 'auditc.sex', eq: 'male' } as const;

/** Anyone else, including a declined or unanswered sex question. */
export const NOT_MALE = { not: MALE } as const;

/**
 * A section's type without the shared sex question (what {@link withoutSexItem} returns).
 *
 * @example
 * ```ts
 * import { auditCModule, type WithoutSex } from 'intake-screening/questionnaires';
 * type AuditCAlone = WithoutSex<(typeof auditCModule.sections)[0]>;
 * ```
 */
export type WithoutSex<S extends { readonly items: readonly { readonly id: string }[] }> = Omit<S, 'items'> & {
  readonly items: Exclude<S['items'][number], { readonly id: 'auditc.sex' }>[];
};

/**
 * A section without the shared sex question. The AUDIT-C and TAPS modules each
 * carry it so that each works alone; a questionnaire holding both asks it
 * once, so it keeps it in one section (or in an "About you" section) and
 * drops it from the others with this.
 *
 * @param section - An instrument section.
 * @returns The same section without `auditc.sex`.
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { auditCModule, tapsModule, withoutSexItem } from 'intake-screening/questionnaires';
 * const alcoholAndDrugs = defineQuestionnaire({
 *   id: 'alcohol-and-drugs', version: '1.0.0', title: { en: 'Alcohol and drugs' },
 *   sections: [...tapsModule.sections, withoutSexItem(auditCModule.sections[0])],
 *   scores: [...tapsModule.scores, ...auditCModule.scores],
 * });
 * ```
 */
export function withoutSexItem<const S extends { readonly items: readonly { readonly id: string }[] }>(section: S): WithoutSex<S> {
  return { ...section, items: section.items.filter((i): i is Exclude<S['items'][number], { readonly id: 'auditc.sex' }> => i.id !== 'auditc.sex') };
}
