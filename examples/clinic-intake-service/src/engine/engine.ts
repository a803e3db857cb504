/**
 * The service's one door to intake-screening. Every call into the library is in this file, so a change of
 * the library's API (a statechart flow restored with `resumeIntake`, locale as input, issues with details,
 * `toFhirBundle`) changes this file and nothing else. What it hands out is plain JSON the service stores.
 */
import {
  answersOf,
  createIntakeMachine,
  describeIntake,
  type IntakeEvent,
  type IntakeMachine,
  type IntakeSnapshot,
  type Issue,
  localize,
  type Questionnaire,
  QuestionnaireError,
  type ReferralSummary,
  ReferralSummarySchema,
  registerLocale,
  renderSummary,
  resolveAnswers,
  resumeIntakeSnapshot,
  stepIntake,
  summarize,
  initialIntakeSnapshot,
} from 'intake-screening';
import { toFhirQuestionnaireResponse } from 'intake-screening/fhir';
import { es } from 'intake-screening/locales/es';
import { briefScreen, substanceUseIntake } from 'intake-screening/questionnaires';
import { type BundleParts, type FhirResource, transactionBundle } from './fhir-bundle.js';

export type { FhirResource };

// Summaries and the staff view are written in Spanish too: the library's Spanish wording is a pack, registered once.
registerLocale(es);

/** A problem with what a client sent, as the library reports it: a code, where, which item; never an answer. */
export interface EngineIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly itemId?: string;
  readonly message: string;
}

/** Text in the languages a questionnaire offers. */
export type Localized = Readonly<Record<string, string>>;

/** A safety trigger raised during an intake, as the service records it. */
export interface RaisedTrigger {
  readonly id: string;
  readonly tier: 'interrupt' | 'flag';
  readonly urgency: 'emergency' | 'urgent';
  /** The clinician-facing reason, in each language of the questionnaire. */
  readonly reason: Localized;
  /** Item ids whose answers raised it. */
  readonly evidence: readonly string[];
  /** The section the person was in. */
  readonly section: string;
}

/** Where an intake stands after a step, ready to store. */
export interface FlowState {
  /** The persisted snapshot (plain JSON). */
  readonly persisted: unknown;
  readonly status: 'answering' | 'safety' | 'review' | 'completed';
  /** Every safety trigger raised so far. */
  readonly raised: readonly RaisedTrigger[];
  /** Problems with the last event (a refused answer stays unchanged in the flow). */
  readonly issues: readonly EngineIssue[];
}

/** The server's own reading of a submission. */
export interface Recheck {
  /** The answers kept: valid, visible, in document order. */
  readonly answers: Readonly<Record<string, unknown>>;
  readonly summary: unknown;
  /** The FHIR R4 QuestionnaireResponse. */
  readonly response: FhirResource;
  /** Every safety trigger in the summary (raised during the intake or holding on the final answers). */
  readonly raised: readonly RaisedTrigger[];
  /** Answers to items the other answers hide, dropped as the flow drops them. */
  readonly dropped: readonly string[];
  readonly urgency: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly EngineIssue[] };

/** A questionnaire the service offers. */
export interface OfferedQuestionnaire {
  readonly id: string;
  readonly version: string;
  readonly title: Localized;
  readonly locales: readonly string[];
}

const OFFERED: readonly Questionnaire[] = [briefScreen, substanceUseIntake];
const machines = new Map<string, IntakeMachine>(OFFERED.map((q) => [q.id, createIntakeMachine(q)]));
const byId = new Map<string, Questionnaire>(OFFERED.map((q) => [q.id, q]));

// The library's share of the server's time, for the load script (/internal/metrics).
const timing = { calls: 0, ms: 0 };
function timed<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    timing.calls++;
    timing.ms += performance.now() - start;
  }
}

/** Time spent in the library since start: calls and milliseconds. */
export const engineTiming = (): { readonly calls: number; readonly ms: number } => ({ ...timing });

