import { randomUUID } from 'node:crypto';
import { digest } from '../crypto/tokens.js';
import { acceptSnapshot, type FlowState, recheckSubmission, type Result, stepFlow, storedState } from '../engine/engine.js';
import { CONSENT } from '../notices.js';
import { audit } from '../store/audit.js';
import { recordedTriggers, recordFlags } from '../store/flags.js';
import { intakeByToken, type IntakeRow, markSubmitted, openSnapshot, recordConsent, sameDigest, saveStep, sealContext } from '../store/intakes.js';
import { insertSubmission, submissionByKey } from '../store/submissions.js';
import type { Deps } from './deps.js';
import { refuse, type Reply } from './reply.js';

const UNKNOWN_TOKEN = refuse(401, 'unknown-token', 'This intake link is not valid. Ensure that the whole link from the clinic was opened.');
const SUBMITTED = refuse(409, 'intake-submitted', 'This intake was already sent to the care team.');

/** A flow event as the HTTP schema lets it through. */
export type StepEvent =
  { readonly type: 'ANSWER'; readonly itemId: string; readonly value: unknown } | { readonly type: 'NEXT' | 'BACK' | 'ACKNOWLEDGE' | 'SUBMIT' };

/** One step: the device's persisted snapshot after it (devices that run the flow), or one event (thin devices). */
export type StepRequest = { readonly seq: number } & ({ readonly snapshot: object } | { readonly event: StepEvent });

/** A submission: the client's key for retries, the answers, the language the person used. */
export interface SubmitRequest {
  readonly submissionId: string;
  readonly answers: object;
  readonly locale?: string;
}

/**
 * The person's intake as their page needs it: where it stands, the consent to show, and the stored snapshot
 * to resume from. Written to the audit log (a read of the intake) in the same transaction.
 */
export function readIntake(deps: Deps, token: string, source: string): Promise<Reply> {
  return deps.db.transaction(async (tx) => {
    const row = await intakeByToken(tx, token);
    if (row === undefined) return UNKNOWN_TOKEN;
    await audit(tx, { actor: { kind: 'person' }, action: 'person.read', intakeId: row.id, source });
    return {
      status: 200,
      body: {
        questionnaire: { id: row.questionnaireId, version: row.questionnaireVersion },
        status: row.status,
        seq: row.seq,
        consent: { version: CONSENT.version, text: CONSENT.text, given: row.consentedAt !== null },
        snapshot: row.status === 'open' ? (openSnapshot(deps.sealer, row) ?? null) : null,
      },
    };
  });
}

/** Record the person's consent to the version of the text they were shown. */
export function giveConsent(deps: Deps, token: string, version: string, source: string): Promise<Reply> {
  return deps.db.transaction(async (tx) => {
    const row = await intakeByToken(tx, token, true);
    if (row === undefined) return UNKNOWN_TOKEN;
    if (version !== CONSENT.version)
      return refuse(409, 'consent-version', 'The consent text has changed. Ensure that the page is reloaded and the current text shown.', {
        version: CONSENT.version,
      });
    if (row.consentedAt === null) {
      await recordConsent(tx, row.id, version);
      await audit(tx, { actor: { kind: 'person' }, action: 'person.consent', intakeId: row.id, detail: { version }, source });
    }
    return { status: 204 };
  });
}

const stepReply = (seq: number, flow: Pick<FlowState, 'status' | 'raised' | 'issues'>, persisted?: unknown): Reply => ({
  status: 200,
  body: {
    seq,
    status: flow.status,
    issues: flow.issues,
    // Ids and tiers only: the reasons are written for clinicians.
    raised: flow.raised.map((t) => ({ id: t.id, tier: t.tier, urgency: t.urgency })),
    ...(persisted === undefined ? {} : { snapshot: persisted }),
  },
});

/**
 * Apply one step, in one transaction with the intake's row locked: check the step number, let the library
 * check the snapshot (or apply the event), store the new snapshot and record any safety trigger it raised.
 * The step is acknowledged only after all of that committed. A retry of the last step (same number, same
 * body) gets the same answer without applying it again; any other stale number gets 409 with the current one.
 */
