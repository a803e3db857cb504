import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { summarize } from '../../src/summary/summarize.js';
import { planOf } from '../../src/summary/summary-plan.js';

const yesNo = (id: string, en: string) => ({ id, kind: 'boolean' as const, text: { en } });

// Conditions and extra evidence deliberately name items out of document order
// (c before a, b before a), so the summary must put the evidence back in order.
const q = parseQuestionnaire({
  id: 'order',
  version: '1.0.0',
  title: { en: 'Order' },
  sections: [
    {
      id: 's',
      title: { en: 'S' },
      instrument: { kind: 'descriptive', name: 'S' },
      items: [yesNo('a', 'First?'), { id: 'note', kind: 'display', text: { en: 'A note.' } }, yesNo('b', 'Second?'), yesNo('c', 'Third?')],
    },
  ],
  rules: [
    {
      id: 'r.any',
      when: {
        any: [
          { item: 'c', eq: true },
          { item: 'b', eq: true },
          { item: 'a', eq: true },
        ],
      },
      domain: 'recovery-environment',
      finding: { en: 'Something was reported.' },
      referrals: ['peer-support'],
      setting: 'no-transport',
    },
    {
      id: 'r.extra',
      when: { item: 'c', eq: true },
      evidence: ['b', 'note', 'a'],
      domain: 'consequences',
      finding: { en: 'The third was reported.' },
    },
    {
      id: 'r.silent',
      when: { not: { any: [{ answered: 'c' }, { answered: 'a' }] } },
      domain: 'motivations',
      finding: { en: 'Neither the first nor the third was answered.' },
    },
  ],
  safety: [
    {
      id: 't',
      tier: 'flag',
      urgency: 'urgent',
      when: {
        all: [
          { item: 'b', eq: true },
          { item: 'a', eq: true },
        ],
      },
      reason: { en: 'Both reported.' },
    },
  ],
});

const all = { a: true, b: true, c: true };
const ids = (evidence: readonly { itemId: string }[]) => evidence.map((e) => e.itemId);

describe('evidence is cited in document order, whatever order the definition names items in', () => {
  it('for a rule whose condition reads items in reverse', () => {
    const s = summarize(q, all);
    expect(ids(s.findings['recovery-environment'][0]?.evidence ?? [])).toStrictEqual(['a', 'b', 'c']);
  });

  it('for a rule with extra evidence items before the item it reads (display items are never cited)', () => {
    const s = summarize(q, all);
    expect(ids(s.findings.consequences[0]?.evidence ?? [])).toStrictEqual(['a', 'b', 'c']);
  });

  it('for a safety trigger, its urgency reason, and the referral and setting the rule raises', () => {
    const s = summarize(q, all);
    expect(ids(s.safetyFlags[0]?.evidence ?? [])).toStrictEqual(['a', 'b']);
    expect(s.urgency.reasons.map((r) => [r.source.id, ids(r.evidence)])).toStrictEqual([['t', ['a', 'b']]]);
    expect(s.referrals.map((r) => [r.type, ids(r.evidence)])).toStrictEqual([['peer-support', ['a', 'b', 'c']]]);
    expect(s.setting.map((x) => [x.indicator, ids(x.evidence)])).toStrictEqual([['no-transport', ['a', 'b', 'c']]]);
  });

  it('cites only the answered items, still in document order', () => {
    const s = summarize(q, { a: false, c: true });
    expect(ids(s.findings['recovery-environment'][0]?.evidence ?? [])).toStrictEqual(['a', 'c']);
  });

  it('cites unanswered visible items in document order when none was answered', () => {
    const s = summarize(q, { b: true });
    expect(s.findings.motivations.map((f) => [f.ruleId, ids(f.evidence)])).toStrictEqual([['r.silent', ['a', 'c']]]);
    expect(s.findings.motivations[0]?.evidence.map((e) => e.answer)).toStrictEqual([null, null]);
  });
});

