/**
 * Time and peak memory of each hostile input shape of issue 18 against its
 * size, each measurement in a fresh `node` process (so peak RSS is its own),
 * against the built package in dist/. Writes bench/results/shapes/<date>.json
 * and the "Hostile inputs" table between the shapes markers of bench/notes.md
 * and docs/benchmarks.md. Run with `npm run bench:shapes`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chainDefinition, nestedGroupsFhir, scoreChainDefinition, twoBackDefinition, wideRuleDefinition } from './attack-shapes.js';

interface Lib {
  parseQuestionnaire(json: unknown): unknown;
}
interface Fhir {
  fromFhirQuestionnaire(json: unknown): { questionnaire: unknown };
  toFhirQuestionnaire(q: unknown): { resource: unknown };
}
interface JsonSchema {
  toUiSchema(q: unknown): { uischema: unknown };
}

/** One shape: what is done, and how its input is made at a size. */
const SHAPES: Record<
  string,
  { what: string; sizes: number[]; unit: string; prepare: (n: number, dist: string) => Promise<() => { input: number; output: number }> }
> = {
  chain: {
    what: 'parseQuestionnaire: items each shown when the one before is answered',
    unit: 'items',
    sizes: [2000, 4000, 8000, 12000],
    prepare: async (n, dist) => {
      const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Lib;
      const def = chainDefinition(n);
      return () => ({ input: JSON.stringify(def).length, output: JSON.stringify(lib.parseQuestionnaire(def)).length });
    },
  },
  'ui-schema': {
    what: 'toUiSchema: items each shown when the two before are answered',
    unit: 'items',
    sizes: [28, 250, 500, 1000, 2000],
    prepare: async (n, dist) => {
      const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Lib;
      const js = (await import(pathToFileURL(join(dist, 'json-schema.js')).href)) as JsonSchema;
      const def = twoBackDefinition(n);
      return () => ({ input: JSON.stringify(def).length, output: JSON.stringify(js.toUiSchema(lib.parseQuestionnaire(def)).uischema).length });
    },
  },
  'wide-rules': {
    what: 'parseQuestionnaire: rules of 100 × 100 comparisons',
    unit: 'comparisons',
    sizes: [20000, 40000, 80000, 160000],
    prepare: async (n, dist) => {
      const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Lib;
      const def = wideRuleDefinition(n, n / 8);
      return () => ({ input: JSON.stringify(def).length, output: JSON.stringify(lib.parseQuestionnaire(def)).length });
    },
  },
  'nested-groups': {
    what: 'fromFhirQuestionnaire: groups 25 deep, 40 enableWhen each',
    unit: 'branches',
    sizes: [1, 2, 4, 8],
    prepare: async (n, dist) => {
      const fhir = (await import(pathToFileURL(join(dist, 'fhir.js')).href)) as Fhir;
      const input = nestedGroupsFhir(25, 10, 40, n);
      return () => ({ input: JSON.stringify(input).length, output: JSON.stringify(fhir.fromFhirQuestionnaire(input).questionnaire).length });
    },
  },
  'score-chain': {
    what: 'toFhirQuestionnaire: scores whose cut-offs read the one before',
    unit: 'scores',
    sizes: [25, 50, 100, 200],
    prepare: async (n, dist) => {
      const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Lib;
      const fhir = (await import(pathToFileURL(join(dist, 'fhir.js')).href)) as Fhir;
      const def = scoreChainDefinition(n);
      return () => ({ input: JSON.stringify(def).length, output: JSON.stringify(fhir.toFhirQuestionnaire(lib.parseQuestionnaire(def)).resource).length });
    },
  },
};

interface Row {
  shape: string;
  size: number;
  inputBytes: number;
  outputBytes: number;
  ms: number;
  peakRssMb: number;
}

const args = process.argv.slice(2);
const dist = args.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? join(process.cwd(), 'dist');
if (args[0] === '--one') {
  // In the child: one shape at one size; input is built before the clock starts.
  const shape = SHAPES[args[1] as string];
  if (!shape) throw new Error(`Unknown shape ${args[1]}`);
  const run = await shape.prepare(Number(args[2]), dist);
  const t0 = performance.now();
  const out = run();
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ...out, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  const rows: Row[] = [];
  const self = fileURLToPath(import.meta.url);
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const size of shape.sizes) {
      const got = JSON.parse(
        execFileSync(process.execPath, [self, '--one', name, String(size), `--dist=${dist}`], { encoding: 'utf8', maxBuffer: 1 << 20 }),
      ) as { input: number; output: number; ms: number; peakRssMb: number };
      rows.push({ shape: name, size, inputBytes: got.input, outputBytes: got.output, ms: Math.round(got.ms), peakRssMb: Math.round(got.peakRssMb) });
      process.stderr.write(`${name} ${size}: ${Math.round(got.ms)} ms, ${Math.round(got.peakRssMb)} MB\n`);
    }
  }
  const date = new Date().toISOString().slice(0, 10);
  const dir = join(process.cwd(), 'bench', 'results', 'shapes');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${date}.json`), `${JSON.stringify({ date, node: process.version, load, rows }, null, 2)}\n`);
  const kb = (b: number) => `${(b / 1024).toFixed(b < 10240 ? 1 : 0)} KB`;
  const table = [
    '<!-- shapes:start -->',
    `### Hostile inputs`,
    '',
    `Written by \`npm run bench:shapes\` (${date}, Node ${process.version}): each hostile shape of issue 18 at growing sizes, one fresh process per row (the time is the call alone, from a definition already in memory to its JSON output measured; peak RSS is the whole process, Node itself ~45 MB). Load average before the run: ${load} (times on a busy machine are noisy; output bytes are exact). Growth should be near linear: double the input, about double the time, output and memory above the process's own ~50 MB.`,
    '',
    '| shape | size | input | output | ms | peak RSS |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${SHAPES[r.shape]?.what ?? r.shape} | ${r.size.toLocaleString('en-US')} ${SHAPES[r.shape]?.unit ?? ''} | ${kb(r.inputBytes)} | ${kb(r.outputBytes)} | ${r.ms.toLocaleString('en-US')} | ${r.peakRssMb} MB |`,
    ),
    '<!-- shapes:end -->',
  ].join('\n');
  for (const file of [join(process.cwd(), 'bench', 'notes.md'), join(process.cwd(), 'docs', 'benchmarks.md')]) {
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('<!-- shapes:start -->');
    const end = text.indexOf('<!-- shapes:end -->');
    const next =
      start >= 0 && end > start ? `${text.slice(0, start)}${table}${text.slice(end + '<!-- shapes:end -->'.length)}` : `${text.trimEnd()}\n\n${table}\n`;
    writeFileSync(file, next);
  }
}
