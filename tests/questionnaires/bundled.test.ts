import { localize } from '../../src/definition/text.js';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { NOT_VALIDATED } from '../../src/definition/instrument.js';
import { checkQuestionnaire } from '../../src/definition/check-questionnaire.js';
import type { QuestionnaireDefinition } from '../../src/definition/questionnaire.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { DEFAULT_CANONICAL_BASE, toFhirQuestionnaire } from '../../src/fhir/index.js';
import {
  aboutModule,
  asqModule,
  auditCModule,
  briefScreen,
  bundledQuestionnaireInfo,
  bundledQuestionnaires,
  coOccurringModule,
  consequencesModule,
  gad7Module,
  livingSituationModule,
  motivationsModule,
  overdoseModule,
  pcPtsd5Module,
  phq9Module,
  preferencesModule,
  substanceUseIntake,
  substanceUseModule,
  tapsModule,
  US_CRISIS_RESOURCES,
  withdrawalModule,
} from '../../questionnaires/index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { itemsOf } from './helpers.js';

const BUNDLED: readonly Questionnaire[] = [substanceUseIntake, briefScreen];
const DESCRIPTIVE_MODULES = {
  aboutModule,
  substanceUseModule,
  motivationsModule,
  withdrawalModule,
  overdoseModule,
  coOccurringModule,
  livingSituationModule,
  consequencesModule,
  preferencesModule,
};
const INSTRUMENT_MODULES = [tapsModule, auditCModule, asqModule, phq9Module, gad7Module, pcPtsd5Module];

describe.each(BUNDLED.map((q) => [q.id, q] as const))('%s', (_id, q) => {
  it('passes the static checks again after a JSON round trip, unchanged', () => {
    const json: unknown = JSON.parse(JSON.stringify(q));
    const again = parseQuestionnaire(json);
    expect(again).toEqual(q);
    expect(checkQuestionnaire(json as QuestionnaireDefinition)).toEqual([]);
  });

  it('carries the US crisis resources and a semantic version, and takes its canonical url from the one canonical base setting', () => {
    expect(q.crisisResources).toEqual(US_CRISIS_RESOURCES);
    // 2.1.0: the full intake's main substance offers only the substances chosen (optionsFrom, issue 21).
    // 2.1.1: the full intake's co-occurring context questions each name what they ask about (wording only, issue 20).
    expect(q.version).toBe(q.id === 'substance-use-intake' ? '2.1.1' : '2.0.0');
    // No url of its own: a clinic's canonicalBase applies to the bundled questionnaires as to its own.
    expect(q.url).toBeUndefined();
    expect(toFhirQuestionnaire(q).resource.url).toBe(`${DEFAULT_CANONICAL_BASE}/Questionnaire/${q.id}`);
    expect(toFhirQuestionnaire(q, { canonicalBase: 'https://clinic.example/fhir/' }).resource.url).toBe(`https://clinic.example/fhir/Questionnaire/${q.id}`);
  });

  it('marks every descriptive section as not validated and cites every validated one', () => {
    for (const s of q.sections) {
      if (s.instrument.kind === 'descriptive') {
        expect(s.instrument.note, s.id).toEqual(NOT_VALIDATED);
      } else {
        expect(s.instrument.citation.length, s.id).toBeGreaterThan(40);
        expect(localize(s.instrument.licence).length, s.id).toBeGreaterThan(20);
        expect(s.instrument.url, s.id).toMatch(/^https:\/\//);
      }
    }
  });

  it('offers "prefer not to answer" on every descriptive question', () => {
    for (const { section, item } of itemsOf(q)) {
      const s = q.sections.find((x) => x.id === section);
      if (s?.instrument.kind !== 'descriptive' || item.kind === 'display') continue;
      expect(item.preferNotToAnswer, item.id).toBe(true);
    }
  });

  it('bounds every free-text answer at about 300 characters in descriptive sections', () => {
    for (const { section, item } of itemsOf(q)) {
      const s = q.sections.find((x) => x.id === section);
      if (s?.instrument.kind !== 'descriptive' || item.kind !== 'text') continue;
      expect(item.maxLength, item.id).toBeLessThanOrEqual(300);
    }
  });

  it('keeps each finding a report or a screen result, and each rule id unique', () => {
    const rules = q.rules ?? [];
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.finding.en, r.id).toMatch(/^(Reports |Screened positive for |TAPS-1: reports |ASQ (acute )?positive screen)/);
    }
  });
});

