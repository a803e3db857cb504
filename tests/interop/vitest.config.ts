import { defineConfig } from 'vitest/config';

// `npm run test:interop`: third-party renderers in Chromium, one file per client, one at a time (2 shared cores).
// The pages are built first by `npm run build --prefix tests/interop`; not part of `npm test`.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.interop.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
