import * as z from 'zod/mini';
import { AsamDimensionSchema } from '../definition/asam-dimension.js';
import { RATERS } from '../definition/instrument.js';
import { DOMAINS, type Domain, ReferralTypeSchema, SettingIndicatorSchema, UrgencySchema } from '../definition/rule.js';

/**
 * The referral summary's shape, written once as zod and exported as JSON
 * Schema. Every human-readable string is already resolved to the summary's
 * `locale`. There is deliberately no field that can hold a diagnosis: findings
 * are fixed sentences from the definition's rules, each with the answers
 * behind it.
 */

const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** An answer as stored: the machine value, or null when the item was left unanswered. */
export const EvidenceAnswerSchema = z.nullable(z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));

/**
 * One answer behind a finding, flag, reason, indicator, referral or score.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from 'intake-screening';
 * EvidenceSchema.parse({ itemId: 'phq9.q9', question: 'Thoughts that you would be better off dead…', answer: 1, answerText: 'Several days' });
 * ```
 */
export const EvidenceSchema = z.strictObject({
  itemId: Id,
  /** The item's text in the summary's locale. */
  question: z.string(),
  /** The machine value (option value, number, `'prefer-not-to-answer'`), or null when unanswered. */
  answer: EvidenceAnswerSchema,
  /** The answer as the person saw it: option text(s), "Yes"/"No", a formatted number. */
  answerText: z.string(),
});

const EvidenceListSchema = z.array(EvidenceSchema);

/**
 * The ASAM dimensions an entry informs (named, never rated), in
 * `ASAM_DIMENSIONS` order; empty for the scope note. `summarize` always sets
 * it; summaries stored before it was added lack it (`asamDimensionsOf` then
 * uses the defaults).
 */
const AsamListSchema = z.optional(z.array(AsamDimensionSchema).check(z.maxLength(6)));

export const UrgencyReasonSchema = z.strictObject({
  /** The urgency this reason raises to. */
  urgency: UrgencySchema,
  text: z.string(),
  source: z.strictObject({ kind: z.enum(['safety', 'rule']), id: Id }),
  evidence: EvidenceListSchema,
  /**
   * Present (always `true`) when the reason held during the intake but not on
   * the final answers (a changed answer): the urgency the intake reached stays.
   */
  answerChanged: z.optional(z.literal(true)),
});

export const SafetyFlagSchema = z.strictObject({
  id: Id,
  tier: z.enum(['interrupt', 'flag']),
  urgency: z.enum(['emergency', 'urgent']),
  reason: z.string(),
  /**
   * Present (always `true`) when the trigger was raised during the intake but
   * no longer holds on the final answers: the person changed the answer after
   * it was raised. Absent when the trigger holds on the final answers. A risk
   * disclosed once stays in front of the clinician, with its urgency.
   */
  answerChanged: z.optional(z.literal(true)),
  /**
   * Present (always `true`) when the trigger holds only on answers the form's
   * logic would not have asked (answers to hidden items, from an answers
   * object, an import or a restored snapshot). The flag keeps its tier and
   * urgency, and its evidence cites those answers as given.
   */
  notAsked: z.optional(z.literal(true)),
  /** The items the trigger reads; for a changed answer, each with its final answer or as not answered. */
  evidence: EvidenceListSchema,
  /**
   * Free-text answers given in the sections of the items the trigger reads
   * (the ASQ's "If yes, please describe"), so the person's own words stand
   * beside the flag. Absent when there are none.
   */
  freeText: z.optional(EvidenceListSchema),
});

/**
 * One answer the person gave, as the summary's `answers` lists it.
 *
 * @example
 * ```ts
 * import { SummaryAnswerSchema } from 'intake-screening';
 * SummaryAnswerSchema.parse({ itemId: 'asq.q5', question: 'Are you having thoughts of killing yourself right now?', answer: 'yes', answerText: 'Yes', notAsked: true });
 * ```
 */
export const SummaryAnswerSchema = z.strictObject({
  itemId: Id,
  /** The item's text in the summary's locale. */
  question: z.string(),
  /** The machine value, as given (`'prefer-not-to-answer'` when declined). */
  answer: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
  /** The answer as the person saw it (free text and dates as typed). */
  answerText: z.string(),
  /**
   * Present (always `true`) when the form's logic would not have asked the
   * question, given the other answers: the answer is reported here and checked
   * by safety triggers, and not used for scores, rules or findings.
   */
  notAsked: z.optional(z.literal(true)),
});

/** The answers given in one section, in document order. */
export const SummaryAnswerSectionSchema = z.strictObject({
  /** The section id. */
  section: Id,
  /** The section's title in the summary's locale. */
  title: z.string(),
  answers: z.array(SummaryAnswerSchema),
});

/**
 * A problem with the input that `summarize` reports rather than throws: an
 * answer to a question the form's logic would not have asked (`item-hidden`).
 * It names the item, never the answer.
 */
