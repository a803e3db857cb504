import { describe, expect, it } from 'vitest';
import { DOMAINS, type Domain } from '../../src/definition/rule.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import {
  DOMAIN_HEADINGS,
  INSTRUMENT_STATUS_PHRASES,
  REFERRAL_PHRASES,
  SETTING_PHRASES,
  URGENCY_LABELS,
  URGENCY_PATIENT_PHRASES,
  URGENCY_PHRASES,
} from '../../src/summary/phrases.js';
import { DOMAIN_PATIENT_PHRASES, REFERRAL_PATIENT_PHRASES, SETTING_PATIENT_PHRASES } from '../../src/summary/patient-phrases.js';
import { type Evidence, type Finding, type InstrumentResult, type ReferralSummary, ReferralSummarySchema } from '../../src/summary/referral-summary.js';
import { CLINICIAN_PHRASES as C, PATIENT_PHRASES as P } from '../../src/summary/render-phrases.js';
import { ASAM_DIMENSIONS } from '../../src/definition/asam-dimension.js';
import { ASAM_DIMENSION_NAMES } from '../../src/summary/asam.js';
import { ASAM_PHRASES as A } from '../../src/summary/asam-phrases.js';
import { renderSummary, type RenderSummaryOptions } from '../../src/summary/render-summary.js';
import { es as esPack } from '../../src/locales/es.js';
import { localize, type LocalizedText } from '../../src/definition/text.js';

// Summaries built by hand, so each document below is known line for line. The
// wording of fixed phrases comes from the phrase tables (tested on their own);
// what is checked here is which phrase, filled with what, goes where.

