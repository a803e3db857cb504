import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

/** The package root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built CLI, as `package.json` `bin` names it. */
export const CLI = join(ROOT, 'dist/cli/main.js');

const SOURCES = ['src', 'questionnaires'];
const LOCK = join(ROOT, 'dist/.cli-build.lock');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function stale(): boolean {
  try {
    const built = statSync(CLI).mtimeMs;
    return SOURCES.some((dir) => newest(join(ROOT, dir)) > built);
  } catch {
    return true;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Take the build lock (test files run in parallel); a lock older than two minutes is a leftover. */
async function lock(): Promise<void> {
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
 * Build `dist/cli/main.js` when it is missing or older than any source, with
 * the same options as the CLI entry of `tsup.config.ts` but without the
 * library's declaration build, so a fresh clone tests in seconds.
 */
export async function ensureCliBuilt(): Promise<void> {
  if (!stale()) return;
  await lock();
  try {
    if (!stale()) return;
    await build({
      config: false,
      entry: { 'cli/main': 'src/cli/main.ts' },
      outDir: join(ROOT, 'dist'),
      format: ['esm'],
      target: 'node20',
      banner: { js: '#!/usr/bin/env node' },
      sourcemap: true,
      // One file: dynamic imports of the commands are inlined and evaluated lazily.
      splitting: false,
      dts: false,
      clean: false,
      silent: true,
    });
  } finally {
    rmdirSync(LOCK);
  }
}
