import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import { indexOf } from '../engine/questionnaire-index.js';
import { localize } from '../definition/text.js';
import type { Questionnaire } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';
import { keyFunction } from './form-keys.js';
import { type Exact, and, bound, formulaSchema, hasUnknown } from './formula.js';
import { itemSchema } from './item-schemas.js';
import { DRAFT_2020_12, type JsonSchema } from './json-schema.js';
import type { JsonSchemaOptions } from './options.js';
import type { Item } from '../definition/item.js';
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

const present = (key: string, answered: JsonSchema = {}): JsonSchema => ({ required: [key], properties: { [key]: answered } });
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
export function toJsonSchema(q: Questionnaire, options: JsonSchemaOptions = {}): JsonSchemaExport {
  const index = indexOf(checkedQuestionnaire(q));
  const locale = options.locale ?? 'en';
  const key = keyFunction(options.keys ?? 'id');
  const reporter = new UnsupportedReporter(options.unsupported ?? 'warn', 'JSON Schema');
  const profile = options.profile ?? 'validation';
  // Renderers keep answers in branches the person left, so the renderer profiles test an answer only while its item is shown.
  const visibility = visibilityBuilder(
    index,
    reporter,
    'JSON Schema',
    'The answers schema ignores that part: an answer is allowed unless the rest of the condition hides the item, and required only if the rest shows it.',
    profile !== 'validation',
  );
  const properties: Record<string, JsonSchema> = {};
  const keys: string[] = [];
  const required: string[] = [];
  const clauses: JsonSchema[] = [];
  const declineUnsupported = (item: Item) => {
    const entry = index.items.get(item.id);
    const position = entry ? (index.sections[entry.section]?.items.indexOf(entry) ?? -1) : -1;
    reporter.report(
      ['sections', entry?.section ?? -1, 'items', position, 'preferNotToAnswer'],
      `Item "${item.id}" offers "prefer not to answer", which a ${profile === 'rjsf' ? 'react-jsonschema-form' : 'JSON Forms'} ${item.kind} field cannot offer beside its value; the form leaves it out, and an answer left blank stays unanswered.`,
      item.id,
    );
  };
  for (const section of index.sections) {
    const sectionWhen = visibility.section(section.index);
    for (const entry of section.items) {
      const schema = itemSchema(entry.item, locale, profile, declineUnsupported);
      if (schema === null) continue;
      const k = key(entry.item.id);
      keys.push(k);
      const shown = and([sectionWhen, visibility.item(entry.item.id)]);
      const upper = bound(shown, true);
      const lower = bound(shown, false);
      const mustAnswer = entry.item.kind !== 'display' && entry.item.required === true;
      const exact = !hasUnknown(shown);
      // A renderer holds a multi-choice with nothing ticked as `[]` (react-jsonschema-form puts it there untouched), which `required` alone would take as answered.
      const answered: JsonSchema = profile !== 'validation' && entry.item.kind === 'multi' ? { type: 'array', minItems: 1 } : {};
      const shownAndRequired = mustAnswer && exact;
      if (profile === 'rjsf' && !isConst(upper, true)) {
        // The form shows the field only while the item may be shown: its property is added by the `then`.
        if (!isConst(upper, false))
          clauses.push({
            if: formulaSchema(upper, key),
            then: { properties: { [k]: shownAndRequired ? { ...schema, ...answered } : schema }, ...(shownAndRequired ? { required: [k] } : {}) },
          });
      } else properties[k] = mustAnswer && isConst(lower, true) ? { ...schema, ...answered } : schema;
      if (mustAnswer && isConst(lower, true)) required.push(k);
      else if (profile === 'validation') {
        if (isConst(upper, false)) clauses.push(absent(k));
        else if (!isConst(upper, true)) {
          const when = formulaSchema(upper, key);
          clauses.push(mustAnswer && exact ? { if: when, then: present(k), else: absent(k) } : { if: when, else: absent(k) });
        }
        if (mustAnswer && !exact && lower.kind !== 'const') clauses.push({ if: formulaSchema(lower, key), then: present(k) });
      } else if (mustAnswer && lower.kind !== 'const' && !(profile === 'rjsf' && exact)) {
        // Renderers keep answers in branches the person left; the form tolerates them, and requires an item only while shown.
        clauses.push({ if: formulaSchema(lower, key), then: present(k, answered) });
      }
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
    // The rjsf profile defines conditional properties inside `then`, where `additionalProperties` cannot see them.
    ...(profile === 'rjsf' ? { propertyNames: { enum: keys } } : { additionalProperties: false }),
    ...(required.length > 0 ? { required } : {}),
    ...(clauses.length > 0 ? { allOf: clauses } : {}),
  };
  return { schema, issues: reporter.finish() };
}
