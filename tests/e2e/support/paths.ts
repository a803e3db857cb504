import { join, resolve } from 'node:path';

/** The package root. */
export const ROOT = resolve(import.meta.dirname, '../../..');
/** The example's folder. */
export const EXAMPLE = join(ROOT, 'examples/clinic-intake-web');
/** Where the example is built for the tests. */
export const EXAMPLE_DIST = join(EXAMPLE, 'dist');
/** Screenshots of every step (gitignored). */
export const RESULTS = join(ROOT, 'test-results/e2e');
/** axe-core, injected into pages. */
export const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