const asIssue = (i: Issue): EngineIssue => ({ code: i.code, path: [...i.path], ...(i.itemId === undefined ? {} : { itemId: i.itemId }), message: i.message });
const issuesOf = (error: unknown): readonly EngineIssue[] => {
  if (error instanceof QuestionnaireError) return error.issues.map(asIssue);
  throw error;
};

/** The questionnaires the service offers, for the staff page. */
export const offeredQuestionnaires = (): readonly OfferedQuestionnaire[] =>
  OFFERED.map((q) => ({ id: q.id, version: q.version, title: q.title as Localized, locales: q.locales ?? ['en'] }));

/** Whether the service offers a questionnaire, and at which version. */
export const questionnaireVersion = (id: string): string | undefined => byId.get(id)?.version;

function need(id: string): { q: Questionnaire; machine: IntakeMachine } {
  const q = byId.get(id);
  const machine = machines.get(id);
  if (q === undefined || machine === undefined) throw new Error(`Questionnaire "${id}" is not offered by this service.`);
  return { q, machine };
}

const triggerDefinitions = (q: Questionnaire) => new Map((q.safety ?? []).map((t) => [t.id, t]));

function stateOf(q: Questionnaire, machine: IntakeMachine, snapshot: IntakeSnapshot): FlowState {
  const { context } = snapshot;
  const defs = triggerDefinitions(q);
  const raised = new Map<string, RaisedTrigger>();
  for (const f of context.safety.fired) {
    raised.set(f.id, {
      id: f.id,
      tier: f.tier,
      urgency: f.urgency,
      reason: (defs.get(f.id)?.reason ?? {}) as Localized,
      evidence: [...f.evidence],
      section: f.section,
    });
  }
  // An interrupt-tier trigger that holds on the stored answers is raised now, even if the device that sent
  // them never fired it: the server does not rely on the client's flow for safety.
  const section = q.sections[Math.min(context.cursor, q.sections.length - 1)]?.id ?? '';
  for (const flag of summarize(q, answersOf(context)).safetyFlags) {
    if (flag.tier !== 'interrupt' || raised.has(flag.id)) continue;
    raised.set(flag.id, {
      id: flag.id,
      tier: flag.tier,
      urgency: flag.urgency,
      reason: (defs.get(flag.id)?.reason ?? {}) as Localized,
      evidence: flag.evidence.map((e) => e.itemId),
      section,
    });
  }
  return {
    persisted: machine.getPersistedSnapshot(snapshot),
    status: describeIntake(q, snapshot).status,
    raised: [...raised.values()],
    issues: context.issues.map(asIssue),
  };
}

/**
 * A new intake's first state.
 *
 * @param questionnaireId - An offered questionnaire.
 * @returns The initial state.
 */
export function startFlow(questionnaireId: string): FlowState {
  const { q, machine } = need(questionnaireId);
  return timed(() => stateOf(q, machine, initialIntakeSnapshot(machine)));
}

/**
 * Take a persisted snapshot sent by a person's device. The library checks everything in it (questionnaire,
 * version, every answer, the position, the safety state); a snapshot with any problem is refused whole, so
 * the stored intake never holds less than the device sent.
 *
 * @param questionnaireId - The intake's questionnaire.
 * @param persisted - Parsed JSON from the client.
 * @returns The state to store, or the issues.
 */
export function acceptSnapshot(questionnaireId: string, persisted: unknown): Result<FlowState> {
  const { q, machine } = need(questionnaireId);
  return timed(() => {
    let snapshot: IntakeSnapshot;
    try {
      snapshot = resumeIntakeSnapshot(machine, persisted);
    } catch (error) {
      return { ok: false, issues: issuesOf(error) };
    }
    if (snapshot.context.issues.length > 0) return { ok: false, issues: snapshot.context.issues.map(asIssue) };
    return { ok: true, value: stateOf(q, machine, snapshot) };
  });
}

