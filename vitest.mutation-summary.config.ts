import { defineConfig } from 'vitest/config';

// `npm run test:mutation:summary`: the summary's logic files against the summary's own focused tests, so a run
// fits a shared two-core machine (the full `npm run test:mutation` takes hours). The random and whole-intake
// files are left out: they kill few mutants the focused tests miss and cost seconds per mutant.
export default defineConfig({
  test: {
    include: ['tests/summary/**/*.test.ts', 'tests/flow/urgency-recorded.test.ts'],
    // As in vitest.config.ts: the suite runs as a host that registered the Spanish pack.
    setupFiles: ['tests/support/register-locales.ts'],
    exclude: [
      'tests/summary/bundled.test.ts',
      'tests/summary/output-safety.test.ts',
      'tests/summary/hidden-answers-random.test.ts',
      'tests/summary/random-valid-answers.test.ts',
    ],
    typecheck: { enabled: false },
    testTimeout: 60_000,
  },
});
