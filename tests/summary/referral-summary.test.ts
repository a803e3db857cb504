import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { referralSummaryJsonSchema } from '../../src/json-schema/referral-summary-json-schema.js';
import { ReferralSummarySchema } from '../../src/summary/referral-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { calmAnswers, testQuestionnaire as q } from './fixture.js';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(referralSummaryJsonSchema());

const samples = {
  empty: summarize(q, {}),
  calm: summarize(q, calmAnswers),
  busy: summarize(
    q,
    {
      ...calmAnswers,
      'use.substances': ['opioids', 'alcohol'],
      'use.route': 'injection',
      'use.naloxone': false,
      'use.days': 25,
      'mood.q1': 'prefer-not-to-answer',
      'mood.q9': 3,
      'safety.now': true,
      'setting.home': 'none',
      'setting.transport': false,
      'alc.q1': 4,
      'alc.q2': 2,
    },
    { locale: 'es' },
  ),
};

describe('ReferralSummarySchema', () => {
  it.each(Object.entries(samples))('accepts the %s summary (zod and ajv)', (_name, s) => {
    expect(ReferralSummarySchema.safeParse(s).success).toBe(true);
    expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
  });

  it('survives a JSON round trip unchanged', () => {
    const s = samples.busy;
    expect(ReferralSummarySchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it.each(['diagnosis', 'conditions', 'disorders', 'notes'])('has no room for a free %s field anywhere', (field) => {
    const top = { ...samples.busy, [field]: 'x' };
    expect(ReferralSummarySchema.safeParse(top).success).toBe(false);
    expect(validate(top)).toBe(false);
    const inFinding = structuredClone(samples.busy);
    (inFinding.findings['substance-use'][0] as Record<string, unknown>)[field] = 'x';
    expect(ReferralSummarySchema.safeParse(inFinding).success).toBe(false);
    expect(validate(inFinding)).toBe(false);
    const inInstrument = structuredClone(samples.busy);
    (inInstrument.instruments[0] as Record<string, unknown>)[field] = 'x';
    expect(validate(inInstrument)).toBe(false);
  });

  it('rejects a finding domain that does not exist and a missing domain', () => {
    const extra = structuredClone(samples.calm) as unknown as { findings: Record<string, unknown> };
    extra.findings['diagnoses'] = [];
    expect(ReferralSummarySchema.safeParse(extra).success).toBe(false);
    expect(validate(extra)).toBe(false);
    const missing = structuredClone(samples.calm) as unknown as { findings: Record<string, unknown> };
    delete missing.findings['motivations'];
    expect(ReferralSummarySchema.safeParse(missing).success).toBe(false);
    expect(validate(missing)).toBe(false);
  });

  it('rejects another summary version and an unknown urgency level', () => {
    expect(validate({ ...samples.calm, summaryVersion: '2' })).toBe(false);
    expect(validate({ ...samples.calm, urgency: { level: 'later', reasons: [] } })).toBe(false);
  });
});

describe('referralSummaryJsonSchema', () => {
  it('is draft 2020-12 and a fresh object on every call', () => {
    const a = referralSummaryJsonSchema();
    expect(a['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    a['title'] = 'changed';
    expect(referralSummaryJsonSchema()['title']).toBe('ReferralSummary');
  });
});
