import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';

const q = substanceUseIntake;
const visible = (answers: Record<string, unknown>, id: string) => resolveAnswers(q, answers).evaluation.visible(id);

describe('harm-reduction questions', () => {
  it('ask about shared equipment only when the person injects', () => {
    const r = resolveAnswers(q, { 'substance.used': ['heroin'], 'substance.route': ['smoking', 'snorting'], 'substance.shared-equipment': true });
    expect(r.hidden).toEqual(['substance.shared-equipment']);
    expect(visible({ 'substance.used': ['heroin'], 'substance.route': ['injection'] }, 'substance.shared-equipment')).toBe(true);
    expect(visible({ 'substance.used': ['heroin'], 'substance.route': 'prefer-not-to-answer' }, 'substance.shared-equipment')).toBe(false);
  });

  it('ask about naloxone for opioids by any route, stimulants, pills not as prescribed, or injection', () => {
    for (const used of [['heroin'], ['fentanyl'], ['prescription-opioids'], ['methadone-buprenorphine'], ['stimulants'], ['benzodiazepines'], ['other']]) {
      expect(visible({ 'substance.used': used, 'substance.route': ['smoking'] }, 'substance.naloxone'), used.join()).toBe(true);
    }
    expect(visible({ 'substance.used': ['cannabis'], 'substance.route': ['injection'] }, 'substance.naloxone')).toBe(true);
    expect(visible({ 'substance.used': ['alcohol', 'cannabis'], 'substance.route': ['smoking'] }, 'substance.naloxone')).toBe(false);
  });

  it('ask about opioids with sedatives on the same day only of people who use opioids', () => {
    expect(visible({ 'substance.used': ['alcohol'] }, 'overdose.same-day-sedatives')).toBe(false);
    expect(visible({ 'substance.used': ['prescription-opioids'] }, 'overdose.same-day-sedatives')).toBe(true);
  });
});

describe('withdrawal follow-ups', () => {
  it('ask which substance the symptoms follow, and when it was last used, only once there are symptoms or danger signs', () => {
    expect(visible({ 'withdrawal.symptoms': ['none'], 'withdrawal.danger-signs': ['none'] }, 'withdrawal.substance')).toBe(false);
    expect(visible({ 'withdrawal.symptoms': ['shaking'] }, 'withdrawal.substance')).toBe(true);
    expect(visible({ 'withdrawal.danger-signs': ['seizure'] }, 'withdrawal.substance')).toBe(true);
    expect(visible({ 'withdrawal.symptoms': ['shaking'], 'withdrawal.substance': ['unsure'] }, 'withdrawal.last-use')).toBe(false);
    expect(visible({ 'withdrawal.symptoms': ['shaking'], 'withdrawal.substance': ['alcohol'] }, 'withdrawal.last-use')).toBe(true);
  });

  it('ask the danger signs of everyone, whatever substance they named', () => {
    expect(visible({}, 'withdrawal.danger-signs')).toBe(true);
    expect(visible({ 'substance.used': ['cannabis'] }, 'withdrawal.danger-signs')).toBe(true);
  });

  it('ask about intoxication first in the section', () => {
    expect(q.sections.find((s) => s.id === 'withdrawal')?.items[0]?.id).toBe('intoxication.now');
  });
});

describe('substance use follow-ups', () => {
  it('ask what else was used only after "something else"', () => {
    expect(visible({ 'substance.used': ['heroin'] }, 'substance.used-other')).toBe(false);
    expect(visible({ 'substance.used': ['heroin', 'other'] }, 'substance.used-other')).toBe(true);
  });

  it('ask how many overdoses, when, and whether one was on purpose, only after an overdose', () => {
    for (const id of ['substance.overdose-count', 'substance.overdose-recent', 'overdose.intent']) {
      expect(visible({ 'substance.overdose': false }, id), id).toBe(false);
      expect(visible({ 'substance.overdose': 'prefer-not-to-answer' }, id), id).toBe(false);
      expect(visible({ 'substance.overdose': true }, id), id).toBe(true);
    }
  });

  it('ask about the past 30 days only after an overdose in the past 12 months', () => {
    expect(visible({ 'substance.overdose': true, 'substance.overdose-recent': false }, 'overdose.past-30-days')).toBe(false);
    expect(visible({ 'substance.overdose': true, 'substance.overdose-recent': true }, 'overdose.past-30-days')).toBe(true);
  });

  it('ask how earlier treatment ended only after earlier treatment, and about return to use only once it ended', () => {
    expect(visible({ 'substance.prior-treatment': false }, 'substance.prior-treatment-end')).toBe(false);
    expect(visible({ 'substance.prior-treatment': true }, 'substance.prior-treatment-end')).toBe(true);
    const ended = (end: string) => visible({ 'substance.prior-treatment': true, 'substance.prior-treatment-end': end }, 'substance.prior-treatment-return');
    expect(ended('completed')).toBe(true);
    expect(ended('left-early')).toBe(true);
    expect(ended('ongoing')).toBe(false);
  });
});

