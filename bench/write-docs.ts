/**
 * Re-render docs/benchmarks.md from a results file without running the bench
 * (after editing bench/notes.md or the page layout). With no argument it uses
 * the newest full run in bench/results, or the newest quick one if there is
 * no full run.
 *
 *   node node_modules/.cache/intake-screening-bench/write-docs.js [bench/results/<name>.json] [--docs=path]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeDocs } from './harness/write-results.js';
import type { BenchResults } from './harness/report.js';

const root = process.cwd();
const args = process.argv.slice(2);
const docsArg = args.find((a) => a.startsWith('--docs='));
const docs = docsArg ? resolve(docsArg.slice('--docs='.length)) : join(root, 'docs', 'benchmarks.md');
const fileArg = args.find((a) => !a.startsWith('--'));

function newest(): string {
  const dir = join(root, 'bench', 'results');
  const runs = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: join(dir, f), r: JSON.parse(readFileSync(join(dir, f), 'utf8')) as BenchResults }))
    // Files from before this format (no per-target cold imports) cannot be rendered.
    .filter(({ r }) => typeof r.date === 'string' && Array.isArray(r.coldImport?.targets) && Array.isArray(r.targets))
    .sort((a, b) => Number(a.r.quick) - Number(b.r.quick) || b.r.date.localeCompare(a.r.date));
  const first = runs[0];
  if (!first) throw new Error(`No results in ${dir}; run npm run bench first.`);
  return first.file;
}

const file = fileArg ? resolve(fileArg) : newest();
const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
writeDocs(root, results, docs);
process.stderr.write(`wrote ${docs} from ${file}\n`);
