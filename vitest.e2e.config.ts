import { defineConfig } from 'vitest/config';

// End-to-end tests of the example page in Chromium; not part of `npm test`.
// Run `npm run build` first: the example imports the built package.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/e2e/support/register-locales.ts'],
    // Each file drives its own Chromium; one at a time suits a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
