import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'intake-screening';

interface PackageInfo {
  /** The directory holding this package's package.json. */
  readonly root: string;
  readonly version: string;
}

let cached: PackageInfo | undefined;

function readManifest(file: string): { name?: unknown; version?: unknown } | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Find this package's root by walking up from the running file, so the same
 * code works from `dist/cli/main.js`, from an installed copy under
 * `node_modules`, and from source under a test runner.
 *
 * @returns The package root and its version.
 * @throws Error when no `intake-screening` package.json is above this file (a broken install).
 * @example
 * ```ts
 * packageInfo().version; // '0.1.0'
 * ```
 */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = readManifest(file);
      if (manifest?.name === PACKAGE_NAME && typeof manifest.version === 'string') {
        cached = { root: dir, version: manifest.version };
        return cached;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${PACKAGE_NAME} package.json above ${fileURLToPath(import.meta.url)}.`);
    dir = parent;
  }
}
