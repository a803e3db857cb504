import { parseArgs } from 'node:util';
import { resolveLocale } from '../locale/resolve-locale.js';
import { usageError } from './cli-error.js';

/** Every flag any command takes; each command picks the ones it accepts. */
const FLAGS = {
  questionnaire: { type: 'string', short: 'q' },
  answers: { type: 'string', short: 'a' },
  format: { type: 'string', short: 'f' },
  audience: { type: 'string' },
  locale: { type: 'string' },
  save: { type: 'string' },
  resume: { type: 'string' },
  'follow-symlink': { type: 'boolean' },
  report: { type: 'string' },
  keys: { type: 'string' },
  'canonical-base': { type: 'string' },
  subject: { type: 'string' },
  authored: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The name of a flag, without the leading dashes. */
export type FlagName = keyof typeof FLAGS;

/** The flags and positionals of one command line, after checking. */
export interface ParsedArgs {
  readonly flags: { readonly [K in FlagName]?: (typeof FLAGS)[K]['type'] extends 'boolean' ? boolean : string };
  readonly positionals: readonly string[];
}

function describeParseError(command: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${message.replace(/\. To specify a positional.*$/, '').replace(/\.$/, '')} for "${command}". Run intake-screening ${command} --help.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${message.replace(/\.$/, '')}. Run intake-screening ${command} --help.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Too many arguments for "${command}". Run intake-screening ${command} --help.`;
    default:
      return `Could not read the arguments of "${command}". Run intake-screening ${command} --help.`;
  }
}

/**
 * Parse a command's arguments with `util.parseArgs` (strict), allowing only
 * the flags the command takes and at most `maxPositionals` positionals.
 *
 * @param command - The command name, for messages.
 * @param args - The arguments after the command name.
 * @param allowed - The flags this command accepts (`help` is always accepted).
 * @param maxPositionals - How many positionals the command takes.
 * @returns The flags and positionals.
 * @throws CliError (`usage`) on an unknown flag, a missing flag value or extra arguments.
 * @example
 * ```ts
 * const { flags } = parseCommandArgs('summarize', ['--answers', 'a.json'], ['answers', 'format'], 0);
 * ```
 */
export function parseCommandArgs(command: string, args: readonly string[], allowed: readonly FlagName[], maxPositionals: number): ParsedArgs {
  const options = Object.fromEntries(['help', ...allowed].map((name) => [name, FLAGS[name as FlagName]]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(describeParseError(command, error));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw usageError(`Too many arguments for "${command}". Run intake-screening ${command} --help.`);
  }
  return { flags: parsed.values as ParsedArgs['flags'], positionals: parsed.positionals };
}

/**
 * Read a flag whose value must be one of a fixed list.
 *
 * @param name - The flag name, for the message.
 * @param value - The value given, if any.
 * @param choices - The allowed values.
 * @param fallback - The value when the flag is absent.
 * @returns The chosen value.
 * @throws CliError (`usage`) when the value is not one of `choices`.
 * @example
 * ```ts
 * const format = oneOf('format', flags.format, ['text', 'markdown', 'json'], 'text');
 * ```
 */
export function oneOf<const C extends string>(name: string, value: string | undefined, choices: readonly C[], fallback: C): C {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw usageError(`--${name} must be one of ${choices.join(', ')}.`);
}

/**
 * Read `--locale`, defaulting to English.
 *
 * @param value - The value given, if any.
 * @returns A BCP 47 tag.
 * @throws CliError (`usage`) when it is not a locale tag such as `en` or `es-MX`.
 * @example
 * ```ts
 * localeFlag('es'); // 'es'
 * ```
 */
export function localeFlag(value: string | undefined): string {
  if (value === undefined) return 'en';
  // Checked where every locale is; resolved against the questionnaire once it is loaded.
  if (resolveLocale(undefined, value).success) return value;
  throw usageError('--locale must be a language tag such as en, es or es-MX.');
}
