import { defineConfig } from 'tsup';

/**
 * Bundles the bench harness (TypeScript) into plain ESM under
 * node_modules/.cache, where Node resolves survey-core, mitata, xstate and zod
 * from the project and no linter or compiler looks. The library under test is
 * not bundled: run.ts imports the built dist/ at run time.
 */
export default defineConfig({
  entry: {
    run: 'bench/run.ts',
    profile: 'bench/profile.ts',
    'write-docs': 'bench/write-docs.ts',
    shapes: 'bench/shapes/run-shapes.ts',
    'compare-builds': 'bench/compare-builds.ts',
    recheck: 'bench/recheck.ts',
  },
  outDir: 'node_modules/.cache/intake-screening-bench',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  bundle: true,
  skipNodeModulesBundle: true,
  dts: false,
  sourcemap: true,
  clean: true,
  silent: true,
});
