import { defineQuestionnaire } from '../../src/index.js';
import { type QuestionnaireModule, US_CRISIS_RESOURCES } from '../module.js';
import { loinc } from './loinc.js';
import { SEX_ITEM } from './sex-item.js';
import { TAPS_SCORES } from './taps-scores.js';
import { TAPS1_ITEMS } from './taps1-items.js';
import { TAPS2_ITEMS } from './taps2-items.js';

// NIDA publishes no Spanish TAPS that we could find; a research Spanish version is still being validated.
const TAPS_SPANISH_SOURCE =
  'Spanish wording by the intake-screening project, not checked against an official Spanish version: we found no Spanish TAPS Tool published by NIDA or the NIDA Clinical Trials Network (https://nida.nih.gov/taps2/; CTN-0059 materials). A research Spanish adaptation, the TAPS-ESP, is being validated (Sanchez K, et al. The Spanish language version of the TAPS tool: protocol for a validation and implementation study in primary care. Addiction Science & Clinical Practice. 2023. doi:10.1186/s13722-023-00423-9); we could not read its wording. Frequency answers reuse the WHO Spanish AUDIT answers that share their LOINC codes. Replace this wording with an official or validated Spanish TAPS before clinical use.';

/**
 * The NIDA Tobacco, Alcohol, Prescription medication, and other Substance use
 * (TAPS) Tool: the four TAPS-1 frequency questions (past 12 months), then the
 * TAPS-2 yes/no questions (past 3 months) for each class used, each class's
 * detail questions only after "yes" to its use question.
 *
 * First the sex question it shares with the AUDIT-C (`auditc.sex`), which
 * chooses the alcohol questions' version, as the published tool does. TAPS-1
 * items: `taps.tobacco.frequency`, `taps.alcohol.frequency` (4 or more drinks;
 * anyone not answering "Male") or `taps.alcohol.frequency-male` (5 or more),
 * `taps.drugs.frequency`, `taps.rx.frequency`. Scores (sum of "yes" answers to
 * a substance's TAPS-2 questions): `taps.tobacco`, `taps.alcohol`,
 * `taps.marijuana`, `taps.cocaine`, `taps.heroin`, `taps.rx-opioids`,
 * `taps.sedatives`, `taps.rx-stimulants`; 0 no use in the past 3 months,
 * 1 problem use, 2+ higher risk; `not-applicable` when the TAPS-1 class was
 * "Never". "Other drugs" is asked and reported, not scored, as in TAPS.
 *
 * @example
 * ```ts
 * import { defineQuestionnaire } from 'intake-screening';
 * import { tapsModule } from 'intake-screening/questionnaires';
 * const q = defineQuestionnaire({ id: 'use', version: '1.0.0', title: { en: 'Substance use' }, ...tapsModule });
 * ```
 */
export const tapsModule = {
  sections: [
    {
      id: 'taps',
      title: {
        en: 'Tobacco, alcohol, prescription medications and other substances',
        es: 'Tabaco, alcohol, medicamentos recetados y otras sustancias',
      },
      instrument: {
        kind: 'validated',
        name: 'TAPS',
        title: 'Tobacco, Alcohol, Prescription medication, and other Substance use Tool',
        citation:
          'McNeely J, Wu LT, Subramaniam G, Sharma G, Cathers LA, Svikis D, Sleiter L, Russell L, Nordeck C, Sharma A, O’Grady KE, Bouk LB, Cushing C, King J, Wahle A, Schwartz RP. Performance of the Tobacco, Alcohol, Prescription Medication, and Other Substance Use (TAPS) Tool for substance use screening in primary care patients. Ann Intern Med. 2016;165(10):690-699. doi:10.7326/M16-0317.',
        licence: {
          en: 'Developed by the National Institute on Drug Abuse (NIDA) Clinical Trials Network. As a federally funded (NIH) tool it is in the public domain in the US. LOINC codes: LOINC is copyright © Regenstrief Institute, Inc., available at no cost under the licence at https://loinc.org/license.',
          es: 'Desarrollado por la Clinical Trials Network del National Institute on Drug Abuse (NIDA) de EE. UU. Como herramienta financiada por el gobierno federal (NIH), es de dominio público en EE. UU. Códigos LOINC: LOINC es copyright © Regenstrief Institute, Inc., disponible sin costo bajo la licencia de https://loinc.org/license.',
        },
        url: 'https://nida.nih.gov/taps2/',
        codes: [loinc('96841-2', 'Tobacco, Alcohol, Prescription medications, and other Substance use screen [TAPS]')],
        translations: { es: TAPS_SPANISH_SOURCE },
      },
      items: [SEX_ITEM, ...TAPS1_ITEMS, ...TAPS2_ITEMS],
    },
  ],
  scores: TAPS_SCORES,
} as const satisfies QuestionnaireModule;

/**
 * The TAPS Tool on its own, as a complete questionnaire.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { taps } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(taps, { 'taps.tobacco.frequency': 'never' });
 * evaluation.visible('taps.tobacco.cigarettes'); // false
 * ```
 */
export const taps = defineQuestionnaire({
  id: 'taps',
  version: '2.0.0',
  locales: ['en', 'es'],
  title: {
    en: 'Tobacco, Alcohol, Prescription medication, and other Substance use (TAPS) Tool',
    es: 'Herramienta de detección del consumo de tabaco, alcohol, medicamentos recetados y otras sustancias (TAPS)',
  },
  crisisResources: US_CRISIS_RESOURCES,
  ...tapsModule,
});