function fill(phrase: LocalizedText, values: Record<string, string | number>, locale: 'en' | 'es' = 'en'): string {
  const template = localize(phrase, locale);
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

function findings(some: Partial<Record<Domain, Finding[]>> = {}): Record<Domain, Finding[]> {
  return Object.fromEntries(DOMAINS.map((d) => [d, some[d] ?? []])) as Record<Domain, Finding[]>;
}

const calm: ReferralSummary = {
  summaryVersion: '1',
  questionnaire: { id: 'tiny', version: '2.1.0', title: 'Tiny intake' },
  locale: 'en',
  urgency: { level: 'routine', reasons: [] },
  safetyFlags: [],
  instruments: [],
  findings: findings(),
  setting: [],
  settingNote: 'Setting note.',
  referrals: [],
  unanswered: [],
  declined: [],
  disclaimer: 'Not a diagnosis.',
};

const q1: Evidence = { itemId: 'q1', question: 'First?', answer: true, answerText: 'Yes' };
const q2: Evidence = { itemId: 'q2', question: 'Second?', answer: 3, answerText: '3 days' };
const q3: Evidence = { itemId: 'q3', question: 'Third?', answer: 2, answerText: 'Often' };
const m0: Evidence = { itemId: 'm0', question: 'Fourth?', answer: 'prefer-not-to-answer', answerText: 'Prefer not to answer' };

const result = (r: Partial<InstrumentResult> & Pick<InstrumentResult, 'scoreId' | 'instrument' | 'title' | 'status'>): InstrumentResult => ({
  score: null,
  min: 0,
  max: 3,
  band: null,
  cutoff: null,
  positive: null,
  meaning: '',
  missing: [],
  source: null,
  evidence: [],
  ...r,
});

const busy: ReferralSummary = {
  ...calm,
  questionnaire: { id: 'busy', version: '1.0.0', title: 'Busy intake' },
  urgency: {
    level: 'urgent',
    reasons: [
      { urgency: 'urgent', text: 'Flag reason.', source: { kind: 'safety', id: 't.flag' }, evidence: [q1] },
      { urgency: 'urgent', text: 'Stop reason.', source: { kind: 'safety', id: 't.stop' }, evidence: [] },
      { urgency: 'priority', text: 'Rule finding.', source: { kind: 'rule', id: 'r.one' }, evidence: [q2] },
    ],
  },
  safetyFlags: [
    { id: 't.flag', tier: 'flag', urgency: 'urgent', reason: 'Flag reason.', evidence: [q1] },
    { id: 't.stop', tier: 'interrupt', urgency: 'urgent', reason: 'Stop reason.', evidence: [] },
  ],
  crisisResources: 'Call 988.',
  instruments: [
    result({
      scoreId: 's1',
      instrument: 'Valid-2',
      title: 'Valid-2 total',
      status: 'complete',
      score: 4,
      max: 6,
      band: 'High',
      cutoff: { value: 3, label: '≥ 3' },
      positive: true,
      meaning: 'Screened positive.',
      source: { citation: 'Cit A.', licence: 'Public domain.', url: 'https://example.org/a' },
      evidence: [q3],
    }),
    result({
      scoreId: 's2',
      instrument: 'Valid-2',
      title: 'Valid-2 short',
      status: 'complete',
      score: 1,
      cutoff: { value: 2, label: '≥ 2' },
      positive: false,
      meaning: 'Below.',
      source: { citation: 'Cit A.', licence: 'Public domain.', url: 'https://example.org/a' },
    }),
    result({
      scoreId: 's3',
      instrument: 'Solo',
      title: 'Solo',
      status: 'incomplete',
      missing: ['m1', 'm2'],
      source: { citation: 'Cit B.', licence: 'Free.' },
      evidence: [m0],
    }),
    result({ scoreId: 's4', instrument: 'Other', title: 'Other total', status: 'not-applicable' }),
    result({ scoreId: 's5', instrument: 'Plain', title: 'Plain total', status: 'complete', score: 2, max: 4, band: 'Mid', meaning: 'No cut-off.' }),
  ],
  findings: findings({
    consequences: [{ ruleId: 'r.three', text: 'Third.', evidence: [] }],
    'substance-use': [
      { ruleId: 'r.one', text: 'Rule finding.', planning: 'Plan it.', evidence: [q2] },
      { ruleId: 'r.two', text: 'Second finding.', evidence: [q2] },
    ],
  }),
  setting: [{ indicator: 'no-transport', text: 'No transport.', reasons: ['r.one', 'r.two'], evidence: [q2] }],
  referrals: [{ type: 'peer-support', text: 'Peer support.', reasons: ['r.one', 'r.two'], evidence: [q2] }],
  unanswered: ['u1', 'u2'],
  declined: ['d1', 'd2'],
};

const md = (s: ReferralSummary, audience: RenderSummaryOptions['audience'], locale?: string) =>
  renderSummary(s, locale === undefined ? { format: 'markdown', audience } : { format: 'markdown', audience, locale });
const lines = (...l: string[]) => `${l.join('\n')}\n`;

/** The ASAM part (Markdown), all six dimensions in order, each with its detail lines or marked empty. */
const asamPart = (details: Partial<Record<(typeof ASAM_DIMENSIONS)[number], string[]>> = {}): string[] => [
  `## ${A.heading.en}`,
  '',
  A.note.en,
  '',
  ...ASAM_DIMENSIONS.flatMap((d) => {
    const { third, fourth } = ASAM_DIMENSION_NAMES[d];
    const head = `- ${fill(A.dimension, { fourthNumber: fourth.number, fourth: fourth.name.en, thirdNumber: third.number, third: third.name.en })}`;
    return [head, ...(details[d] ?? [A.empty.en]).map((x) => `  - ${x}`)];
  }),
  '',
];

describe('clinician view, line for line', () => {
  it('renders summaries that pass the summary schema', () => {
    for (const s of [calm, busy]) expect(ReferralSummarySchema.safeParse(s).success).toBe(true);
  });

  const appendixHead = [`## ${C.appendix.en}`];
  /** The ASAM part printed compactly: its note right under its heading. */
  const compactAsam = (...args: Parameters<typeof asamPart>) => asamPart(...args).filter((_, i) => i !== 1);
  const summaryHead = (title: string, id: string, version: string, urgency: string) => [
    `# ${fill(C.title, { title })}`,
    fill(C.version, { id, version }),
    '',
    `**${C.urgency.en} — ${urgency}**`,
    '',
  ];

  it('says plainly that nothing was raised', () => {
    expect(md(calm, 'clinician')).toBe(
      lines(
        ...summaryHead('Tiny intake', 'tiny', '2.1.0', URGENCY_PHRASES.routine.en),
        C.noReasons.en,
        '',
        `## ${C.safety.en}`,
        C.noSafety.en,
        '',
        `## ${C.instruments.en}`,
        C.noInstruments.en,
        '',
        `## ${C.findings.en}`,
        C.noFindings.en,
        '',
        `## ${C.setting.en}`,
        'Setting note.',
        '',
        C.noSetting.en,
        '',
        `## ${C.referrals.en}`,
        C.noReferrals.en,
        '',
        `${C.disclaimer.en}: Not a diagnosis.`,
        '',
        ...appendixHead,
        ...compactAsam().slice(0, -1),
      ),
    );
  });

  it('leads with urgency, refers to flags and answers instead of repeating them, and puts sources in the appendix', () => {
    expect(md(busy, 'clinician')).toBe(
      lines(
        ...summaryHead('Busy intake', 'busy', '1.0.0', URGENCY_PHRASES.urgent.en),
        `- ${URGENCY_LABELS.urgent.en}: ${fill(C.seeFlag, { id: 't.flag' })}`,
        `- ${URGENCY_LABELS.urgent.en}: ${fill(C.seeFlag, { id: 't.stop' })}`,
        // This hand-made summary has no `answers`, so evidence keeps its question: nothing is lost.
        `- ${URGENCY_LABELS.priority.en}: Rule finding. (r.one) — ${C.evidence.en}: Second? — 3 days (q2)`,
        '',
        `## ${C.safety.en}`,
        `- ${URGENCY_LABELS.urgent.en}: Flag reason. (t.flag; ${fill(C.tier, { tier: C.tierFlag.en })}) — ${C.evidence.en}: First? — Yes (q1)`,
        `- ${URGENCY_LABELS.urgent.en}: Stop reason. (t.stop; ${fill(C.tier, { tier: C.tierInterrupt.en })})`,
        '',
        `## ${C.instruments.en}`,
        `- Valid-2 total · 4 (0–6) · High: Screened positive. · ${fill(C.cutoffMet, { cutoff: '≥ 3' })} · q3`,
        `- Valid-2 short · 1 (0–3) · — · ${fill(C.cutoffNotMet, { cutoff: '≥ 2' })} · —`,
        `- Solo · ${INSTRUMENT_STATUS_PHRASES.incomplete.en} ${fill(C.missing, { items: 'm1, m2' })} · — · — · m0`,
        `- Other total · ${INSTRUMENT_STATUS_PHRASES['not-applicable'].en} · — · — · —`,
        '- Plain total · 2 (0–4) · Mid: No cut-off. · — · —',
        '',
        `## ${C.findings.en}`,
        `### ${DOMAIN_HEADINGS['substance-use'].en}`,
        `- Rule finding. (r.one) — ${C.evidence.en}: Second? — 3 days (q2)`,
        `  - ${fill(C.planning, { text: 'Plan it.' })}`,
        `- Second finding. (r.two) — ${C.evidence.en}: Second? — 3 days (q2)`,
        `### ${DOMAIN_HEADINGS.consequences.en}`,
        '- Third. (r.three)',
        '',
        `## ${C.setting.en}`,
        'Setting note.',
        '',
        // Every rule behind it is a finding above, with its answers: the rule ids point there.
        `- ${SETTING_PHRASES['no-transport'].en} (${fill(C.raisedBy, { ids: 'r.one, r.two' })})`,
        '',
        `## ${C.referrals.en}`,
        `- ${REFERRAL_PHRASES['peer-support'].en} (${fill(C.raisedBy, { ids: 'r.one, r.two' })})`,
        '',
        `${C.unanswered.en}: u1, u2 · ${C.declined.en}: d1, d2`,
        '',
        `${C.disclaimer.en}: Not a diagnosis.`,
        '',
        ...appendixHead,
        `${C.crisisResources.en}: Call 988.`,
        '',
        // These hand-made entries carry no `asam` (as in a summary stored before it was added): the defaults apply.
        ...compactAsam({
          'use-related-risks': [fill(A.findings, { ids: 'r.one, r.two' })],
          'recovery-environment': [
            fill(A.findings, { ids: 'r.three' }),
            fill(A.setting, { ids: 'r.one, r.two' }),
            fill(A.referrals, { items: REFERRAL_PHRASES['peer-support'].en }),
          ],
          'readiness-person-centered': [fill(A.setting, { ids: 'r.one, r.two' })],
        }),
        `## ${C.sources.en}`,
        // Escaped so that no Markdown renderer turns the address into a link (issue 18).
        `- ${fill(C.source, { citation: 'Cit A. https\\:\\/\\/example\\.org/a (Valid-2)' })}`,
        `  - ${fill(C.cutoff, { cutoff: '≥ 3 (Valid-2)' })}`,
        `  - ${fill(C.cutoff, { cutoff: '≥ 2 (Valid-2)' })}`,
        `  - ${fill(C.licence, { licence: 'Public domain.' })}`,
        `- ${fill(C.source, { citation: 'Cit B. (Solo)' })}`,
        `  - ${fill(C.licence, { licence: 'Free.' })}`,
      ),
    );
  });

  it('lists unanswered items without declined ones, and the other way round', () => {
    const unansweredOnly = md({ ...calm, unanswered: ['u1'] }, 'clinician');
    expect(unansweredOnly).toContain(`\n\n${C.unanswered.en}: u1\n\n${C.disclaimer.en}: `);
    expect(unansweredOnly).not.toContain('Declined to answer');
    const declinedOnly = md({ ...calm, declined: ['d1'] }, 'clinician');
    expect(declinedOnly).toContain(`\n\n${C.declined.en}: d1\n\n${C.disclaimer.en}: `);
    expect(declinedOnly).not.toContain('Not answered');
  });

  it('never prints a score for a result whose status is not complete, nor "null" for a missing score', () => {
    const odd: ReferralSummary = {
      ...calm,
      instruments: [
        result({ scoreId: 'a', instrument: 'A', title: 'A', status: 'incomplete', score: 0, missing: ['x'] }),
        result({ scoreId: 'b', instrument: 'B', title: 'B', status: 'complete', score: null, meaning: 'Meaning.' }),
      ],
    };
    const out = md(odd, 'clinician');
    expect(out).toContain(
      lines(
        `## ${C.instruments.en}`,
        `- A · ${INSTRUMENT_STATUS_PHRASES.incomplete.en} ${fill(C.missing, { items: 'x' })} · — · — · —`,
        `- B · ${INSTRUMENT_STATUS_PHRASES.complete.en} · — · — · —`,
        '',
        `## ${C.findings.en}`,
      ),
    );
    expect(out).not.toContain('null');
    expect(out).not.toMatch(/^- A · 0/m);
  });

  it('prints fixed phrases in the requested locale and the summary’s own strings as they are', () => {
    const out = md({ ...calm, unanswered: ['u1'] }, 'clinician', 'es');
    expect(out).toContain(
      lines(
        `# ${fill(C.title, { title: 'Tiny intake' }, 'es')}`,
        fill(C.version, { id: 'tiny', version: '2.1.0' }, 'es'),
        '',
        `**${localize(C.urgency, 'es')} — ${esPack.phrases.urgency.routine}**`,
      ),
    );
    expect(out).toContain(`${localize(C.unanswered, 'es')}: u1`);
    expect(out).toContain(`${localize(C.disclaimer, 'es')}: Not a diagnosis.`);
    expect(out).toContain(`## ${localize(C.appendix, 'es')}`);
    expect(localize(C.title, 'es')).not.toBe(C.title.en);
  });
});

describe('patient view, line for line', () => {
  it('with nothing raised: thanks, next steps and what the summary is', () => {
    expect(md(calm, 'patient')).toBe(
      lines(
        `# ${fill(P.title, { title: 'Tiny intake' })}`,
        '',
        P.thanks.en,
        '',
        `## ${P.next.en}`,
        '',
        URGENCY_PATIENT_PHRASES.routine.en,
        '',
        `## ${P.about.en}`,
        '',
        P.disclaimer.en,
      ),
    );
  });

  it('with a flag: crisis resources first, then the topics told, referrals and a word about skipped questions, in the person’s words', () => {
    expect(md(busy, 'patient')).toBe(
      lines(
        `# ${fill(P.title, { title: 'Busy intake' })}`,
        '',
        `## ${P.crisis.en}`,
        '',
        'Call 988.',
        '',
        P.thanks.en,
        '',
        `## ${P.topics.en}`,
        '',
        `- ${DOMAIN_PATIENT_PHRASES['substance-use'].en}`,
        `- ${DOMAIN_PATIENT_PHRASES.consequences.en}`,
        `- ${SETTING_PATIENT_PHRASES['no-transport'].en}`,
        '',
        `## ${P.next.en}`,
        '',
        URGENCY_PATIENT_PHRASES.urgent.en,
        '',
        `${P.referrals.en}:`,
        '',
        `- ${REFERRAL_PATIENT_PHRASES['peer-support'].en}`,
        '',
        P.skipped.en,
        '',
        `## ${P.about.en}`,
        '',
        P.disclaimer.en,
      ),
    );
  });

  const skipped = P.skipped.en;
  const cases: [string, Pick<ReferralSummary, 'unanswered' | 'declined'>, boolean][] = [
    ['unanswered only', { unanswered: ['u1'], declined: [] }, true],
    ['declined only', { unanswered: [], declined: ['d1'] }, true],
    ['both', { unanswered: ['u1'], declined: ['d1'] }, true],
    ['neither', { unanswered: [], declined: [] }, false],
  ];
  it.each(cases)('mentions skipped questions when some were %s', (_what, extra, expected) => {
    const out = md({ ...calm, ...extra }, 'patient');
    expect(out.includes(`\n\n${skipped}`)).toBe(expected);
    expect(out.split(skipped).length - 1).toBe(expected ? 1 : 0);
  });
});

describe('renderSummary options', () => {
  function issuesOf(options: unknown): { code: string; path: readonly (string | number)[]; message: string }[] {
    try {
      renderSummary(calm, options as RenderSummaryOptions);
    } catch (error) {
      if (error instanceof QuestionnaireError) return error.issues.map(({ code, path, message }) => ({ code, path, message }));
      throw error;
    }
    throw new Error('renderSummary accepted the options');
  }

  it('names each bad option as a wrong-type issue saying what is accepted', () => {
    const [audience, format, locale, ...rest] = issuesOf({ format: 'pdf', audience: 'robot', locale: 'EN' });
    expect(rest).toStrictEqual([]);
    expect(audience).toMatchObject({ code: 'wrong-type', path: ['options', 'audience'] });
    expect(audience?.message).toMatch(/audience.*"clinician".*"patient"/);
    expect(format).toMatchObject({ code: 'wrong-type', path: ['options', 'format'] });
    expect(format?.message).toMatch(/format.*"text".*"markdown"/);
    expect(locale).toMatchObject({ code: 'wrong-type', path: ['options', 'locale'] });
    expect(locale?.message).toMatch(/locale.*BCP 47/);
  });

  it('refuses a bad locale alone, even with a good format and audience', () => {
    expect(issuesOf({ format: 'text', audience: 'patient', locale: 'en_US' }).map((i) => i.path.join('.'))).toStrictEqual(['options.locale']);
  });

  it('refuses names inherited from Object as format or audience', () => {
    expect(issuesOf({ format: 'toString', audience: 'clinician' }).map((i) => i.path.join('.'))).toStrictEqual(['options.format']);
    expect(issuesOf({ format: 'text', audience: 'constructor' }).map((i) => i.path.join('.'))).toStrictEqual(['options.audience']);
  });

  it('uses the summary’s locale when none is given', () => {
    expect(md({ ...calm, locale: 'es' }, 'patient').startsWith(`# ${fill(P.title, { title: 'Tiny intake' }, 'es')}\n`)).toBe(true);
    expect(localize(P.title, 'es')).not.toBe(P.title.en);
  });
});
