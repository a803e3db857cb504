import { chooseQuestionnaire, checkAnswersFile, readAnswersFile } from '../answers-file.js';
import { localeFlag, oneOf, parseCommandArgs } from '../args.js';
import { EXIT, usageError } from '../cli-error.js';
import { type Command, noteHidden } from '../command.js';
import { AUDIENCES, DEFAULT_AUDIENCE, printSummary, SUMMARY_FORMATS } from '../print-summary.js';
import { writeOut } from '../terminal.js';

const help = `Usage: intake-screening summarize --answers FILE.json [options]

Print the referral summary of a set of answers, without asking anything.

Options:
  -a, --answers FILE.json        The answers (required). See "intake-screening --help" for the format.
  -q, --questionnaire ID|FILE    A bundled questionnaire id or a definition file
                                 (default: the one the answers file names, else substance-use-intake).
  -f, --format text|markdown|json  Output format (default: text). json prints the summary object.
      --audience clinician|patient Whose view to print (default: clinician, as for run).
      --locale TAG               Language of the summary (default: en).
  -h, --help                     Show this help.
`;

/** `intake-screening summarize`: answers file in, referral summary out. */
export const summarizeCommand: Command = {
  name: 'summarize',
  help,
  run: async (args) => {
    const { flags } = parseCommandArgs('summarize', args, ['answers', 'questionnaire', 'format', 'audience', 'locale'], 0);
    if (flags.help) {
      writeOut(help);
      return EXIT.ok;
    }
    const output = {
      format: oneOf('format', flags.format, SUMMARY_FORMATS, 'text'),
      audience: oneOf('audience', flags.audience, AUDIENCES, DEFAULT_AUDIENCE),
      locale: localeFlag(flags.locale),
    };
    if (flags.answers === undefined) throw usageError('summarize needs --answers FILE.json. Run intake-screening summarize --help.');
    const file = readAnswersFile(flags.answers);
    const q = chooseQuestionnaire(flags.questionnaire, file);
    noteHidden(file.file, checkAnswersFile(q, file), true);
    printSummary(q, file.answers, output);
    return EXIT.ok;
  },
};
