import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealer, SealError } from '../src/crypto/sealer.js';
import { bytes, type Database, isUnavailable } from '../src/db/database.js';
import { migrate, migrations } from '../src/db/migrate.js';
import { openPglite, DataDirBusyError } from '../src/db/pglite.js';
import { openSnapshot, createIntake, intakeById, saveStep, sealContext } from '../src/store/intakes.js';
import { upsertStaff } from '../src/store/staff.js';
import { DATABASE_KIND, databaseSpace, type TestDatabaseSpace } from './support/database.js';

describe(`storage on ${DATABASE_KIND}`, () => {
  let space: TestDatabaseSpace;
  let db: Database;
  const sealer = createSealer(randomBytes(32));
  let staffId: number;

  beforeAll(async () => {
    space = await databaseSpace();
    db = await space.open();
    staffId = await upsertStaff(db, 'storage@clinic.test', 'Storage Test', 'a long enough password', 2 ** 14);
  });
  afterAll(async () => {
    await db.close();
    await space.remove();
  });

  it('applies every migration once, in order, and none again', async () => {
    const applied = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(applied.rows.map((r) => r.version)).toEqual(migrations().map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
  });

  // A connection cut while a transaction holds it (a server restart) once crashed the service: the pool does not watch
  // a client it has handed out, so the driver's 'error' event had no listener (vitest fails on that uncaught error).
  it.runIf(DATABASE_KIND === 'postgres')(
    'survives a connection cut in the middle of a transaction: that transaction fails as unavailable, the next one works',
    async () => {
      const cut = db.transaction(async (tx) => {
        const { rows } = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await db.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
        // Between two statements: the driver hears of the cut while the transaction holds the client idle.
        await new Promise((done) => setTimeout(done, 300));
        await tx.query('SELECT 1');
      });
      await expect(cut).rejects.toSatisfy(isUnavailable);
      expect(await db.transaction(async (tx) => (await tx.query<{ one: number }>('SELECT 1 AS one')).rows)).toEqual([{ one: 1 }]);
    },
  );

  it('keeps the audit log append-only in the database itself', async () => {
    await db.query("INSERT INTO audit_log (actor, action) VALUES ('system', 'test.entry')");
    await expect(db.query("UPDATE audit_log SET action = 'changed' WHERE action = 'test.entry'")).rejects.toThrow(/append-only/);
    await expect(db.query("DELETE FROM audit_log WHERE action = 'test.entry'")).rejects.toThrow(/append-only/);
    expect((await db.query("SELECT 1 FROM audit_log WHERE action = 'test.entry'")).rows).toHaveLength(1);
  });

  it('stores labels and snapshots sealed: no plaintext in the row, and a sealed value opens only in its own row', async () => {
    const secret = 'Avery Q. Example, chart 4471';
    const a = await createIntake(db, sealer, {
      questionnaireId: 'brief-screen',
      questionnaireVersion: '1.0.0',
      label: secret,
      patientReference: 'Patient/4471',
      createdBy: staffId,
    });
    const b = await createIntake(db, sealer, {
      questionnaireId: 'brief-screen',
      questionnaireVersion: '1.0.0',
      label: 'someone else',
      patientReference: undefined,
      createdBy: staffId,
    });
    const snapshot = { status: 'active', context: { answerEntries: [['asq.q5.describe', 'I have a plan for tonight']] } };
    await saveStep(db, sealer, a.id, 1, snapshot, Buffer.alloc(32));
    const raw = await db.query<Record<string, Uint8Array | null>>('SELECT label_sealed, patient_reference_sealed, snapshot_sealed FROM intakes WHERE id = $1', [
      a.id,
    ]);
    const row = raw.rows[0] as Record<string, Uint8Array>;
    for (const column of Object.values(row)) {
      const text = bytes(column).toString('latin1');
      expect(text).not.toContain('Avery');
      expect(text).not.toContain('plan for tonight');
      expect(text).not.toContain('4471');
    }
    const stored = await intakeById(db, a.id);
    expect(openSnapshot(sealer, stored!)).toEqual(snapshot);
    // The same ciphertext copied into another intake's row does not open there.
    await db.query('UPDATE intakes SET snapshot_sealed = $1 WHERE id = $2', [row.snapshot_sealed, b.id]);
    const moved = await intakeById(db, b.id);
    expect(() => openSnapshot(sealer, moved!)).toThrow(SealError);
    // Nor with another key.
    expect(() => createSealer(randomBytes(32)).openJson(row.label_sealed as Uint8Array, sealContext(a.id, 'label'))).toThrow(/another key/);
  });

  it('rolls a transaction back whole when any part fails', async () => {
    const id = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await tx.query(
          "INSERT INTO intakes (id, token_hash, questionnaire_id, questionnaire_version, status) VALUES ($1, $2, 'brief-screen', '1.0.0', 'open')",
          [id, randomBytes(32)],
        );
        await tx.query("INSERT INTO audit_log (actor, action, intake_id) VALUES ('system', 'half', $1)", [id]);
        throw new Error('crash between writes');
      }),
    ).rejects.toThrow('crash between writes');
    expect((await db.query('SELECT 1 FROM intakes WHERE id = $1', [id])).rows).toEqual([]);
    expect((await db.query('SELECT 1 FROM audit_log WHERE intake_id = $1', [id])).rows).toEqual([]);
  });

  it('allows one accepted submission per intake, however many refused ones', async () => {
    const { id } = await createIntake(db, sealer, {
      questionnaireId: 'brief-screen',
      questionnaireVersion: '1.0.0',
      label: 'x',
      patientReference: undefined,
      createdBy: staffId,
    });
    const insert = (status: string, key: string) =>
      db.query(
        `INSERT INTO submissions (id, intake_id, idempotency_key, request_digest, status, received_sealed, answers_sealed, summary_sealed, response_sealed, locale)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7, 'en')`,
        [randomUUID(), id, key, Buffer.alloc(32), status, Buffer.alloc(1), status === 'accepted' ? Buffer.alloc(1) : null],
      );
    await insert('refused', 'a');
    await insert('refused', 'b');
    await insert('accepted', 'c');
    await expect(insert('accepted', 'd')).rejects.toThrow(/submissions_one_accepted/);
    await expect(insert('refused', 'a')).rejects.toThrow(/duplicate key/);
  });

  it.runIf(DATABASE_KIND === 'postgres')('migrates once when instances start together against one server', async () => {
    const other = await databaseSpace();
    const [x, y, z] = await Promise.all([other.open(), other.open(), other.open()]);
    const versions = await x.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    expect(versions.rows[0]?.n).toBe(migrations().length);
    await Promise.all([x.close(), y.close(), z.close()]);
    await other.remove();
  });

  it('refuses a PGlite data folder that another live process holds', async () => {
    const other = await databaseSpace();
    const first = await openPglite(other.dataDir);
    await expect(openPglite(other.dataDir)).rejects.toThrow(DataDirBusyError);
    await first.close();
    await other.remove();
  });
});
