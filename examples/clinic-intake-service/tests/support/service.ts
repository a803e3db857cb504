import { randomBytes } from 'node:crypto';
import type { Config } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { buildApp, type Service } from '../../src/http/app.js';
import { upsertStaff } from '../../src/store/staff.js';
import { databaseSpace, type TestDatabaseSpace } from './database.js';

export const STAFF = { email: 'nurse@clinic.test', password: 'correct horse battery staple', name: 'Test Nurse' } as const;

/** scrypt cost of the accounts tests seed: 2^14 instead of the service's 2^17, so sign-ins take milliseconds. */
export const TEST_SCRYPT_COST = 2 ** 14;

/** A test configuration: a random key, not demo mode, fast flag polling. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    databaseUrl: undefined,
    dataDir: '',
    encryptionKey: randomBytes(32),
    demo: false,
    publicUrl: 'https://intake.clinic.test',
    flagPollMs: 100,
    staffLocale: 'en',
    metrics: false,
    ...overrides,
  };
}

/** A running service on 127.0.0.1 over a fresh database, with one staff account. */
export interface RunningService extends Service {
  readonly url: string;
  readonly db: Database;
  readonly space: TestDatabaseSpace;
  readonly config: Config;
  close(): Promise<void>;
}

/**
 * Start the service in this process for HTTP tests.
 *
 * @param overrides - Configuration to change.
 * @returns The service and how to stop it.
 */
export async function startService(overrides: Partial<Config> = {}): Promise<RunningService> {
  const space = await databaseSpace();
  const db = await space.open();
  await upsertStaff(db, STAFF.email, STAFF.name, STAFF.password, TEST_SCRYPT_COST);
  const config = testConfig(overrides);
  const service = buildApp({ config, db });
  const url = await service.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    ...service,
    url,
    db,
    space,
    config,
    async close() {
      await service.app.close();
      await db.close();
      await space.remove();
    },
  };
}
