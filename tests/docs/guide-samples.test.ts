import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  fencedBlocks,
  guideFiles,
  guideSamples,
  mapImports,
  removeSampleDir,
  runnable,
  type Sample,
  sampleDir,
  typeCheck,
  withChecks,
  withLiteralChecks,
  withoutFences,
} from './samples.js';
import { publicExports, ROOT, tsdocExamples } from './tsdoc-audit.js';

const guides = guideSamples();
const examples: Sample[] = tsdocExamples(publicExports());
let dir = '';
let diagnostics: string[] = [];

// One TypeScript program for the guides' samples and the TSDoc examples: building it is most of the cost.
beforeAll(() => {
  dir = sampleDir('samples');
  diagnostics = typeCheck([...guides, ...examples], dir).diagnostics;
});
afterAll(() => removeSampleDir(dir));

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const text = (m[1] as string).replace(/`/g, '').trim();
    out.add(
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    );
  }
  return out;
}

type Check = (actual: unknown, expected: unknown, line: number) => void;

/**
 * Run samples one by one as modules. `transform` turns shown values into
 * `__docCheck` calls; `report` words a mismatch.
 */
async function runAll(
  samples: readonly Sample[],
  transform: (code: string) => string,
  report: (origin: string, line: number, actual: unknown, expected: unknown) => string,
) {
  const quiet = [vi.spyOn(console, 'log').mockImplementation(() => undefined), vi.spyOn(console, 'warn').mockImplementation(() => undefined)];
  const failures: string[] = [];
  let checks = 0;
  let origin = '';
  const check: Check = (actual, expected, line) => {
    checks++;
    if (!isDeepStrictEqual(actual, expected)) failures.push(report(origin, line, actual, expected));
  };
  (globalThis as unknown as { __docCheck: Check }).__docCheck = check;
  try {
    for (const sample of samples) {
      origin = sample.origin;
      const file = join(dir, `run-${sample.name}`);
      writeFileSync(file, `${mapImports(transform(sample.code), dir)}\nexport {};\n`);
      try {
        await import(pathToFileURL(file).href);
      } catch (error) {
        failures.push(`${sample.origin}: threw ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}`);
      }
    }
  } finally {
    for (const spy of quiet) spy.mockRestore();
  }
  return { failures, checks };
}

const show = (value: unknown) => JSON.stringify(value);

describe('guide code samples (docs/*.md)', () => {
  it('are fenced as ts (or tsx for React components), so none escapes the checks', () => {
    for (const file of guideFiles()) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const lang of ['typescript', 'js', 'javascript', 'jsx']) expect(fencedBlocks(text, lang), `${file} has a ${lang} block`).toEqual([]);
    }
    expect(guides.length).toBeGreaterThan(20);
  });

  it('type-check with the project compiler options', () => {
    expect(diagnostics.filter((d) => d.startsWith('docs/'))).toEqual([]);
  });

  it('run, and every value shown with "// →" is the value the code produces', async () => {
    const run = guides.filter(runnable);
    const { failures, checks } = await runAll(run, withChecks, (origin, line, actual, expected) => {
      const [file, start] = origin.split(':') as [string, string];
      return `${file}:${Number(start) + line - 1}: the code gives ${show(actual)}, the guide says ${show(expected)}`;
    });
    expect(failures).toEqual([]);
    // Most samples run as written; the rest `declare` what a host supplies and are only type-checked.
    expect(run.length).toBeGreaterThan(guides.length / 2);
    expect(checks).toBeGreaterThan(20);
  });

  it('show JSON that parses', () => {
    const bad = guideFiles().flatMap((file) =>
      fencedBlocks(readFileSync(join(ROOT, file), 'utf8'), 'json').flatMap(({ line, code }) => {
        try {
          JSON.parse(code);
          return [];
        } catch (error) {
          return [`${file}:${line}: ${(error as Error).message}`];
        }
      }),
    );
    expect(bad).toEqual([]);
  });
});

describe('TSDoc @example code of the public exports', () => {
  it('type-checks', () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(diagnostics.filter((d) => !d.startsWith('docs/'))).toEqual([]);
  });

  it('runs where self-contained, and every literal shown after "//" is the value', async () => {
    const { failures, checks } = await runAll(
      examples.filter(runnable),
      (code) => withLiteralChecks(code).code,
      (origin, line, actual, expected) => `${origin} (example line ${line}): the code gives ${show(actual)}, the comment says ${show(expected)}`,
    );
    expect(failures).toEqual([]);
    expect(checks).toBeGreaterThan(30);
  });
});

describe('guide links', () => {
  it('the index links every guide', () => {
    const index = readFileSync(join(ROOT, 'docs/README.md'), 'utf8');
    const unlinked = guideFiles()
      .map((f) => f.replace(/^docs\//, ''))
      .filter((name) => name !== 'README.md' && !index.includes(`](${name})`));
    expect(unlinked).toEqual([]);
  });

  it('the API reference includes every guide', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { readme: string; projectDocuments: string[] };
    expect([config.readme, ...config.projectDocuments].sort()).toEqual(guideFiles());
  });

  it('every relative link and anchor resolves', () => {
    const broken: string[] = [];
    for (const file of guideFiles()) {
      const text = withoutFences(readFileSync(join(ROOT, file), 'utf8')).replace(/`[^`\n]*`/g, '');
      for (const m of text.matchAll(/\]\((?!https?:|mailto:)([^)#\s]*)(?:#([^)\s]+))?\)/g)) {
        const [, path, anchor] = m as unknown as [string, string, string | undefined];
        const target = path === '' ? join(ROOT, file) : join(ROOT, dirname(file), path);
        if (!existsSync(target)) {
          broken.push(`${file}: ${path}`);
          continue;
        }
        if (anchor !== undefined && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor)) broken.push(`${file}: ${path}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
