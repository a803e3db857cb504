// `npm start`: the bundled intake, interactive in a terminal. Builds the CLI first only when it is missing or
// older than its sources (a second or two, quietly; never the declaration build), then runs `run` in this process.
import { CLI, ensureCliBuilt } from './cli-build.mjs';
import { pathToFileURL } from 'node:url';

if (await ensureCliBuilt()) process.stderr.write('intake-screening: built the command line (dist/cli/main.js).\n');
process.argv.splice(1, Infinity, CLI, 'run', ...process.argv.slice(2));
await import(pathToFileURL(CLI).href);
