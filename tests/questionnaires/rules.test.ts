import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import { type Rule, SETTING_INDICATORS } from '../../src/definition/rule.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import { firedRules } from './helpers.js';
import { BRIEF_CASES, INTAKE_CASES } from './rule-cases.js';

const intake: Questionnaire = substanceUseIntake;
const brief: Questionnaire = briefScreen;

describe.each([
  [intake.id, intake, INTAKE_CASES],
  [brief.id, brief, BRIEF_CASES],
] as const)('%s summary rules', (_id, q, cases) => {
  const ids = (q.rules ?? []).map((r) => r.id);

  it('each have a test case, and every case names a rule', () => {
    expect(Object.keys(cases).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s fires on its answers and not on a neighbouring answer set', (id) => {
    const [fires, near] = cases[id] ?? [{}, {}];
    expect(firedRules(q, fires)).toContain(id);
    expect(firedRules(q, near)).not.toContain(id);
  });

  it('fire on nothing when nothing is answered', () => {
    expect(firedRules(q, {})).toEqual([]);
  });

  it('fire on nothing when every question is declined', () => {
    // Declining is never evidence of anything, except where a published pathway says so (the ASQ).
    const declined: Record<string, unknown> = {};
    for (const s of q.sections) {
      for (const item of s.items) {
        if (item.kind !== 'display' && item.preferNotToAnswer === true) declined[item.id] = 'prefer-not-to-answer';
      }
    }
    const fired = firedRulesLenient(q, declined);
    expect(fired.filter((id) => !id.startsWith('screen.asq-'))).toEqual([]);
  });
});

/** Like firedRules, but answers hidden by other declines are dropped rather than failing the test. */
function firedRulesLenient(q: Questionnaire, answers: Record<string, unknown>): string[] {
  const { evaluation, issues } = resolveAnswers(q, answers);
  expect(issues).toEqual([]);
  return indexOf(q)
    .rules.filter((r) => r.test(evaluation))
    .map((r) => r.rule.id);
}

/** What the referral summary must say for each kind of answer: domain, urgency, referrals, setting. */
const SPEC: Record<string, Partial<Pick<Rule, 'domain' | 'urgency' | 'setting'>> & { referrals?: readonly string[]; planning?: true }> = {
  'withdrawal.severe-now': { domain: 'withdrawal-medical', urgency: 'urgent', referrals: ['medical-detox-evaluation'] },
  'about.under-18': { domain: 'screening-scope', referrals: ['adolescent-services'] },
  'pregnancy.reported': { domain: 'withdrawal-medical', urgency: 'priority', referrals: ['prenatal-care-coordination'] },
  'cross.pregnancy-opioid-withdrawal': { urgency: 'urgent', referrals: ['prenatal-care-coordination', 'moud-evaluation'] },
  'withdrawal.severe-history': { domain: 'withdrawal-medical', urgency: 'priority', referrals: ['medical-detox-evaluation'] },
  // Emergency / urgent through their safety triggers of the same id (one reason per cause).
  'withdrawal.danger-now': { domain: 'withdrawal-medical', referrals: ['medical-detox-evaluation'] },
  'intoxication.drowsy': { domain: 'safety', referrals: ['harm-reduction-naloxone'] },
  'intoxication.now': { urgency: 'urgent' },
  'cross.sedative-withdrawal': { domain: 'withdrawal-medical', urgency: 'urgent', referrals: ['medical-detox-evaluation'] },
  'cross.sedative-withdrawal-complicated': { domain: 'withdrawal-medical', urgency: 'emergency', referrals: ['medical-detox-evaluation'] },
  'cross.opioid-withdrawal': { domain: 'withdrawal-medical', urgency: 'priority', referrals: ['moud-evaluation', 'medical-detox-evaluation'] },
  'overdose.opioids-sedatives-same-day': { domain: 'safety', urgency: 'priority', referrals: ['harm-reduction-naloxone'] },
  'overdose.past-30-days': { domain: 'safety', urgency: 'urgent', referrals: ['harm-reduction-naloxone'] },
  'overdose.tolerance-loss': { domain: 'safety', urgency: 'urgent', referrals: ['harm-reduction-naloxone'] },
  'overdose.intentional': { domain: 'safety', referrals: ['mental-health-assessment'] },
  'substance.fentanyl-contamination-risk': { domain: 'safety', referrals: ['harm-reduction-naloxone'] },
  'substance.overdose-and-injection': { urgency: 'priority', referrals: ['harm-reduction-naloxone'] },
  'substance.no-naloxone': { referrals: ['harm-reduction-naloxone'] },
  'substance.shared-equipment': { referrals: ['harm-reduction-naloxone'] },
  'substance.opioid-use': { referrals: ['moud-evaluation', 'harm-reduction-naloxone'] },
  'preferences.moud-interest': { domain: 'readiness-preferences', referrals: ['moud-evaluation'] },
  'motivation.grief': { domain: 'motivations', referrals: ['grief-support'], planning: true },
  'motivation.conflict': { domain: 'motivations', referrals: ['family-therapy', 'individual-therapy'], planning: true },
  'motivation.stress': { domain: 'motivations', referrals: ['individual-therapy'], planning: true },
  'motivation.pain': { domain: 'motivations', referrals: ['pain-management-coordination'], planning: true },
  'motivation.pain-not-in-care': { domain: 'motivations', referrals: ['pain-management-coordination'], planning: true },
  'motivation.pain-prescribed': { domain: 'motivations', referrals: ['pain-management-coordination'], planning: true },
  'motivation.curiosity': { domain: 'motivations', referrals: ['peer-support'], planning: true },
  'motivation.peer-pressure': { domain: 'motivations', referrals: ['peer-support', 'group-therapy'], planning: true },
  'motivation.mental-health': { domain: 'motivations', referrals: ['mental-health-assessment'], planning: true },
  'screen.phq9-positive': { domain: 'co-occurring-screens', referrals: ['mental-health-assessment'] },
  'screen.gad7-positive': { domain: 'co-occurring-screens', referrals: ['mental-health-assessment'] },
  'screen.pcptsd5-positive': { domain: 'co-occurring-screens', referrals: ['mental-health-assessment', 'trauma-informed-care'] },
  'history.depression': { domain: 'co-occurring-history' },
  'history.bipolar': { domain: 'co-occurring-history' },
  'concern.voices': { referrals: ['mental-health-assessment'] },
  'concern.mood-swings': { referrals: ['mental-health-assessment'] },
  'concern.eating': { referrals: ['eating-concerns-assessment'] },
  // Urgent through the cooccurring.self-harm-now trigger (one reason per cause, tests/questionnaires/safety.test.ts).
  'concern.self-harm-now': { referrals: ['mental-health-assessment'] },
  'screen.auditc-positive': { referrals: ['alcohol-use-assessment'] },
  'substance.prior-treatment-left-early': { domain: 'return-to-use-risk' },
  'substance.prior-treatment-return': { domain: 'return-to-use-risk' },
  'motivation.peers-around': { domain: 'return-to-use-risk' },
  'living.others-use': { domain: 'return-to-use-risk' },
  'living.unstable-housing': { domain: 'recovery-environment', referrals: ['housing-support'] },
  'living.supportive-people': { domain: 'recovery-environment', referrals: ['family-therapy'] },
  'setting.no-home-support': { setting: 'no-home-support' },
  'setting.no-transport': { setting: 'no-transport', referrals: ['transport-assistance'] },
  'setting.serious-mental-health-concerns': { setting: 'serious-mental-health-concerns' },
  'consequences.legal': { domain: 'consequences', referrals: ['legal-support'] },
  'consequences.work-school': { domain: 'consequences', referrals: ['employment-support'] },
  'consequences.relationships': { domain: 'consequences', referrals: ['family-therapy'] },
  'preferences.group': { domain: 'readiness-preferences', referrals: ['group-therapy'] },
  'preferences.peer-support': { domain: 'readiness-preferences', referrals: ['peer-support'] },
  'preferences.barriers': { domain: 'readiness-preferences' },
};

describe('the full intake’s rules say what the referral summary needs', () => {
  const byId = new Map((intake.rules ?? []).map((r) => [r.id, r]));

  it.each(Object.entries(SPEC))('%s', (id, spec) => {
    const rule = byId.get(id);
    expect(rule, id).toBeDefined();
    if (spec.domain) expect(rule?.domain).toBe(spec.domain);
    expect(rule?.urgency).toBe(spec.urgency);
    if (spec.setting) expect(rule?.setting).toBe(spec.setting);
    for (const r of spec.referrals ?? []) expect(rule?.referrals, r).toContain(r);
    if (spec.planning) expect(rule?.planning?.en.length).toBeGreaterThan(20);
  });

  it('raise only the residential indicators, each from its own answers', () => {
    const withSetting = (intake.rules ?? []).filter((r) => r.setting);
    // No place to live is a setting consideration too (issue 17, section 2).
    expect(withSetting.map((r) => r.id).sort()).toEqual([
      'setting.no-home-support',
      'setting.no-stable-housing',
      'setting.no-transport',
      'setting.serious-mental-health-concerns',
    ]);
    expect(withSetting.map((r) => r.setting).sort()).toEqual([...SETTING_INDICATORS].sort());
  });

  it.each([
    [{ 'cooccurring.told': ['bipolar'] }],
    [{ 'cooccurring.told': ['psychosis'] }],
    [{ 'cooccurring.concerns': ['voices'] }],
    [{ 'cooccurring.concerns': ['mood-swings'] }],
  ])('serious mental-health concerns are raised by %j', (answers) => {
    expect(firedRules(substanceUseIntake, answers)).toContain('setting.serious-mental-health-concerns');
  });

  it('keep screen results and reported history in separate domains', () => {
    for (const r of intake.rules ?? []) {
      const readsScore = JSON.stringify(r.when).includes('"positive"');
      if (r.domain === 'co-occurring-history') expect(readsScore, r.id).toBe(false);
      if (r.domain === 'co-occurring-screens') expect(readsScore, r.id).toBe(true);
    }
  });
});