describe('TAPS-2', () => {
  it('asks the follow-ups only for the substance classes used', () => {
    const r = resolveAnswers(q, {
      'taps.tobacco.frequency': 'never',
      'taps.alcohol.frequency': 'never',
      'taps.drugs.frequency': 'weekly',
      'taps.rx.frequency': 'never',
    });
    const shown = (id: string) => r.evaluation.visible(id);
    expect(shown('taps.heroin.any')).toBe(true);
    expect(shown('taps.cocaine.any')).toBe(true);
    expect(shown('taps.tobacco.cigarettes')).toBe(false);
    expect(shown('taps.alcohol.any')).toBe(false);
    expect(shown('taps.rx-opioids.any')).toBe(false);
    expect(shown('taps.sedatives.any')).toBe(false);
    // Detail questions wait for "yes" to the class's use question.
    expect(shown('taps.heroin.concern')).toBe(false);
  });

  it('drops TAPS-2 answers for a class answered "Never"', () => {
    const r = resolveAnswers(q, { 'taps.drugs.frequency': 'never', 'taps.heroin.any': 1, 'taps.heroin.concern': 1 });
    expect(r.hidden).toEqual(['taps.heroin.any', 'taps.heroin.concern']);
    expect(r.evaluation.score('taps.heroin')?.status).toBe('not-applicable');
  });
});

describe('AUDIT-C', () => {
  // The sex question decides which TAPS alcohol question is asked (issue 17); "never" to the one asked decides AUDIT-C.
  const base = { 'auditc.sex': 'female', 'taps.alcohol.frequency': 'never' };

  it('is skipped when the person named their substances and alcohol was not one', () => {
    expect(visible({ 'substance.used': ['heroin'], ...base }, 'auditc.q1')).toBe(false);
    expect(resolveAnswers(q, { 'substance.used': ['heroin'], ...base }).evaluation.score('auditc')?.status).toBe('not-applicable');
  });

  it('is asked when alcohol is used, when TAPS-1 reports heavy drinking, or when substances were not named', () => {
    expect(visible({ 'substance.used': ['alcohol'], ...base }, 'auditc.q1')).toBe(true);
    expect(visible({ 'substance.used': ['heroin'], 'taps.alcohol.frequency': 'monthly' }, 'auditc.q1')).toBe(true);
    expect(visible({ 'substance.used': 'prefer-not-to-answer', ...base }, 'auditc.q1')).toBe(true);
    expect(visible({}, 'auditc.q1')).toBe(true);
  });
});

describe('PC-PTSD-5', () => {
  it('asks the trauma questions only after "yes" to the exposure question', () => {
    expect(visible({ 'pcptsd5.exposure': 'no' }, 'pcptsd5.q1')).toBe(false);
    expect(visible({}, 'pcptsd5.q1')).toBe(false);
    expect(visible({ 'pcptsd5.exposure': 'yes' }, 'pcptsd5.q1')).toBe(true);
    const r = resolveAnswers(q, { 'pcptsd5.exposure': 'no', 'pcptsd5.q1': 1 });
    expect(r.hidden).toEqual(['pcptsd5.q1']);
  });
});

