import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

// The app imports 'intake-screening', 'intake-screening/react' and 'intake-screening/questionnaires' by name: the
// package resolves itself through its own `exports` map, so the app runs the built `dist/` as an installed package
// would. Vite compiles the JSX itself (automatic runtime); no plugin and no network are needed to build.
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The bundled questionnaires are data (about 600 kB before gzip); one chunk is fine for an example.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        intake: resolve(here, 'index.html'),
        headless: resolve(here, 'headless.html'),
        minimal: resolve(here, 'minimal.html'),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
