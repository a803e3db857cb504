import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { benchmarksPage } from './docs.js';
import type { BenchResults } from './report.js';

/**
 * Write a run to bench/results/<name>.json.
 *
 * @param root - The project root.
 * @param results - The run.
 * @returns The file written.
 */
export function writeResults(root: string, results: BenchResults): string {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${results.name}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

/**
 * Render the docs page from a run and bench/notes.md.
 *
 * @param root - The project root (for bench/notes.md).
 * @param results - The run.
 * @param file - The page to write.
 */
export function writeDocs(root: string, results: BenchResults, file: string): void {
  const notes = readFileSync(join(root, 'bench', 'notes.md'), 'utf8');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, benchmarksPage(results, notes));
}
