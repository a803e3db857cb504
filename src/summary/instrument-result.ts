import type { Evaluation } from '../engine/evaluation.js';
import { raterOf } from '../definition/instrument.js';
import type { IndexedItem } from '../engine/questionnaire-index.js';
import { localize } from '../definition/text.js';
import type { EvidenceBuilder } from './evidence.js';
import { INSTRUMENT_STATUS_PHRASES, SUMMARY_PHRASES, fillPhrase } from './phrases.js';
import type { InstrumentResult } from './referral-summary.js';
import type { PlannedScore } from './summary-plan.js';

function hasShown(items: readonly IndexedItem[], evaluation: Evaluation): boolean {
  for (const entry of items) if (evaluation.shown(entry)) return true;
  return false;
}

function bandsOf(bands: PlannedScore['entry']['score']['bands'], locale: string): NonNullable<InstrumentResult['bands']> {
  // Stryker disable next-line ArrayDeclaration: equivalent: the size only preallocates
  const out = new Array<NonNullable<InstrumentResult['bands']>[number]>(bands.length);
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as (typeof bands)[number];
    out[i] = { min: b.min, max: b.max, label: localize(b.label, locale) };
  }
  return out;
}

/**
 * Report one score. An incomplete score has no value, band or positive flag,
 * so it can never be read as a low score; a not-applicable one says why.
 *
 * @param planned - The score and its section's instrument.
 * @param evaluation - The evaluation that computes the score.
 * @param cite - The summary's evidence builder.
 * @param locale - The summary's locale.
 * @returns The instrument result.
 */
export function instrumentResult(planned: PlannedScore, evaluation: Evaluation, cite: EvidenceBuilder, locale: string): InstrumentResult {
  const { entry, instrument } = planned;
  const score = entry.score;
  const r = evaluation.score(score.id);
  const name = instrument?.name ?? localize(score.title, locale);
  const source =
    instrument?.kind === 'validated'
      ? instrument.url === undefined
        ? { citation: localize(instrument.citation, locale), licence: localize(instrument.licence, locale) }
        : { citation: localize(instrument.citation, locale), licence: localize(instrument.licence, locale), url: instrument.url }
      : null;
  const title = localize(score.title, locale);
  const rater = instrument === undefined ? 'self' : raterOf(instrument);
  // One object literal per result, one shape (why: docs/benchmarks.md, engine design notes).
  // Every item skipped: the answers that decided it (or left it open) are its evidence.
  const gates = planned.gateItems;
  if (r === undefined || r.status === 'not-applicable') {
    return {
      scoreId: score.id,
      instrument: name,
      rater,
      title,
      status: 'not-applicable',
      score: null,
      min: r?.min ?? 0,
      max: r?.max ?? 0,
      band: null,
      cutoff: null,
      positive: null,
      meaning: localize(INSTRUMENT_STATUS_PHRASES['not-applicable'], locale),
      missing: [],
      source,
      evidence: r === undefined ? [] : cite.of(gates),
    };
  }
  const skipped = r.status === 'complete' && r.skipped === true;
  const evidence = skipped || !hasShown(entry.items, evaluation) ? cite.of(gates) : cite.of(entry.items);
  if (r.status === 'incomplete') {
    return {
      scoreId: score.id,
      instrument: name,
      rater,
      title,
      status: 'incomplete',
      score: null,
      min: r.min,
      max: r.max,
      band: null,
      cutoff: null,
      positive: null,
      meaning: localize(INSTRUMENT_STATUS_PHRASES.incomplete, locale),
      missing: [...r.missing],
      source,
      evidence,
    };
  }
  const applied = r.cutoffIndex === null ? undefined : score.cutoffs[r.cutoffIndex];
  const cutoff =
    applied === undefined
      ? null
      : {
          value: applied.gte,
          label: applied.label ? localize(applied.label, locale) : fillPhrase(localize(SUMMARY_PHRASES.cutoffAtLeast, locale), { value: applied.gte }),
        };
  let meaning: string;
  if (skipped && score.skipped) meaning = localize(score.skipped.meaning, locale);
  else if (r.positive === true) {
    meaning = score.positiveMeaning ? localize(score.positiveMeaning, locale) : fillPhrase(localize(SUMMARY_PHRASES.screenedPositive, locale), { name });
  } else if (r.positive === false) meaning = localize(SUMMARY_PHRASES.belowCutoff, locale);
  else meaning = localize(SUMMARY_PHRASES.noCutoff, locale);
  const result: InstrumentResult = {
    scoreId: score.id,
    instrument: name,
    rater,
    title,
    status: 'complete',
    score: r.value,
    min: r.min,
    max: r.max,
    band: r.band ? localize(r.band, locale) : null,
    bands: bandsOf(score.bands, locale),
    cutoff,
    positive: r.positive,
    meaning,
    missing: [],
    source,
    evidence,
  };
  return skipped ? { ...result, skipped: true } : result;
}
