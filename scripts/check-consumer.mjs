// The package as a clinic's app meets it (issue 21's acceptance): pack the tarball, install it into fresh projects
// (ESM with `nodenext`, CommonJS, a bundler) with npm and with pnpm, and in each: type-check and run a typed flow
// (scripts/consumer/flow.ts), type-check the mistakes that must be compile errors (scripts/consumer/mistakes.ts),
// and in the bundler projects bundle one instrument with Vite and hold it to its size budget (.size-limit.json).
// A React project type-checks and runs `useIntake` and `<IntakeForm>` (scripts/consumer/react.ts) with the lowest
// React and @xstate/react the peer ranges allow under npm, and the ones this repository tests with under pnpm.
//
// Needs the build (`npm run build`, or `npm run check:package` before it) and the npm registry (the projects install
// zod and xstate from it); nothing else leaves the machine. npm installs the lowest versions the package's ranges
// allow (xstate 5.19.0, zod 4.5.0), pnpm the xstate this repository is tested with and the newest zod of the
// range. `--keep` leaves the projects in the temporary folder for a look; `--only=react,esm` checks only those.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'scripts/consumer');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules/typescript/lib/tsc.js');
const pnpm = join(root, 'node_modules/pnpm/bin/pnpm.cjs');
const keep = process.argv.includes('--keep');
/** `--only=react` (or esm, cjs, bundler): check only those projects, as when changing one of them. */
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

/** The budget the bundled instrument is held to, and the instrument text that must stay out of its bundle. */
const BUDGET_NAME = 'intake-screening/questionnaires: gad7 alone, with zod';
const OTHER_INSTRUMENTS = [
  'Little interest or pleasure in doing things',
  'have you wished you were dead',
  'How often do you have a drink containing alcohol',
  'Nausea and vomiting',
];

/** What the flow prints: GAD-7 answered 2 to every item through XState, and 1 to every item through startIntake. */
const EXPECTED_FLOW = {
  xstate: {
    status: 'done',
    first: 2,
    scores: [
      ['gad7', 14],
      ['gad2', 4],
    ],
  },
  startIntake: {
    status: 'completed',
    scores: [
      ['gad7', 7],
      ['gad2', 2],
    ],
  },
};

/** What the React app prints: GAD-7's 8 items unanswered at first, its 7 scored items answered 3 through `useIntake`, and the element as the server renders it. */
const EXPECTED_REACT = {
  unanswered: 8,
  moved: true,
  status: 'completed',
  urgency: 'routine',
  scores: [
    ['gad7', 21],
    ['gad2', 6],
  ],
  element: '<intake-form locale="es"></intake-form>',
};

/** The lowest version a range allows: the first of its `^x.y.z` alternatives. */
const lowest = (range) => /^\^(\d+\.\d+\.\d+)(?: \|\||$)/.exec(range)?.[1] ?? fail(`expected caret ranges, got ${range}`);
const dev = (name) => pkg.devDependencies[name];
const VERSIONS = {
  // The lowest of each range the package declares.
  npm: { xstate: lowest(pkg.peerDependencies.xstate), zod: lowest(pkg.dependencies.zod) },
  // The xstate this repository tests with; zod as the range resolves today.
  pnpm: { xstate: dev('xstate') },
};
const REACT_VERSIONS = {
  // The lowest React and @xstate/react of the peer ranges. Types: the newest of that React's major (@types/react-dom
  // 18.0.0 has no `exports`, so NodeNext projects cannot find react-dom/server's types with it, ours or not).
  npm: {
    react: lowest(pkg.peerDependencies.react),
    'react-dom': lowest(pkg.peerDependencies.react),
    '@xstate/react': lowest(pkg.peerDependencies['@xstate/react']),
    '@types/react': `^${lowest(pkg.peerDependencies.react)}`,
    '@types/react-dom': `^${lowest(pkg.peerDependencies.react)}`,
  },
  // The ones this repository tests with.
  pnpm: Object.fromEntries(['react', 'react-dom', '@xstate/react', '@types/react', '@types/react-dom'].map((name) => [name, dev(name)])),
};
const CLINIC_FILES = ['flow.ts', 'mistakes.ts', 'one-instrument.ts'];

