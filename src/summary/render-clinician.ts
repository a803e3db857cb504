import { CLINICIAN_RATED } from '../definition/instrument.js';
import { DOMAINS } from '../definition/rule.js';
import { type LocalizedText, localize } from '../definition/text.js';
import type { Block, ChartBar, ListEntry } from './blocks.js';
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

function evidenceLines(evidence: readonly Evidence[], locale: string, label: LocalizedText = C.evidence): string[] {
  const prefix = localize(label, locale);
  return evidence.map((e) => `${prefix}: ${e.question} — ${e.answerText} (${e.itemId})`);
}

/**
 * A safety flag's details: why it stands although its answers no longer hold
 * it (first, so what follows is not read as "no concern"), the answers behind
 * it, and what the person wrote beside them, in their own words.
 */
function flagDetails(f: SafetyFlag, locale: string): string[] {
  const marks = [f.answerChanged === true ? SUMMARY_PHRASES.answerChanged : undefined, f.notAsked === true ? SUMMARY_PHRASES.notAsked : undefined];
  return [
    ...marks.filter((m) => m !== undefined).map((m) => localize(m, locale)),
    ...evidenceLines(f.evidence, locale),
    ...evidenceLines(f.freeText ?? [], locale, C.freeText),
  ];
}

/** Every answer, by section: nothing the person said is left out because no rule cites it. */
function allAnswers(sections: NonNullable<ReferralSummary['answers']>, locale: string): Block[] {
  const mark = localize(C.notAskedMark, locale);
  return sections.flatMap((sec): Block[] => [
    { kind: 'heading', level: 3, text: sec.title },
    { kind: 'list', entries: sec.answers.map((a) => ({ text: `${a.question} — ${a.answerText} (${a.itemId}${a.notAsked === true ? `; ${mark}` : ''})` })) },
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

function instrumentEntry(r: InstrumentResult, locale: string, cited: Set<string>): ListEntry {
  const t = (text: LocalizedText, values: Record<string, string | number> = {}) => fillPhrase(localize(text, locale), values);
  const head = instrumentHeading(r.instrument, r.title);
  // A clinician's ratings are never to be read as what the person reported.
  const details: string[] = r.rater === 'clinician' ? [localize(CLINICIAN_RATED, locale)] : [];
  if (r.status === 'complete' && r.score !== null) {
    details.push(t(C.score, { value: r.score, min: r.min, max: r.max }));
    if (r.band !== null) details.push(t(C.band, { band: r.band }));
    if (r.cutoff !== null) {
      const side = localize(r.positive === true ? C.positive : C.negative, locale);
      details.push(`${t(C.cutoff, { cutoff: r.cutoff.label })} — ${side}`);
    }
    details.push(r.meaning);
  } else {
    details.push(localize(INSTRUMENT_STATUS_PHRASES[r.status], locale));
    if (r.missing.length > 0) details.push(t(C.missing, { items: r.missing.join(', ') }));
  }
  // Several scores of one instrument (TAPS has one per substance) share a
  // source; print it once, at the first of them.
  if (r.source !== null && !cited.has(r.source.citation)) {
    cited.add(r.source.citation);
    details.push(t(C.source, { citation: r.source.url === undefined ? r.source.citation : `${r.source.citation} ${r.source.url}` }));
    details.push(t(C.licence, { licence: r.source.licence }));
  }
  details.push(...evidenceLines(r.evidence, locale));
  return { text: head, details };
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
 * The clinician view: urgency and reasons, safety flags, instrument results
 * with band, cut-off and source (in HTML with a chart of the scores),
 * findings by domain, setting considerations, referrals, unanswered and declined items, every answer by section, and the
 * disclaimer. Free text given beside a safety flag is printed under it. Every entry
 * lists its evidence.
 */
export function clinicianBlocks(s: ReferralSummary, locale: string): Block[] {
  const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
  const p = (text: string): Block => ({ kind: 'paragraph', text });
  const l = (text: LocalizedText) => localize(text, locale);
  const blocks: Block[] = [
    h(1, fillPhrase(l(C.title), { title: s.questionnaire.title })),
    p(fillPhrase(l(C.version), { id: s.questionnaire.id, version: s.questionnaire.version })),
    h(2, l(C.urgency)),
    p(localize(URGENCY_PHRASES[s.urgency.level], locale)),
  ];
  if (s.urgency.reasons.length > 0) {
    blocks.push(h(3, l(C.reasons)), {
      kind: 'list',
      entries: s.urgency.reasons.map((r) => ({
        text: `${localize(URGENCY_LABELS[r.urgency], locale)}: ${r.text} (${r.source.id})`,
        details: evidenceLines(r.evidence, locale),
      })),
    });
  } else blocks.push(p(l(C.noReasons)));

  blocks.push(h(2, l(C.safety)));
  if (s.safetyFlags.length > 0) {
    blocks.push({
      kind: 'list',
      entries: s.safetyFlags.map((f) => ({
        text: `${localize(URGENCY_LABELS[f.urgency], locale)}: ${f.reason} (${f.id}; ${fillPhrase(l(C.tier), { tier: l(f.tier === 'interrupt' ? C.tierInterrupt : C.tierFlag) })})`,
        // First, so the final answers below are read as changed, not as what raised the flag.
        details: flagDetails(f, locale),
      })),
    });
  } else blocks.push(p(l(C.noSafety)));
  if (s.crisisResources !== undefined) blocks.push(h(3, l(C.crisisResources)), p(s.crisisResources));

  blocks.push(h(2, l(C.instruments)));
  const cited = new Set<string>();
  const bars = s.instruments.map((r) => chartBar(r, locale)).filter((b) => b !== undefined);
  if (bars.length > 0) blocks.push({ kind: 'chart', caption: l(C.chart), bars });
  if (s.instruments.length > 0) blocks.push({ kind: 'list', entries: s.instruments.map((r) => instrumentEntry(r, locale, cited)) });
  else blocks.push(p(l(C.noInstruments)));

  blocks.push(h(2, l(C.findings)));
  let anyFinding = false;
  for (const domain of DOMAINS) {
    const list = s.findings[domain];
    if (list.length === 0) continue;
    anyFinding = true;
    blocks.push(h(3, localize(DOMAIN_HEADINGS[domain], locale)), {
      kind: 'list',
      // With the rule id, as urgency reasons and referrals cite it, so the ASAM part can refer to the finding.
      entries: list.map((f) => ({
        text: `${f.text} (${f.ruleId})`,
        details: [...(f.planning === undefined ? [] : [fillPhrase(l(C.planning), { text: f.planning })]), ...evidenceLines(f.evidence, locale)],
      })),
    });
  }
  if (!anyFinding) blocks.push(p(l(C.noFindings)));

  blocks.push(h(2, l(C.setting)), p(s.settingNote));
  if (s.setting.length > 0) {
    blocks.push({
      kind: 'list',
      entries: s.setting.map((c) => ({
        text: localize(SETTING_PHRASES[c.indicator], locale),
        details: [fillPhrase(l(C.raisedBy), { ids: c.reasons.join(', ') }), ...evidenceLines(c.evidence, locale)],
      })),
    });
  } else blocks.push(p(l(C.noSetting)));

  blocks.push(h(2, l(C.referrals)));
  if (s.referrals.length > 0) {
    blocks.push({
      kind: 'list',
      entries: s.referrals.map((r) => ({
        text: localize(REFERRAL_PHRASES[r.type], locale),
        details: [fillPhrase(l(C.raisedBy), { ids: r.reasons.join(', ') }), ...evidenceLines(r.evidence, locale)],
      })),
    });
  } else blocks.push(p(l(C.noReferrals)));

  blocks.push(...asamBlocks(s, locale));

  if (s.unanswered.length > 0) blocks.push(h(2, l(C.unanswered)), p(s.unanswered.join(', ')));
  if (s.declined.length > 0) blocks.push(h(2, l(C.declined)), p(s.declined.join(', ')));
  if (s.answers !== undefined && s.answers.length > 0) blocks.push(h(2, l(C.allAnswers)), ...allAnswers(s.answers, locale));
  blocks.push(h(2, l(C.disclaimer)), p(s.disclaimer));
  return blocks;
}