describe('descriptive modules', () => {
  it.each(Object.entries(DESCRIPTIVE_MODULES))('%s says it is not a validated instrument', (_name, m) => {
    for (const s of m.sections) expect(s.instrument).toMatchObject({ kind: 'descriptive', note: NOT_VALIDATED });
  });

  it('each appear in the full intake whole, with every rule they carry', () => {
    const sectionIds = substanceUseIntake.sections.map((s) => s.id);
    const ruleIds = (substanceUseIntake.rules ?? []).map((r) => r.id);
    for (const m of Object.values(DESCRIPTIVE_MODULES)) {
      for (const s of m.sections) expect(sectionIds).toContain(s.id);
      for (const r of 'rules' in m ? m.rules : []) expect(ruleIds).toContain(r.id);
    }
  });
});

describe('the full intake', () => {
  it('includes every instrument section, score and safety trigger', () => {
    const sectionIds = substanceUseIntake.sections.map((s) => s.id);
    const scoreIds = (substanceUseIntake.scores ?? []).map((s) => s.id);
    const triggerIds = (substanceUseIntake.safety ?? []).map((t) => t.id);
    for (const m of INSTRUMENT_MODULES) {
      for (const s of m.sections) expect(sectionIds).toContain(s.id);
      for (const s of m.scores) expect(scoreIds).toContain(s.id);
      for (const t of 'safety' in m ? m.safety : []) expect(triggerIds).toContain(t.id);
    }
  });

  it('asks the sex question once, in "About you", before TAPS and the AUDIT-C; pregnancy only of people not assigned male', () => {
    expect(substanceUseIntake.sections[1]?.id).toBe('about-you');
    expect(
      itemsOf(substanceUseIntake)
        .filter(({ item }) => item.id === 'auditc.sex')
        .map(({ section }) => section),
    ).toEqual(['about-you']);
    const visible = (answers: Record<string, unknown>) => resolveAnswers(substanceUseIntake, answers).evaluation.visible('about.pregnant');
    expect(visible({ 'auditc.sex': 'male' })).toBe(false);
    expect(visible({ 'auditc.sex': 'female' })).toBe(true);
    expect(visible({ 'auditc.sex': 'prefer-not-to-answer' })).toBe(true);
    expect(visible({})).toBe(true);
  });

  it('asks about withdrawal and suicide risk before the mood, trauma and life-story sections', () => {
    const at = (id: string) => substanceUseIntake.sections.findIndex((s) => s.id === id);
    expect(at('about')).toBe(0);
    expect(at('withdrawal')).toBeLessThan(at('asq'));
    // Withdrawal and overdose risk come straight after substance use, before the longer validated screens.
    expect(at('withdrawal')).toBe(at('substance') + 1);
    expect(at('overdose')).toBe(at('withdrawal') + 1);
    expect(at('overdose')).toBeLessThan(at('taps'));
    expect(at('asq')).toBeLessThan(at('phq9'));
    for (const later of ['phq9', 'gad7', 'pcptsd5', 'co-occurring', 'motivation', 'living', 'consequences', 'preferences']) {
      expect(at('asq'), later).toBeLessThan(at(later));
    }
  });
});

