import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The suite runs as a host that registered the Spanish pack (registerLocale); see the file.
    setupFiles: ['tests/support/register-locales.ts'],
    // tests/interop is its own npm project with its own config (npm run test:interop).
    exclude: [...configDefaults.exclude, 'tests/interop/**'],
    typecheck: {
      enabled: true,
      include: ['tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    pool: 'threads',
    // Property tests over the full intake run thousands of cases; the default 5 s is too tight on a 2-core CI machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
