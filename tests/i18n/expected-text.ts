import { expect } from 'vitest';
import { PREFER_NOT_TO_ANSWER } from '../../src/definition/item.js';
import { type LocalizedText, localize } from '../../src/definition/text.js';
import type { Questionnaire } from '../../src/definition/types.js';
import { INSTRUMENT_STATUS_PHRASES, REFERRAL_PHRASES, SETTING_PHRASES, SUMMARY_PHRASES, fillPhrase } from '../../src/summary/phrases.js';
import type { Evidence, InstrumentResult, ReferralSummary } from '../../src/summary/referral-summary.js';

type Item = Questionnaire['sections'][number]['items'][number];

/** One human-readable string of a summary: where it is, what it says, what the definition says it should say. */
export interface TextField {
  readonly path: string;
  readonly actual: string;
  readonly expected: string;
}

/**
 * The answer as the definition words it in `locale`: the option text, the
 * phrase table's yes/no/declined/not answered, a number with its unit. Free
 * text and dates are quoted as given.
 */
function answerWords(item: Item, answer: Evidence['answer'], locale: string): string {
  const l = (t: LocalizedText) => localize(t, locale);
  if (answer === null) return l(SUMMARY_PHRASES.notAnswered);
  if (answer === PREFER_NOT_TO_ANSWER) return l(SUMMARY_PHRASES.declined);
  const option = (v: unknown) => {
    const found = 'options' in item ? (item.options as readonly { value: unknown; text: LocalizedText }[]).find((o) => o.value === v) : undefined;
    if (!found) throw new Error(`${item.id} has no option ${String(v)}`);
    return l(found.text);
  };
  switch (item.kind) {
    case 'single':
    case 'scale':
      return option(answer);
    case 'multi':
      return (answer as string[]).length === 0 ? l(SUMMARY_PHRASES.noneSelected) : (answer as string[]).map(option).join('; ');
    case 'boolean':
      return l(answer === true ? SUMMARY_PHRASES.yes : SUMMARY_PHRASES.no);
    case 'number':
      return item.unit === undefined ? String(answer) : `${String(answer)} ${l(item.unit)}`;
    default:
      return String(answer);
  }
}

/**
 * Every human-readable field of a summary beside the string the definition
 * and the phrase tables give for it in `locale`. Built from the definition's
 * own `LocalizedText`, never from a copy of the output, so a field left in
 * the wrong language fails.
 *
 * @param q - The questionnaire summarized.
 * @param s - The summary.
 * @param locale - The locale the summary should be in.
 * @returns The fields, each with its expected text.
 */