describe('the brief screen', () => {
  const intakeItems = new Map(itemsOf(substanceUseIntake).map(({ item }) => [item.id, item]));

  // The one-question withdrawal screen stands in for the full intake's withdrawal section.
  const BRIEF_ONLY = ['withdrawal.screen'];

  it('uses the full intake’s item ids and items, so answers carry over', () => {
    for (const { item } of itemsOf(briefScreen)) {
      if (BRIEF_ONLY.includes(item.id)) expect(intakeItems.has(item.id), item.id).toBe(false);
      else expect(intakeItems.get(item.id), item.id).toEqual(item);
    }
  });

  it('holds TAPS-1, the PHQ-2, the GAD-2 and the ASQ, and only the first two PHQ-9 and GAD-7 questions', () => {
    const names = briefScreen.sections.map((s) => s.instrument.name);
    expect(names).toEqual(expect.arrayContaining(['TAPS-1', 'PHQ-2', 'GAD-2', 'ASQ']));
    const ids = itemsOf(briefScreen).map(({ item }) => item.id);
    expect(ids.filter((id) => id.startsWith('phq9.q'))).toEqual(['phq9.q1', 'phq9.q2']);
    expect(ids.filter((id) => id.startsWith('gad7.q'))).toEqual(['gad7.q1', 'gad7.q2']);
    expect(ids.filter((id) => id.startsWith('taps.'))).toEqual([
      'taps.tobacco.frequency',
      'taps.alcohol.frequency',
      'taps.alcohol.frequency-male',
      'taps.drugs.frequency',
      'taps.rx.frequency',
    ]);
    const phq2 = briefScreen.sections.find((s) => s.id === 'phq2');
    // Which instrument a section is stays with staff (instrument name and title), out of what the person reads.
    expect(phq2?.instrument.title).toContain('items 1 and 2 of the PHQ-9');
    // The PHQ-9's citation and licence travel with its first two items.
    expect(phq2?.instrument).toMatchObject({ citation: phq9Module.sections[0].instrument.citation, licence: phq9Module.sections[0].instrument.licence });
  });

  it('scores the PHQ-2 and GAD-2 in their own sections and nothing it does not ask', () => {
    const scores = briefScreen.scores ?? [];
    expect(scores.map((s) => [s.id, s.section])).toEqual([
      ['phq2', 'phq2'],
      ['gad2', 'gad2'],
      ['asq', 'asq'],
    ]);
  });

  it('asks age, sex and pregnancy first, the sex question before TAPS-1 whose alcohol question it chooses', () => {
    expect(briefScreen.sections[1]?.id).toBe('about-you');
    expect(briefScreen.sections[1]?.items.map((i) => i.id)).toEqual(['about.age', 'auditc.sex', 'about.pregnant']);
    expect(itemsOf(briefScreen).filter(({ item }) => item.id === 'auditc.sex')).toHaveLength(1);
  });

  it('asks one withdrawal question, right after TAPS-1', () => {
    const at = (id: string) => briefScreen.sections.findIndex((s) => s.id === id);
    expect(at('withdrawal-screen')).toBe(at('taps1') + 1);
    expect(briefScreen.sections[at('withdrawal-screen')]?.items.map((i) => i.id)).toEqual(['withdrawal.screen']);
  });

  it('asks the three residential indicators', () => {
    const ids = itemsOf(briefScreen).map(({ item }) => item.id);
    expect(ids).toEqual(expect.arrayContaining(['living.home-support', 'living.transport', 'cooccurring.told', 'cooccurring.concerns']));
    const brief: Questionnaire = briefScreen;
    const settings = (brief.rules ?? []).flatMap((r) => (r.setting ? [r.setting] : []));
    expect(new Set(settings)).toEqual(new Set(['no-home-support', 'no-transport', 'serious-mental-health-concerns']));
  });

  it('is short: at most 25 questions when everything is shown', () => {
    expect(itemsOf(briefScreen).filter(({ item }) => item.kind !== 'display').length).toBeLessThanOrEqual(25);
  });
});

describe('bundledQuestionnaires', () => {
  it('lists each questionnaire under its own id, the two intakes first', () => {
    const entries = Object.entries(bundledQuestionnaires);
    expect(entries.slice(0, 2).map(([id]) => id)).toEqual(['substance-use-intake', 'brief-screen']);
    for (const [id, q] of entries) expect(q.id).toBe(id);
  });

  it('describes each with the licence of every validated instrument it holds', () => {
    for (const info of bundledQuestionnaireInfo) {
      const q = bundledQuestionnaires[info.id as keyof typeof bundledQuestionnaires];
      const validated = q.sections.filter((s) => s.instrument.kind === 'validated');
      expect(info.instruments.length, info.id).toBe(new Set(validated.map((s) => s.instrument.name)).size);
      for (const i of info.instruments) expect(i.licence.length, `${info.id} ${i.name}`).toBeGreaterThan(20);
    }
    const intake = bundledQuestionnaireInfo.find((b) => b.id === 'substance-use-intake');
    expect(intake?.descriptive).toContain('Initial motivations');
  });
});
