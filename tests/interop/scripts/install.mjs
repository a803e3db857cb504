// `npm ci` of this project, skipped when node_modules was installed from the current lock file already (a second
// local run saves the 1.5-4 minutes of reinstalling ~800 MB). CI starts from a fresh clone, so it always installs.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = resolve(import.meta.dirname, '..');
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const installed = mtime(join(here, 'node_modules/.package-lock.json'));
if (installed === 0 || installed < Math.max(mtime(join(here, 'package-lock.json')), mtime(join(here, 'package.json')))) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
}
