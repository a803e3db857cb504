import type { Queryable } from '../db/database.js';

/** Who did it. */
export type Actor = { readonly kind: 'staff'; readonly staffId: number } | { readonly kind: 'person' } | { readonly kind: 'system' };

/** One audit entry: ids and counts in `detail`, never answers. */
export interface AuditEntry {
  readonly actor: Actor;
  readonly action: string;
  readonly intakeId?: string;
  readonly detail?: Readonly<Record<string, unknown>>;
  /** The client address. */
  readonly source?: string;
}

/**
 * Append an entry to the audit log. Reads of a person's intake call this in the transaction that reads, so
 * no read is served without its entry: if the entry cannot be written, nothing is returned.
 *
 * @param q - The database or the reading transaction.
 * @param entry - What happened.
 */
export async function audit(q: Queryable, entry: AuditEntry): Promise<void> {
  await q.query('INSERT INTO audit_log (actor, staff_id, action, intake_id, detail, source) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.actor.kind,
    entry.actor.kind === 'staff' ? entry.actor.staffId : null,
    entry.action,
    entry.intakeId ?? null,
    JSON.stringify(entry.detail ?? {}),
    entry.source ?? null,
  ]);
}

/** An audit entry as stored. */
export interface AuditRow {
  readonly id: number;
  readonly at: Date;
  readonly actor: string;
  readonly staffEmail: string | null;
  readonly action: string;
  readonly intakeId: string | null;
  readonly detail: Record<string, unknown>;
  readonly source: string | null;
}

/**
 * The newest entries, optionally for one intake.
 *
 * @param q - The database.
 * @param intakeId - Only this intake's entries.
 * @param limit - At most this many (newest first).
 * @returns The entries.
 */
export async function readAudit(q: Queryable, intakeId: string | undefined, limit: number): Promise<AuditRow[]> {
  const r = await q.query<AuditRow>(
    `SELECT a.id, a.at, a.actor, u.email AS "staffEmail", a.action, a.intake_id AS "intakeId", a.detail, a.source
       FROM audit_log a LEFT JOIN staff_users u ON u.id = a.staff_id
      WHERE ($1::uuid IS NULL OR a.intake_id = $1::uuid)
      ORDER BY a.id DESC LIMIT $2`,
    [intakeId ?? null, limit],
  );
  return r.rows;
}
