import { cancel, outro } from '@clack/prompts';
import type { Questionnaire } from '../definition/types.js';
import { EXIT, type ExitCode } from './cli-error.js';
import { note } from './command.js';
import { runInteractive, type InteractiveSession } from './interactive/run-interactive.js';
import { ui } from './interactive/ui-text.js';
import { flowOutput, formatSummary } from './print-summary.js';
import { writeReport } from './report-file.js';
import { raterOf } from '../definition/instrument.js';
import { writeOut } from './terminal.js';
import { terminalText } from '../summary/safe-text.js';
import { type RunSetup, startRun } from './run-answers.js';
import { saveSnapshot } from './snapshot-file.js';
import { resolveLocale } from '../locale/resolve-locale.js';

// Ctrl-C inside a prompt is a keypress clack turns into cancel; between prompts it is SIGINT.
/**
 * The locale to ask in: the requested one when the questionnaire promises to
 * cover it (`locales`), else English. A half-translated intake would mix
 * languages within one question, which is worse for the person than English.
 */
function askingLocale(q: Questionnaire, requested: string): string {
  const resolved = resolveLocale(q, requested);
  if (resolved.success && resolved.data.translated && (resolved.data.locale !== 'en' || requested.split('-')[0] === 'en')) return resolved.data.locale;
  note(`Questionnaire "${q.id}" is not translated into ${requested}; asking in English.`);
  return 'en';
}

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Run the flow in the terminal. At the end the person, who is the one at the
 * terminal, reads their own view of the summary; the clinician view (with
 * `--format`) goes to a new file for staff, whose name is shown. With `save`,
 * the snapshot is written when the run ends for any reason: finished, stopped
 * with Ctrl-C or Escape, or the terminal closed.
 *
 * @param setup - The run's setup, with the path of the clinician's report (see `reportPath`).
 * @returns 0 when finished, 130 when the person stopped.
 * @example
 * ```ts
 * await runTerminal({ q, resume: undefined, save: { file: 'intake.json', followSymlink: false }, output, report: reportPath(undefined, 'text') });
 * ```
 */
export async function runTerminal(setup: RunSetup & { readonly report: string }): Promise<ExitCode> {
  const { machine, snapshot } = startRun(setup);
  const locale = askingLocale(setup.q, setup.output.locale);
  const session: InteractiveSession = { q: setup.q, machine, locale, snapshot };
  const persist = () => {
    if (setup.save !== undefined) saveSnapshot(setup.save.file, machine, session.snapshot, setup.save);
  };
  const onSignal = (signal: keyof typeof SIGNALS) => {
    try {
      persist();
    } finally {
      process.exit(SIGNALS[signal]);
    }
  };
  for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.once(signal, onSignal);
  try {
    const result = await runInteractive(session);
    persist();
    if (result === 'cancelled') {
      cancel(setup.save === undefined ? ui('notSaved', locale) : ui('saved', locale, { file: setup.save.file }));
      return EXIT.cancelled;
    }
    outro(ui('thanks', locale));
    const summary = flowOutput(session.snapshot);
    // Nobody answered a clinician-rated questionnaire for themselves: the clinician at the keyboard reads their view.
    const onScreen = setup.q.sections.every((s) => raterOf(s.instrument) === 'clinician') ? 'clinician' : 'patient';
    writeOut(formatSummary(summary, { format: 'text', audience: onScreen, locale: setup.output.locale }));
    // Staff read the file in a terminal too: it holds what stdout would (see writeOut).
    const clinician = terminalText(formatSummary(summary, { ...setup.output, audience: 'clinician' }));
    try {
      writeOut(`\n${ui('reportWritten', locale, { file: writeReport(setup.report, clinician) })}\n`);
    } catch (error) {
      // Never lose what the person disclosed: with nowhere to write it, the clinician view goes to the screen.
      note(error instanceof Error ? error.message : String(error));
      writeOut(`\n${ui('reportHere', locale)}\n\n${clinician}`);
    }
    return EXIT.ok;
  } finally {
    for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.off(signal, onSignal);
  }
}
