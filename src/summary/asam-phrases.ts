import type { LocalizedText } from '../definition/text.js';

/**
 * The clinician view's ASAM part, worded. It names dimensions and what
 * informs them; no phrase rates a dimension or names a level of care
 * (ASAM licenses its decision rules, and a screen cannot apply them).
 *
 * @example
 * ```ts
 * import { PHRASES } from 'intake-screening';
 * PHRASES.asam.heading.en; // 'ASAM dimensions informed (named, not rated)'
 * ```
 */
export const ASAM_PHRASES = {
  heading: { en: 'ASAM dimensions informed (named, not rated)', es: 'Dimensiones de ASAM con información (se nombran, no se califican)' },
  note: {
    en: 'Which dimensions of the ASAM Criteria these answers give information about, by the fourth edition (2023) with the third (2013) beside it. This summary does not rate any dimension or name a level of care.',
    es: 'Sobre qué dimensiones de los criterios de ASAM dan información estas respuestas, según la cuarta edición (2023) con la tercera (2013) al lado. Este resumen no califica ninguna dimensión ni indica un nivel de atención.',
  },
  dimension: {
    en: 'Dimension {fourthNumber}: {fourth} (third edition, dimension {thirdNumber}: {third})',
    es: 'Dimensión {fourthNumber}: {fourth} (tercera edición, dimensión {thirdNumber}: {third})',
  },
  findings: { en: 'Findings: {ids}', es: 'Hallazgos: {ids}' },
  setting: { en: 'Setting considerations raised by: {ids}', es: 'Consideraciones sobre el entorno de atención originadas por: {ids}' },
  referrals: { en: 'Referrals: {items}', es: 'Derivaciones: {items}' },
  empty: {
    en: 'Empty: no finding, setting consideration or referral from these answers.',
    es: 'Vacía: ningún hallazgo, consideración sobre el entorno ni derivación a partir de estas respuestas.',
  },
} as const satisfies Record<string, LocalizedText>;
