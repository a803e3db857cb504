import { CLINICIAN_RATED } from '../definition/instrument.js';
import { DOMAINS } from '../definition/rule.js';
import { type LocalizedText, localize } from '../definition/text.js';
import { type AnswerRefs, type Block, CELL_SEPARATOR, type ChartBar, type ListEntry, refText, type TableRow } from './blocks.js';
import { asamBlocks } from './render-asam.js';
import {
  CLINICIAN_PHRASES as C,
  DOMAIN_HEADINGS,
  INSTRUMENT_STATUS_PHRASES,
  REFERRAL_PHRASES,
  SETTING_PHRASES,
  SUMMARY_PHRASES,
  URGENCY_LABELS,
  URGENCY_PHRASES,
  fillPhrase,
} from './phrases.js';
import type { Evidence, InstrumentResult, ReferralSummary, SafetyFlag } from './referral-summary.js';

/** Each answer's number in the appendix (A1, A2, … in document order), by item id. */
type AnswerNumbers = ReadonlyMap<string, number>;

function answerNumbers(sections: ReferralSummary['answers']): AnswerNumbers {
  const numbers = new Map<string, number>();
  for (const sec of sections ?? []) for (const a of sec.answers) if (!numbers.has(a.itemId)) numbers.set(a.itemId, numbers.size + 1);
  return numbers;
}

/**
 * The answers behind an entry as short references into the appendix; an
 * answer the appendix does not list (a summary stored without `answers`)
 * keeps its question, so nothing is lost.
 */
function refsOf(evidence: readonly Evidence[], numbers: AnswerNumbers, label: string): AnswerRefs {
  return { label, answers: evidence.map((e) => ({ ref: numbers.get(e.itemId), itemId: e.itemId, question: e.question, answerText: e.answerText })) };
}

/**
 * A safety flag: its reason, why it stands although its answers no longer
 * hold it (before the answers, so they are not read as "no concern"), the
 * answers, and what the person wrote beside them, in their own words.
 */
function flagEntry(f: SafetyFlag, locale: string, numbers: AnswerNumbers): ListEntry {
  const l = (text: LocalizedText) => localize(text, locale);
  const marks = [f.answerChanged === true ? SUMMARY_PHRASES.answerChanged : undefined, f.notAsked === true ? SUMMARY_PHRASES.notAsked : undefined];
  const tier = fillPhrase(l(C.tier), { tier: l(f.tier === 'interrupt' ? C.tierInterrupt : C.tierFlag) });
  const text = [`${l(URGENCY_LABELS[f.urgency])}: ${f.reason} (${f.id}; ${tier})`, ...marks.filter((m) => m !== undefined).map(l)].join(' ');
  const own = refsOf(f.freeText ?? [], numbers, l(C.freeText));
  return {
    text,
    refs: refsOf(f.evidence, numbers, l(C.evidence)),
    details: own.answers.length > 0 ? [`${own.label}: ${own.answers.map(refText).join(CELL_SEPARATOR)}`] : [],
  };
}

/** Every answer once, numbered, with its question: nothing the person said is left out because no rule cites it. */
function answerTables(sections: NonNullable<ReferralSummary['answers']>, locale: string, numbers: AnswerNumbers): Block[] {
  const mark = localize(C.notAskedMark, locale);
  const head = localize(C.answersHead, locale).split('|');
  return sections.flatMap((sec): Block[] => [
    { kind: 'heading', level: 3, text: sec.title },
    {
      kind: 'table',
      head,
      rows: sec.answers.map((a): TableRow => {
        const n = numbers.get(a.itemId) ?? 0;
        const answer = a.notAsked === true ? `${a.answerText} (${mark})` : a.answerText;
        return { anchor: n, cells: [`A${n}`, a.question, answer, a.itemId], line: `A${n} ${a.question} — ${answer} (${a.itemId})` };
      }),
    },
  ]);
}

/**
 * The heading of an instrument result: the instrument's name and the score's
 * title, or the title alone when it already starts with the name ("TAPS:
 * tobacco", not "TAPS — TAPS: tobacco"), so nothing is lost either way.
 */
function instrumentHeading(instrument: string, title: string): string {
  if (title.startsWith(instrument)) {
    const next = title.slice(instrument.length, instrument.length + 1);
    // A name that runs on into a longer word ("TAP" in "TAPS") is not a prefix.
    if (!/^[\p{L}\p{N}]/u.test(next)) return title;
  }
  return `${instrument} — ${title}`;
}

