// Build the service with esbuild: the server (src/main.ts → dist/main.js, its packages left external) and the
// two pages (pages/*.ts → dist/public/assets, with the library and its <intake-form> element bundled into the
// person's page; the element page's stylesheet from examples/clinic-intake-web).
//
//   node scripts/build.mjs            build
//   node scripts/build.mjs --if-stale build only when a source is newer than dist/ (npm run service)
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const publicDir = join(dist, 'public');
const example = resolve(root, '../clinic-intake-web');
const library = resolve(root, '../../dist');

const SOURCES = [join(root, 'src'), join(root, 'pages'), join(root, 'migrations'), join(root, 'scripts/build.mjs'), join(example, 'src'), library];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether dist/ is missing or older than anything it is built from. */
export function stale() {
  const built = existsSync(join(dist, 'main.js')) ? statSync(join(dist, 'main.js')).mtimeMs : 0;
  return built === 0 || SOURCES.some((s) => newest(s) > built);
}

export async function buildAll() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(publicDir, 'assets'), { recursive: true });
  await build({
    entryPoints: { person: join(root, 'pages/person/main.ts'), staff: join(root, 'pages/staff/main.ts') },
    outdir: join(publicDir, 'assets'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // The pages import the library by name, as an installed package: resolve it (and its
    // own dependencies) from this package's node_modules.
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'warning',
    // The library's entries import their shared chunks bare (tsup keeps the order); the package is free of side
    // effects, so esbuild rightly drops them, and says so once per import.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  for (const file of ['person.html', 'staff.html']) cpSync(join(root, 'pages', file), join(publicDir, file));
  cpSync(join(example, 'src/page.css'), join(publicDir, 'assets/intake.css'));
  cpSync(join(root, 'pages/staff/staff.css'), join(publicDir, 'assets/staff.css'));
  cpSync(join(root, 'pages/person/person.css'), join(publicDir, 'assets/person.css'));
  // The server last: its mtime is what `stale()` compares.
  await build({
    entryPoints: [join(root, 'src/main.ts')],
    outfile: join(dist, 'main.js'),
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(library, 'index.js'))) {
    process.stderr.write('The library is not built: run "npm run build" at the repository root first (npm run service does).\n');
    process.exit(1);
  }
  if (process.argv.includes('--if-stale') && !stale()) process.exit(0);
  await buildAll();
}
