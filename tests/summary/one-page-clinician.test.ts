import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefScreen, substanceUseIntake } from '../../questionnaires/index.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { QuestionnaireError } from '../../src/issues/questionnaire-error.js';
import { CLINICIAN_PHRASES as C } from '../../src/summary/phrases.js';
import type { ReferralSummary } from '../../src/summary/referral-summary.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';

// Issue 22: a clinician view a busy clinician reads in a minute. The view is a one-page summary (urgency and
// its reasons, open safety flags, the results table, findings, setting considerations, referrals, the
// disclaimer), then an appendix with every answer once (numbered A1, A2, …), the ASAM part and the sources.
//
// "One page", measured here for text and Markdown: the summary part (everything before the appendix heading)
// is at most 70 lines of 100 characters, a longer line counting as the lines it wraps to. That is what one
// A4 or Letter page holds in 9 pt monospace with 10 mm margins (A4: 72 lines of 99 characters; Letter: 71 of
// 102). The HTML is printed to PDF in Chromium and its pages counted in tests/e2e/clinician-print.e2e.ts.

const ROOT = join(import.meta.dirname, '../..');
const BY_ID: Record<string, Questionnaire> = { [substanceUseIntake.id]: substanceUseIntake, [briefScreen.id]: briefScreen };
const SAMPLES = readdirSync(join(ROOT, 'examples/answers'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const LINE = 100;
const PAGE_LINES = 70;

function answersOf(file: string): { questionnaire: string; answers: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(ROOT, 'examples/answers', file), 'utf8')) as { questionnaire: string; answers: Record<string, unknown> };
}

/** A sample's answers as the brief screen would have them: answers to items it does not ask are left out. */
function briefScreenSummary(answers: Record<string, unknown>): ReferralSummary {
  let given = answers;
  for (;;) {
    try {
      return summarize(briefScreen, given);
    } catch (error) {
      if (!(error instanceof QuestionnaireError)) throw error;
      const unknown = new Set(error.issues.map((i) => i.itemId ?? String(i.path[0])));
      given = Object.fromEntries(Object.entries(given).filter(([id]) => !unknown.has(id)));
    }
  }
}

/** Printed lines of the part before the appendix. */
function summaryLines(view: string, format: 'text' | 'markdown'): number {
  const heading = format === 'text' ? `\n${C.appendix.en}\n` : `\n## ${C.appendix.en}\n`;
  const at = view.indexOf(heading);
  expect(at).toBeGreaterThan(0);
  return view
    .slice(0, at)
    .trimEnd()
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / LINE)), 0);
}

const briefScreens: [string, ReferralSummary][] = [
  ...SAMPLES.map((f): [string, ReferralSummary] => [f, briefScreenSummary(answersOf(f).answers)]),
  // The issue's own example: a non-acute ASQ positive, whose evidence the old view printed four times.
  ['05-brief-screen.json with ASQ 1 and 2 "yes"', summarize(briefScreen, { ...answersOf('05-brief-screen.json').answers, 'asq.q1': 1, 'asq.q2': 1 })],
];

