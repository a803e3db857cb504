import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

// The page imports 'intake-screening' and 'intake-screening/questionnaires' by
// name: the package resolves itself through its own `exports` map, so the
// example runs the built `dist/` exactly as an installed package would.
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        intake: resolve(here, 'index.html'),
        followUp: resolve(here, 'follow-up.html'),
        brief: resolve(here, 'brief-screen.html'),
        element: resolve(here, 'element.html'),
        staff: resolve(here, 'staff.html'),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
