import { defineConfig } from 'vitest/config';

// Mutation testing runs only the runtime tests that exercise conditions,
// scoring and the summary; type tests and the CLI/browser suites add nothing there.
export default defineConfig({
  test: {
    include: [
      'tests/definition/**/*.test.ts',
      'tests/flow/**/*.test.ts',
      'tests/summary/**/*.test.ts',
      'tests/questionnaires/**/*.test.ts',
      'tests/conditions/**/*.test.ts',
      'tests/scoring/**/*.test.ts',
      'tests/engine/**/*.test.ts',
    ],
    exclude: ['tests/summary/random-valid-answers.test.ts'],
    // As in vitest.config.ts: the suite runs as a host that registered the Spanish pack.
    setupFiles: ['tests/support/register-locales.ts'],
    typecheck: { enabled: false },
    testTimeout: 60_000,
  },
});
