import { verifyPassword, DUMMY_HASH } from '../crypto/passwords.js';
import { digest } from '../crypto/tokens.js';
import { clinicianView, type FhirResource, fhirBundle, offeredQuestionnaires, questionnaireVersion, reasonIn } from '../engine/engine.js';
import { CONSENT, disclosureNotice, REDISCLOSURE_NOTICE } from '../notices.js';
import { audit, readAudit } from '../store/audit.js';
import { intakeFlags, markSeen, openFlags } from '../store/flags.js';
import { createIntake, intakeById, type IntakeRow, listIntakes, sealContext } from '../store/intakes.js';
import { createSession, findStaffByEmail, recentFailures, recordFailure, revokeSession, type StaffSession } from '../store/staff.js';
import { intakeSubmissions, submissionContext, type SubmissionRow } from '../store/submissions.js';
import type { Deps } from './deps.js';
import { refuse, type Reply } from './reply.js';

/** Failed sign-ins allowed per account in 15 minutes before it is throttled. */
export const MAX_FAILURES = 5;

const staffActor = (s: StaffSession) => ({ kind: 'staff', staffId: s.userId }) as const;
const NOT_FOUND = refuse(404, 'not-found', 'No such intake.');

/**
 * Sign a staff member in: check the password (scrypt, constant time, the same work for an unknown email),
 * throttle repeated failures per account across instances, and start a session.
 *
 * @returns 200 with the session's cookie token and CSRF token, 401, or 429.
 */
export async function signIn(deps: Deps, email: string, password: string, source: string): Promise<Reply & { token?: string }> {
  const emailHash = digest(email.toLowerCase());
  if ((await recentFailures(deps.db, emailHash)) >= MAX_FAILURES) {
    return { ...refuse(429, 'too-many-attempts', 'Too many failed sign-ins for this account. Try again in 15 minutes.'), headers: { 'retry-after': '900' } };
  }
  const user = await findStaffByEmail(deps.db, email);
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (user === undefined || !ok) {
    await deps.db.transaction(async (tx) => {
      await recordFailure(tx, emailHash);
      await audit(tx, { actor: { kind: 'system' }, action: 'staff.sign-in-failed', detail: { known: user !== undefined }, source });
    });
    return refuse(401, 'bad-credentials', 'Email or password is wrong.');
  }
  return deps.db.transaction(async (tx) => {
    const session = await createSession(tx, user.id);
    await audit(tx, { actor: { kind: 'staff', staffId: user.id }, action: 'staff.sign-in', source });
    return { status: 200, body: { staff: { email: user.email, name: user.name }, csrfToken: session.csrfToken }, token: session.token };
  });
}

export async function signOut(deps: Deps, session: StaffSession, token: string, source: string): Promise<Reply> {
  await deps.db.transaction(async (tx) => {
    await revokeSession(tx, token);
    await audit(tx, { actor: staffActor(session), action: 'staff.sign-out', source });
  });
  return { status: 204 };
}

/** Options of a new intake, from the staff page. */
export interface NewIntakeRequest {
  readonly questionnaireId: string;
  readonly label: string;
  readonly patientReference?: string;
}

/** Open an intake for a person and return their link (shown once). */
export async function openIntake(deps: Deps, session: StaffSession, request: NewIntakeRequest, source: string): Promise<Reply> {
  const version = questionnaireVersion(request.questionnaireId);
  if (version === undefined)
    return refuse(422, 'unknown-questionnaire', `This service does not offer questionnaire "${request.questionnaireId.slice(0, 80)}".`);
  return deps.db.transaction(async (tx) => {
    const { id, token } = await createIntake(tx, deps.sealer, {
      questionnaireId: request.questionnaireId,
      questionnaireVersion: version,
      label: request.label,
      patientReference: request.patientReference,
      createdBy: session.userId,
    });
    await audit(tx, { actor: staffActor(session), action: 'intake.create', intakeId: id, source });
    return { status: 201, body: { id, token, link: `${deps.config.publicUrl}/intake#t=${token}` } };
  });
}

const label = (deps: Deps, row: IntakeRow) =>
  row.labelSealed === null ? '' : deps.sealer.open(row.labelSealed, sealContext(row.id, 'label')).toString('utf8');

/** The intakes, newest first (labels are a read of each intake: one audit entry lists them). */
export function intakeList(deps: Deps, session: StaffSession, source: string): Promise<Reply> {
  return deps.db.transaction(async (tx) => {
    const rows = await listIntakes(tx, 200);
    await audit(tx, { actor: staffActor(session), action: 'intakes.list', detail: { intakeIds: rows.map((r) => r.id) }, source });
    return {
      status: 200,
      body: {
        questionnaires: offeredQuestionnaires(),
        intakes: rows.map((r) => ({
          id: r.id,
          label: label(deps, r),
          questionnaireId: r.questionnaireId,
          status: r.status,
          consented: r.consentedAt !== null,
          steps: r.seq,
          openFlags: r.openFlags,
          flags: r.allFlags,
          createdAt: r.createdAt.toISOString(),
          updatedAt: r.updatedAt.toISOString(),
          submittedAt: r.submittedAt?.toISOString() ?? null,
        })),
      },
    };
  });
}

function submissionView(deps: Deps, s: SubmissionRow) {
  const base = { id: s.id, status: s.status, receivedAt: s.receivedAt.toISOString(), locale: s.locale };
  if (s.status === 'refused' || s.summarySealed === null) return { ...base, issues: s.issues ?? [] };
  const summary = deps.sealer.openJson(s.summarySealed, submissionContext(s.id, 'summary'));
  const view = clinicianView(summary, deps.config.staffLocale);
  return { ...base, urgency: view.urgency, clinicianText: view.text, summary };
}

