/**
 * Exit codes of the `intake-screening` command: 0 success, 1 invalid input
 * (a file or its contents), 2 bad usage (unknown command or flag, missing
 * argument), 130 when the person stops an interactive run.
 */
export const EXIT = { ok: 0, input: 1, usage: 2, cancelled: 130 } as const;

/** One of the exit codes in {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A mistake the person running the command can fix. It is printed as one line
 * per message on stderr, never with a stack trace.
 *
 * @example
 * ```ts
 * throw new CliError('usage', ['Unknown command "frobnicate". Run intake-screening --help.']);
 * ```
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** `usage` exits 2, `input` exits 1. */
  readonly kind: 'usage' | 'input';
  /** Every line to print; never contains an answer value. */
  readonly lines: readonly string[];

  constructor(kind: 'usage' | 'input', lines: readonly string[]) {
    super(lines[0] ?? 'Invalid input.');
    this.kind = kind;
    this.lines = lines;
  }

  /** The process exit code for this error. */
  get exitCode(): ExitCode {
    return this.kind === 'usage' ? EXIT.usage : EXIT.input;
  }
}

/**
 * A usage error (exit 2).
 *
 * @param message - What was wrong with the command line, and how to fix it.
 * @returns The error, to throw.
 * @example
 * ```ts
 * throw usageError('export needs --format.');
 * ```
 */
export function usageError(message: string): CliError {
  return new CliError('usage', [message]);
}

/**
 * An input error (exit 1): a file that is missing, unreadable or invalid.
 *
 * @param lines - One line per problem; each should name the file.
 * @returns The error, to throw.
 * @example
 * ```ts
 * throw inputError(['answers.json: item "phq9.q1": Answer must be a number.']);
 * ```
 */
export function inputError(lines: readonly string[]): CliError {
  return new CliError('input', lines);
}
