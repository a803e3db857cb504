import type { Questionnaire } from '../../definition/types.js';
import { toFhirQuestionnaire } from '../../fhir/export/to-fhir-questionnaire.js';
import { toFhirQuestionnaireResponse } from '../../fhir/export/to-fhir-questionnaire-response.js';
import { toFhirBundle } from '../../fhir/export/to-fhir-bundle.js';
import type { Issue } from '../../issues/issue.js';
import { toJsonSchema, toUiSchema } from '../../json-schema/index.js';
import { chooseQuestionnaire, checkAnswersFile, readAnswersFile, type AnswersFile } from '../answers-file.js';
import { localeFlag, oneOf, parseCommandArgs } from '../args.js';
import { EXIT, usageError } from '../cli-error.js';
import { type Command, note, noteHidden } from '../command.js';
import { formatPath } from '../issue-lines.js';
import { DEFAULT_CANONICAL_BASE } from '../../fhir/common/constants.js';
import { writeOut } from '../terminal.js';

/** An absolute http(s) URL, without the trailing slash. */
function canonicalBaseFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s/?#]+[^\s?#]*$/.test(value))
    throw usageError('--canonical-base takes an absolute http(s) URL without a query, such as https://fhir.clinic.example/fhir.');
  return value.replace(/\/+$/, '');
}

const FORMATS = ['json-schema', 'ui-schema', 'fhir', 'fhir-response', 'fhir-bundle'] as const;
type ExportFormat = (typeof FORMATS)[number];

const help = `Usage: intake-screening export --format FORMAT [options]

Print a questionnaire as JSON in another form:
  json-schema     JSON Schema (draft 2020-12) of its answers object
  ui-schema       JSON Forms UI schema (one category per section)
  fhir            FHIR R4 Questionnaire resource
  fhir-response   FHIR R4 QuestionnaireResponse of an answers file (needs --answers)
  fhir-bundle     FHIR R4 transaction Bundle of an answers file: the response, one
                  Observation per instrument total and the referral summary as a
                  DocumentReference (needs --answers, --subject and --authored)

Parts of a definition a target cannot express are left out, with a note on stderr.

Options:
  -f, --format FORMAT            One of json-schema, ui-schema, fhir, fhir-response,
                                 fhir-bundle (required).
  -q, --questionnaire ID|FILE    A bundled questionnaire id or a definition file
                                 (default: the one the answers file names, else substance-use-intake).
  -a, --answers FILE.json        The answers, for fhir-response and fhir-bundle.
      --subject REFERENCE        fhir-bundle: the patient, such as Patient/123 (never invented).
      --authored DATETIME        fhir-bundle: when the answers were given, such as
                                 2026-01-05T10:00:00Z (at least a day).
      --keys id|form             Property names in json-schema and ui-schema: item ids (default), or
                                 JSON Forms-safe keys with "." replaced by ":" (use form for both).
      --locale TAG               Language of titles and labels in json-schema and ui-schema, and of
                                 fhir-response (default: en). The fhir Questionnaire holds every
                                 language: English text with a translation extension per language.
      --canonical-base URL       Base of the canonical URL of fhir and fhir-response, for a
                                 questionnaire without a url of its own: URL/Questionnaire/ID.
                                 Set it to your FHIR server's base (default: the placeholder
                                 ${DEFAULT_CANONICAL_BASE}).
  -h, --help                     Show this help.
`;

interface Exported {
  readonly json: unknown;
  readonly issues: readonly Issue[];
}

interface ExportSettings {
  readonly locale: string;
  readonly keys: 'id' | 'form';
  readonly canonicalBase: string | undefined;
  readonly subject: string | undefined;
  readonly authored: string | undefined;
}

function exportAs(format: ExportFormat, q: Questionnaire, settings: ExportSettings, answers: AnswersFile | undefined): Exported {
  const { locale, keys, canonicalBase } = settings;
  const base = canonicalBase === undefined ? {} : { canonicalBase };
  switch (format) {
    case 'json-schema': {
      const { schema, issues } = toJsonSchema(q, { locale, keys });
      return { json: schema, issues };
    }
    case 'ui-schema': {
      const { uischema, issues } = toUiSchema(q, { locale, keys });
      return { json: uischema, issues };
    }
    case 'fhir': {
      const { resource, issues } = toFhirQuestionnaire(q, base);
      return { json: resource, issues };
    }
    case 'fhir-response': {
      if (!answers) throw usageError('export --format fhir-response needs --answers FILE.json.');
      return { json: toFhirQuestionnaireResponse(q, answers.answers, { locale, ...base }), issues: [] };
    }
    case 'fhir-bundle': {
      const { subject, authored } = settings;
      if (!answers || subject === undefined || authored === undefined)
        throw usageError('export --format fhir-bundle needs --answers FILE.json, --subject REFERENCE and --authored DATETIME.');
      return { json: toFhirBundle(q, answers.answers, { subject: { reference: subject }, authored, locale, ...base }), issues: [] };
    }
  }
}

/** `intake-screening export`: JSON Schema, UI schema, FHIR Questionnaire or QuestionnaireResponse. */
export const exportCommand: Command = {
  name: 'export',
  help,
  run: async (args) => {
    const { flags } = parseCommandArgs('export', args, ['format', 'questionnaire', 'answers', 'locale', 'keys', 'canonical-base', 'subject', 'authored'], 0);
    if (flags.help) {
      writeOut(help);
      return EXIT.ok;
    }
    if (flags.format === undefined) throw usageError(`export needs --format: one of ${FORMATS.join(', ')}.`);
    const format = oneOf('format', flags.format, FORMATS, 'json-schema');
    const settings = {
      locale: localeFlag(flags.locale),
      keys: oneOf('keys', flags.keys, ['id', 'form'], 'id'),
      canonicalBase: canonicalBaseFlag(flags['canonical-base']),
      subject: flags.subject,
      authored: flags.authored,
    };
    const answers = flags.answers === undefined ? undefined : readAnswersFile(flags.answers);
    const q = chooseQuestionnaire(flags.questionnaire, answers);
    if (answers && (format === 'fhir-response' || format === 'fhir-bundle')) noteHidden(answers.file, checkAnswersFile(q, answers), false);
    const { json, issues } = exportAs(format, q, settings, answers);
    for (const i of issues) note(`Note: ${formatPath(i.path)}: ${i.message}`);
    writeOut(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT.ok;
  },
};
