import { checkedQuestionnaire } from '../definition/define-questionnaire.js';
import { indexOf } from '../engine/questionnaire-index.js';
import { CLINICIAN_RATED, raterOf } from '../definition/instrument.js';
import { localize } from '../definition/text.js';
import type { Questionnaire } from '../definition/types.js';
import type { Issue } from '../issues/issue.js';
import { keyFunction } from './form-keys.js';
import { type Exact, bound, formulaSchema } from './formula.js';
import { escapePointerToken } from './json-schema.js';
import type { ExportOptions } from './options.js';
import { itemElement } from './ui-elements.js';
import type { UiCategory, UiCondition, UiControl, UiLabel, UiRule, UiSchema } from './ui-schema.js';
import { UnsupportedReporter } from '../issues/unsupported-reporter.js';
import { visibilityBuilder } from './visibility.js';

/**
 * What `toUiSchema` returns: the UI schema, and an `'unsupported'` issue for
 * each part JSON Forms cannot represent (under the `'warn'` policy).
 *
 * @example
 * ```ts
 * import { toUiSchema, type UiSchemaExport } from 'intake-screening/json-schema';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const out: UiSchemaExport = toUiSchema(briefScreen, { keys: 'form' });
 * out.uischema.elements.map((category) => category.label);
 * ```
 */
export interface UiSchemaExport {
  readonly uischema: UiSchema;
  readonly issues: readonly Issue[];
}

function uiCondition(f: Exact, key: (id: string) => string): UiCondition {
  switch (f.kind) {
    case 'and':
    case 'or':
      return { type: f.kind === 'and' ? 'AND' : 'OR', conditions: f.parts.map((p) => uiCondition(p, key)) };
    default:
      // Scoped to the root, so the test names the property itself: JSON Forms
      // would read a dotted key in a narrower scope as a nested path.
      return { scope: '#', schema: formulaSchema(f, key) };
  }
}

function rule(f: Exact, key: (id: string) => string): UiRule | undefined {
  if (f.kind === 'const' && f.value) return undefined;
  return { effect: 'SHOW', condition: uiCondition(f, key) };
}

/**
 * Export a JSON Forms UI schema for a questionnaire: a `Categorization` with
 * one `Category` per section (a section description becomes its first
 * `Label`, after a `Label` saying a clinician rates the items when the
 * section's instrument is clinician-rated), a `Control` per answerable item
 * and a `Label` per display item,
 * labelled in `locale`. Multi-line text gets `options.multi`, scales
 * `options.format: 'radio'`.
 *
 * A section or item shown under a condition gets a `SHOW` rule: leaf tests are
 * schema-based conditions scoped to the whole data (`scope: '#'`), joined with
 * JSON Forms' `AND`/`OR` conditions. Each test on an item also requires that
 * item to be shown, so an answer left behind in a branch the person has since
 * left (JSON Forms keeps hidden data) does not show anything; the rules agree
 * with `resolveAnswers(q, data).evaluation.visible(id)`.
 *
 * Score conditions cannot be expressed: under the `unsupported` policy
 * (`'warn'` by default) such an element is shown unless the rest of its
 * condition hides it. With `keys: 'id'` (the default), item ids holding `.`
 * are reported too: JSON Forms controls cannot bind them (use `keys: 'form'`).
 *
 * @param q - The questionnaire.
 * @param options - `locale`, `unsupported` policy, `keys` style.
 * @returns The UI schema and the issues found.
 * @throws QuestionnaireError when `unsupported` is `'throw'` and something cannot be represented.
 * @example
 * ```ts
 * import { toJsonSchema, toUiSchema } from 'intake-screening/json-schema';
 * import { briefScreen } from 'intake-screening/questionnaires';
 *
 * const { schema } = toJsonSchema(briefScreen, { keys: 'form' });
 * const { uischema } = toUiSchema(briefScreen, { keys: 'form', locale: 'es' });
 * // <JsonForms schema={schema} uischema={uischema as UISchemaElement} ... />
 * ```
 */
export function toUiSchema(q: Questionnaire, options: ExportOptions = {}): UiSchemaExport {
  const index = indexOf(checkedQuestionnaire(q));
  const locale = options.locale ?? 'en';
  const keys = options.keys ?? 'id';
  const key = keyFunction(keys);
  const reporter = new UnsupportedReporter(options.unsupported ?? 'warn', 'A JSON Forms UI schema');

  const visibility = visibilityBuilder(index, reporter, 'a JSON Forms rule', 'The form shows it unless the rest of the condition hides it.', true);

  const dotted = keys === 'id' ? index.order.filter((e) => e.item.kind !== 'display' && e.item.id.includes('.')) : [];
  const first = dotted[0];
  if (first) {
    const position = index.sections[first.section]?.items.indexOf(first) ?? -1;
    reporter.report(
      ['sections', first.section, 'items', position, 'id'],
      `The id of item "${first.item.id}"${dotted.length > 1 ? ` (and of ${dotted.length - 1} more items)` : ''} contains ".", which JSON Forms reads as nesting (eclipsesource/jsonforms#2153), so its controls cannot bind such keys. Ensure that toJsonSchema and toUiSchema both use keys: 'form', and map data with toFormData and fromFormData.`,
      first.item.id,
    );
  }

  const elements: UiCategory[] = index.sections.map((s) => {
    const sectionRule = rule(bound(visibility.section(s.index), true), key);
    const children: (UiControl | UiLabel)[] = [];
    // Said first, so a form never presents a clinician's ratings as questions for the person.
    if (raterOf(s.section.instrument) === 'clinician') children.push({ type: 'Label', text: localize(CLINICIAN_RATED, locale) });
    if (s.section.description) children.push({ type: 'Label', text: localize(s.section.description, locale) });
    for (const entry of s.items) {
      const element = itemElement(entry.item, {
        scope: `#/properties/${escapePointerToken(key(entry.item.id))}`,
        label: localize(entry.item.text, locale),
      });
      const r = rule(bound(visibility.item(entry.item.id), true), key);
      children.push(r ? { ...element, rule: r } : element);
    }
    const category: UiCategory = { type: 'Category', label: localize(s.section.title, locale), elements: children };
    return sectionRule ? { ...category, rule: sectionRule } : category;
  });

  return { uischema: { type: 'Categorization', label: localize(q.title, locale), elements }, issues: reporter.finish() };
}
