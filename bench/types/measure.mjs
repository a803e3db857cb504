// Type-checking cost of a small clinic app (bench/types/consumer: four files) against the built declarations,
// as a consumer's compiler sees them. `npm run bench:types` builds first; `-- --runs 5` for more runs.
// Types and instantiations are exact and repeatable; times depend on the machine and its load (median of runs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = join(root, 'node_modules/typescript/lib/tsc.js');
const project = join(root, 'bench/types/consumer');
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;

if (!existsSync(join(root, 'dist/index.d.ts'))) {
  console.error('bench:types needs the declarations in dist/: run npm run build first.');
  process.exit(1);
}

/** One `tsc --extendedDiagnostics` run: its counters and times. */
function measure() {
  let out;
  try {
    out = execFileSync(process.execPath, [tsc, '--extendedDiagnostics', '-p', project], { encoding: 'utf8' });
  } catch (error) {
    console.error(`The consumer does not type-check:\n${error.stdout}`);
    process.exit(1);
  }
  const read = (name) => Number(/([\d.]+)/.exec(out.split('\n').find((l) => l.startsWith(`${name}:`)) ?? '')?.[1]);
  return {
    types: read('Types'),
    instantiations: read('Instantiations'),
    memoryKB: read('Memory used'),
    checkSeconds: read('Check time'),
    totalSeconds: read('Total time'),
  };
}

const results = Array.from({ length: runs }, measure);
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
const summary = {
  types: median('types'),
  instantiations: median('instantiations'),
  memoryKB: median('memoryKB'),
  checkSeconds: median('checkSeconds'),
  totalSeconds: median('totalSeconds'),
  runs,
};
console.log(JSON.stringify(summary, null, 2));