const PROJECTS = {
  esm: {
    title: 'ESM (module nodenext)',
    type: 'module',
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out' },
    run: ['out/flow.js'],
  },
  cjs: {
    title: 'CommonJS (module nodenext, require)',
    type: 'commonjs',
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out' },
    run: ['out/flow.js'],
  },
  bundler: {
    title: 'bundler (moduleResolution bundler, Vite)',
    type: 'module',
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', noEmit: true },
    run: ['bundle/flow.js'],
  },
  react: {
    title: 'React (module nodenext, react-dom/server)',
    type: 'module',
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out' },
    files: ['react.ts'],
    react: true,
    run: ['out/react.js'],
    expected: EXPECTED_REACT,
  },
};

function fail(message) {
  throw new Error(message);
}

/** Run a command; its output comes back, and a failure throws with that output. */
function run(command, args, cwd, env = cleanEnv()) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) fail(`${[command, ...args].join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** The environment without what `npm run` adds (npm_config_*, npm_package_*), as a fresh shell would have it. */
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

function pack(into) {
  if (!existsSync(join(root, 'dist/index.d.ts'))) fail('check:consumer needs the build in dist/: run npm run build first.');
  const [listing] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], { cwd: root, encoding: 'utf8', env: cleanEnv() }),
  );
  return join(into, listing.filename);
}

function writeProject(dir, kind, manager, tarball) {
  const project = PROJECTS[kind];
  mkdirSync(dir, { recursive: true });
  const files = project.files ?? CLINIC_FILES;
  const dependencies = { 'intake-screening': `file:${tarball}`, ...VERSIONS[manager], ...(project.react ? REACT_VERSIONS[manager] : {}) };
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `consumer-${kind}-${manager}`, private: true, type: project.type, dependencies }, null, 2)}\n`,
  );
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    // Off, as in a clinic that checks every declaration: the package's .d.ts files must compile against the lowest
    // zod and xstate the ranges allow (before zod 4.5.0, zod/mini has no ZodMiniInt, which they name).
    skipLibCheck: false,
    ...project.compilerOptions,
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`);
  for (const file of files) copyFileSync(join(sources, file), join(dir, file));
}

function install(dir, manager, store) {
  if (manager === 'npm') run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  // --no-frozen-lockfile: with CI=true pnpm would refuse a project that has no lock file yet.
  else run(process.execPath, [pnpm, 'install', '--no-frozen-lockfile', '--prefer-offline', '--reporter=silent', `--store-dir=${store}`], dir);
}

/** A message with each quoted union's members sorted: tsc's order follows type creation, which settings change. */
const unionsSorted = (text) => text.replace(/'([^']*\|[^']*)'/g, (_, union) => `'${union.split(' | ').sort().join(' | ')}'`);

/** The package a file belongs to: the name after its last `node_modules/` (pnpm nests them), or undefined. */
const packageOf = (file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(file)?.[1];

/**
 * Type-check the project: no error may be reported anywhere but on the lines of mistakes.ts marked
 * `// error: <text>`, and each of those must have one whose message holds <text>. Returns the messages.
 */
function typeCheck(dir) {
  const result = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
  const errors = [];
  for (const line of result.stdout.split('\n')) {
    const start = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (start) errors.push({ file: start[1], line: Number(start[2]), code: start[4], message: start[5] });
    else if (line.startsWith('  ') && errors.length > 0) errors[errors.length - 1].message += `\n${line.trim()}`;
    else if (line.trim() !== '') fail(`Unexpected tsc output in ${dir}:\n${result.stdout}`);
  }
  const mistakes = join(dir, 'mistakes.ts');
  const expected = (existsSync(mistakes) ? readFileSync(mistakes, 'utf8') : '')
    .split('\n')
    .map((text, i) => ({ line: i + 1, want: /^(?!\s*\/\/).*\/\/ error: (.+)$/.exec(text)?.[1] }))
    .filter((e) => e.want !== undefined);
  // Declarations are checked (skipLibCheck off), but only ours are ours to fix: xstate's own .d.ts files do not
  // compile under exactOptionalPropertyTypes, and a clinic with these settings meets that with or without us.
  const ours = errors.filter((e) => [undefined, 'intake-screening'].includes(packageOf(e.file)));
  const stray = ours.filter((e) => e.file !== 'mistakes.ts' || !expected.some((x) => x.line === e.line));
  if (stray.length > 0) fail(`Compile errors where none belong (${dir}):\n${stray.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n')}`);
  for (const { line, want } of expected) {
    const found = errors.filter((e) => e.file === 'mistakes.ts' && e.line === line);
    if (!found.some((e) => unionsSorted(e.message).includes(unionsSorted(want))))
      fail(`mistakes.ts:${line} should be a compile error holding ${JSON.stringify(want)}; got ${JSON.stringify(found.map((e) => e.message))}`);
    // Short enough to read (a typo in a `when` once gave 2.5–3.8 KB placed at `sections:`).
    const long = found.find((e) => e.message.length > 1000);
    if (long) fail(`mistakes.ts:${line}: a ${long.message.length}-character error is not one a person reads`);
  }
  return ours;
}

