// The command line's build, in one place for tsup.config.ts, `npm start` and the CLI tests.
//
// The CLI is one ESM file. Its terminal prompts (@clack/prompts and what it uses) are dev dependencies bundled
// into that file, so an app that installs the library does not install them; their licences are written beside
// it. The library's own runtime (zod, and the xstate peer) stays external, as for the library entries.
import { mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The built CLI, as `package.json` `bin` names it. */
export const CLI = join(ROOT, 'dist/cli/main.js');
/** The licences of the packages bundled into the CLI. */
export const CLI_NOTICES = join(ROOT, 'dist/cli/THIRD-PARTY-LICENSES.txt');

/** What the CLI is built from: a change to any of these makes `dist/cli/main.js` stale. */
const SOURCES = ['src', 'questionnaires', 'scripts/cli-build.mjs', 'package.json'];
const LOCK = join(ROOT, 'dist/.cli-build.lock');

/**
 * The packages esbuild bundled into the CLI, read from the `// node_modules/<package>/…` comments it writes
 * above each module (the output is not minified).
 */
export function bundledPackages(code = readFileSync(CLI, 'utf8')) {
  const names = new Set();
  for (const m of code.matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)) names.add(m[1]);
  return [...names].sort();
}

/** Write the licence of every bundled package (name, version, licence text) next to the CLI. */
export function writeNotices() {
  const parts = bundledPackages().map((name) => {
    const dir = join(ROOT, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[sc]e(\.md|\.txt)?$/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `${pkg.license} (no licence file in the package)`;
    return `${name}@${pkg.version} (${pkg.license})\n\n${text}\n`;
  });
  writeFileSync(
    CLI_NOTICES,
    `The intake-screening command line (dist/cli/main.js) bundles these packages. Their licences follow.\n\n${parts.join(`\n${'-'.repeat(72)}\n\n`)}`,
  );
}

/** tsup options of the CLI entry (see tsup.config.ts). */
export const cliBuildOptions = {
  entry: { 'cli/main': 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  // One file for the bin; commands load on demand without chunks beside the library's.
  splitting: false,
  sourcemap: true,
  dts: false,
  clean: false,
  onSuccess: async () => writeNotices(),
};

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether `dist/cli/main.js` is missing or older than anything it is built from. */
export function cliStale() {
  try {
    const built = Math.min(statSync(CLI).mtimeMs, statSync(CLI_NOTICES).mtimeMs);
    return SOURCES.some((source) => newest(join(ROOT, source)) > built);
  } catch {
    return true;
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Take the build lock (test files run in parallel); a lock older than two minutes is a leftover. */
async function lock() {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmdirSync(LOCK);
      } catch {
        // Released between the two calls; try again.
      }
      await sleep(100);
    }
  }
}

/**
 * Build `dist/cli/main.js` when it is missing or stale, quietly and without the library's declaration build,
 * so `npm start` and the CLI tests on a fresh clone wait seconds, not the half minute of `npm run build`.
 *
 * @returns Whether it built.
 */
export async function ensureCliBuilt() {
  if (!cliStale()) return false;
  await lock();
  try {
    if (!cliStale()) return false;
    const { build } = await import('tsup');
    await build({ ...cliBuildOptions, config: false, outDir: join(ROOT, 'dist'), silent: true });
    return true;
  } finally {
    rmdirSync(LOCK);
  }
}
