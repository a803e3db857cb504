import type { Queryable } from '../db/database.js';
import type { Sealer } from '../crypto/sealer.js';
import type { Localized, RaisedTrigger } from '../engine/engine.js';
import { sealContext } from './intakes.js';

/** A safety flag as staff see it. */
export interface SafetyFlag {
  readonly id: number;
  readonly intakeId: string;
  /** Who the intake is for, as staff labelled it. */
  readonly label: string;
  readonly triggerId: string;
  readonly tier: 'interrupt' | 'flag';
  readonly urgency: 'emergency' | 'urgent';
  readonly reason: Localized;
  readonly evidence: readonly string[];
  readonly raisedAt: string;
  readonly seenAt: string | null;
}

interface FlagRow {
  id: number;
  intakeId: string;
  labelSealed: Uint8Array | null;
  triggerId: string;
  tier: 'interrupt' | 'flag';
  urgency: 'emergency' | 'urgent';
  detailSealed: Uint8Array;
  raisedAt: Date;
  seenAt: Date | null;
}

const flagContext = (intakeId: string, triggerId: string) => `flag:${intakeId}:${triggerId}`;

/**
 * Record triggers raised by a step or a submission, each once per intake. Runs in the step's transaction:
 * the step is acknowledged only with its flags stored.
 *
 * @param q - The step's transaction.
 * @param sealer - Seals the reason and evidence.
 * @param intakeId - The intake.
 * @param seq - The step that raised them.
 * @param raised - Every trigger raised so far (those already recorded are skipped).
 * @returns How many were new.
 */
export async function recordFlags(q: Queryable, sealer: Sealer, intakeId: string, seq: number, raised: readonly RaisedTrigger[]): Promise<number> {
  let added = 0;
  for (const t of raised) {
    const detail = sealer.sealJson({ reason: t.reason, evidence: t.evidence, section: t.section }, flagContext(intakeId, t.id));
    const r = await q.query(
      `INSERT INTO safety_flags (intake_id, trigger_id, tier, urgency, detail_sealed, raised_seq) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (intake_id, trigger_id) DO NOTHING`,
      [intakeId, t.id, t.tier, t.urgency, detail, seq],
    );
    added += r.rowCount;
  }
  return added;
}

/** Trigger ids recorded for an intake (the `raised` the server passes to the summary). */
export async function recordedTriggers(q: Queryable, intakeId: string): Promise<string[]> {
  const r = await q.query<{ triggerId: string }>('SELECT trigger_id AS "triggerId" FROM safety_flags WHERE intake_id = $1 ORDER BY id', [intakeId]);
  return r.rows.map((row) => row.triggerId);
}

const COLUMNS = `f.id, f.intake_id AS "intakeId", i.label_sealed AS "labelSealed", f.trigger_id AS "triggerId", f.tier, f.urgency,
  f.detail_sealed AS "detailSealed", f.raised_at AS "raisedAt", f.seen_at AS "seenAt"`;
const FROM = 'FROM safety_flags f JOIN intakes i ON i.id = f.intake_id';

function open(sealer: Sealer, row: FlagRow): SafetyFlag {
  const detail = sealer.openJson(row.detailSealed, flagContext(row.intakeId, row.triggerId)) as { reason: Localized; evidence: string[] };
  return {
    id: row.id,
    intakeId: row.intakeId,
    label: row.labelSealed === null ? '' : sealer.open(row.labelSealed, sealContext(row.intakeId, 'label')).toString('utf8'),
    triggerId: row.triggerId,
    tier: row.tier,
    urgency: row.urgency,
    reason: detail.reason,
    evidence: detail.evidence,
    raisedAt: row.raisedAt.toISOString(),
    seenAt: row.seenAt === null ? null : row.seenAt.toISOString(),
  };
}

/** Open flags, most urgent and oldest first. */
export async function openFlags(q: Queryable, sealer: Sealer): Promise<SafetyFlag[]> {
  const r = await q.query<FlagRow>(`SELECT ${COLUMNS} ${FROM} WHERE f.seen_at IS NULL ORDER BY (f.urgency = 'emergency') DESC, f.id`);
  return r.rows.map((row) => open(sealer, row));
}

/** Open flag ids only (the live stream's cheap poll). */
export async function openFlagIds(q: Queryable): Promise<number[]> {
  return (await q.query<{ id: number }>('SELECT id FROM safety_flags WHERE seen_at IS NULL ORDER BY id')).rows.map((r) => r.id);
}

/** Some flags by id, opened. */
export async function flagsById(q: Queryable, sealer: Sealer, ids: readonly number[]): Promise<SafetyFlag[]> {
  if (ids.length === 0) return [];
  const r = await q.query<FlagRow>(`SELECT ${COLUMNS} ${FROM} WHERE f.id = ANY($1::bigint[]) ORDER BY f.id`, [ids]);
  return r.rows.map((row) => open(sealer, row));
}

/** Every flag of one intake, seen or not. */
export async function intakeFlags(q: Queryable, sealer: Sealer, intakeId: string): Promise<SafetyFlag[]> {
  const r = await q.query<FlagRow>(`SELECT ${COLUMNS} ${FROM} WHERE f.intake_id = $1 ORDER BY f.id`, [intakeId]);
  return r.rows.map((row) => open(sealer, row));
}

/**
 * Mark a flag seen by a staff member.
 *
 * @returns The flag's intake id, or undefined when there is no such open flag.
 */
export async function markSeen(q: Queryable, flagId: number, staffId: number): Promise<string | undefined> {
  const r = await q.query<{ intakeId: string }>(
    'UPDATE safety_flags SET seen_at = now(), seen_by = $2 WHERE id = $1 AND seen_at IS NULL RETURNING intake_id AS "intakeId"',
    [flagId, staffId],
  );
  return r.rows[0]?.intakeId;
}
