import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { substanceUseIntake } from '../../questionnaires/index.js';
import { resolveAnswers } from '../../src/engine/resolve-answers.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { URGENCY_PATIENT_PHRASES } from '../../src/summary/phrases.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { answersArbitrary, RUNS } from '../support/answer-arbitraries.js';
import { es as esPack } from '../../src/locales/es.js';

// Issue 17, section 2: the red flags an intake team expects. Sources are in each rule's code comment and in
// docs/safety-and-privacy.md (the urgency table).

const q = substanceUseIntake;
const allFindings = (s: ReturnType<typeof summarize>) => Object.values(s.findings).flat() as { ruleId: string }[];
const ruleIds = (answers: Record<string, unknown>) => allFindings(summarize(q, answers)).map((f) => f.ruleId);
const visible = (answers: Record<string, unknown>, id: string) => resolveAnswers(q, answers).evaluation.visible(id);

describe('safety at home', () => {
  it('is asked of everyone, with a help text that says the answer is private and may wait for a private talk', () => {
    const item = (q as QuestionnaireInput).sections.flatMap((s) => s.items).find((i) => i.id === 'living.unsafe');
    expect(item?.help?.en).toMatch(/private/);
    expect(item?.help?.es).toMatch(/privada/);
    expect(visible({}, 'living.unsafe')).toBe(true);
    expect(visible({ 'living.unsafe': false }, 'living.afraid-today')).toBe(false);
    expect(visible({ 'living.unsafe': true }, 'living.afraid-today')).toBe(true);
  });

  it('feeling unsafe is priority with a support-services referral; afraid to go home today is urgent', () => {
    const unsafe = summarize(q, { 'living.unsafe': true, 'living.afraid-today': false });
    expect(unsafe.urgency.level).toBe('priority');
    expect(unsafe.referrals.map((r) => r.type)).toContain('safety-support-services');
    expect(summarize(q, { 'living.unsafe': true, 'living.afraid-today': true }).urgency.level).toBe('urgent');
    expect(summarize(q, { 'living.unsafe': false }).urgency.level).toBe('routine');
  });

  it('never lets the summary suggest family or couples sessions without the safety note (random answers)', () => {
    let applies = 0;
    const answers = fc
      .tuple(answersArbitrary(q), fc.boolean())
      .map(([base, unsafe]) => ({ ...base, 'living.unsafe': unsafe, 'consequences.areas': ['relationships'] }));
    fc.assert(
      fc.property(answers, (raw) => {
        const s = summarize(q, raw);
        const family = s.referrals.some((r) => r.type === 'family-therapy');
        const noted = allFindings(s).some((f) => f.ruleId === 'living.family-sessions-safety');
        if (raw['living.unsafe'] === true && family) {
          applies++;
          expect(noted).toBe(true);
        }
        if (raw['living.unsafe'] !== true) expect(noted).toBe(false);
      }),
      { numRuns: RUNS },
    );
    expect(applies).toBeGreaterThan(0);
  });

  it('notes the safety concern beside each rule that suggests family sessions', () => {
    for (const answers of [
      { 'consequences.areas': ['relationships'] },
      { 'motivation.reasons': ['conflict'] },
      { 'living.supports': true },
      { 'living.others-use': true },
    ]) {
      expect(ruleIds({ ...answers, 'living.unsafe': true }), JSON.stringify(answers)).toContain('living.family-sessions-safety');
      expect(ruleIds({ ...answers, 'living.unsafe': false }), JSON.stringify(answers)).not.toContain('living.family-sessions-safety');
    }
    const text = renderSummary(summarize(q, { 'living.unsafe': true, 'living.supports': true }, { locale: 'es' }), { format: 'text', audience: 'clinician' });
    expect(text).toContain('solo después de hablar a solas con la persona sobre su seguridad');
  });
});

describe('current medication for opioid use', () => {
  const base = { 'substance.used': ['heroin'], 'substance.moud-now': true };

  it('asks about missed doses only of a person who takes it', () => {
    expect(visible({ ...base, 'substance.moud-now': false }, 'substance.moud-gap')).toBe(false);
    expect(visible(base, 'substance.moud-gap')).toBe(true);
  });

  it('missed doses are priority; run out or running out within 3 days urgent, both with naloxone', () => {
    const missed = summarize(q, { ...base, 'substance.moud-gap': 'missed' });
    expect(missed.urgency.level).toBe('priority');
    const out = summarize(q, { ...base, 'substance.moud-gap': 'running-out' });
    expect(out.urgency.level).toBe('urgent');
    expect(out.referrals.map((r) => r.type)).toEqual(expect.arrayContaining(['moud-evaluation', 'harm-reduction-naloxone']));
    expect(ruleIds({ ...base, 'substance.moud-gap': 'no' }).filter((id) => id.startsWith('substance.moud'))).toEqual([]);
  });
});

describe('no place to live', () => {
  it('is a setting consideration at priority, not routine; staying with others is housing support only', () => {
    const none = summarize(q, { 'living.housing': 'none' });
    expect(none.setting.map((c) => c.indicator)).toEqual(['no-stable-housing']);
    expect(none.urgency.level).toBe('priority');
    const unstable = summarize(q, { 'living.housing': 'unstable' });
    expect(unstable.setting).toEqual([]);
    expect(unstable.referrals.map((r) => r.type)).toEqual(['housing-support']);
  });
});

