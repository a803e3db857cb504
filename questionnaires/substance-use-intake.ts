import { defineQuestionnaire } from '../src/index.js';
import { asqModule, auditCModule, gad7Module, pcPtsd5Module, phq9Module, tapsModule } from './instruments/index.js';
import { withoutSexItem } from './instruments/sex-item.js';
import { TAPS1_ALCOHOL_USED } from './instruments/taps2-items.js';
import { US_CRISIS_RESOURCES } from './module.js';
import { aboutYouSection, pregnancyRule, under18Rule } from './modules/about-you.js';
import { aboutModule } from './modules/about.js';
import { coOccurringModule } from './modules/co-occurring.js';
import { consequencesModule } from './modules/consequences.js';
import { intakeCrossRules } from './modules/cross-rules.js';
import { familySessionsSafetyRule } from './modules/home-safety.js';
import { livingSituationModule } from './modules/living-situation.js';
import { motivationsModule } from './modules/motivations.js';
import { overdoseModule } from './modules/overdose.js';
import { physicalHealthModule } from './modules/physical-health.js';
import { preferencesModule } from './modules/preferences.js';
import { intakeScreenRules } from './modules/screen-rules.js';
import { substanceUseModule } from './modules/substance-use.js';
import { taps2Rules } from './modules/taps-rules.js';
import { withdrawalModule } from './modules/withdrawal.js';

/**
 * AUDIT-C is asked when alcohol is named among the substances used, when TAPS-1
 * reports heavy drinking days, or when the person did not say which substances
 * they use (so a skipped question never hides the alcohol screen).
 */
const auditCSection = {
  // The sex question is asked once, in "About you", before TAPS and the AUDIT-C.
  ...withoutSexItem(auditCModule.sections[0]),
  when: {
    any: [{ item: 'substance.used', includes: 'alcohol' }, { not: { answered: 'substance.used' } }, ...TAPS1_ALCOHOL_USED.any],
  },
} as const;

const tapsSection = withoutSexItem(tapsModule.sections[0]);

const BASE_RULES = [
  under18Rule({
    en: 'TAPS (18 and older), the AUDIT-C with its adult cut-offs, the PHQ-9 (adolescents have the PHQ-A), the GAD-7 and the PC-PTSD-5',
    es: 'el TAPS (18 años o más), el AUDIT-C con sus puntos de corte para adultos, el PHQ-9 (para adolescentes existe el PHQ-A), el GAD-7 y el PC-PTSD-5',
  }),
  pregnancyRule,
  ...substanceUseModule.rules,
  ...withdrawalModule.rules,
  ...overdoseModule.rules,
  ...physicalHealthModule.rules,
  ...taps2Rules,
  ...intakeScreenRules,
  ...coOccurringModule.rules,
  ...motivationsModule.rules,
  ...livingSituationModule.rules,
  ...consequencesModule.rules,
  ...preferencesModule.rules,
  ...intakeCrossRules,
] as const;

/** Rules that suggest family or couples sessions, and the one that says they wait on a safety talk (SAMHSA TIP 25). */
const FAMILY_SESSION_CONDITIONS = BASE_RULES.filter(
  (r) => ('referrals' in r && (r.referrals as readonly string[]).includes('family-therapy')) || r.id === 'living.others-use',
).map((r) => r.when);

const INTAKE_RULES = [...BASE_RULES, familySessionsSafetyRule(FAMILY_SESSION_CONDITIONS)] as const;

/**
 * The full substance-use treatment intake.
 *
 * Order, as a clinician would take it: what the intake is, substance use,
 * then intoxication, withdrawal, overdose risk and physical health red flags at once, so what is
 * medically urgent is known even if the person stops partway; the validated
 * substance screens (TAPS, AUDIT-C) and the suicide screen (ASQ); then mood,
 * anxiety and trauma screens, reported history and
 * current concerns; then the story behind use (motivations), home and
 * supports, consequences, and what help the person wants.
 *
 * Every instrument's safety triggers are included, plus a flag for self-harm
 * now. Summary rules come from each module, the instrument screens, and a few
 * rules that combine modules.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { substanceUseIntake } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(substanceUseIntake, { 'substance.route': ['smoking'] });
 * evaluation.visible('substance.shared-equipment'); // false
 * ```
 */
export const substanceUseIntake = defineQuestionnaire({
  id: 'substance-use-intake',
  version: '2.1.1',
  locales: ['en', 'es'],
  title: { en: 'Substance use treatment intake', es: 'Cuestionario de ingreso para el tratamiento del consumo de sustancias' },
  description: {
    en: 'A full intake for substance-use treatment: substance use, withdrawal, safety, physical health, mood, anxiety and trauma screens, other health concerns, what was going on when use began, home and supports, and treatment preferences. It takes about 20 to 30 minutes.',
    es: 'Un cuestionario de ingreso completo para el tratamiento del consumo de sustancias: consumo de sustancias, síndrome de abstinencia, seguridad, salud física, evaluaciones de detección del estado de ánimo, la ansiedad y el trauma, otras inquietudes de salud, qué pasaba en su vida cuando empezó el consumo, su hogar y su red de apoyo, y el tipo de tratamiento que prefiere. Toma unos 20 a 30 minutos.',
  },
  status: 'active',
  publisher: 'intake-screening',
  crisisResources: US_CRISIS_RESOURCES,
  sections: [
    ...aboutModule.sections,
    aboutYouSection,
    ...substanceUseModule.sections,
    ...withdrawalModule.sections,
    ...overdoseModule.sections,
    ...physicalHealthModule.sections,
    tapsSection,
    auditCSection,
    ...asqModule.sections,
    ...phq9Module.sections,
    ...gad7Module.sections,
    ...pcPtsd5Module.sections,
    ...coOccurringModule.sections,
    ...motivationsModule.sections,
    ...livingSituationModule.sections,
    ...consequencesModule.sections,
    ...preferencesModule.sections,
  ],
  scores: [...tapsModule.scores, ...auditCModule.scores, ...asqModule.scores, ...phq9Module.scores, ...gad7Module.scores, ...pcPtsd5Module.scores],
  rules: INTAKE_RULES,
  safety: [...withdrawalModule.safety, ...overdoseModule.safety, ...asqModule.safety, ...phq9Module.safety, ...coOccurringModule.safety],
});
