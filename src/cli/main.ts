import { QuestionnaireError } from '../issues/questionnaire-error.js';
import { es } from '../locales/es.js';
import { registerLocale } from '../summary/register-locale.js';
import { CliError, EXIT, type ExitCode } from './cli-error.js';
import type { Command } from './command.js';
import { packageInfo } from './package-root.js';
import { writeErr, writeOut } from './terminal.js';

/**
 * The commands, each loaded only when used: the bundled questionnaires are
 * validated when their module loads, which `--help` and `--version` should
 * not wait for.
 */
const COMMANDS: readonly { readonly name: string; readonly summary: string; readonly load: () => Promise<Command> }[] = [
  {
    name: 'run',
    summary: 'Run an intake in the terminal (or with --answers) and print the summary.',
    load: async () => (await import('./commands/run.js')).runCommand,
  },
  {
    name: 'summarize',
    summary: 'Print the referral summary of an answers file.',
    load: async () => (await import('./commands/summarize.js')).summarizeCommand,
  },
  {
    name: 'export',
    summary: 'Print a questionnaire as JSON Schema, a JSON Forms UI schema, or FHIR R4.',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'validate',
    summary: 'Check a questionnaire definition file and print every issue with its path.',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  {
    name: 'list',
    summary: 'List the bundled questionnaires and instruments with their licences.',
    load: async () => (await import('./commands/list.js')).listCommand,
  },
];

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: intake-screening <command> [options]

Intake screening for substance-use treatment: run a questionnaire, summarize
answers into a non-diagnostic referral summary, export form schemas and FHIR.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Common options:
  -q, --questionnaire ID|FILE       A bundled questionnaire id (see "list") or a definition file (.json).
  -a, --answers FILE.json           An answers file (format below).
  -f, --format text|markdown|json   Summary format; export takes json-schema|ui-schema|fhir|fhir-response.
      --audience clinician|patient  Whose view of a summary to print (default: clinician).
      --locale TAG                  Language: en (default) or es; es-MX falls back to es.
  -h, --help                        Help; "intake-screening <command> --help" for a command.
  -v, --version                     Print the version.

Answers files are JSON, in either form:
  { "<itemId>": value, … }
  { "questionnaire": "<id>", "description": "…", "answers": { "<itemId>": value, … } }
Values: an option value (string) for single choice, an array of option values
for multiple choice, the option's number for scales, true/false for yes/no,
a number, a string, or a date "YYYY-MM-DD"; "prefer-not-to-answer" where a
question offers it. Samples: examples/answers/.

Exit codes: 0 success, 1 invalid input (the message names the file and item,
never an answer), 2 bad usage, 130 an interactive run stopped by the person.
`;
}

function lines(error: unknown): { lines: readonly string[]; code: ExitCode } {
  if (error instanceof CliError) return { lines: error.lines, code: error.exitCode };
  // A library error that escaped a command's own handling: still the caller's input, still no stack.
  if (error instanceof QuestionnaireError) {
    return { lines: error.issues.map((i) => `${i.itemId === undefined ? '' : `item "${i.itemId}": `}${i.message} [${i.code}]`), code: EXIT.input };
  }
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return { lines: [`Unexpected error: ${message}. This is a bug in intake-screening; please report it.`], code: EXIT.input };
}

/**
 * Run the `intake-screening` command line and resolve to its exit code.
 * Mistakes a person can fix are printed as one line each on stderr, prefixed
 * with the program name; there is never a stack trace.
 *
 * @param argv - The arguments after `node main.js`.
 * @returns The exit code.
 * @example
 * ```ts
 * process.exitCode = await main(['list']);
 * ```
 */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  // The CLI speaks every language the library has a pack for (--locale es).
  registerLocale(es);
  const [first, ...rest] = argv;
  try {
    if (first === '--version' || first === '-v') {
      writeOut(`${packageInfo().version}\n`);
      return EXIT.ok;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const command = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      if (first === 'help' && rest[0] !== undefined && !command)
        throw new CliError('usage', [`Unknown command "${rest[0].slice(0, 40)}". Run intake-screening --help.`]);
      writeOut(command ? (await command.load()).help : generalHelp());
      return EXIT.ok;
    }
    if (first === undefined) {
      writeErr(generalHelp());
      return EXIT.usage;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) {
      const what = first.startsWith('-') ? `Unknown option "${first.slice(0, 40)}" before the command` : `Unknown command "${first.slice(0, 40)}"`;
      throw new CliError('usage', [`${what}. Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Run intake-screening --help.`]);
    }
    return await (await command.load()).run(rest);
  } catch (error) {
    const report = lines(error);
    writeErr(report.lines.map((l) => `intake-screening: ${l}\n`).join(''));
    return report.code;
  }
}

process.exitCode = await main(process.argv.slice(2));
