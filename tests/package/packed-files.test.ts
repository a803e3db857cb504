import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  license: string;
  repository?: { url?: string };
  homepage?: string;
  bugs?: { url?: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/** The files `npm publish` would ship, as `npm pack --dry-run` lists them. */
function packedFiles(): Set<string> {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [listing] = JSON.parse(out) as [{ files: { path: string }[] }];
  return new Set(listing.files.map((f) => f.path));
}

/** Relative link targets of a Markdown file (no URL scheme, no pure anchor), resolved from the package root. */
function relativeLinks(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => (m[1] as string).split('#')[0] as string)
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target))
    .map((target) => normalize(join(dirname(file), target)));
}

describe('the published package', () => {
  const files = packedFiles();

  it('ships the LICENSE its package.json names, and says where the project lives', () => {
    expect(pkg.license).toBe('MIT');
    expect(files.has('LICENSE')).toBe(true);
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    for (const url of [pkg.repository?.url, pkg.homepage, pkg.bugs?.url]) expect(url).toMatch(/^(git\+)?https:\/\//);
  });

  it('ships every file the README and the shipped guides link to, so the links work from node_modules', () => {
    const shippedDocs = [...files].filter((f) => f.endsWith('.md'));
    expect(shippedDocs).toContain('docs/README.md');
    const missing = shippedDocs.flatMap((doc) =>
      relativeLinks(doc)
        .filter((target) => !files.has(target) && ![...files].some((f) => f.startsWith(`${target}/`)))
        .map((t) => `${doc} → ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('installs only what the library needs at run time: zod as a range, xstate as a peer with a range, no CLI prompts', () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['zod']);
    expect(pkg.dependencies?.zod).toMatch(/^\^4\.\d+\.\d+$/);
    expect(pkg.peerDependencies?.xstate).toMatch(/^\^5\.\d+\.\d+$/);
    // Tested here at an exact version; the consumer check also tests the lowest of the range.
    expect(pkg.devDependencies?.xstate).toMatch(/^5\.\d+\.\d+$/);
    // Bundled into dist/cli/main.js (scripts/cli-build.mjs), never installed into a clinic's app.
    expect(pkg.devDependencies?.['@clack/prompts']).toBeDefined();
  });
});
