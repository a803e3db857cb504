import type { Queryable } from '../db/database.js';
import type { Sealer } from '../crypto/sealer.js';
import type { EngineIssue, Recheck } from '../engine/engine.js';

/** A submission row (sealed columns still sealed). */
export interface SubmissionRow {
  readonly id: string;
  readonly intakeId: string;
  readonly idempotencyKey: string;
  readonly requestDigest: Uint8Array;
  readonly status: 'accepted' | 'refused';
  readonly issues: EngineIssue[] | null;
  readonly receivedSealed: Uint8Array;
  readonly answersSealed: Uint8Array | null;
  readonly summarySealed: Uint8Array | null;
  readonly responseSealed: Uint8Array | null;
  readonly locale: string;
  readonly receivedAt: Date;
}

const COLUMNS = `id, intake_id AS "intakeId", idempotency_key AS "idempotencyKey", request_digest AS "requestDigest", status, issues,
  received_sealed AS "receivedSealed", answers_sealed AS "answersSealed", summary_sealed AS "summarySealed",
  response_sealed AS "responseSealed", locale, received_at AS "receivedAt"`;

export const submissionContext = (id: string, column: string): string => `submission:${id}:${column}`;

/** A submission by the client's idempotency key. */
export async function submissionByKey(q: Queryable, intakeId: string, key: string): Promise<SubmissionRow | undefined> {
  return (await q.query<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE intake_id = $1 AND idempotency_key = $2`, [intakeId, key])).rows[0];
}

/** Every submission of an intake, oldest first. */
export async function intakeSubmissions(q: Queryable, intakeId: string): Promise<SubmissionRow[]> {
  return (await q.query<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE intake_id = $1 ORDER BY received_at, id`, [intakeId])).rows;
}

/** What a new submission row holds. */
export interface NewSubmission {
  readonly id: string;
  readonly intakeId: string;
  readonly key: string;
  readonly digest: Buffer;
  /** The request body as received. */
  readonly received: unknown;
  readonly locale: string;
  readonly outcome: { readonly status: 'accepted'; readonly recheck: Recheck } | { readonly status: 'refused'; readonly issues: readonly EngineIssue[] };
}

/**
 * Store a submission as received, with the server's re-check when it was accepted. Refused ones are kept
 * too, for review: nothing a person sends is dropped.
 */
export async function insertSubmission(q: Queryable, sealer: Sealer, s: NewSubmission): Promise<void> {
  const seal = (column: string, value: unknown) => sealer.sealJson(value, submissionContext(s.id, column));
  const accepted = s.outcome.status === 'accepted' ? s.outcome.recheck : undefined;
  await q.query(
    `INSERT INTO submissions (id, intake_id, idempotency_key, request_digest, status, received_sealed, issues, answers_sealed, summary_sealed, response_sealed, locale)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      s.id,
      s.intakeId,
      s.key,
      s.digest,
      s.outcome.status,
      seal('received', s.received),
      s.outcome.status === 'refused' ? JSON.stringify(s.outcome.issues) : null,
      accepted ? seal('answers', accepted.answers) : null,
      accepted ? seal('summary', accepted.summary) : null,
      accepted ? seal('response', accepted.response) : null,
      s.locale,
    ],
  );
}
