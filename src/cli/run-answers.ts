import type { Questionnaire } from '../definition/types.js';
import { createIntakeMachine, type IntakeMachine } from '../flow/create-intake-machine.js';
import { answersOf } from '../flow/answers-of.js';
import { initialIntakeSnapshot, type IntakeSnapshot } from '../flow/intake-transition.js';
import type { AnswersFile } from './answers-file.js';
import { EXIT, type ExitCode, inputError } from './cli-error.js';
import { driveFlow } from './drive-flow.js';
import { issueLines } from './issue-lines.js';
import { flowOutput, formatSummary, printSummary, raisedTriggers, type SummaryOutput } from './print-summary.js';
import { resumeSnapshot, type SaveTarget, saveSnapshot } from './snapshot-file.js';
import { writeOut } from './terminal.js';

/** A run's setup, shared by the answers-driven and the terminal run. */
export interface RunSetup {
  readonly q: Questionnaire;
  /** The snapshot file to continue from, already parsed. */
  readonly resume: { readonly file: string; readonly persisted: unknown } | undefined;
  /** Where to write the snapshot when the run ends. */
  /** Where to save the snapshot, and whether a symbolic link there may be followed. */
  readonly save: SaveTarget | undefined;
  readonly output: SummaryOutput;
}

/**
 * The machine of a run and the snapshot it starts from, with the summary's
 * locale as the flow's input, so the flow's output is the summary to print.
 *
 * @param setup - The run's setup.
 * @returns The machine, and the initial or resumed snapshot.
 * @throws CliError (`input`) when the resumed snapshot is refused.
 * @example
 * ```ts
 * const { machine, snapshot } = startRun(setup);
 * ```
 */
export function startRun(setup: RunSetup): { machine: IntakeMachine; snapshot: IntakeSnapshot } {
  const machine = createIntakeMachine(setup.q);
  const locale = { locale: setup.output.locale };
  const snapshot = setup.resume ? resumeSnapshot(setup.resume.file, machine, setup.resume.persisted, locale) : initialIntakeSnapshot(machine, locale);
  return { machine, snapshot };
}

/**
 * Run the flow with an answers file, without asking anything, then print the
 * summary. The file's answers were checked against the questionnaire already;
 * what the flow itself refuses (a required item left unanswered) is an input
 * error naming the file and the item.
 *
 * @param setup - The run's setup plus the answers file.
 * @returns The exit code.
 * @throws CliError (`input`) when the flow refuses an event.
 * @example
 * ```ts
 * await runAnswers({ q, answers: readAnswersFile('a.json'), resume: undefined, save: undefined, output });
 * ```
 */
export async function runAnswers(setup: RunSetup & { readonly answers: AnswersFile }): Promise<ExitCode> {
  const { machine, snapshot } = startRun(setup);
  const outcome = driveFlow(setup.q, machine, snapshot, setup.answers.answers);
  if (setup.save !== undefined) saveSnapshot(setup.save.file, machine, outcome.snapshot, setup.save);
  if (outcome.status === 'rejected') {
    const file = setup.answers.file;
    throw inputError([`${file}: the intake cannot be finished with these answers:`, ...issueLines(file, outcome.issues, false)]);
  }
  // The flow takes no answer to a question it skips; the file's such answers go to the summary
  // anyway, which lists them as not asked and checks its safety triggers on them. Only then is
  // there more to summarize than the flow's own output.
  const kept = answersOf(outcome.snapshot.context);
  if (Object.keys(setup.answers.answers).every((id) => Object.hasOwn(kept, id))) {
    writeOut(formatSummary(flowOutput(outcome.snapshot), setup.output));
    return EXIT.ok;
  }
  printSummary(setup.q, { ...setup.answers.answers, ...kept }, setup.output, raisedTriggers(outcome.snapshot));
  return EXIT.ok;
}