/**
 * Apply one event to a stored snapshot on the server (for devices that send events rather than run the flow).
 *
 * @param questionnaireId - The intake's questionnaire.
 * @param stored - The stored persisted snapshot, or undefined for a new intake.
 * @param event - A flow event, checked by the HTTP layer's schema.
 * @returns The next state; a refused answer is in its issues.
 */
export function stepFlow(questionnaireId: string, stored: unknown, event: IntakeEvent): Result<FlowState> {
  const { q, machine } = need(questionnaireId);
  return timed(() => {
    let snapshot: IntakeSnapshot;
    try {
      snapshot = stored === undefined ? initialIntakeSnapshot(machine) : resumeIntakeSnapshot(machine, stored);
    } catch (error) {
      return { ok: false, issues: issuesOf(error) };
    }
    return { ok: true, value: stateOf(q, machine, stepIntake(machine, snapshot, event)) };
  });
}

/**
 * The state of a snapshot this service stored (trusted: it passed the library when it was stored), with the
 * issues of the event that made it, for answering a retried step exactly as the first time.
 *
 * @param questionnaireId - The intake's questionnaire.
 * @param stored - The stored persisted snapshot.
 * @returns Its state.
 */
export function storedState(questionnaireId: string, stored: unknown): FlowState {
  const { q, machine } = need(questionnaireId);
  return timed(() => {
    const state = stateOf(q, machine, stored === undefined ? initialIntakeSnapshot(machine) : resumeIntakeSnapshot(machine, stored));
    // The same fields as the first answer gave (the library's issues carry more details than the service sends).
    const issues = (stored as { context?: { issues?: unknown } } | undefined)?.context?.issues;
    return { ...state, persisted: stored ?? state.persisted, issues: Array.isArray(issues) ? (issues as Issue[]).map(asIssue) : [] };
  });
}

/** Options of {@link recheckSubmission}. */
export interface RecheckOptions {
  /** Trigger ids the server recorded during the intake. */
  readonly raised: readonly string[];
  /** Urgency rule ids the stored snapshot recorded (`context.safety.urgencyRules`); unknown ones are ignored. */
  readonly raisedRules?: readonly string[];
  readonly locale: string;
  /** The response's id and authored time. */
  readonly responseId: string;
  readonly authored: string;
  /** A FHIR reference to the person, when staff gave one. */
  readonly subject?: string;
}

/**
 * Re-check a submitted answers object on the server: refuse it when any answer is unknown, of the wrong type
 * or out of range, or a visible required item is unanswered; otherwise compute the server's own summary
 * (with the triggers recorded during the intake) and the FHIR QuestionnaireResponse.
 *
 * @param questionnaireId - The intake's questionnaire.
 * @param answers - The answers object as received.
 * @param options - Raised triggers, locale, response id and time.
 * @returns The re-check, or the issues.
 */
