import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { briefScreen } from '../../questionnaires/index.js';
import { ui } from '../../src/cli/interactive/ui-text.js';
import { localize } from '../../src/definition/text.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { CLI, ROOT } from './build-cli.js';
import { KEY, type PtySession } from './pty-session.js';

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
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
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
  alcohol: 'examples/answers/06-alcohol-withdrawal.json',
  pregnant: 'examples/answers/07-pregnant.json',
} as const;

/**
 * Wait for a bundled brief-screen question by its text in `locale`, and for its key hints (the prompt is fully drawn).
 *
 * @param s - The terminal session.
 * @param itemId - The question's item id.
 * @param locale - The language the session runs in.
 */
export async function briefQuestion(s: PtySession, itemId: string, locale: 'en' | 'es' = 'en'): Promise<void> {
  const brief: QuestionnaireInput = briefScreen;
  const item = brief.sections.flatMap((x) => x.items).find((i) => i.id === itemId);
  const text = item === undefined ? itemId : localize(item.text, locale);
  await s.waitFor(text.slice(0, 30));
  const keys = item?.kind === 'number' ? ui('textDecline', locale) : (ui('selectKeys', locale).split('·')[1]?.trim() ?? '');
  await s.waitFor(keys);
}

/**
 * The brief screen's first questions in a terminal, after the introduction: "About you" (age 40, female,
 * not pregnant), TAPS-1 ("Never" four times) and "No" to the withdrawal question: 8 answers, nothing raised.
 *
 * @param s - The terminal session.
 * @param locale - The interface language the session runs in.
 */
export async function briefScreenOpening(s: PtySession, locale: 'en' | 'es' = 'en'): Promise<void> {
  const at = async (itemId: string, answer: () => void) => {
    await briefQuestion(s, itemId, locale);
    answer();
  };
  await at('about.age', () => s.press('40', KEY.enter));
  await at('auditc.sex', () => s.pick(0)); // female
  await at('about.pregnant', () => s.pick(2)); // no
  for (const c of ['tobacco', 'alcohol', 'drugs', 'rx']) await at(`taps.${c}.frequency`, () => s.pick(4)); // "Never"
  await at('withdrawal.screen', () => s.mark(4)); // "No"
}