export function applyStep(deps: Deps, token: string, request: StepRequest): Promise<Reply> {
  const requestDigest = digest(JSON.stringify(request));
  return deps.db.transaction(async (tx) => {
    const row = await intakeByToken(tx, token, true);
    if (row === undefined) return UNKNOWN_TOKEN;
    if (row.status === 'submitted') return SUBMITTED;
    if (row.consentedAt === null) return refuse(403, 'consent-required', 'The person has not agreed to the consent text yet.');
    const stored = () => openSnapshot(deps.sealer, row);
    if (request.seq === row.seq && sameDigest(row.lastStepDigest, requestDigest)) {
      // A retry of the step already stored: answer as the first time, from what is stored.
      const current = storedState(row.questionnaireId, stored());
      return stepReply(row.seq, current, 'event' in request ? current.persisted : undefined);
    }
    if (request.seq !== row.seq + 1) return refuse(409, 'seq-conflict', `Step ${request.seq} does not follow the stored step ${row.seq}.`, { seq: row.seq });
    const result: Result<FlowState> =
      'snapshot' in request ? acceptSnapshot(row.questionnaireId, request.snapshot) : stepFlow(row.questionnaireId, stored(), request.event);
    if (!result.ok)
      return refuse(422, 'snapshot-refused', 'The snapshot does not belong to this intake or does not pass its questionnaire; nothing was stored.', {
        issues: result.issues,
      });
    const flow = result.value;
    await saveStep(tx, deps.sealer, row.id, request.seq, flow.persisted, requestDigest);
    const added = await recordFlags(tx, deps.sealer, row.id, request.seq, flow.raised);
    if (added > 0) {
      await audit(tx, {
        actor: { kind: 'system' },
        action: 'flags.raised',
        intakeId: row.id,
        detail: { triggers: flow.raised.map((t) => t.id), seq: request.seq },
      });
      deps.flagsRaised();
    }
    return stepReply(request.seq, flow, 'event' in request ? flow.persisted : undefined);
  });
}

/**
 * Take a submission. Every submission that comes with a valid link is stored as received, whatever its
 * fate; the server re-checks the answers with the library and computes its own summary from them and from
 * the safety triggers it recorded during the intake (never a summary from the device). A retry with the same
 * key and body gets the first answer again; the same key with another body is refused.
 */
export function submit(deps: Deps, token: string, request: SubmitRequest, source: string): Promise<Reply> {
  const requestDigest = digest(JSON.stringify(request));
  const locale = request.locale ?? 'en';
  return deps.db.transaction(async (tx) => {
    const row = await intakeByToken(tx, token, true);
    if (row === undefined) return UNKNOWN_TOKEN;
    const earlier = await submissionByKey(tx, row.id, request.submissionId);
    if (earlier !== undefined) {
      if (!sameDigest(earlier.requestDigest, requestDigest))
        return refuse(409, 'submission-id-reused', 'This submissionId was used for a different submission. Ensure that each new submission has a new id.');
      return submissionReply(earlier.status, earlier.id, earlier.issues ?? []);
    }
    const id = randomUUID();
    const outcome = await decide(deps, tx, row, request, id);
    await insertSubmission(tx, deps.sealer, { id, intakeId: row.id, key: request.submissionId, digest: requestDigest, received: request, locale, outcome });
    await audit(tx, { actor: { kind: 'person' }, action: `submission.${outcome.status}`, intakeId: row.id, detail: { submissionId: id }, source });
    if (outcome.status === 'accepted') {
      await markSubmitted(tx, row.id);
      if ((await recordFlags(tx, deps.sealer, row.id, row.seq, outcome.recheck.raised)) > 0) deps.flagsRaised();
    }
    return submissionReply(outcome.status, id, outcome.status === 'refused' ? outcome.issues : []);
  });
}

type Outcome = Parameters<typeof insertSubmission>[2]['outcome'];

async function decide(deps: Deps, tx: Parameters<typeof recordedTriggers>[0], row: IntakeRow, request: SubmitRequest, id: string): Promise<Outcome> {
  const refused = (code: string, message: string): Outcome => ({ status: 'refused', issues: [{ code, path: [], message }] });
  if (row.status === 'submitted') return refused('intake-submitted', 'This intake was already submitted; this later submission is kept for review.');
  if (row.consentedAt === null) return refused('consent-required', 'The person had not agreed to the consent text; the submission is kept for review.');
  const reference =
    row.patientReferenceSealed === null ? undefined : deps.sealer.open(row.patientReferenceSealed, sealContext(row.id, 'patient_reference')).toString('utf8');
  // Urgency rules the flow recorded (the stored snapshot's): a changed answer does not lower the urgency reached.
  const urgencyRules = (openSnapshot(deps.sealer, row) as { context?: { safety?: { urgencyRules?: unknown } } } | undefined)?.context?.safety?.urgencyRules;
  const checked = recheckSubmission(row.questionnaireId, request.answers, {
    raised: await recordedTriggers(tx, row.id),
    raisedRules: Array.isArray(urgencyRules)
      ? urgencyRules.flatMap((u: unknown) => (typeof (u as { id?: unknown })?.id === 'string' ? [(u as { id: string }).id] : []))
      : [],
    locale: deps.config.staffLocale,
    responseId: id,
    authored: new Date().toISOString(),
    ...(reference === undefined ? {} : { subject: reference }),
  });
  return checked.ok ? { status: 'accepted', recheck: checked.value } : { status: 'refused', issues: checked.issues };
}

function submissionReply(status: 'accepted' | 'refused', id: string, issues: readonly unknown[]): Reply {
  if (status === 'accepted') return { status: 201, body: { status, submissionId: id } };
  return refuse(422, 'submission-refused', 'The answers do not pass the questionnaire. They were kept as received for the care team to review.', {
    status,
    submissionId: id,
    issues,
  });
}
