/** What one bench run does. Every figure can be set on the command line as `--name=value`. */
export interface BenchOptions {
  /** Seeded people (answer scripts); intakes cycle through them. */
  readonly people: number;
  readonly seed: number;
  /** Timed intakes per library for the interactive and re-check measures. */
  readonly intakes: number;
  /** Untimed intakes per library first, so both run optimized code. */
  readonly warmup: number;
  /** Intakes per block; the libraries alternate block by block so load changes hit both. */
  readonly block: number;
  /** Fresh Node processes per target for the cold-import measure. */
  readonly cold: number;
  /** The built package to measure. */
  readonly dist: string;
  /** Results file name under bench/results (without .json). */
  readonly name: string;
}

const QUICK: Partial<BenchOptions> = { people: 60, intakes: 60, warmup: 10, block: 10, cold: 3 };

/**
 * Read `--people=400 --intakes=1000 …` (and `--quick` for a smoke run).
 *
 * @param argv - `process.argv.slice(2)`.
 * @param defaults - Root-relative defaults for `dist` and `name`.
 * @returns The options.
 */
export function parseOptions(argv: readonly string[], defaults: { readonly dist: string; readonly name: string }): BenchOptions {
  const given = new Map<string, string>();
  for (const arg of argv) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`Unknown argument "${arg}". Use --name=value.`);
    given.set(m[1] as string, m[2] ?? 'true');
  }
  const base: BenchOptions = { people: 400, seed: 20240601, intakes: 1000, warmup: 100, block: 50, cold: 20, ...defaults };
  const start = given.has('quick') ? { ...base, ...QUICK } : base;
  const num = (key: keyof BenchOptions & string, fallback: number) => {
    const raw = given.get(key);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${key} must be a positive integer.`);
    return n;
  };
  for (const key of given.keys()) {
    if (!['quick', 'people', 'seed', 'intakes', 'warmup', 'block', 'cold', 'dist', 'name'].includes(key)) throw new Error(`Unknown option --${key}.`);
  }
  return {
    people: num('people', start.people),
    seed: num('seed', start.seed),
    intakes: num('intakes', start.intakes),
    warmup: num('warmup', start.warmup),
    block: num('block', start.block),
    cold: num('cold', start.cold),
    dist: given.get('dist') ?? start.dist,
    name: given.get('name') ?? start.name,
  };
}