export const SummaryIssueSchema = z.strictObject({
  code: z.enum(['item-hidden']),
  /** Where in the answers object: the item id. */
  path: z.array(z.string()),
  message: z.string(),
  itemId: z.optional(Id),
});

export const InstrumentResultSchema = z.strictObject({
  scoreId: Id,
  /** Short instrument name, e.g. "PHQ-9". */
  instrument: z.string(),
  /**
   * Who answered the items: `self` (the person) or `clinician` (a
   * clinician-rated instrument such as the CIWA-Ar). Absent in summaries made
   * before it was added; read absent as `self`.
   */
  rater: z.optional(z.enum(RATERS)),
  /** The score's title. */
  title: z.string(),
  status: z.enum(['complete', 'incomplete', 'not-applicable']),
  /** The total; null unless `complete` (an incomplete score is never reported as low). */
  score: z.nullable(z.number()),
  min: z.number(),
  max: z.number(),
  band: z.nullable(z.string()),
  /**
   * The instrument's published bands (score ranges and labels), so a renderer
   * can draw the score on its scale. Present on complete results (empty when
   * the score has no bands); absent in summaries made before it was added.
   */
  bands: z.optional(z.array(z.strictObject({ min: z.number(), max: z.number(), label: z.string() })).check(z.maxLength(20))),
  /** The cut-off applied (the first whose condition held), or null when there is none or no score. */
  cutoff: z.nullable(z.strictObject({ value: z.number(), label: z.string() })),
  positive: z.nullable(z.boolean()),
  /** What the result means, in screening language. */
  meaning: z.string(),
  /**
   * Present (always `true`) when a gate answer skipped every item and the
   * instrument records a score for that (the PC-PTSD-5's "no" to trauma
   * exposure is 0); `meaning` then says so and `evidence` cites the gate.
   */
  skipped: z.optional(z.literal(true)),
  /** Visible items left unanswered or declined (only when `incomplete`). */
  missing: z.array(Id),
  /** The published source, or null for a descriptive (unvalidated) module. */
  source: z.nullable(z.strictObject({ citation: z.string(), licence: z.string(), url: z.optional(z.string()) })),
  evidence: EvidenceListSchema,
});

export const FindingSchema = z.strictObject({
  ruleId: Id,
  text: z.string(),
  planning: z.optional(z.string()),
  asam: AsamListSchema,
  evidence: EvidenceListSchema,
});

const FindingListSchema = z.array(FindingSchema);
const findingsShape = Object.fromEntries(DOMAINS.map((d) => [d, FindingListSchema])) as {
  [K in Domain]: typeof FindingListSchema;
};

/** Findings grouped by domain; every domain is present, in `DOMAINS` order. */
export const FindingsSchema = z.strictObject(findingsShape);

export const SettingConsiderationSchema = z.strictObject({
  indicator: SettingIndicatorSchema,
  text: z.string(),
  /** Rules that raised it, in document order. */
  reasons: z.array(Id),
  asam: AsamListSchema,
  evidence: EvidenceListSchema,
});

export const ReferralSchema = z.strictObject({
  type: ReferralTypeSchema,
  text: z.string(),
  /** Rules that suggested it, in document order. */
  reasons: z.array(Id),
  asam: AsamListSchema,
  evidence: EvidenceListSchema,
});

/**
 * The referral summary, version 1, as a zod schema: use it to check a summary
 * read back from storage before rendering it.
 *
 * @example
 * ```ts
 * import { ReferralSummarySchema, renderSummary } from 'intake-screening';
 * declare const stored: string;
 * const summary = ReferralSummarySchema.parse(JSON.parse(stored));
 * renderSummary(summary, { format: 'text', audience: 'clinician' });
 * ```
 */
export const ReferralSummarySchema = z
  .strictObject({
    summaryVersion: z.literal('1'),
    questionnaire: z.strictObject({ id: Id, version: z.string(), title: z.string() }),
    /** The locale every string in this summary is written in. */
    locale: z.string(),
    urgency: z.strictObject({ level: UrgencySchema, reasons: z.array(UrgencyReasonSchema) }),
    safetyFlags: z.array(SafetyFlagSchema),
    /** Shown to the person when a safety flag fired or urgency is emergency. */
    crisisResources: z.optional(z.string()),
    instruments: z.array(InstrumentResultSchema),
    findings: FindingsSchema,
    setting: z.array(SettingConsiderationSchema),
    /** Fixed sentence: the summary lists considerations and never decides a level of care. */
    settingNote: z.string(),
    referrals: z.array(ReferralSchema),
    /** Visible items left unanswered, in document order. */
    unanswered: z.array(Id),
    /** Items answered "prefer not to answer", in document order. */
    declined: z.array(Id),
    /**
     * Every answer given, by section in document order: item id, question,
     * machine value and answer text, so nothing the person said is left out
     * because no rule cites it. Answers to questions the form's logic would not
     * have asked are included, marked `notAsked`. `summarize` always sets it;
     * summaries stored before it was added lack it.
     */
    answers: z.optional(z.array(SummaryAnswerSectionSchema)),
    /**
     * What `summarize` noticed in its input without refusing it: one
     * `item-hidden` issue per answer to a question the form's logic would not
     * have asked. `summarize` always sets it (empty when there is nothing).
     */
    issues: z.optional(z.array(SummaryIssueSchema)),
    /** Fixed text: a screening summary, not a diagnosis. */
    disclaimer: z.string(),
  })
  .check(
    z.meta({
      title: 'ReferralSummary',
      description: 'A non-diagnostic referral summary of intake screening answers. Every finding carries its evidence.',
    }),
  );

