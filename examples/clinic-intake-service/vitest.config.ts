import { defineConfig } from 'vitest/config';

// The service's own suite. TEST_DATABASE_URL (a Postgres server, e.g. from scripts/pg-cluster.mjs) runs every
// database-backed test against Postgres; without it they run against PGlite in a temporary folder.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    pool: 'forks',
    // Two cores: each file starts its own database (and some a Chromium or child servers).
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
