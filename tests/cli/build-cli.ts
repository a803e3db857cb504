// The CLI tests build the bin the way `npm start` does: only when stale, without the declaration build.
export { CLI, CLI_NOTICES, ROOT, bundledPackages, ensureCliBuilt } from '../../scripts/cli-build.mjs';
