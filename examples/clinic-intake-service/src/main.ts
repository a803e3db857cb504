/**
 * The clinic intake service. `node dist/main.js` serves; `node dist/main.js add-staff <email> <name>` adds a
 * staff account (password from INTAKE_NEW_STAFF_PASSWORD, or one line on stdin). See the README.
 */
import { createInterface } from 'node:readline';
import { ConfigError, DEMO_STAFF, readConfig } from './config.js';
import { openDatabase } from './db/open-database.js';
import { buildApp } from './http/app.js';
import { hasStaff, upsertStaff } from './store/staff.js';

async function readPassword(): Promise<string> {
  const fromEnv = process.env.INTAKE_NEW_STAFF_PASSWORD;
  if (fromEnv) return fromEnv;
  process.stderr.write('Password (one line): ');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function addStaff(args: readonly string[]): Promise<void> {
  const [email, ...nameParts] = args;
  const name = nameParts.join(' ');
  if (!email || !email.includes('@') || !name)
    throw new ConfigError('Usage: add-staff <email> <display name> (password from INTAKE_NEW_STAFF_PASSWORD or stdin).');
  const password = await readPassword();
  if (password.length < 12) throw new ConfigError('Staff passwords must be at least 12 characters.');
  const db = await openDatabase(readConfig(process.env));
  try {
    await upsertStaff(db, email, name, password);
    process.stderr.write(`Staff account ${email.toLowerCase()} is ready.\n`);
  } finally {
    await db.close();
  }
}

async function serve(): Promise<void> {
  const config = readConfig(process.env);
  const db = await openDatabase(config);
  if (config.demo && !(await hasStaff(db))) await upsertStaff(db, DEMO_STAFF.email, DEMO_STAFF.name, DEMO_STAFF.password);
  const { app } = buildApp({ config, db, logger: process.env.INTAKE_LOG !== '0' });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: closing`);
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  const address = await app.listen({ host: config.host, port: config.port });
  const where = config.databaseUrl === undefined ? `PGlite in ${config.dataDir}` : 'Postgres (DATABASE_URL)';
  process.stderr.write(
    [
      `clinic-intake-service listening on ${address} (${where})`,
      `  staff page: ${address}/staff`,
      ...(config.demo ? [`  DEMO MODE: published encryption key, not for real records. Staff sign-in: ${DEMO_STAFF.email} / ${DEMO_STAFF.password}`] : []),
      '',
    ].join('\n'),
  );
  // The line the tests and the load script wait for.
  process.stdout.write(`READY ${address}\n`);
}

const [command = 'serve', ...rest] = process.argv.slice(2);
const run =
  command === 'add-staff'
    ? addStaff(rest)
    : command === 'serve'
      ? serve()
      : Promise.reject(new ConfigError(`Unknown command "${command}". Use serve or add-staff.`));
run.catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
