import { chooseQuestionnaire, checkAnswersFile, readAnswersFile, type AnswersFile } from '../answers-file.js';
import { localeFlag, oneOf, parseCommandArgs } from '../args.js';
import { EXIT, inputError, usageError } from '../cli-error.js';
import { type Command, note, noteHidden } from '../command.js';
import { runAnswers } from '../run-answers.js';
import { runTerminal } from '../run-terminal.js';
import { AUDIENCES, DEFAULT_AUDIENCE, SUMMARY_FORMATS } from '../print-summary.js';
import { reportPath } from '../report-file.js';
import { bundledQuestionnaire } from '../questionnaire-source.js';
import { readJsonFile } from '../read-json-file.js';
import { firstSample } from '../sample-answers.js';
import { snapshotQuestionnaireId } from '../snapshot-file.js';
import { writeOut } from '../terminal.js';

const help = `Usage: intake-screening run [QUESTIONNAIRE] [options]

Run an intake. In a terminal it asks one question at a time: choose with the
arrow keys and Enter (nothing is chosen until you move to an answer), typing <
returns to the previous question from any question, and "Prefer not to answer"
is offered where a question allows it. If an answer raises a safety concern,
crisis resources are shown at once. At the end the person reads their own view
of the referral summary, and the clinician view is written to a new file for
staff (--report, readable by you only), whose name is shown. A questionnaire a
clinician rates (such as ciwaar) shows the clinician view on screen instead.

With --answers it asks nothing and prints the summary (the clinician view
unless --audience patient): the answers are given section by section in
document order, so branching and safety triggers apply exactly as in a terminal.
When stdin is not a terminal and no --answers is given, it runs the first sample
answers file in examples/answers/ and says so on stderr.

Arguments:
  QUESTIONNAIRE                  A bundled questionnaire id or a definition file
                                 (default: substance-use-intake; same as --questionnaire).
Options:
  -q, --questionnaire ID|FILE    As QUESTIONNAIRE.
  -a, --answers FILE.json        Run without asking, with these answers.
      --save FILE                Write the flow's snapshot to FILE when the run ends,
                                 also when it is stopped with Ctrl-C (the file holds answers:
                                 it is created readable by you only).
      --follow-symlink           Let --save replace the file a symbolic link at FILE points to
                                 (by default a link there is refused, so a link planted in a
                                 shared directory cannot redirect the answers).
      --resume FILE              Continue from a snapshot written by --save.
      --report FILE              In a terminal: where to write the clinician view (a new file;
                                 default: intake-summary-DATE-TIME.txt in this folder).
  -f, --format text|markdown|json  Format of the printed summary, or of the report (default: text).
      --audience clinician|patient Whose view to print without a terminal (default: clinician,
                                 as for summarize). In a terminal the person sees their own view.
      --locale TAG               Language of the questions and summary, such as es or es-MX
                                 (default: en; the bundled questionnaires are in en and es).
                                 A questionnaire not translated into TAG is asked in English.
  -h, --help                     Show this help.

Exit codes: 0 finished, 1 invalid input, 2 bad usage, 130 stopped by the person.
`;

function questionnaireRef(flag: string | undefined, positional: string | undefined): string | undefined {
  if (flag !== undefined && positional !== undefined && flag !== positional) {
    throw usageError('Name the questionnaire once: either as an argument or with --questionnaire.');
  }
  return flag ?? positional;
}

/** `intake-screening run`: interactive in a terminal, or driven by an answers file. */
export const runCommand: Command = {
  name: 'run',
  help,
  run: async (args) => {
    const { flags, positionals } = parseCommandArgs(
      'run',
      args,
      ['questionnaire', 'answers', 'save', 'follow-symlink', 'resume', 'report', 'format', 'audience', 'locale'],
      1,
    );
    if (flags.help) {
      writeOut(help);
      return EXIT.ok;
    }
    const output = {
      format: oneOf('format', flags.format, SUMMARY_FORMATS, 'text'),
      audience: oneOf('audience', flags.audience, AUDIENCES, DEFAULT_AUDIENCE),
      locale: localeFlag(flags.locale),
    };
    let ref = questionnaireRef(flags.questionnaire, positionals[0]);
    const persisted = flags.resume === undefined ? undefined : readJsonFile(flags.resume);
    if (flags.resume !== undefined && ref === undefined) {
      const id = snapshotQuestionnaireId(persisted);
      if (id === undefined) throw inputError([`${flags.resume}: is not a saved intake (no questionnaire id). Ensure that it was written by run --save.`]);
      if (!bundledQuestionnaire(id))
        throw inputError([
          `${flags.resume}: is for questionnaire "${id.slice(0, 80)}", which is not bundled. Pass its definition with --questionnaire FILE.json.`,
        ]);
      ref = id;
    }

    let answers: AnswersFile | undefined = flags.answers === undefined ? undefined : readAnswersFile(flags.answers);
    const interactive = answers === undefined && process.stdin.isTTY === true;
    if (!interactive && answers === undefined) {
      if (flags.resume !== undefined) throw usageError('run --resume needs a terminal, or --answers FILE.json to continue without one.');
      answers = firstSample(ref === undefined ? undefined : chooseQuestionnaire(ref, undefined).id);
      note(
        `No terminal on stdin, so running the sample answers ${answers.file} (questionnaire "${answers.questionnaireId ?? 'unnamed'}"). Use --answers FILE.json for your own.`,
      );
    }
    const q = chooseQuestionnaire(ref, answers);
    const resume = flags.resume === undefined ? undefined : { file: flags.resume, persisted };
    const save = flags.save === undefined ? undefined : { file: flags.save, followSymlink: flags['follow-symlink'] === true };
    if (answers !== undefined) {
      noteHidden(answers.file, checkAnswersFile(q, answers), true);
      return runAnswers({ q, answers, resume, save, output });
    }
    if (flags.audience !== undefined)
      note(
        'In a terminal the person sees their own view of the summary; the clinician view goes to the report file (--audience applies to runs without a terminal).',
      );
    return runTerminal({ q, resume, save, output, report: reportPath(flags.report, output.format) });
  },
};
