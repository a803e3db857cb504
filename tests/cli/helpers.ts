import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CLI, ROOT } from './build-cli.js';

/** What one run of the CLI produced. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run the built CLI as a subprocess with stdin a pipe (not a terminal), as CI
 * and scripts run it.
 */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A stack frame as Node prints it ("    at fn (file:1:2)"). */
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** Assert stderr holds no stack trace and no raw error class dump. */
export function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(STACK_FRAME);
  expect(stderr).not.toMatch(/^(Type|Reference|Syntax|Range)?Error: /m);
  expect(stderr).not.toContain('node:internal');
}

/** A scratch directory, removed by the returned function. */
export function scratch(): { dir: string; file: (name: string, content: unknown) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'intake-cli-'));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The sample answers files, by scenario. */
export const SAMPLES = {
  grief: 'examples/answers/01-grief-outpatient.json',
  pain: 'examples/answers/02-pain-after-surgery.json',
  acute: 'examples/answers/03-acute-safety-risk.json',
  withdrawal: 'examples/answers/04-severe-withdrawal-alone.json',
  brief: 'examples/answers/05-brief-screen.json',
} as const;