describe('the NIMH ASQ pathway in the person’s words', () => {
  it('asks a person with an urgent summary to stay to talk, rather than to wait for a call', () => {
    expect(URGENCY_PATIENT_PHRASES.urgent.en).toMatch(/please stay/);
    expect(URGENCY_PATIENT_PHRASES.urgent.en).not.toMatch(/will contact you/);
    expect(esPack.phrases.urgencyPatient.urgent).toMatch(/quédese/);
  });
});

describe('physical health', () => {
  const smokes = { 'substance.used': ['heroin'], 'substance.route': ['smoking'] };
  const injects = { 'substance.used': ['heroin'], 'substance.route': ['injection'] };
  const level = (answers: Record<string, unknown>) => summarize(q, answers).urgency.level;

  it('asks about a worsening wound only after a wound, and about xylazine only where it is found (opioids, stimulants) or use was not said', () => {
    expect(visible({ 'health.problems': ['fever'] }, 'health.wound-worse')).toBe(false);
    expect(visible({ 'health.problems': ['wound'] }, 'health.wound-worse')).toBe(true);
    expect(visible({ 'substance.used': ['fentanyl'] }, 'health.xylazine')).toBe(true);
    expect(visible({ 'substance.used': ['stimulants'] }, 'health.xylazine')).toBe(true);
    expect(visible({}, 'health.xylazine')).toBe(true);
    expect(visible({ 'substance.used': ['alcohol', 'cannabis'] }, 'health.xylazine')).toBe(false);
  });

  it('a wound is priority with medical care; a wound getting bigger, dark or leaking pus is urgent', () => {
    expect(level({ ...smokes, 'health.problems': ['wound'], 'health.wound-worse': false })).toBe('priority');
    expect(level({ ...smokes, 'health.problems': ['wound'] })).toBe('priority');
    const worse = summarize(q, { ...smokes, 'health.problems': ['wound'], 'health.wound-worse': true });
    expect(worse.urgency.level).toBe('urgent');
    expect(worse.referrals.map((r) => r.type)).toContain('medical-care');
  });

  it('fever is urgent with injecting or a wound (possible serious infection), priority otherwise; one reason per cause', () => {
    expect(level({ ...injects, 'health.problems': ['fever'] })).toBe('urgent');
    expect(level({ ...smokes, 'health.problems': ['fever', 'wound'] })).toBe('urgent');
    expect(level({ ...smokes, 'health.problems': ['fever'] })).toBe('priority');
    const both = summarize(q, { ...injects, 'health.problems': ['fever', 'wound'] });
    const healthReasons = both.urgency.reasons.filter((r) => r.source.kind === 'rule' && r.source.id.startsWith('health.'));
    expect(healthReasons.map((r) => r.source.id)).toEqual(['health.fever-infection-risk']);
    expect(level({ ...smokes, 'health.problems': ['none'] })).toBe('routine');
  });

  it('xylazine (yes or not sure) is priority with naloxone and explains naloxone still works, in both languages', () => {
    const s = summarize(q, { 'substance.used': ['fentanyl'], 'substance.route': ['smoking'], 'health.xylazine': 'yes' });
    expect(s.referrals.map((r) => r.type)).toEqual(expect.arrayContaining(['harm-reduction-naloxone', 'medical-care']));
    expect(ruleIds({ 'substance.used': ['fentanyl'], 'health.xylazine': 'no' })).not.toContain('health.xylazine');
    const es = renderSummary(summarize(q, { 'substance.used': ['fentanyl'], 'health.xylazine': 'not-sure' }, { locale: 'es' }), {
      format: 'text',
      audience: 'clinician',
    });
    expect(es).toContain('sigue funcionando contra los opioides');
  });
});

describe('consequences and why use continues', () => {
  const types = (answers: Record<string, unknown>) => summarize(q, answers).referrals.map((r) => r.type);

  it('money, health, children or CPS and arrests each give their own referral, without raising urgency', () => {
    expect(types({ 'consequences.areas': ['money'] })).toEqual(['financial-support']);
    expect(types({ 'consequences.areas': ['health'] })).toEqual(['medical-care']);
    expect(types({ 'consequences.areas': ['children'] })).toEqual(['child-welfare-coordination']);
    expect(types({ 'consequences.areas': ['arrests'] })).toEqual(['legal-support']);
    expect(summarize(q, { 'consequences.areas': ['money', 'health', 'children', 'arrests'] }).urgency.level).toBe('routine');
  });

  it('asks whether the conflict or stress is still going on only when use began with one', () => {
    expect(visible({ 'motivation.reasons': ['grief'] }, 'motivation.stress-ongoing')).toBe(false);
    expect(visible({ 'motivation.reasons': ['stress'] }, 'motivation.stress-ongoing')).toBe(true);
    expect(ruleIds({ 'motivation.reasons': ['stress'], 'motivation.stress-ongoing': true })).toContain('motivation.stress-ongoing');
  });

  it('asks everyone what keeps use going now; "not using now" excludes the other answers', () => {
    expect(visible({}, 'motivation.now')).toBe(true);
    const item = (q as QuestionnaireInput).sections.flatMap((s) => s.items).find((i) => i.id === 'motivation.now');
    const options: readonly { value: unknown; exclusive?: boolean | undefined }[] = item && 'options' in item ? item.options : [];
    expect(options.find((o) => o.value === 'not-using')?.exclusive).toBe(true);
    expect(types({ 'motivation.now': ['avoid-sick', 'people'] })).toEqual(expect.arrayContaining(['medical-detox-evaluation', 'peer-support']));
  });
});
