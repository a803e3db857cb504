/** What one bench run does. Every figure can be set on the command line as `--kebab-name=value`. */
export interface BenchOptions {
  /** A smoke run: small counts, results named `<date>-quick`, no docs page unless `--docs` is given. */
  readonly quick: boolean;
  /** Seeded people (answer scripts); intakes cycle through them. */
  readonly people: number;
  readonly seed: number;
  /** Timed intakes per library for the interactive and the re-check measures. */
  readonly intakes: number;
  /** Intakes per library whose every answer is timed on its own (the one-transition measure). */
  readonly transitions: number;
  /** Timed phases per library and measure; the libraries take turns, so a change in machine load falls on both. */
  readonly rounds: number;
  /** Untimed intakes of ours before each of our phases (re-checks: ten times as many). */
  readonly warmup: number;
  /** Untimed survey-core intakes before each survey-core phase (each runs far more code, so it warms sooner). */
  readonly surveyWarmup: number;
  /** CPU time of the back-to-back re-check throughput measure, ms. */
  readonly throughputMs: number;
  /** Fresh Node processes per target for the cold-import measure. */
  readonly cold: number;
  /** The built package to measure. */
  readonly dist: string;
  /** Results file name under bench/results (without .json). */
  readonly name: string;
  /** The Markdown page to write from the results; empty for none (`--docs=none`). */
  readonly docs: string;
}

/** Defaults that depend on where the bench runs. */
export interface OptionDefaults {
  readonly dist: string;
  /** Today, `YYYY-MM-DD`. */
  readonly date: string;
  readonly docs: string;
}

type Numeric = 'people' | 'seed' | 'intakes' | 'transitions' | 'rounds' | 'warmup' | 'surveyWarmup' | 'throughputMs' | 'cold';

const FULL: Readonly<Record<Numeric, number>> = {
  people: 400,
  seed: 20240601,
  intakes: 1000,
  transitions: 1000,
  rounds: 10,
  warmup: 100,
  surveyWarmup: 3,
  throughputMs: 2000,
  cold: 30,
};

// Sized to finish in well under a minute on a busy 2-core machine, where one
// survey-core intake takes over a second.
const QUICK: Readonly<Record<Numeric, number>> = {
  ...FULL,
  people: 6,
  intakes: 4,
  transitions: 2,
  rounds: 2,
  warmup: 20,
  surveyWarmup: 1,
  throughputMs: 200,
  cold: 1,
};

const NUMERIC = Object.keys(FULL) as Numeric[];
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Read `--quick`, `--people=400`, `--survey-warmup=3`, `--docs=path` … into options.
 *
 * @param argv - `process.argv.slice(2)`.
 * @param defaults - The build to measure, today's date and the docs page.
 * @returns The options.
 */
export function parseOptions(argv: readonly string[], defaults: OptionDefaults): BenchOptions {
  const given = new Map<string, string>();
  for (const arg of argv) {
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`Unknown argument "${arg}". Use --name=value.`);
    given.set(m[1] as string, m[2] ?? '');
  }
  const known = new Set(['quick', 'dist', 'name', 'docs', ...NUMERIC.map(kebab)]);
  for (const key of given.keys()) if (!known.has(key)) throw new Error(`Unknown option --${key}. Known: ${[...known].map((k) => `--${k}`).join(', ')}.`);

  const quick = given.has('quick');
  if (quick && given.get('quick') !== '') throw new Error('--quick takes no value.');
  const base = quick ? QUICK : FULL;
  const numbers = Object.fromEntries(
    NUMERIC.map((key) => {
      const raw = given.get(kebab(key));
      if (raw === undefined) return [key, base[key]];
      const n = Number(raw);
      if (raw === '' || !Number.isInteger(n) || n < 1) throw new Error(`--${kebab(key)} must be a positive integer.`);
      return [key, n];
    }),
  ) as Record<Numeric, number>;
  const text = (key: string, fallback: string) => {
    const raw = given.get(key);
    if (raw === '') throw new Error(`--${key} needs a value.`);
    return raw ?? fallback;
  };
  const name = text('name', quick ? `${defaults.date}-quick` : defaults.date);
  if (!/^[\w.-]+$/.test(name)) throw new Error('--name may hold letters, digits, ".", "-" and "_" only.');
  return {
    quick,
    ...numbers,
    dist: text('dist', defaults.dist),
    name,
    docs: ((docs) => (docs === 'none' ? '' : docs))(text('docs', quick ? 'none' : defaults.docs)),
  };
}