describe('the summary plan', () => {
  it('is built once per questionnaire and reused', () => {
    const index = indexOf(q);
    const first = planOf(index);
    expect(planOf(index)).toBe(first);
    expect(planOf(indexOf(q))).toBe(first);
  });

  it('lists rule and trigger evidence items in document order', () => {
    const plan = planOf(indexOf(q));
    expect(plan.rules.map((r) => r.items.map((e) => e.item.id))).toStrictEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
      ['a', 'c'],
    ]);
    expect(plan.triggers.map((t) => t.items.map((e) => e.item.id))).toStrictEqual([['a', 'b']]);
    expect(plan.answerable.map((e) => e.item.id)).toStrictEqual(['a', 'b', 'c']);
  });
});

describe('locale option', () => {
  function localeError(locale: unknown): QuestionnaireError {
    try {
      summarize(q, all, { locale: locale as string });
    } catch (error) {
      if (error instanceof QuestionnaireError) return error;
      throw error;
    }
    throw new Error('summarize accepted the locale');
  }

  // Values that are not strings but read as a valid tag once turned into one:
  // only the type check stops them.
  it.each([
    ['an array', ['en']],
    ['an object with a toString', { toString: () => 'es' }],
    ['a boxed string', Object('en') as object],
  ])('rejects %s that reads as a tag, as a wrong-type issue at options.locale', (_what, locale) => {
    const error = localeError(locale);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'wrong-type', path: ['options', 'locale'] });
  });

  it.each([5, false, 'EN', 'en_US', 'english', ''])('rejects %j', (locale) => {
    expect(localeError(locale).issues.map((i) => [i.code, i.path])).toStrictEqual([['wrong-type', ['options', 'locale']]]);
  });

  it('says what a valid locale looks like, in the issue and the error message', () => {
    const error = localeError('en_US');
    const message = error.issues[0]?.message ?? '';
    expect(message).toMatch(/\blocale\b/);
    expect(message).toMatch(/BCP 47/);
    expect(message).toContain('"es-MX"');
    expect(error.message).toBe(message);
  });

  // This questionnaire is English only, but the library's own phrases are in
  // Spanish too: a Spanish tag is worded (and recorded) as `es`, anything else as `en`.
  it('accepts a region or script subtag, and undefined as English, recording the language used', () => {
    expect(summarize(q, all, { locale: 'es-MX' }).locale).toBe('es');
    expect(summarize(q, all, { locale: 'zh-Hant' }).locale).toBe('en');
    expect(summarize(q, all, { locale: 'es-419' }).locale).toBe('es');
    expect(summarize(q, all, {}).locale).toBe('en');
  });
});

// Two rules suggest the same referral; the second is defined first and cites the last item.
const shared = parseQuestionnaire({
  id: 'shared-referral',
  version: '1.0.0',
  title: { en: 'Shared referral' },
  sections: [{ id: 's', title: { en: 'S' }, instrument: { kind: 'descriptive', name: 'S' }, items: [yesNo('x', 'X?'), yesNo('y', 'Y?'), yesNo('z', 'Z?')] }],
  rules: [
    { id: 'r.z', when: { item: 'z', eq: true }, domain: 'recovery-environment', finding: { en: 'Z.' }, referrals: ['peer-support'] },
    { id: 'r.x', when: { item: 'x', eq: true }, evidence: ['y'], domain: 'recovery-environment', finding: { en: 'X.' }, referrals: ['peer-support'] },
  ],
});

describe('a referral suggested by several rules', () => {
  it('cites the items of the rules that fired, once each, in document order', () => {
    const s = summarize(shared, { x: true, y: true, z: true });
    expect(s.referrals.map((r) => [r.type, r.reasons, ids(r.evidence)])).toStrictEqual([['peer-support', ['r.z', 'r.x'], ['x', 'y', 'z']]]);
  });

  it('leaves out the items of a rule that did not fire, though they were answered', () => {
    const s = summarize(shared, { x: true, y: false, z: false });
    expect(s.referrals.map((r) => [r.reasons, ids(r.evidence)])).toStrictEqual([[['r.x'], ['x', 'y']]]);
    const onlyZ = summarize(shared, { x: false, y: true, z: true });
    expect(onlyZ.referrals.map((r) => [r.reasons, ids(r.evidence)])).toStrictEqual([[['r.z'], ['z']]]);
  });

  it('is not suggested when none of its rules fired', () => {
    expect(summarize(shared, { x: false, y: true, z: false }).referrals).toStrictEqual([]);
  });
});
