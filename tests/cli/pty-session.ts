import { spawn, type IPty } from '@lydell/node-pty';
import { CLI, ROOT } from './build-cli.js';

/** Keys as a terminal sends them. */
export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', ctrlC: '\x03' } as const;

// CSI and OSC sequences, so assertions read the text a person sees.
const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);
const ANSI = new RegExp(`${ESC}\\[[0-9;?]*[ -/]*[@-~]|${ESC}\\][^${BEL}]*${BEL}`, 'g');

/**
 * The CLI running in a pseudo-terminal, as a person would use it. Output is
 * kept without colours and cursor movement; `waitFor` resolves when a pattern
 * appears after the last mark.
 */
export class PtySession {
  private readonly pty: IPty;
  private raw = '';
  private seen = 0;
  readonly exited: Promise<number>;

  constructor(args: readonly string[], env: Record<string, string> = {}, cwd: string = ROOT) {
    this.pty = spawn(process.execPath, [CLI, ...args], {
      cols: 120,
      rows: 50,
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } as Record<string, string>,
    });
    this.pty.onData((data) => {
      this.raw += data;
    });
    this.exited = new Promise((done) => this.pty.onExit(({ exitCode }) => done(exitCode)));
  }

  /** Everything shown so far, as text. */
  get text(): string {
    return this.raw.replace(ANSI, '');
  }

  /** Output since the last `waitFor` match (or the start). */
  get recent(): string {
    return this.text.slice(this.seen);
  }

  /** Wait until `pattern` appears in the output after the last match; then move the mark past it. */
  async waitFor(pattern: RegExp | string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = this.text;
      const rest = text.slice(this.seen);
      const found = typeof pattern === 'string' ? rest.indexOf(pattern) : rest.search(pattern);
      if (found >= 0) {
        const length = typeof pattern === 'string' ? pattern.length : (rest.slice(found).match(pattern)?.[0].length ?? 0);
        this.seen += found + length;
        return rest.slice(0, found + length);
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(pattern)}. Output since the last match:\n${rest.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Type keys. */
  press(...keys: string[]): void {
    this.pty.write(keys.join(''));
  }

  /**
   * Choose the option at `index` (0-based) of a list that starts with nothing
   * chosen: the first ↓ moves to the first option.
   */
  pick(index: number): void {
    this.press(...Array.from({ length: index + 1 }, () => KEY.down), KEY.enter);
  }

  /** Mark the options at `indexes` of a checklist (its cursor starts on the first line), then press Enter. */
  mark(...indexes: number[]): void {
    let at = 0;
    const keys: string[] = [];
    for (const i of [...indexes].sort((a, b) => a - b)) {
      keys.push(...Array.from({ length: i - at }, () => KEY.down), KEY.space);
      at = i;
    }
    this.press(...keys, KEY.enter);
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // Already gone.
    }
  }
}