describe('withdrawal', () => {
  it('asks how severe only when some symptom was chosen', () => {
    expect(visible({ 'withdrawal.symptoms': ['none'] }, 'withdrawal.severity')).toBe(false);
    expect(visible({ 'withdrawal.symptoms': 'prefer-not-to-answer' }, 'withdrawal.severity')).toBe(false);
    expect(visible({ 'withdrawal.symptoms': ['sweating'] }, 'withdrawal.severity')).toBe(true);
  });
});

describe('motivation follow-ups', () => {
  const reasons = (...r: string[]) => ({ 'motivation.reasons': r });

  it.each([
    ['motivation.grief-ongoing', 'grief', 'stress'],
    ['motivation.pain-ongoing', 'pain', 'grief'],
    ['motivation.pain-prescribed', 'pain', 'stress'],
    ['motivation.peers-around', 'peer-pressure', 'stress'],
    ['motivation.peers-around', 'curiosity', 'pain'],
    ['motivation.other', 'other', 'conflict'],
  ])('%s follows "%s" and not "%s"', (id, trigger, neighbour) => {
    expect(visible(reasons(trigger), id)).toBe(true);
    expect(visible(reasons(neighbour), id)).toBe(false);
  });

  it('asks whether the pain is under care only while the pain is still there', () => {
    expect(visible({ ...reasons('pain'), 'motivation.pain-ongoing': true }, 'motivation.pain-care')).toBe(true);
    expect(visible({ ...reasons('pain'), 'motivation.pain-ongoing': false }, 'motivation.pain-care')).toBe(false);
  });

  it('drops follow-up answers when their trigger is taken back', () => {
    const r = resolveAnswers(q, { ...reasons('stress'), 'motivation.grief-ongoing': true, 'motivation.pain-ongoing': true, 'motivation.pain-care': false });
    expect(r.hidden).toEqual(['motivation.grief-ongoing', 'motivation.pain-ongoing', 'motivation.pain-care']);
    expect(Object.keys(r.answers)).toEqual(['motivation.reasons']);
  });
});

describe('co-occurring follow-ups', () => {
  it.each([
    ['cooccurring.mood-swings-context', 'mood-swings'],
    ['cooccurring.voices-context', 'voices'],
    ['cooccurring.eating-context', 'eating'],
    ['cooccurring.self-harm-context', 'self-harm-now'],
    ['cooccurring.self-harm-context', 'self-harm-past'],
  ])('%s is asked only after "%s"', (id, concern) => {
    expect(visible({ 'cooccurring.concerns': [concern] }, id)).toBe(true);
    expect(visible({ 'cooccurring.concerns': ['none'] }, id)).toBe(false);
  });
});

describe('living situation', () => {
  it('asks who could look after dependants only when there are dependants', () => {
    expect(visible({ 'living.dependants': true }, 'living.dependants-cover')).toBe(true);
    expect(visible({ 'living.dependants': false }, 'living.dependants-cover')).toBe(false);
  });
});

describe('preferences', () => {
  it('asks for other barriers in words only after "something else"', () => {
    expect(visible({ 'preferences.barriers': ['cost', 'other'] }, 'preferences.barriers-other')).toBe(true);
    expect(visible({ 'preferences.barriers': ['none'] }, 'preferences.barriers-other')).toBe(false);
  });
});

describe('brief screen', () => {
  it('rejects questions it does not ask, such as the rest of the PHQ-9 and TAPS-2', () => {
    const r = resolveAnswers(briefScreen, { 'phq9.q1': 1, 'phq9.q3': 2, 'taps.heroin.any': 1 });
    expect(r.issues.map((i) => [i.code, i.itemId])).toEqual([
      ['unknown-item', 'phq9.q3'],
      ['unknown-item', 'taps.heroin.any'],
    ]);
    expect(r.answers).toEqual({ 'phq9.q1': 1 });
  });

  it('asks the ASQ acuity question only after a "yes" or a refusal', () => {
    const shown = (a: Record<string, unknown>) => resolveAnswers(briefScreen, a).evaluation.visible('asq.q5');
    expect(shown({ 'asq.q1': 0, 'asq.q2': 0, 'asq.q3': 0, 'asq.q4': 0 })).toBe(false);
    expect(shown({ 'asq.q1': 0, 'asq.q2': 1 })).toBe(true);
    expect(shown({ 'asq.q3': 'prefer-not-to-answer' })).toBe(true);
  });
});
