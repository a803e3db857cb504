// `npm run service` at the repository root: everything the reference clinic service needs on a fresh clone
// (after the root `npm ci`), each step only when needed, then the service itself.
//
//   1. the library's dist/ (npm run build:js at the root, a few seconds; with --test the full build, whose type
//      declarations the example's type check reads), when missing or older than its sources;
//   2. this example's own dependencies (npm ci here), when missing or older than its lock file;
//   3. this example's build (scripts/build.mjs), when stale;
//   4. the service: demo mode (published key, demo staff account) unless INTAKE_ENCRYPTION_KEY is set,
//      PGlite in examples/clinic-intake-service/data unless DATABASE_URL is set.
//
// `--test` runs this example's test suite instead of step 4 (npm run test:service).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(here, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const say = (text) => process.stderr.write(`clinic-intake-service: ${text}\n`);

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

const testing = process.argv.includes('--test');
const built = ['dist/index.js', 'dist/fhir.js', 'dist/questionnaires.js', ...(testing ? ['dist/questionnaires.d.ts'] : [])].map((f) => mtime(join(repo, f)));
if (Math.min(...built) === 0 || ['src', 'questionnaires', 'package.json'].some((p) => newest(join(repo, p)) > Math.min(...built))) {
  const script = testing ? 'build' : 'build:js';
  say(`building the library (npm run ${script} at the repository root)…`);
  execFileSync(npm, ['run', script, '--silent'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
}
if (mtime(join(here, 'node_modules/.package-lock.json')) < mtime(join(here, 'package-lock.json'))) {
  say('installing its dependencies (npm ci in examples/clinic-intake-service)…');
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: ['ignore', 'ignore', 'inherit'] });
}

if (testing) {
  execFileSync(npm, ['test'], { cwd: here, stdio: 'inherit' });
} else {
  execFileSync(process.execPath, [join(here, 'scripts/build.mjs'), '--if-stale'], { cwd: here, stdio: 'inherit' });
  if (!process.env.INTAKE_ENCRYPTION_KEY) process.env.INTAKE_DEMO ??= '1';
  process.env.INTAKE_DATA_DIR ??= join(here, 'data');
  process.argv.splice(2, Infinity, 'serve');
  await import(pathToFileURL(join(here, 'dist/main.js')).href);
}
