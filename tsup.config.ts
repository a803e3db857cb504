import { defineConfig } from 'tsup';
import { cliBuildOptions } from './scripts/cli-build.mjs';

/** The package's entries, as `package.json` `exports` lists them. */
const publicEntries = {
  index: 'src/index.ts',
  questionnaires: 'questionnaires/index.ts',
  'json-schema': 'src/json-schema/index.ts',
  fhir: 'src/fhir/index.ts',
  'language-guard': 'src/language-guard/index.ts',
  web: 'src/web/index.ts',
  react: 'src/react/index.ts',
  'locales/es': 'src/locales/es.ts',
};

/**
 * Each bundled questionnaire as an entry of its own, so that it lands in its own file and
 * `dist/questionnaires.js` only re-exports it. With `"sideEffects": false`, an app that imports `gad7` from
 * `intake-screening/questionnaires` then bundles the GAD-7 alone: bundlers drop unused files whole, while inside
 * one file esbuild keeps every top-level object that spreads another (`...REQUIRED`). These files are not
 * package exports (no declarations are built for them); `intake-screening/questionnaires` stays the way in.
 */
const questionnaireEntries = {
  'questionnaires/phq9': 'questionnaires/instruments/phq9.ts',
  'questionnaires/gad7': 'questionnaires/instruments/gad7.ts',
  'questionnaires/pc-ptsd-5': 'questionnaires/instruments/pc-ptsd-5.ts',
  'questionnaires/asq': 'questionnaires/instruments/asq.ts',
  'questionnaires/audit-c': 'questionnaires/instruments/audit-c.ts',
  'questionnaires/taps': 'questionnaires/instruments/taps.ts',
  'questionnaires/ciwa-ar': 'questionnaires/instruments/ciwa-ar.ts',
  'questionnaires/brief-screen': 'questionnaires/brief-screen.ts',
  'questionnaires/substance-use-intake': 'questionnaires/substance-use-intake.ts',
};

export default defineConfig([
  {
    entry: { ...publicEntries, ...questionnaireEntries },
    format: ['esm', 'cjs'],
    target: 'node20',
    // TS 6 rejects the `baseUrl` that tsup 8's declaration build passes unless this is set.
    dts: { entry: publicEntries, compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
  },
  cliBuildOptions,
]);
