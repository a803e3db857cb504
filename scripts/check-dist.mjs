// Loads every built entry through the package's own exports, in ESM and CJS, and checks the public names.
import { builtinModules, createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { bundledPackages, CLI_NOTICES } from './cli-build.mjs';

const require = createRequire(import.meta.url);
const expected = {
  'intake-screening': ['defineQuestionnaire', 'parseQuestionnaire', 'createIntakeMachine', 'summarize', 'renderSummary', 'QuestionnaireError'],
  'intake-screening/questionnaires': ['substanceUseIntake', 'briefScreen', 'phq9', 'gad7', 'pcPtsd5', 'asq', 'auditC', 'taps'],
  'intake-screening/json-schema': ['toJsonSchema', 'toUiSchema', 'referralSummaryJsonSchema'],
  'intake-screening/language-guard': ['findGuardedPhrases', 'GUARDED_PHRASES'],
  'intake-screening/web': ['defineIntakeForm', 'webStorageStore', 'INTAKE_FORM_WORDING'],
  'intake-screening/react': ['useIntake', 'IntakeForm'],
  'intake-screening/locales/es': ['es'],
  'intake-screening/fhir': ['toFhirQuestionnaire', 'toFhirQuestionnaireResponse', 'fromFhirQuestionnaire'],
};
let failed = 0;
for (const [entry, names] of Object.entries(expected)) {
  const esm = await import(entry);
  const cjs = require(entry);
  for (const name of names) {
    for (const [kind, mod] of [
      ['ESM', esm],
      ['CJS', cjs],
    ]) {
      if (mod[name] === undefined) {
        console.error(`${entry} (${kind}) does not export ${name}`);
        failed++;
      }
    }
  }
}
console.log(`check-dist: ${Object.keys(expected).length} entries load in ESM and CJS with their public names`);

// What an install brings: the built files may import only the package's runtime dependencies, its peers and Node's
// own modules. Anything else (the CLI's prompts) must be bundled, with its licence in the CLI's notices.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), ...builtinModules]);
const packageOf = (specifier) =>
  specifier
    .replace(/^node:/, '')
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const dist = new URL('../dist/', import.meta.url);
const files = readdirSync(dist, { recursive: true }).filter((f) => /\.(c?js)$/.test(f));
for (const file of files) {
  const code = readFileSync(new URL(file, dist), 'utf8');
  const specifiers = code.matchAll(
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']/gm,
  );
  for (const m of specifiers) {
    const specifier = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (!specifier.startsWith('.') && !allowed.has(packageOf(specifier))) {
      console.error(`dist/${file} imports "${specifier}", which is neither a dependency, a peer nor a Node module`);
      failed++;
    }
  }
}
const notices = readFileSync(CLI_NOTICES, 'utf8');
for (const name of bundledPackages()) {
  if (!notices.includes(`${name}@`)) {
    console.error(`dist/cli/main.js bundles ${name}, whose licence is missing from ${CLI_NOTICES}`);
    failed++;
  }
}
if (failed > 0) process.exit(1);
console.log(
  `check-dist: ${files.length} built files import only ${[...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})].join(', ')} and Node modules; the CLI bundles ${bundledPackages().join(', ')}`,
);
