import { defineConfig } from 'tsup';
import { cliBuildOptions } from './scripts/cli-build.mjs';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      questionnaires: 'questionnaires/index.ts',
      'json-schema': 'src/json-schema/index.ts',
      fhir: 'src/fhir/index.ts',
      'language-guard': 'src/language-guard/index.ts',
    },
    format: ['esm', 'cjs'],
    target: 'node20',
    // TS 6 rejects the `baseUrl` that tsup 8's declaration build passes unless this is set.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
  },
  cliBuildOptions,
]);