/** One row of the results table: name, score and range, band, cut-off and whether it was met, and the answers behind it. */
function instrumentRow(r: InstrumentResult, locale: string, numbers: AnswerNumbers): TableRow {
  const l = (text: LocalizedText) => localize(text, locale);
  const head = instrumentHeading(r.instrument, r.title);
  // A clinician's ratings are never to be read as what the person reported.
  const name = r.rater === 'clinician' ? `${head} (${l(CLINICIAN_RATED)})` : head;
  const answers = r.evidence.map((e) => {
    const n = numbers.get(e.itemId);
    return n === undefined ? e.itemId : `A${n}`;
  });
  if (r.status !== 'complete' || r.score === null) {
    const missing = r.missing.length > 0 ? ` ${fillPhrase(l(C.missing), { items: r.missing.join(', ') })}` : '';
    return { cells: [name, `${l(INSTRUMENT_STATUS_PHRASES[r.status])}${missing}`, '—', '—', answers.join(', ') || '—'] };
  }
  const cutoff = r.cutoff === null ? '—' : fillPhrase(l(r.positive === true ? C.cutoffMet : C.cutoffNotMet), { cutoff: `≥ ${r.cutoff.value}` });
  // A positive screen says what it asks for ("further assessment is recommended"), a skipped one why, and a score
  // without a cut-off how to read it; below a cut-off the band says it all.
  const plain = r.positive !== true && r.cutoff !== null && r.skipped !== true;
  const band = plain ? (r.band ?? '—') : r.band === null ? r.meaning : `${r.band}: ${r.meaning}`;
  return { cells: [name, `${r.score} (${r.min}–${r.max})`, band, cutoff, answers.join(', ') || '—'] };
}

/** Each source once (TAPS has one score per substance), with the cut-offs read against it and its licence. */
function sourceEntries(results: readonly InstrumentResult[], locale: string): ListEntry[] {
  const t = (text: LocalizedText, values: Record<string, string>) => fillPhrase(localize(text, locale), values);
  const bySource = new Map<string, { names: string[]; details: string[] }>();
  for (const r of results) {
    if (r.source === null) continue;
    const citation = r.source.url === undefined ? r.source.citation : `${r.source.citation} ${r.source.url}`;
    let entry = bySource.get(citation);
    if (entry === undefined) {
      entry = { names: [], details: [t(C.licence, { licence: r.source.licence })] };
      bySource.set(citation, entry);
    }
    if (!entry.names.includes(r.instrument)) entry.names.push(r.instrument);
    if (r.cutoff !== null) entry.details.splice(-1, 0, t(C.cutoff, { cutoff: `${r.cutoff.label} (${r.instrument})` }));
  }
  return [...bySource].map(([citation, e]) => ({ text: t(C.source, { citation: `${citation} (${e.names.join(', ')})` }), details: [...new Set(e.details)] }));
}

/** A bar of the score chart, for a complete result on a scale. */
function chartBar(r: InstrumentResult, locale: string): ChartBar | undefined {
  if (r.status !== 'complete' || r.score === null || r.max <= r.min) return undefined;
  const l = (text: LocalizedText) => localize(text, locale);
  const described = fillPhrase(l(C.chartBar), { name: r.instrument, score: r.score, min: r.min, max: r.max, band: r.band ?? '—' });
  const side = l(r.positive === true ? C.positive : C.negative);
  const cut = r.cutoff === null ? '' : ` ${fillPhrase(l(C.chartCutoff), { cutoff: r.cutoff.label, side })}`;
  return {
    label: r.instrument,
    score: r.score,
    min: r.min,
    max: r.max,
    bands: r.bands ?? [],
    cutoff: r.cutoff?.value ?? null,
    description: `${described}${cut}`,
  };
}

/**
 * The clinician view, in the order a busy clinician reads it: a one-page
 * summary (urgency and why, open safety flags with the crisis resources
 * shown, the scores as a chart and a table, findings by domain, setting
 * considerations, referrals, items left out, the disclaimer), then an
 * appendix with every answer once (numbered A1, A2, …), the ASAM dimensions
 * and the sources. Entries refer to the answers they rest on by number and
 * short answer, so no question is printed twice.
 */
