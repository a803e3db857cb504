import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// One multi-page build of every client's page, served statically by the harness. The pages import the library
// from the working tree's sources (no tsup build needed), as a host would import the package.
const here = import.meta.dirname;
const repo = resolve(here, '../..');
const pages = ['rjsf', 'jsonforms', 'lhc-forms', 'smart-forms'];

export default defineConfig({
  root: resolve(here, 'pages'),
  base: './',
  // LHC-Forms' packed files (scripts/fetch-lforms.mjs), copied as they are into dist/lforms/.
  publicDir: resolve(here, 'dist-lforms'),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^intake-screening$/, replacement: resolve(repo, 'src/index.ts') },
      { find: /^intake-screening\/questionnaires$/, replacement: resolve(repo, 'questionnaires/index.ts') },
      { find: /^intake-screening\/json-schema$/, replacement: resolve(repo, 'src/json-schema/index.ts') },
      { find: /^intake-screening\/fhir$/, replacement: resolve(repo, 'src/fhir/index.ts') },
    ],
  },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: Object.fromEntries(pages.map((name) => [name, resolve(here, 'pages', `${name}.html`)])) },
  },
});
