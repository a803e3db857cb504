import { defineConfig } from 'vitest/config';

// `npm run test:interop`: third-party renderers in Chromium, one file per client, one at a time (2 shared cores).
// The pages are built first by `npm run build --prefix tests/interop`; not part of `npm test`.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.interop.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    fileParallelism: false,
    // An upper bound, not a wait: the full intake's coverage plans in JSON Forms Material (about 150 answers, each
    // followed by a re-render of its category) took 240 s at load 22 on two shared cores.
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