/** With Vite (the repository's, resolving the project's own node_modules): one entry, minified, as an app ships it. */
async function bundle(dir, entry) {
  const { build } = await import('vite');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: join(dir, 'bundle'),
      emptyOutDir: false,
      minify: true,
      modulePreload: false,
      rollupOptions: { input: { [entry]: join(dir, `${entry}.ts`) }, output: { entryFileNames: '[name].js' } },
    },
  });
  return readFileSync(join(dir, 'bundle', `${entry}.js`));
}

function budgetBytes() {
  const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
  const limit = budgets.find((b) => b.name === BUDGET_NAME)?.limit ?? fail(`.size-limit.json has no budget named ${BUDGET_NAME}`);
  const [, n, unit] = /^([\d.]+)\s*(B|kB|KB)$/.exec(limit) ?? fail(`cannot read the limit ${limit}`);
  return Math.round(Number(n) * (unit === 'B' ? 1 : 1000));
}

/**
 * The xstate and zod the installed package loads, as Node resolves them from its real folder (pnpm's layout
 * included). The package must load the app's own xstate (a peer), not a copy of its own.
 */
function resolvedVersions(dir) {
  const app = createRequire(join(dir, 'package.json'));
  const library = createRequire(realpathSync(join(dir, 'node_modules/intake-screening/package.json')));
  if (realpathSync(library.resolve('xstate')) !== realpathSync(app.resolve('xstate'))) fail(`In ${dir} the package loads another xstate than the app's`);
  const react = existsSync(join(dir, 'node_modules/react/package.json'))
    ? `, react ${app('react/package.json').version}, @xstate/react ${app('@xstate/react/package.json').version}`
    : '';
  return `xstate ${app('xstate/package.json').version}, zod ${library('zod/package.json').version}${react}`;
}

function runFlow(dir, project) {
  const out = run(process.execPath, project.run, dir).trim();
  const expected = JSON.stringify(project.expected ?? EXPECTED_FLOW);
  if (out !== expected) fail(`The app in ${dir} printed\n${out}\ninstead of\n${expected}`);
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'intake-consumer-'));
  const started = performance.now();
  try {
    const tarball = pack(work);
    console.log(`check:consumer: packed ${tarball}`);
    const limit = budgetBytes();
    for (const manager of ['npm', 'pnpm']) {
      for (const kind of Object.keys(PROJECTS).filter((k) => only === undefined || only.includes(k))) {
        const dir = join(work, `${kind}-${manager}`);
        const project = PROJECTS[kind];
        writeProject(dir, kind, manager, tarball);
        install(dir, manager, join(work, 'pnpm-store'));
        const versions = resolvedVersions(dir);
        const errors = typeCheck(dir);
        let note = '';
        if (kind === 'bundler') {
          await bundle(dir, 'flow');
          const code = await bundle(dir, 'one-instrument');
          const gzip = gzipSync(code, { level: 9 }).length;
          const leaked = OTHER_INSTRUMENTS.filter((text) => code.includes(text));
          if (leaked.length > 0) fail(`Bundling only gad7 brought in other instruments' text: ${leaked.join('; ')}`);
          if (gzip > limit) fail(`gad7 alone bundles to ${gzip} bytes gzipped, over its ${limit}-byte budget (${BUDGET_NAME})`);
          note = `; gad7 alone bundles to ${(code.length / 1000).toFixed(1)} kB, ${(gzip / 1000).toFixed(1)} kB gzipped (budget ${limit / 1000} kB)`;
        }
        runFlow(dir, project);
        console.log(`check:consumer: ${manager}, ${project.title}: installed (${versions}), typed app runs, ${errors.length} expected compile errors${note}`);
      }
    }
    console.log(`check:consumer: passed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    if (keep) console.log(`check:consumer: projects kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(`check:consumer: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
