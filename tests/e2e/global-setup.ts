import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { EXAMPLE, EXAMPLE_DIST, RESULTS, ROOT } from './support/paths.js';
import { serveFolder } from './support/static-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built example, served on 127.0.0.1. */
    exampleUrl: string;
  }
}

/**
 * Build the example against the built package, serve it on a free local port
 * for every test file, and stop the server afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const entry of ['dist/index.js', 'dist/questionnaires.js']) {
    if (!existsSync(join(ROOT, entry))) throw new Error(`${entry} is missing. Run "npm run build" first: the example imports the built package.`);
  }
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  await build({ configFile: join(EXAMPLE, 'vite.config.ts'), logLevel: 'warn' });
  const server = await serveFolder(EXAMPLE_DIST);
  project.provide('exampleUrl', server.url);
  return () => server.close();
}
