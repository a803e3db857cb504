import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('npm run example', () => {
  it('builds without the declarations and starts a dev server that prints its URL', async () => {
    const [build, serve] = (scripts.example ?? '').split(' && ');
    expect(build).toBe('npm run build:js --silent');
    expect(scripts['build:js']).toContain('--no-dts');
    // The server part of the script, as written, on a port of its own; the build it needs is tested elsewhere.
    const [bin, ...args] = (serve ?? '').split(' ');
    const child = spawn(join(root, 'node_modules/.bin', bin ?? ''), [...args, '--port', '5397', '--strictPort'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // CI=true turns Vite's colours on (picocolors), which puts escape codes inside the URL.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    try {
      const printed = await new Promise<string>((done, fail) => {
        let out = '';
        const timer = setTimeout(() => fail(new Error(`No URL after 30 s:\n${out}`)), 30_000);
        const read = (d: Buffer) => {
          // eslint-disable-next-line no-control-regex -- the escape codes are what this strips
          out += d.toString().replace(/\u001b\[[0-9;]*m/g, '');
          if (/http:\/\/127\.0\.0\.1:5397\//.test(out)) {
            clearTimeout(timer);
            done(out);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.on('exit', () => fail(new Error(`Exited before printing a URL:\n${out}`)));
      });
      expect(printed).toMatch(/Local:\s+http:\/\/127\.0\.0\.1:5397\//);
    } finally {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    }
  }, 40_000);
});