/**
 * One intake for staff: the server's summary (clinician view) of the accepted submission, every refused
 * submission with its issues, the safety flags, and beside them the consent the person gave and the
 * 42 CFR 2.32 notice. Audited in the same transaction.
 */
export function intakeDetail(deps: Deps, session: StaffSession, id: string, source: string): Promise<Reply> {
  return deps.db.transaction(async (tx) => {
    const row = await intakeById(tx, id);
    if (row === undefined) return NOT_FOUND;
    await audit(tx, { actor: staffActor(session), action: 'intake.read', intakeId: id, source });
    const flags = await intakeFlags(tx, deps.sealer, id);
    const submissions = await intakeSubmissions(tx, id);
    return {
      status: 200,
      body: {
        id,
        label: label(deps, row),
        questionnaireId: row.questionnaireId,
        questionnaireVersion: row.questionnaireVersion,
        status: row.status,
        steps: row.seq,
        createdAt: row.createdAt.toISOString(),
        submittedAt: row.submittedAt?.toISOString() ?? null,
        consent: {
          version: row.consentVersion,
          givenAt: row.consentedAt?.toISOString() ?? null,
          text: row.consentVersion === CONSENT.version ? CONSENT.text : null,
        },
        notice: REDISCLOSURE_NOTICE,
        flags: flags.map((f) => ({ ...f, reasonText: reasonIn(f.reason, deps.config.staffLocale) })),
        submissions: submissions.map((s) => submissionView(deps, s)),
      },
    };
  });
}

/** A submission exactly as received (for reviewing a refused one). Audited. */
export function receivedSubmission(deps: Deps, session: StaffSession, intakeId: string, submissionId: string, source: string): Promise<Reply> {
  return deps.db.transaction(async (tx) => {
    const s = (await intakeSubmissions(tx, intakeId)).find((x) => x.id === submissionId);
    if (s === undefined) return refuse(404, 'not-found', 'No such submission.');
    await audit(tx, { actor: staffActor(session), action: 'submission.received.read', intakeId, detail: { submissionId }, source });
    return {
      status: 200,
      body: { id: s.id, status: s.status, received: deps.sealer.openJson(s.receivedSealed, submissionContext(s.id, 'received')), notice: REDISCLOSURE_NOTICE },
    };
  });
}

/** The accepted submission as a FHIR transaction Bundle. A disclosure: audited, with the notice inside. */
export function exportIntake(deps: Deps, session: StaffSession, intakeId: string, source: string): Promise<Reply> {
  return deps.db.transaction(async (tx) => {
    const row = await intakeById(tx, intakeId);
    if (row === undefined) return NOT_FOUND;
    const accepted = (await intakeSubmissions(tx, intakeId)).find((s) => s.status === 'accepted');
    if (accepted === undefined || accepted.summarySealed === null || accepted.responseSealed === null)
      return refuse(409, 'not-submitted', 'This intake has no accepted submission to export yet.');
    await audit(tx, { actor: staffActor(session), action: 'intake.export', intakeId, detail: { submissionId: accepted.id, format: 'fhir-bundle' }, source });
    const subject =
      row.patientReferenceSealed === null ? undefined : deps.sealer.open(row.patientReferenceSealed, sealContext(row.id, 'patient_reference')).toString('utf8');
    const bundle = fhirBundle({
      submissionId: accepted.id,
      questionnaireId: row.questionnaireId,
      summary: deps.sealer.openJson(accepted.summarySealed, submissionContext(accepted.id, 'summary')),
      response: deps.sealer.openJson(accepted.responseSealed, submissionContext(accepted.id, 'response')) as FhirResource,
      notice: disclosureNotice(row.consentVersion, row.consentedAt),
      ...(subject === undefined ? {} : { subject }),
    });
    return {
      status: 200,
      body: bundle,
      headers: { 'content-type': 'application/fhir+json; charset=utf-8', 'content-disposition': `attachment; filename="intake-${intakeId}.json"` },
    };
  });
}

/** Open safety flags, most urgent first. Each is a read of its intake: one audit entry lists them. */
export function flagList(deps: Deps, session: StaffSession, source: string): Promise<Reply> {
  return deps.db.transaction(async (tx) => {
    const flags = await openFlags(tx, deps.sealer);
    await audit(tx, { actor: staffActor(session), action: 'flags.list', detail: { flagIds: flags.map((f) => f.id) }, source });
    return { status: 200, body: { flags: flags.map((f) => ({ ...f, reasonText: reasonIn(f.reason, deps.config.staffLocale) })) } };
  });
}

/** Mark a flag seen (it leaves every staff page's list, on every instance). */
export function seeFlag(deps: Deps, session: StaffSession, flagId: number, source: string): Promise<Reply> {
  return deps.db.transaction(async (tx) => {
    const intakeId = await markSeen(tx, flagId, session.userId);
    if (intakeId === undefined) return refuse(404, 'not-found', 'No such open flag.');
    await audit(tx, { actor: staffActor(session), action: 'flag.seen', intakeId, detail: { flagId }, source });
    deps.flagsRaised();
    return { status: 204 };
  });
}

/** The newest audit entries (for one intake, or all). */
export async function auditTrail(deps: Deps, intakeId: string | undefined): Promise<Reply> {
  const rows = await readAudit(deps.db, intakeId, 500);
  return { status: 200, body: { entries: rows.map((r) => ({ ...r, at: r.at.toISOString() })) } };
}
