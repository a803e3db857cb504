import { parseQuestionnaire } from '../../definition/define-questionnaire.js';
import type { Questionnaire } from '../../definition/types.js';
import type { Issue } from '../../issues/issue.js';
import { QuestionnaireError } from '../../issues/questionnaire-error.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { EXIT, usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { issueLines } from '../issue-lines.js';
import { staticChecksOfWellFormedParts } from '../partial-checks.js';
import { readJsonFile } from '../read-json-file.js';
import { writeOut } from '../terminal.js';

const help = `Usage: intake-screening validate FILE.json [--format text|json]

Check a questionnaire definition with the same schema and static checks the
library applies (unknown ids, forward references, band gaps, …) and print every
issue with its path. Where parts of the file fail the schema, the static checks
still run over the parts that pass it, so one run shows both. Exits 1 when the
definition is invalid.

Options:
  -f, --format text|json   text (default): one line per issue; json: { file, valid, issues }.
  -h, --help               Show this help.
`;

function counts(q: Questionnaire): string {
  const items = q.sections.flatMap((s) => s.items);
  const answerable = items.filter((i) => i.kind !== 'display').length;
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  return [
    n(q.sections.length, 'section'),
    `${n(items.length, 'item')} (${answerable} answerable)`,
    n(q.scores?.length ?? 0, 'score'),
    n(q.rules?.length ?? 0, 'rule'),
    n(q.safety?.length ?? 0, 'safety trigger'),
  ].join(', ');
}

function check(json: unknown): { questionnaire: Questionnaire; issues: readonly Issue[] } | { questionnaire: undefined; issues: readonly Issue[] } {
  try {
    return { questionnaire: parseQuestionnaire(json), issues: [] };
  } catch (error) {
    if (!(error instanceof QuestionnaireError)) throw error;
    // Schema issues come alone from the library; add the static checks of what is well formed.
    const schemaFailed = error.issues.some((i) => i.code === 'invalid-definition');
    const seen = new Set(error.issues.map((i) => `${i.code}@${i.path.join('.')}`));
    const more = schemaFailed ? staticChecksOfWellFormedParts(json).filter((i) => !seen.has(`${i.code}@${i.path.join('.')}`)) : [];
    return { questionnaire: undefined, issues: [...error.issues, ...more] };
  }
}

/** `intake-screening validate`: check a definition file and list every issue. */
export const validateCommand: Command = {
  name: 'validate',
  help,
  run: async (args) => {
    const { flags, positionals } = parseCommandArgs('validate', args, ['format'], 1);
    if (flags.help) {
      writeOut(help);
      return EXIT.ok;
    }
    const format = oneOf('format', flags.format, ['text', 'json'], 'text');
    const file = positionals[0];
    if (file === undefined) throw usageError('validate needs the path of a definition file: intake-screening validate FILE.json.');
    const { questionnaire, issues } = check(readJsonFile(file));
    if (format === 'json') {
      writeOut(`${JSON.stringify({ file, valid: questionnaire !== undefined, issues }, null, 2)}\n`);
    } else if (questionnaire) {
      writeOut(`${file}: valid questionnaire "${questionnaire.id}" ${questionnaire.version}: ${counts(questionnaire)}.\n`);
    } else {
      const n = issues.length;
      writeOut(`${[...issueLines(file, issues), `${file}: ${n} issue${n > 1 ? 's' : ''}; the definition is not valid.`].join('\n')}\n`);
    }
    return questionnaire ? EXIT.ok : EXIT.input;
  },
};
