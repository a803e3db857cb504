import { resolve } from 'node:path';

/** tests/interop */
export const INTEROP = resolve(import.meta.dirname, '..');
/** The Vite build of pages/ (npm run build --prefix tests/interop), LHC-Forms' files in its lforms/ folder. */
export const DIST = resolve(INTEROP, 'dist');
/** Screenshots, kept by CI as artifacts (git-ignored). */
export const ARTIFACTS = resolve(INTEROP, '.artifacts');