/**
 * A referral summary: urgency with reasons, safety flags, instrument results,
 * findings by domain, setting considerations, suggested referrals, unanswered
 * and declined items, and a fixed disclaimer.
 *
 * @example
 * ```ts
 * import { summarize, type ReferralSummary } from 'intake-screening';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const s: ReferralSummary = summarize(briefScreen, {});
 * s.urgency.level; // 'routine'
 * ```
 */
export type ReferralSummary = z.infer<typeof ReferralSummarySchema>;
/**
 * One answer cited as evidence.
 *
 * @example
 * ```ts
 * import type { Evidence, ReferralSummary } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * summary.safetyFlags[0]?.evidence.map((e: Evidence) => `${e.question}: ${e.answerText}`);
 * ```
 */
export type Evidence = z.infer<typeof EvidenceSchema>;
/**
 * One answer in the summary's `answers`.
 *
 * @example
 * ```ts
 * import type { ReferralSummary, SummaryAnswer } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * const said: SummaryAnswer[] = (summary.answers ?? []).flatMap((s) => s.answers);
 * ```
 */
export type SummaryAnswer = z.infer<typeof SummaryAnswerSchema>;
/**
 * The answers of one section in the summary's `answers`.
 *
 * @example
 * ```ts
 * import type { ReferralSummary, SummaryAnswerSection } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * const titles = (summary.answers ?? []).map((s: SummaryAnswerSection) => s.title);
 * ```
 */
export type SummaryAnswerSection = z.infer<typeof SummaryAnswerSectionSchema>;
/**
 * An issue `summarize` reports in the summary instead of throwing.
 *
 * @example
 * ```ts
 * import type { ReferralSummary, SummaryIssue } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * const notAsked = (summary.issues ?? []).filter((i: SummaryIssue) => i.code === 'item-hidden').map((i) => i.itemId);
 * ```
 */
export type SummaryIssue = z.infer<typeof SummaryIssueSchema>;
/**
 * One instrument (score) result; `score` is null unless `status` is `complete`.
 *
 * @example
 * ```ts
 * import type { InstrumentResult, ReferralSummary } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * summary.instruments.filter((r: InstrumentResult) => r.positive === true);
 * ```
 */
export type InstrumentResult = z.infer<typeof InstrumentResultSchema>;
/**
 * One finding of a rule, with the answers behind it.
 *
 * @example
 * ```ts
 * import type { Finding, ReferralSummary } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * summary.findings['withdrawal-medical'].map((f: Finding) => f.text);
 * ```
 */
export type Finding = z.infer<typeof FindingSchema>;
/**
 * One safety trigger that holds on the answers, or (with `answerChanged: true`)
 * one raised during the intake whose answer the person later changed.
 *
 * @example
 * ```ts
 * import type { SafetyFlag, ReferralSummary } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * summary.safetyFlags.some((f: SafetyFlag) => f.tier === 'interrupt');
 * summary.safetyFlags.filter((f: SafetyFlag) => f.answerChanged === true).map((f) => f.id);
 * ```
 */
export type SafetyFlag = z.infer<typeof SafetyFlagSchema>;
/**
 * One reason for the urgency level, with its source rule or trigger.
 *
 * @example
 * ```ts
 * import type { UrgencyReason, ReferralSummary } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * summary.urgency.reasons.map((r: UrgencyReason) => r.source.id);
 * ```
 */
export type UrgencyReason = z.infer<typeof UrgencyReasonSchema>;
/**
 * One suggested referral type, with every rule that suggested it.
 *
 * @example
 * ```ts
 * import type { Referral, ReferralSummary } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * summary.referrals.map((r: Referral) => r.type);
 * ```
 */
export type Referral = z.infer<typeof ReferralSchema>;
/**
 * One residential-care consideration (never a decision on level of care).
 *
 * @example
 * ```ts
 * import type { SettingConsideration, ReferralSummary } from 'intake-screening';
 * declare const summary: ReferralSummary;
 * summary.setting.map((c: SettingConsideration) => c.indicator);
 * ```
 */
export type SettingConsideration = z.infer<typeof SettingConsiderationSchema>;
