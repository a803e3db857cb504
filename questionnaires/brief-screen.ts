import { defineQuestionnaire, LOINC, NOT_VALIDATED } from '../src/index.js';
import { asqModule, gad7Module, phq9Module, tapsModule } from './instruments/index.js';
import { US_CRISIS_RESOURCES } from './module.js';
import { aboutYouSection, pregnancyRule, under18Rule } from './modules/about-you.js';
import { aboutModule } from './modules/about.js';
import { coOccurringReportRules, currentConcernsItem, reportedHistoryItem, selfHarmNowTrigger, seriousMentalHealthRule } from './modules/co-occurring.js';
import { homeSupportItem, noHomeSupportRule, noTransportRule, transportItem } from './modules/living-situation.js';
import { briefScreenRules } from './modules/screen-rules.js';
import { taps1Rules } from './modules/taps-rules.js';
import { withdrawalScreenModule } from './modules/withdrawal-screen.js';

const tapsSection = tapsModule.sections[0];
const phq9Section = phq9Module.sections[0];
const gad7Section = gad7Module.sections[0];
const [, phq2Score] = phq9Module.scores;
const [, gad2Score] = gad7Module.scores;
// The GAD-7 panel code does not describe the GAD-2, which has no LOINC panel of its own.
const { codes: _gad7Codes, ...gad7Instrument } = gad7Section.instrument;

/** Item ids never change between the brief screen and the full intake, so answers carry over. */
const taps1Section = {
  id: 'taps1',
  title: { en: 'Tobacco, alcohol, medications and drugs in the past year', es: 'Tabaco, alcohol, medicamentos y drogas en el último año' },
  // What the section is, for staff, is its instrument's name and title (clinician view and exports); the person
  // reads only the title above.
  instrument: {
    ...tapsSection.instrument,
    name: 'TAPS-1',
    title:
      'TAPS Tool part 1 (TAPS-1): the four first-step questions (the alcohol one in its version for the sex given in "About you"); the follow-up TAPS-2 questions are part of the full intake',
  },
  // The sex question that chooses the alcohol question is asked in "About you".
  items: [tapsSection.items[1], tapsSection.items[2], tapsSection.items[3], tapsSection.items[4], tapsSection.items[5]],
} as const;

const phq2Section = {
  id: 'phq2',
  title: { en: 'Mood over the last 2 weeks', es: 'Estado de ánimo durante las últimas 2 semanas' },
  instrument: {
    ...phq9Section.instrument,
    name: 'PHQ-2',
    title: 'Patient Health Questionnaire-2 (items 1 and 2 of the PHQ-9)',
    codes: [{ system: LOINC, code: '55757-9', display: 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]' }],
  },
  items: [phq9Section.items[0], phq9Section.items[1], phq9Section.items[2]],
} as const;

const gad2Section = {
  id: 'gad2',
  title: { en: 'Worry and anxiety over the last 2 weeks', es: 'Preocupación y ansiedad durante las últimas 2 semanas' },
  instrument: { ...gad7Instrument, name: 'GAD-2', title: 'Generalized Anxiety Disorder 2-item scale (items 1 and 2 of the GAD-7)' },
  items: [gad7Section.items[0], gad7Section.items[1], gad7Section.items[2]],
} as const;

const residentialSection = {
  id: 'residential',
  title: { en: 'Your home and health', es: 'Su hogar y su salud' },
  description: {
    en: 'These questions help the team think about where care would suit you best.',
    es: 'Estas preguntas ayudan al equipo a pensar dónde le convendría más recibir atención.',
  },
  instrument: { kind: 'descriptive', name: 'Residential care indicators', note: NOT_VALIDATED },
  items: [homeSupportItem, transportItem, reportedHistoryItem, currentConcernsItem],
} as const;

/**
 * A brief screen that takes a few minutes: TAPS-1, one withdrawal question,
 * PHQ-2, GAD-2, the ASQ, and the three residential-care indicators (someone at home, transport, serious
 * mental-health concerns). Item ids match the full intake, so a clinic can
 * carry answers forward.
 *
 * @example
 * ```ts
 * import { resolveAnswers } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const { evaluation } = resolveAnswers(briefScreen, { 'phq9.q1': 2, 'phq9.q2': 1 });
 * evaluation.score('phq2')?.value; // 3
 * ```
 */
export const briefScreen = defineQuestionnaire({
  id: 'brief-screen',
  version: '2.0.0',
  locales: ['en', 'es'],
  title: { en: 'Brief substance use and wellbeing screen', es: 'Evaluación breve sobre el consumo de sustancias y el bienestar' },
  description: {
    en: 'A short screen (about 3 to 5 minutes): substance use in the past year, how you feel right now, mood, worry, safety, and a few questions about home and health.',
    es: 'Una evaluación corta (de unos 3 a 5 minutos): consumo de sustancias en el último año, cómo se siente ahora mismo, estado de ánimo, preocupaciones, seguridad y algunas preguntas sobre su hogar y su salud.',
  },
  status: 'active',
  publisher: 'intake-screening',
  crisisResources: US_CRISIS_RESOURCES,
  sections: [
    ...aboutModule.sections,
    aboutYouSection,
    taps1Section,
    ...withdrawalScreenModule.sections,
    phq2Section,
    gad2Section,
    ...asqModule.sections,
    residentialSection,
  ],
  scores: [{ ...phq2Score, section: 'phq2' }, { ...gad2Score, section: 'gad2' }, ...asqModule.scores],
  rules: [
    under18Rule({
      en: 'TAPS-1 (18 and older), the PHQ-2 and the GAD-2',
      es: 'el TAPS-1 (18 años o más), el PHQ-2 y el GAD-2',
    }),
    pregnancyRule,
    ...taps1Rules,
    ...withdrawalScreenModule.rules,
    ...briefScreenRules,
    noHomeSupportRule,
    noTransportRule,
    seriousMentalHealthRule,
    ...coOccurringReportRules,
  ],
  safety: [...asqModule.safety, selfHarmNowTrigger],
});