export function summaryTextFields(q: Questionnaire, s: ReferralSummary, locale: string): TextField[] {
  const l = (t: LocalizedText) => localize(t, locale);
  const items = new Map(q.sections.flatMap((sec) => sec.items.map((i) => [i.id, i] as const)));
  const rules = new Map((q.rules ?? []).map((r) => [r.id, r] as const));
  const triggers = new Map((q.safety ?? []).map((t) => [t.id, t] as const));
  const scores = new Map((q.scores ?? []).map((sc) => [sc.id, sc] as const));
  const out: TextField[] = [];
  const field = (path: string, actual: string | undefined, expected: string) => out.push({ path, actual: actual ?? '(missing)', expected });
  const evidence = (path: string, list: readonly Evidence[]) =>
    list.forEach((e, i) => {
      const item = items.get(e.itemId);
      if (!item) throw new Error(`evidence cites unknown item ${e.itemId}`);
      field(`${path}.${i}.question`, e.question, l(item.text));
      field(`${path}.${i}.answerText`, e.answerText, answerWords(item, e.answer, locale));
    });
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the summary names ${what}, which the definition does not have`);
    return value;
  };

  field('questionnaire.title', s.questionnaire.title, l(q.title));
  // A flag raised on an answer later changed, or on one the form would not have asked, says so after its reason.
  const marked = (id: string) => {
    const flag = s.safetyFlags.find((f) => f.id === id);
    if (flag?.notAsked === true) return ` ${l(SUMMARY_PHRASES.notAsked)}`;
    return flag?.answerChanged === true ? ` ${l(SUMMARY_PHRASES.answerChanged)}` : '';
  };
  s.urgency.reasons.forEach((r, i) => {
    const source = r.source.kind === 'safety' ? must(triggers.get(r.source.id), r.source.id).reason : must(rules.get(r.source.id), r.source.id).finding;
    field(`urgency.reasons.${i}.text`, r.text, l(source) + (r.source.kind === 'safety' ? marked(r.source.id) : ''));
    evidence(`urgency.reasons.${i}.evidence`, r.evidence);
  });
  s.safetyFlags.forEach((f, i) => {
    field(`safetyFlags.${i}.reason`, f.reason, l(must(triggers.get(f.id), f.id).reason));
    evidence(`safetyFlags.${i}.evidence`, f.evidence);
    if (f.freeText !== undefined) evidence(`safetyFlags.${i}.freeText`, f.freeText);
  });
  if (s.crisisResources !== undefined) field('crisisResources', s.crisisResources, l(q.crisisResources ?? SUMMARY_PHRASES.defaultCrisisResources));
  s.instruments.forEach((r, i) => {
    const score = must(scores.get(r.scoreId), r.scoreId);
    field(`instruments.${i}.title`, r.title, l(score.title));
    field(`instruments.${i}.meaning`, r.meaning, meaning(r, score, locale));
    if (r.band !== null) {
      const band = must(
        r.score === null ? undefined : score.bands.find((b) => b.min <= (r.score as number) && (r.score as number) <= b.max),
        `a band for ${r.scoreId}`,
      );
      field(`instruments.${i}.band`, r.band, l(band.label));
    }
    if (r.cutoff !== null) {
      const value = r.cutoff.value;
      // Several cut-offs may share a threshold (by sex, say); the one applied is the one the English summary names.
      const candidates = score.cutoffs
        .filter((c) => c.gte === value)
        .map((c) => (c.label ? l(c.label) : fillPhrase(l(SUMMARY_PHRASES.cutoffAtLeast), { value })));
      field(`instruments.${i}.cutoff.label`, r.cutoff.label, candidates.includes(r.cutoff.label) ? r.cutoff.label : (candidates[0] ?? '(no such cut-off)'));
    }
    if (r.source !== null) {
      // The licence is worded in the summary's language (the citation stays as published).
      const licences = q.sections.flatMap((sec) => (sec.instrument.kind === 'validated' ? [localize(sec.instrument.licence, locale)] : []));
      field(`instruments.${i}.source.licence`, r.source.licence, licences.includes(r.source.licence) ? r.source.licence : (licences[0] ?? '(no licence)'));
    }
    r.bands?.forEach((b, j) => field(`instruments.${i}.bands.${j}.label`, b.label, l(must(score.bands[j], `band ${j} of ${r.scoreId}`).label)));
    evidence(`instruments.${i}.evidence`, r.evidence);
  });
  for (const [domain, list] of Object.entries(s.findings)) {
    list.forEach((f, i) => {
      const rule = must(rules.get(f.ruleId), f.ruleId);
      field(`findings.${domain}.${i}.text`, f.text, l(rule.finding));
      if (rule.planning !== undefined || f.planning !== undefined)
        field(`findings.${domain}.${i}.planning`, f.planning, rule.planning ? l(rule.planning) : '(none)');
      evidence(`findings.${domain}.${i}.evidence`, f.evidence);
    });
  }
  s.setting.forEach((c, i) => {
    field(`setting.${i}.text`, c.text, l(SETTING_PHRASES[c.indicator]));
    evidence(`setting.${i}.evidence`, c.evidence);
  });
  field('settingNote', s.settingNote, l(SUMMARY_PHRASES.settingNote));
  s.referrals.forEach((r, i) => {
    field(`referrals.${i}.text`, r.text, l(REFERRAL_PHRASES[r.type]));
    evidence(`referrals.${i}.evidence`, r.evidence);
  });
  (s.answers ?? []).forEach((sec, i) => {
    field(
      `answers.${i}.title`,
      sec.title,
      l(
        must(
          q.sections.find((x) => x.id === sec.section),
          sec.section,
        ).title,
      ),
    );
    evidence(`answers.${i}.answers`, sec.answers);
  });
  field('disclaimer', s.disclaimer, l(SUMMARY_PHRASES.disclaimer));
  return out;
}

function meaning(r: InstrumentResult, score: NonNullable<Questionnaire['scores']>[number], locale: string): string {
  const l = (t: LocalizedText) => localize(t, locale);
  if (r.status !== 'complete') return l(INSTRUMENT_STATUS_PHRASES[r.status]);
  if (r.skipped === true) {
    if (score.skipped === undefined) throw new Error(`${r.scoreId} is reported as skipped but has no skipped rule`);
    return l(score.skipped.meaning);
  }
  if (r.positive === true) return score.positiveMeaning ? l(score.positiveMeaning) : fillPhrase(l(SUMMARY_PHRASES.screenedPositive), { name: r.instrument });
  return l(r.positive === false ? SUMMARY_PHRASES.belowCutoff : SUMMARY_PHRASES.noCutoff);
}

/** Keys of a summary whose string values are human-readable text; the rest are ids, codes and levels. */
const TEXT_KEYS = new Set([
  'licence',
  'title',
  'text',
  'reason',
  'crisisResources',
  'meaning',
  'band',
  'label',
  'planning',
  'settingNote',
  'disclaimer',
  'question',
  'answerText',
]);

/**
 * Every string leaf of a summary, by path. Text fields are replaced by
 * `'<text>'` in `shape`, so two summaries of the same answers in different
 * locales have equal shapes.
 */
export function stringLeaves(value: unknown, path = ''): { texts: Map<string, string>; shape: unknown } {
  const texts = new Map<string, string>();
  const walk = (v: unknown, p: string, key: string): unknown => {
    if (typeof v === 'string') {
      if (TEXT_KEYS.has(key)) {
        texts.set(p, v);
        return '<text>';
      }
      return v;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${p}.${i}`, key));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, p === '' ? k : `${p}.${k}`, k)]));
    return v;
  };
  const shape = walk(value, path, '');
  return { texts, shape };
}

/** Assert every text field is the definition's wording in `locale`, and that no text field was missed. */
export function expectWordedIn(q: Questionnaire, s: ReferralSummary, locale: string): TextField[] {
  const fields = summaryTextFields(q, s, locale);
  expect(fields.filter((f) => f.actual !== f.expected).map((f) => `${f.path}: got "${f.actual}", expected "${f.expected}"`)).toEqual([]);
  // The explicit walk above must cover every text leaf the generic walk finds.
  expect([...stringLeaves(s).texts.keys()].filter((p) => !fields.some((f) => f.path === p))).toEqual([]);
  return fields;
}
