import { resolve } from 'node:path';

/** tests/interop */
export const INTEROP = resolve(import.meta.dirname, '..');
/** The repository root. */
export const ROOT = resolve(INTEROP, '../..');
/** The Vite build of pages/ (npm run build --prefix tests/interop). */
export const DIST = resolve(INTEROP, 'dist');
/** LHC-Forms' packed dist/ files (scripts/fetch-lforms.mjs). */
export const LFORMS = resolve(INTEROP, 'dist-lforms');
/** Screenshots, kept by CI as artifacts (git-ignored). */
export const ARTIFACTS = resolve(INTEROP, '.artifacts');
