// A throwaway PostgreSQL server for tests and the load script: Debian's `postgresql` binaries, a new cluster
// in a temporary folder, listening on 127.0.0.1 on a free port, trust authentication (loopback only, nothing
// kept). Run as root (CI), it runs the server as the `postgres` user, since Postgres refuses to run as root.
//
//   node scripts/pg-cluster.mjs -- <command ...>   start, run the command with TEST_DATABASE_URL set, stop
//
// The command also gets TEST_PG_CTL: a JSON description ({ bin, data, user, port }) that the fault tests use
// to stop and start the server.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest installed server's bin folder, e.g. /usr/lib/postgresql/15/bin. */
export function postgresBin() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error('PostgreSQL is not installed. On Debian: apt-get install -y postgresql');
  return join(root, versions[0], 'bin');
}

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

/** Run one of the server's programs, as `postgres` when we are root. */
export function pgRun(cluster, program, args, options = {}) {
  const exe = join(cluster.bin, program);
  const [cmd, argv] = cluster.user ? ['runuser', ['-u', cluster.user, '--', exe, ...args]] : [exe, args];
  return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000, ...options });
}

/** Start the server of a cluster (waits until it accepts connections). */
export function startServer(cluster) {
  pgRun(cluster, 'pg_ctl', [
    '-D',
    cluster.data,
    '-l',
    join(cluster.dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${cluster.port} -k ${cluster.dir} -c max_connections=100 -c fsync=on`,
    'start',
  ]);
}

/** Stop the server (fast: sessions are ended, committed data is on disk). */
export function stopServer(cluster) {
  pgRun(cluster, 'pg_ctl', ['-D', cluster.data, '-m', 'fast', '-w', '-t', '60', 'stop']);
}

/** Make and start a throwaway cluster. */
export async function startCluster() {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'cis-pg-'));
  const user = process.getuid?.() === 0 ? 'postgres' : undefined;
  if (user) {
    const uid = Number(execFileSync('id', ['-u', user]).toString());
    const gid = Number(execFileSync('id', ['-g', user]).toString());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const cluster = { bin, dir, data: join(dir, 'data'), user, port: await freePort() };
  pgRun(cluster, 'initdb', ['-D', cluster.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions']);
  startServer(cluster);
  return { ...cluster, url: `postgres://postgres@127.0.0.1:${cluster.port}/postgres` };
}

/** Stop the server and remove the folder. */
export function removeCluster(cluster) {
  try {
    stopServer(cluster);
  } catch {
    // Already stopped.
  }
  rmSync(cluster.dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dash = process.argv.indexOf('--');
  const command = dash === -1 ? [] : process.argv.slice(dash + 1);
  if (command.length === 0) {
    process.stderr.write('Usage: node scripts/pg-cluster.mjs -- <command ...>\n');
    process.exit(2);
  }
  const cluster = await startCluster();
  process.stderr.write(`PostgreSQL (${cluster.bin}) on 127.0.0.1:${cluster.port}, data in ${cluster.data}\n`);
  const env = {
    ...process.env,
    TEST_DATABASE_URL: cluster.url,
    TEST_PG_CTL: JSON.stringify({ bin: cluster.bin, data: cluster.data, dir: cluster.dir, user: cluster.user, port: cluster.port }),
  };
  let code;
  try {
    const [cmd, ...args] = command;
    code = await new Promise((done) => spawn(cmd, args, { stdio: 'inherit', env }).on('exit', (c, signal) => done(c ?? (signal ? 1 : 0))));
  } finally {
    removeCluster(cluster);
  }
  process.exit(code);
}
