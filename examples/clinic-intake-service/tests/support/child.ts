import { type ChildProcess, spawn } from 'node:child_process';

/** A service process started by a test, in its own process group. */
export interface Child {
  readonly process: ChildProcess;
  /** The address from its READY line. */
  readonly url: string;
  /** Everything it wrote to stderr so far. */
  readonly stderr: () => string;
  /** Send a signal to its whole group (npm and the node under it). */
  kill(signal: NodeJS.Signals): void;
  /** Resolves with the exit code (or signal). */
  readonly exited: Promise<number | NodeJS.Signals | null>;
}

/**
 * Start a command and wait (bounded) for the service's `READY <url>` line on stdout.
 *
 * @param command - The program and its arguments.
 * @param options - Working folder, environment, how long to wait.
 * @returns The running child.
 */
export function startChild(command: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Child> {
  const [cmd, ...args] = command as [string, ...string[]];
  const child = spawn(cmd, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let err = '';
  let out = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | NodeJS.Signals | null>((done) => child.on('exit', (code, signal) => done(code ?? signal)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      kill('SIGKILL');
      reject(new Error(`no READY line within ${options.timeoutMs ?? 90_000} ms; stderr:\n${err}`));
    }, options.timeoutMs ?? 90_000);
    const kill = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ process: child, url: m[1] as string, stderr: () => err, kill, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${String(code)}) before READY; stderr:\n${err}`));
    });
  });
}
