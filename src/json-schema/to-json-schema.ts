import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import { indexOf } from '../engine/questionnaire-index.js';
import { localize } from '../definition/text.js';
import type { QuestionnaireInput } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';
import { keyFunction } from './form-keys.js';
import { type Exact, and, bound, formulaSchema, hasUnknown } from './formula.js';
import { itemSchema } from './item-schemas.js';
import { DRAFT_2020_12, type JsonSchema } from './json-schema.js';
import type { ExportOptions } from './options.js';
import { UnsupportedReporter } from '../issues/unsupported-reporter.js';
import { visibilityBuilder } from './visibility.js';

/**
 * What `toJsonSchema` returns: the schema, and an `'unsupported'` issue for
 * each condition part it could not express (under the `'warn'` policy).
 *
 * @example
 * ```ts
 * import { toJsonSchema, type JsonSchemaExport } from 'intake-screening/json-schema';
 * import { substanceUseIntake } from 'intake-screening/questionnaires';
 * const out: JsonSchemaExport = toJsonSchema(substanceUseIntake);
 * for (const issue of out.issues) console.warn(issue.code, issue.path.join('.'), issue.message);
 * ```
 */
export interface JsonSchemaExport {
  readonly schema: JsonSchema;
  readonly issues: readonly Issue[];
}

const present = (key: string): JsonSchema => ({ required: [key], properties: { [key]: {} } });
const absent = (key: string): JsonSchema => ({ properties: { [key]: { not: {} } } });
const isConst = (f: Exact, value: boolean) => f.kind === 'const' && f.value === value;

/**
 * Export the JSON Schema (draft 2020-12) of a questionnaire's answers object.
 *
 * One property per answerable item, keyed by item id (or `formKey` with
 * `keys: 'form'`), titled in `locale`. Unknown keys fail. Items shown under a
 * condition (their section's `when` and their own) get an `if`/`then`/`else`:
 * an answer to an item that would be hidden fails, and a required item is
 * required exactly when shown. An always-shown required item is in `required`;
 * "prefer not to answer" satisfies a requirement. A schema that accepts an
 * answers object therefore agrees with `resolveAnswers`: no issues, nothing
 * hidden.
 *
 * Dates use `format: 'date'`, with their range as `formatMinimum`/`formatMaximum`
 * (ajv-formats keywords: `addFormats(ajv)` adds them; other validators may
 * ignore them, and then check ranges with `resolveAnswers`).
 *
 * Score conditions (`{ score }`, `{ positive }`) cannot be expressed in JSON
 * Schema. Under the `unsupported` policy (`'warn'` by default) an item is then
 * left unconstrained by that part: its answer is allowed unless the rest of
 * the condition surely hides it, and required only if the rest surely shows it.
 *
 * @param q - The questionnaire.
 * @param options - `locale`, `unsupported` policy, `keys` style.
 * @returns The schema and the issues found.
 * @throws QuestionnaireError when `unsupported` is `'throw'` and a condition cannot be expressed.
 * @example
 * ```ts
 * import { Ajv2020 } from 'ajv/dist/2020.js';
 * import addFormatsModule from 'ajv-formats';
 * import { toJsonSchema } from 'intake-screening/json-schema';
 * import { briefScreen } from 'intake-screening/questionnaires';
 *
 * // ajv-formats is CommonJS: under NodeNext its default export arrives as `.default`.
 * const addFormats = addFormatsModule.default;
 * const { schema, issues } = toJsonSchema(briefScreen, { locale: 'es' });
 * const ajv = new Ajv2020({ allErrors: true });
 * addFormats(ajv);
 * const validate = ajv.compile(schema);
 * validate({}); // false while a required question is unanswered
 * ```
 */
export function toJsonSchema(q: QuestionnaireInput, options: ExportOptions = {}): JsonSchemaExport {
  const index = indexOf(checkedQuestionnaire(q));
  const locale = options.locale ?? 'en';
  const key = keyFunction(options.keys ?? 'id');
  const reporter = new UnsupportedReporter(options.unsupported ?? 'warn', 'JSON Schema');
  const visibility = visibilityBuilder(
    index,
    reporter,
    'JSON Schema',
    'The answers schema ignores that part: an answer is allowed unless the rest of the condition hides the item, and required only if the rest shows it.',
  );

  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const clauses: JsonSchema[] = [];
  for (const section of index.sections) {
    const sectionWhen = visibility.section(section.index);
    for (const entry of section.items) {
      const schema = itemSchema(entry.item, locale);
      if (schema === null) continue;
      const k = key(entry.item.id);
      properties[k] = schema;
      const shown = and([sectionWhen, visibility.item(entry.item.id)]);
      const upper = bound(shown, true);
      const lower = bound(shown, false);
      const mustAnswer = entry.item.kind !== 'display' && entry.item.required === true;
      const exact = !hasUnknown(shown);
      if (mustAnswer && isConst(lower, true)) required.push(k);
      if (isConst(upper, false)) clauses.push(absent(k));
      else if (!isConst(upper, true)) {
        const when = formulaSchema(upper, key);
        clauses.push(mustAnswer && exact ? { if: when, then: present(k), else: absent(k) } : { if: when, else: absent(k) });
      }
      if (mustAnswer && !exact && lower.kind !== 'const') clauses.push({ if: formulaSchema(lower, key), then: present(k) });
    }
  }

  const schema: JsonSchema = {
    $schema: DRAFT_2020_12,
    $id: q.url ?? `urn:intake-screening:${q.id}:${q.version}`,
    $comment: `Answers to questionnaire "${q.id}" version ${q.version}, exported by intake-screening.`,
    title: localize(q.title, locale),
    ...(q.description ? { description: localize(q.description, locale) } : {}),
    type: 'object',
    properties,
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    ...(clauses.length > 0 ? { allOf: clauses } : {}),
  };
  return { schema, issues: reporter.finish() };
}
