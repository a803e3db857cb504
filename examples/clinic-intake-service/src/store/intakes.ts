import { randomUUID } from 'node:crypto';
import { bytes, type Queryable } from '../db/database.js';
import type { Sealer } from '../crypto/sealer.js';
import { newToken, tokenHash } from '../crypto/tokens.js';

/** An intake as the service reads it (sealed columns still sealed). */
export interface IntakeRow {
  readonly id: string;
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  readonly status: 'open' | 'submitted';
  readonly seq: number;
  readonly consentVersion: string | null;
  readonly consentedAt: Date | null;
  readonly snapshotSealed: Uint8Array | null;
  readonly lastStepDigest: Uint8Array | null;
  readonly labelSealed: Uint8Array | null;
  readonly patientReferenceSealed: Uint8Array | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly submittedAt: Date | null;
}

const COLUMNS = `id, questionnaire_id AS "questionnaireId", questionnaire_version AS "questionnaireVersion", status, seq,
  consent_version AS "consentVersion", consented_at AS "consentedAt", snapshot_sealed AS "snapshotSealed",
  last_step_digest AS "lastStepDigest", label_sealed AS "labelSealed", patient_reference_sealed AS "patientReferenceSealed",
  created_at AS "createdAt", updated_at AS "updatedAt", submitted_at AS "submittedAt"`;

/** Where each sealed value of an intake may be opened (its row and column). */
export const sealContext = (intakeId: string, column: string): string => `intake:${intakeId}:${column}`;

/** What staff give when they open an intake for a person. */
export interface NewIntake {
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  /** How staff recognise the person (a name, a chart number); sealed. */
  readonly label: string;
  /** A FHIR reference to the person, for exports (e.g. Patient/123); sealed. */
  readonly patientReference: string | undefined;
  readonly createdBy: number;
}

/**
 * Open an intake and make the person's link token. Only the token's hash is stored: the token is shown once,
 * to the staff member who opened the intake.
 *
 * @param q - The database.
 * @param sealer - Seals the label and reference.
 * @param intake - What staff gave.
 * @returns The intake id and the token.
 */
export async function createIntake(q: Queryable, sealer: Sealer, intake: NewIntake): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = newToken();
  await q.query(
    `INSERT INTO intakes (id, token_hash, questionnaire_id, questionnaire_version, status, label_sealed, patient_reference_sealed, created_by)
     VALUES ($1, $2, $3, $4, 'open', $5, $6, $7)`,
    [
      id,
      tokenHash(token),
      intake.questionnaireId,
      intake.questionnaireVersion,
      sealer.seal(intake.label, sealContext(id, 'label')),
      intake.patientReference === undefined ? null : sealer.seal(intake.patientReference, sealContext(id, 'patient_reference')),
      intake.createdBy,
    ],
  );
  return { id, token };
}

/**
 * The intake a person's token opens, locked for the rest of the transaction when `lock` is set (so steps of
 * one intake arriving at two instances apply one after the other).
 *
 * @param q - The database or a transaction.
 * @param token - The person's token.
 * @param lock - Take a row lock (inside a transaction).
 * @returns The intake, or undefined for an unknown token.
 */
export async function intakeByToken(q: Queryable, token: string, lock = false): Promise<IntakeRow | undefined> {
  const r = await q.query<IntakeRow>(`SELECT ${COLUMNS} FROM intakes WHERE token_hash = $1${lock ? ' FOR UPDATE' : ''}`, [tokenHash(token)]);
  return r.rows[0];
}

/** An intake by id (staff), locked when `lock` is set. */
export async function intakeById(q: Queryable, id: string, lock = false): Promise<IntakeRow | undefined> {
  const r = await q.query<IntakeRow>(`SELECT ${COLUMNS} FROM intakes WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return r.rows[0];
}

/** Every intake, newest first, for the staff list. */
export async function listIntakes(q: Queryable, limit: number): Promise<(IntakeRow & { openFlags: number; allFlags: number })[]> {
  const r = await q.query<IntakeRow & { openFlags: number; allFlags: number }>(
    `SELECT ${COLUMNS},
            (SELECT count(*)::int FROM safety_flags f WHERE f.intake_id = intakes.id AND f.seen_at IS NULL) AS "openFlags",
            (SELECT count(*)::int FROM safety_flags f WHERE f.intake_id = intakes.id) AS "allFlags"
       FROM intakes ORDER BY created_at DESC LIMIT $1`,
    [limit],
  );
  return r.rows;
}

export async function recordConsent(q: Queryable, id: string, version: string): Promise<void> {
  await q.query('UPDATE intakes SET consent_version = $2, consented_at = now(), updated_at = now() WHERE id = $1 AND consented_at IS NULL', [id, version]);
}

/**
 * Store a step: the new snapshot and its number, with the digest of the request that made it (a retry of the
 * same request is then answered without applying it twice).
 */
export async function saveStep(q: Queryable, sealer: Sealer, id: string, seq: number, persisted: unknown, requestDigest: Buffer): Promise<void> {
  await q.query('UPDATE intakes SET seq = $2, snapshot_sealed = $3, last_step_digest = $4, updated_at = now() WHERE id = $1', [
    id,
    seq,
    sealer.sealJson(persisted, sealContext(id, 'snapshot')),
    requestDigest,
  ]);
}

export async function markSubmitted(q: Queryable, id: string): Promise<void> {
  await q.query("UPDATE intakes SET status = 'submitted', submitted_at = now(), updated_at = now() WHERE id = $1", [id]);
}

/** The stored snapshot, opened; undefined before the first step. */
export const openSnapshot = (sealer: Sealer, row: IntakeRow): unknown =>
  row.snapshotSealed === null ? undefined : sealer.openJson(row.snapshotSealed, sealContext(row.id, 'snapshot'));

/** Whether a stored digest is this request's. */
export const sameDigest = (stored: Uint8Array | null, digest: Buffer): boolean => stored !== null && bytes(stored).equals(digest);