export function recheckSubmission(questionnaireId: string, answers: unknown, options: RecheckOptions): Result<Recheck> {
  const { q } = need(questionnaireId);
  return timed(() => {
    const resolved = resolveAnswers(q, answers);
    if (resolved.issues.length > 0) return { ok: false, issues: resolved.issues.map(asIssue) };
    const defs = triggerDefinitions(q);
    const raised = options.raised.filter((id) => defs.has(id));
    const urgencyRules = new Set((q.rules ?? []).filter((r) => r.urgency !== undefined && r.urgency !== 'routine').map((r) => r.id));
    const raisedRules = (options.raisedRules ?? []).filter((id) => urgencyRules.has(id));
    let summary: ReferralSummary;
    let response: FhirResource;
    try {
      summary = summarize(q, resolved.answers, { locale: options.locale, raised, raisedRules });
      response = toFhirQuestionnaireResponse(q, resolved.answers, {
        id: options.responseId,
        authored: options.authored,
        locale: options.locale,
        ...(options.subject === undefined ? {} : { subject: { reference: options.subject } }),
      }) as unknown as FhirResource;
    } catch (error) {
      return { ok: false, issues: issuesOf(error) };
    }
    const required = new Set(q.sections.flatMap((s) => s.items.filter((i) => 'required' in i && i.required === true).map((i) => i.id)));
    const missing = summary.unanswered.filter((id) => required.has(id));
    if (missing.length > 0) {
      return {
        ok: false,
        issues: missing.map((id) => ({
          code: 'required',
          path: [id],
          itemId: id,
          message: `Item "${id}" is required and was not answered. Ensure that every visible required item is answered before submitting.`,
        })),
      };
    }
    return {
      ok: true,
      value: {
        answers: resolved.answers,
        summary,
        response,
        raised: summary.safetyFlags.map((f) => ({
          id: f.id,
          tier: f.tier,
          urgency: f.urgency,
          reason: (defs.get(f.id)?.reason ?? {}) as Localized,
          evidence: f.evidence.map((e) => e.itemId),
          section: '',
        })),
        dropped: resolved.hidden,
        urgency: summary.urgency.level,
      },
    };
  });
}

/** What the staff page shows of a stored summary. */
export interface StaffSummary {
  readonly urgency: string;
  /** The clinician view, as text. */
  readonly text: string;
}

/**
 * Check a stored summary and render the clinician view for staff.
 *
 * @param summary - A summary this service stored.
 * @param locale - The staff page's language.
 * @returns The urgency and the rendered text.
 */
export function clinicianView(summary: unknown, locale: string): StaffSummary {
  return timed(() => {
    const parsed = ReferralSummarySchema.parse(summary);
    return { urgency: parsed.urgency.level, text: renderSummary(parsed, { audience: 'clinician', format: 'text', locale }) };
  });
}

/** A flag's reason in one language (English when the questionnaire lacks it). */
export const reasonIn = (reason: Localized, locale: string): string => localize({ en: '', ...reason }, locale);

/** What a FHIR export of a submitted intake is made from. */
export interface ExportInput {
  /** The submission's id (every resource's identifier derives from it). */
  readonly submissionId: string;
  readonly questionnaireId: string;
  readonly summary: unknown;
  readonly response: FhirResource;
  readonly subject?: string;
  /** The consent and the 42 CFR 2.32 notice that go with every disclosure. */
  readonly notice: string;
}

/**
 * The submitted intake as a FHIR R4 transaction Bundle: the QuestionnaireResponse, one Observation per
 * complete instrument total (LOINC where the questionnaire gives one), and a DocumentReference holding the
 * clinician view. Every resource carries the response's security labels; none carries a diagnosis code.
 *
 * @param input - The stored submission.
 * @returns The Bundle, ready to POST to a FHIR server's base.
 */
export function fhirBundle(input: ExportInput): FhirResource {
  const { q } = need(input.questionnaireId);
  return timed(() => {
    const summary = ReferralSummarySchema.parse(input.summary);
    const scores = new Map((q.scores ?? []).map((s) => [s.id, s]));
    const parts: BundleParts = {
      id: input.submissionId,
      response: input.response,
      instruments: summary.instruments.flatMap((i) =>
        i.status === 'complete' && i.score !== null
          ? [{ scoreId: i.scoreId, title: i.title, score: i.score, codes: (scores.get(i.scoreId)?.codes ?? []).map((c) => ({ ...c })) }]
          : [],
      ),
      document: {
        title: `${localize(q.title, summary.locale)}: referral summary`,
        text: `${renderSummary(summary, { audience: 'clinician', format: 'text' })}\n\n${input.notice}\n`,
        language: summary.locale,
      },
      ...(input.subject === undefined ? {} : { subject: input.subject }),
    };
    return transactionBundle(parts);
  });
}
