import { defineConfig } from 'tsup';

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
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // One file for the bin; commands load on demand without chunks beside the library's.
    splitting: false,
    sourcemap: true,
    dts: false,
    clean: false,
  },
]);