describe('the clinician view of a brief screen fits one printed page', () => {
  const onePage = briefScreens.filter(([name]) => !name.startsWith('03-'));
  it.each(onePage)('%s: text and Markdown summary within 70 lines of 100 characters', (_, s) => {
    for (const format of ['text', 'markdown'] as const) {
      expect(summaryLines(renderSummary(s, { format, audience: 'clinician' }), format), format).toBeLessThanOrEqual(PAGE_LINES);
    }
  });

  it('03 (an acute positive with nine findings) is the exception: it runs onto a second page, and no further', () => {
    const s = briefScreens.find(([name]) => name.startsWith('03-'))?.[1] as ReferralSummary;
    expect(s.urgency.level).toBe('emergency');
    for (const format of ['text', 'markdown'] as const) {
      const lines = summaryLines(renderSummary(s, { format, audience: 'clinician' }), format);
      expect(lines, format).toBeGreaterThan(PAGE_LINES);
      expect(lines, format).toBeLessThanOrEqual(2 * PAGE_LINES);
    }
  });

  it('leads with urgency, then the open safety flags, then the results, and shows the ASQ answers once as a question', () => {
    const s = briefScreens.at(-1)?.[1] as ReferralSummary;
    const text = renderSummary(s, { format: 'text', audience: 'clinician' });
    const order = [`${C.urgency.en} — Urgent`, C.safety.en, C.instruments.en, C.findings.en, C.setting.en, C.referrals.en, C.appendix.en];
    const at = order.map((x) => text.indexOf(x));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // Before: each ASQ question under the urgency reason, the flag, the result, the finding and the referral.
    for (const q of s.answers?.flatMap((sec) => sec.answers).filter((a) => a.itemId.startsWith('asq.')) ?? []) {
      expect(text.split(q.question).length - 1, q.itemId).toBe(1);
    }
  });
});

/** Every clinician view of the samples: their own questionnaire's, and as a brief screen. */
const views: [string, ReferralSummary][] = [
  ...SAMPLES.map((f): [string, ReferralSummary] => {
    const json = answersOf(f);
    return [`${f} (${json.questionnaire})`, summarize(BY_ID[json.questionnaire] as Questionnaire, json.answers)];
  }),
  ...briefScreens.map(([name, s]): [string, ReferralSummary] => [`${name} (brief screen)`, s]),
];

describe('each answer reaches the clinician once, and every reference resolves', () => {
  it.each(views)('%s', (_, s) => {
    const given = s.answers?.flatMap((sec) => sec.answers) ?? [];
    expect(given.length).toBeGreaterThan(0);
    for (const format of ['text', 'markdown'] as const) {
      // Markdown escapes (a dot before "rx" could start a link) read as the text they stand for.
      const printed = renderSummary(s, { format, audience: 'clinician' });
      const view = format === 'markdown' ? printed.replace(/\\(.)/g, '$1') : printed;
      const appendix = view.slice(view.indexOf(C.appendix.en));
      const rows = new Map<string, string>();
      for (const m of appendix.matchAll(/^- (A\d+) .* \(([^()\s]+)\)$/gm)) rows.set(m[1] as string, m[2] as string);
      // Every answer the person gave is one numbered row of the appendix, with its item id.
      expect([...rows.values()].sort()).toEqual(given.map((a) => a.itemId).sort());
      for (const a of given) {
        const rowsOfItem = appendix.split('\n').filter((line) => line.endsWith(`(${a.itemId})`) && line.startsWith('- A'));
        expect(rowsOfItem, a.itemId).toHaveLength(1);
      }
      // Every reference before the appendix names a row there, by the item of the evidence it stands for.
      const summary = view.slice(0, view.indexOf(C.appendix.en));
      const refs = [...summary.matchAll(/\bA(\d+)\b/g)].map((m) => `A${m[1]}`);
      for (const ref of refs) expect(rows.has(ref), `${format} ${ref}`).toBe(true);
      const cited = [
        ...s.safetyFlags.flatMap((f) => f.evidence),
        ...Object.values(s.findings).flatMap((list) => list.flatMap((f) => f.evidence)),
        ...s.instruments.flatMap((r) => r.evidence),
      ].filter((e) => given.some((a) => a.itemId === e.itemId));
      for (const e of cited) {
        const ref = [...rows].find(([, id]) => id === e.itemId)?.[0];
        expect(refs, `${format} ${e.itemId}`).toContain(ref);
      }
    }
    // In HTML each reference is a link to an answer row of the same document.
    const html = renderSummary(s, { format: 'html', audience: 'clinician' });
    const ids = new Set([...html.matchAll(/ id="(answer-\d+)"/g)].map((m) => m[1]));
    expect(ids.size).toBe(given.length);
    for (const m of html.matchAll(/ href="#([^"]*)"/g)) expect(ids.has(m[1])).toBe(true);
  });
});
