/**
 * The bundled questionnaires: the full substance-use intake, the brief screen,
 * each validated instrument (as a module and on its own), and the descriptive
 * modules they are built from.
 *
 * @packageDocumentation
 */
import { localize, type Questionnaire, type Rater, raterOf } from '../src/index.js';
import { asq, auditC, ciwaAr, gad7, pcPtsd5, phq9, taps } from './instruments/index.js';
import { briefScreen } from './brief-screen.js';
import { substanceUseIntake } from './substance-use-intake.js';

export { substanceUseIntake } from './substance-use-intake.js';
export { briefScreen } from './brief-screen.js';
export {
  phq9,
  phq9Module,
  gad7,
  gad7Module,
  pcPtsd5,
  pcPtsd5Module,
  asq,
  asqModule,
  auditC,
  auditCModule,
  taps,
  tapsModule,
  ciwaAr,
  ciwaArModule,
} from './instruments/index.js';
export { aboutModule } from './modules/about.js';
export { aboutYouSection } from './modules/about-you.js';
export { SEX_ITEM, withoutSexItem } from './instruments/sex-item.js';
export type { WithoutSex } from './instruments/sex-item.js';
export { substanceUseModule } from './modules/substance-use.js';
export { motivationsModule } from './modules/motivations.js';
export { withdrawalModule } from './modules/withdrawal.js';
export { withdrawalScreenModule } from './modules/withdrawal-screen.js';
export { overdoseModule } from './modules/overdose.js';
export { physicalHealthModule } from './modules/physical-health.js';
export { coOccurringModule } from './modules/co-occurring.js';
export { livingSituationModule } from './modules/living-situation.js';
export { consequencesModule } from './modules/consequences.js';
export { preferencesModule } from './modules/preferences.js';
export { type QuestionnaireModule, US_CRISIS_RESOURCES } from './module.js';

/**
 * Every bundled questionnaire by id, the two intakes first, then each
 * instrument on its own. The CLI's `list`, `run` and `export` read it.
 *
 * @example
 * ```ts
 * import { bundledQuestionnaires } from 'intake-screening/questionnaires';
 * Object.keys(bundledQuestionnaires); // ['substance-use-intake', 'brief-screen', 'phq9', …]
 * ```
 */
export const bundledQuestionnaires: {
  // Written out (each by reference) so the published declarations do not repeat every questionnaire's type here.
  readonly 'substance-use-intake': typeof substanceUseIntake;
  readonly 'brief-screen': typeof briefScreen;
  readonly phq9: typeof phq9;
  readonly gad7: typeof gad7;
  readonly pcptsd5: typeof pcPtsd5;
  readonly asq: typeof asq;
  readonly auditc: typeof auditC;
  readonly taps: typeof taps;
  readonly ciwaar: typeof ciwaAr;
} = {
  'substance-use-intake': substanceUseIntake,
  'brief-screen': briefScreen,
  phq9,
  gad7,
  pcptsd5: pcPtsd5,
  asq,
  auditc: auditC,
  taps,
  ciwaar: ciwaAr,
};

/**
 * One validated instrument a bundled questionnaire contains, with its licence.
 *
 * @example
 * ```ts
 * import { describeQuestionnaire, phq9, type BundledInstrument } from 'intake-screening/questionnaires';
 * const [instrument]: readonly BundledInstrument[] = describeQuestionnaire(phq9).instruments;
 * instrument?.name; // 'PHQ-9'
 * ```
 */
export interface BundledInstrument {
  readonly name: string;
  readonly title: string;
  /** Who answers its items: the person (`self`) or a clinician. */
  readonly rater: Rater;
  readonly citation: string;
  readonly licence: string;
  readonly url?: string;
}

/**
 * What the CLI `list` shows for a bundled questionnaire.
 *
 * @example
 * ```ts
 * import { bundledQuestionnaireInfo, type BundledQuestionnaireInfo } from 'intake-screening/questionnaires';
 * const brief: BundledQuestionnaireInfo | undefined = bundledQuestionnaireInfo.find((q) => q.id === 'brief-screen');
 * brief?.descriptive; // ['About this intake', 'About you', 'Withdrawal now (one question)', 'Residential care indicators']
 * ```
 */
export interface BundledQuestionnaireInfo {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /** The validated instruments it contains, each once, with citation and licence. */
  readonly instruments: readonly BundledInstrument[];
  /** Names of the descriptive (not validated) modules it contains. */
  readonly descriptive: readonly string[];
}

/**
 * Describe a questionnaire for a listing: its validated instruments with their
 * licences, and its descriptive modules.
 *
 * @param q - Any questionnaire.
 * @returns Id, version, English title, instruments with licences, descriptive module names.
 * @example
 * ```ts
 * import { briefScreen, describeQuestionnaire } from 'intake-screening/questionnaires';
 * describeQuestionnaire(briefScreen).instruments.map((i) => i.name); // ['TAPS-1', 'PHQ-2', 'GAD-2', 'ASQ']
 * ```
 */
export function describeQuestionnaire(q: Questionnaire): BundledQuestionnaireInfo {
  const instruments: BundledInstrument[] = [];
  const descriptive: string[] = [];
  for (const { instrument: i } of q.sections) {
    if (i.kind === 'descriptive') {
      if (!descriptive.includes(i.name)) descriptive.push(i.name);
    } else if (!instruments.some((x) => x.name === i.name)) {
      instruments.push({
        name: i.name,
        title: i.title,
        rater: raterOf(i),
        citation: localize(i.citation),
        licence: localize(i.licence),
        ...(i.url === undefined ? {} : { url: i.url }),
      });
    }
  }
  return { id: q.id, version: q.version, title: q.title.en, instruments, descriptive };
}

/**
 * The bundled questionnaires described for a listing, in the order of
 * `bundledQuestionnaires`, each with the licences of the instruments it holds.
 *
 * @example
 * ```ts
 * import { bundledQuestionnaireInfo } from 'intake-screening/questionnaires';
 * bundledQuestionnaireInfo.find((b) => b.id === 'phq9')?.instruments[0]?.licence;
 * ```
 */
// Pure, so that an app importing one questionnaire from this entry does not bundle all of them for this list.
export const bundledQuestionnaireInfo: readonly BundledQuestionnaireInfo[] = /* @__PURE__ */ (() =>
  Object.values(bundledQuestionnaires).map((q) => describeQuestionnaire(q)))();