export function clinicianBlocks(s: ReferralSummary, locale: string): Block[] {
  const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
  const p = (text: string): Block => ({ kind: 'paragraph', text });
  const l = (text: LocalizedText) => localize(text, locale);
  const numbers = answerNumbers(s.answers);
  const refs = (evidence: readonly Evidence[]) => refsOf(evidence, numbers, l(C.evidence));
  const flagIds = new Set(s.safetyFlags.map((f) => f.id));
  const blocks: Block[] = [
    h(1, fillPhrase(l(C.title), { title: s.questionnaire.title })),
    p(fillPhrase(l(C.version), { id: s.questionnaire.id, version: s.questionnaire.version })),
    { kind: 'paragraph', text: `${l(C.urgency)} — ${localize(URGENCY_PHRASES[s.urgency.level], locale)}`, strong: true },
  ];
  if (s.urgency.reasons.length > 0) {
    blocks.push({
      kind: 'list',
      entries: s.urgency.reasons.map((r): ListEntry => {
        const label = localize(URGENCY_LABELS[r.urgency], locale);
        // A reason raised by a safety flag is that flag, listed next: point to it rather than print it twice.
        if (r.source.kind === 'safety' && flagIds.has(r.source.id)) return { text: `${label}: ${fillPhrase(l(C.seeFlag), { id: r.source.id })}` };
        return { text: `${label}: ${r.text} (${r.source.id})`, refs: refs(r.evidence) };
      }),
    });
  } else blocks.push(p(l(C.noReasons)));

  blocks.push(h(2, l(C.safety)));
  if (s.safetyFlags.length > 0) {
    blocks.push({
      kind: 'list',
      entries: s.safetyFlags.map((f) => flagEntry(f, locale, numbers)),
    });
  } else blocks.push(p(l(C.noSafety)));

  blocks.push(h(2, l(C.instruments)));
  if (s.instruments.length > 0) {
    const bars = s.instruments.map((r) => chartBar(r, locale)).filter((b) => b !== undefined);
    if (bars.length > 0) blocks.push({ kind: 'chart', caption: l(C.chart), bars });
    blocks.push({ kind: 'table', head: l(C.resultsHead).split('|'), rows: s.instruments.map((r) => instrumentRow(r, locale, numbers)) });
  } else blocks.push(p(l(C.noInstruments)));

  blocks.push(h(2, l(C.findings)));
  let anyFinding = false;
  for (const domain of DOMAINS) {
    const list = s.findings[domain];
    if (list.length === 0) continue;
    anyFinding = true;
    blocks.push(h(3, localize(DOMAIN_HEADINGS[domain], locale)), {
      kind: 'list',
      // With the rule id, which referrals, setting considerations and the ASAM part cite.
      // Findings in a row with the same advice (TAPS per substance) print it once, under the last of them.
      entries: list.map((f, i) => ({
        text: `${f.text} (${f.ruleId})`,
        details: f.planning === undefined || list[i + 1]?.planning === f.planning ? [] : [fillPhrase(l(C.planning), { text: f.planning })],
        refs: refs(f.evidence),
      })),
    });
  }
  if (!anyFinding) blocks.push(p(l(C.noFindings)));

  // A consideration or referral whose every rule is listed above points to those rules; otherwise it keeps its answers.
  const shown = new Set([...DOMAINS.flatMap((d) => s.findings[d].map((f) => f.ruleId)), ...flagIds]);
  const raised = (text: string, reasons: readonly string[], evidence: readonly Evidence[]): ListEntry => {
    const entry = `${text} (${fillPhrase(l(C.raisedBy), { ids: reasons.join(', ') })})`;
    return reasons.every((id) => shown.has(id)) ? { text: entry } : { text: entry, refs: refs(evidence) };
  };
  blocks.push(h(2, l(C.setting)), p(s.settingNote));
  if (s.setting.length > 0)
    blocks.push({ kind: 'list', entries: s.setting.map((c) => raised(localize(SETTING_PHRASES[c.indicator], locale), c.reasons, c.evidence)) });
  else blocks.push(p(l(C.noSetting)));

  blocks.push(h(2, l(C.referrals)));
  if (s.referrals.length > 0)
    blocks.push({ kind: 'list', entries: s.referrals.map((r) => raised(localize(REFERRAL_PHRASES[r.type], locale), r.reasons, r.evidence)) });
  else blocks.push(p(l(C.noReferrals)));

  const left = [
    ...(s.unanswered.length > 0 ? [`${l(C.unanswered)}: ${s.unanswered.join(', ')}`] : []),
    ...(s.declined.length > 0 ? [`${l(C.declined)}: ${s.declined.join(', ')}`] : []),
  ];
  if (left.length > 0) blocks.push(p(left.join(CELL_SEPARATOR)));
  blocks.push(p(`${l(C.disclaimer)}: ${s.disclaimer}`));

  const appendix: Block[] = [h(2, l(C.appendix))];
  if (s.crisisResources !== undefined) appendix.push(p(`${l(C.crisisResources)}: ${s.crisisResources}`));
  if (s.answers !== undefined && s.answers.length > 0) appendix.push(h(3, l(C.allAnswers)), ...answerTables(s.answers, locale, numbers));
  appendix.push(...asamBlocks(s, locale));
  const sources = sourceEntries(s.instruments, locale);
  if (sources.length > 0) appendix.push(h(2, l(C.sources)), { kind: 'list', entries: sources });
  blocks.push({ kind: 'appendix', blocks: appendix });
  return blocks;
}
