import { conditionScores, eachNode } from '../../conditions/classify.js';
import type { Condition } from '../../conditions/condition.js';
import { checkedQuestionnaire } from '../../definition/define-questionnaire.js';
import { raterOf } from '../../definition/instrument.js';
import type { Item } from '../../definition/item.js';
import type { Score } from '../../definition/score.js';
import type { Section } from '../../definition/section.js';
import type { Questionnaire } from '../../definition/types.js';
import type { Issue, IssuePath } from '../../issues/issue.js';
import { canonicalUrl, fhirCodings, optionCoding } from '../common/codings.js';
import { DESCRIPTION_LINK_SUFFIX, EXT, FHIRPATH, HL7_EXT, SCORE_LINK_PREFIX } from '../common/constants.js';
import { condition, exportItem, type ItemExportContext } from './export-items.js';
import type { FhirExtension, FhirQuestionnaire, FhirQuestionnaireItem } from '../common/fhir-types.js';
import { conditionPath, pascalCase, type PathContext, positivePath, scorePath, scoreVariableName, variableName, visiblePath, weightPath } from './fhirpath.js';
import { localizedField } from '../common/localized.js';
import type { ToFhirQuestionnaireOptions } from '../common/options.js';
import { UnsupportedReporter } from '../../issues/unsupported-reporter.js';
import { securityLabels } from '../common/security.js';
import { resolveLocale } from '../../locale/resolve-locale.js';
import { QuestionnaireError } from '../../issues/questionnaire-error.js';
import { inOneLanguage } from './in-one-language.js';

/**
 * What `toFhirQuestionnaire` returns: the resource and what it could not
 * carry (empty under `unsupported: 'omit'`).
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireExport } from 'intake-screening/fhir';
 * const describe = (e: FhirQuestionnaireExport) => `${e.resource.url} (${e.issues.length} issues)`;
 * ```
 */
export interface FhirQuestionnaireExport {
  readonly resource: FhirQuestionnaire;
  readonly issues: readonly Issue[];
}

/**
 * Export a questionnaire as a FHIR R4 Questionnaire (with SDC extensions).
 *
 * Sections become `group` items and items keep their ids as linkIds. Choice
 * options are codings: the option's terminology code (LOINC) when it has one,
 * else `${url}/CodeSystem/${itemId}` with the option value as code. Scale
 * options carry their score as both `ordinalValue` (R4 core) and `itemWeight`
 * (SDC). "Prefer not to answer" is the data-absent-reason `asked-declined`
 * coding. Conditions become `enableWhen` where R4 can say exactly the same,
 * else an SDC `enableWhenExpression`. Each score becomes an SDC `variable`
 * and a read-only, `questionnaire-hidden` item with a `calculatedExpression`
 * that sums the enabled items' weights, each answer's coding mapped to its
 * score literally (so a renderer without `%questionnaire`, such as Smart
 * Forms, computes it too). Non-English texts travel as `translation`
 * extensions, or, with `locale`, the whole form is written in one language.
 * A multi-choice item says `itemControl` check-box. Summary rules, safety
 * triggers and crisis resources have no place in a Questionnaire and are
 * handled by the `unsupported` policy.
 *
 * @param q - A questionnaire from `defineQuestionnaire` or `parseQuestionnaire`.
 * @param options - Canonical base, unsupported policy, security labels, and one language to write it in.
 * @returns The Questionnaire resource and the issues found.
 * @throws QuestionnaireError when `q` is not a valid questionnaire, `locale` is not a BCP 47 tag (or names a
 *   library language whose pack is not registered), or under `unsupported: 'throw'`.
 * @example
 * ```ts
 * import { toFhirQuestionnaire } from 'intake-screening/fhir';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * const { resource, issues } = toFhirQuestionnaire(briefScreen, { unsupported: 'warn' });
 * resource.resourceType; // 'Questionnaire'
 * ```
 */
export function toFhirQuestionnaire(q: Questionnaire, options: ToFhirQuestionnaireOptions = {}): FhirQuestionnaireExport {
  checkedQuestionnaire(q);
  const language = options.locale === undefined ? undefined : resolveLocale(q, options.locale);
  if (language?.success === false) throw new QuestionnaireError(language.issues);
  const reporter = new UnsupportedReporter(options.unsupported ?? 'warn', 'FHIR R4 Questionnaire');
  const paths = pathContext(q, canonicalUrl(q, options.canonicalBase));
  const ctx: ItemExportContext = { paths, reporter };
  const scores = (q.scores ?? []) as readonly Score[];

  const item = q.sections.map((section, si) => exportSection(section as Section, scores, ctx, ['sections', si]));
  const sectionOf = new Map<string, Condition | undefined>();
  for (const s of q.sections) for (const i of s.items) sectionOf.set(i.id, s.when as Condition | undefined);
  const extension: FhirExtension[] = [
    ...orderScores(q).flatMap((score) => {
      const value = {
        url: HL7_EXT.variable,
        valueExpression: { name: paths.variables.get(score.id) as string, language: FHIRPATH, expression: scoreExpression(sectionOf, score, paths) },
      };
      const positive = paths.positives.get(score.id);
      return positive === undefined
        ? [value]
        : [value, { url: HL7_EXT.variable, valueExpression: { name: positive, language: FHIRPATH, expression: positivePath(score, paths) } }];
    }),
    ...scores.map((score) => ({ url: EXT.score, valueString: JSON.stringify(score) })),
    // SDC's way to say who fills the form in. Each section's instrument extension carries its own rater, so a
    // mixed questionnaire (the person answers some sections, a clinician rates others) states it per section only.
    ...(q.sections.length > 0 && q.sections.every((s) => raterOf(s.instrument) === 'clinician')
      ? [{ url: HL7_EXT.performerType, valueCode: 'Practitioner' }]
      : []),
  ];
  reportSummaryParts(q, reporter);

  const single = singleInstrument(q);
  const resource: FhirQuestionnaire = {
    resourceType: 'Questionnaire',
    id: fhirId(q.id),
    ...security(options.security),
    language: 'en',
    ...(extension.length > 0 ? { extension } : {}),
    url: paths.canonical,
    version: q.version,
    // A computable name (`[A-Z][A-Za-z0-9_]*`, que-0); ids start with a lower-case letter.
    name: pascalCase(q.id),
    ...localizedField('title', q.title),
    status: q.status ?? 'draft',
    ...(q.publisher ? { publisher: q.publisher } : {}),
    ...(q.description ? localizedField('description', q.description) : {}),
    ...(single ? localizedField('copyright', typeof single.licence === 'string' ? { en: single.licence } : single.licence) : {}),
    ...(single?.codes ? { code: fhirCodings(single.codes) } : {}),
    item,
  };
  if (!language) return { resource, issues: reporter.finish() };
  const { locale, translated } = language.data;
  if (!translated)
    reporter.report(['locale'], `Questionnaire "${q.id}" does not declare a full translation into "${locale}"; texts without one stay in English.`);
  return { resource: { ...inOneLanguage(resource, locale), language: locale }, issues: reporter.finish() };
}

function security(labels: ToFhirQuestionnaireOptions['security']): Pick<FhirQuestionnaire, 'meta'> {
  const list = securityLabels(labels);
  return list.length > 0 ? { meta: { security: list } } : {};
}

/** The condition context shared by enableWhen and FHIRPath generation. */
export function pathContext(q: Questionnaire, canonical: string): PathContext {
  const items = new Map<string, Item>();
  for (const s of q.sections) for (const i of s.items) items.set(i.id, i as Item);
  const scores = new Map<string, Score>((q.scores ?? []).map((s) => [s.id, s as Score]));
  const variables = new Map<string, string>();
  const taken = new Set<string>();
  const fresh = (base: string) => {
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    return name;
  };
  for (const s of scores.keys()) variables.set(s, fresh(scoreVariableName(s)));
  // Scores whose positivity some cut-off reads get a variable for it (see PathContext.positives).
  const positives = new Map<string, string>();
  for (const score of scores.values()) {
    for (const c of score.cutoffs) {
      if (!c.when) continue;
      eachNode(c.when as Condition, (node) => {
        if (node.kind === 'positive' && scores.has(node.score) && !positives.has(node.score)) positives.set(node.score, '');
      });
    }
  }
  for (const id of positives.keys()) positives.set(id, fresh(variableName('positive', id)));
  return { canonical, items, scores, variables, positives };
}

function exportSection(section: Section, scores: readonly Score[], ctx: ItemExportContext, path: IssuePath): FhirQuestionnaireItem {
  const children: FhirQuestionnaireItem[] = [];
  if (section.description) {
    children.push({ linkId: `${section.id}${DESCRIPTION_LINK_SUFFIX}`, ...localizedField('text', section.description), type: 'display' });
  }
  section.items.forEach((item, ii) => children.push(exportItem(item, ctx, [...path, 'items', ii])));
  for (const score of scores) if (score.section === section.id) children.push(scoreItem(score, ctx.paths));
  const group: FhirQuestionnaireItem = {
    linkId: section.id,
    ...localizedField('text', section.title),
    type: 'group',
    extension: [{ url: EXT.instrument, valueString: JSON.stringify(section.instrument) }],
  };
  if (section.instrument.kind === 'validated' && section.instrument.codes) group.code = fhirCodings(section.instrument.codes);
  Object.assign(group, condition(section.when, ctx, group));
  group.item = children;
  return group;
}

/** The read-only item that shows a score, computed by SDC from the score's variable. */
function scoreItem(score: Score, paths: PathContext): FhirQuestionnaireItem {
  const out: FhirQuestionnaireItem = {
    linkId: `${SCORE_LINK_PREFIX}${score.id}`,
    ...localizedField('text', score.title),
    type: 'decimal',
    readOnly: true,
    extension: [
      { url: HL7_EXT.calculatedExpression, valueExpression: { language: FHIRPATH, expression: `%${paths.variables.get(score.id) as string}` } },
      // Scores are for the care team: LHC-Forms and Smart Forms otherwise show them to the person as fields; both still compute them into the response.
      { url: HL7_EXT.hidden, valueBoolean: true },
    ],
  };
  if (score.codes) out.code = fhirCodings(score.codes);
  return out;
}

/** The FHIRPath of a score's variable, given each item's section condition. */
export function scoreExpression(sectionOf: ReadonlyMap<string, Condition | undefined>, score: Score, paths: PathContext): string {
  const terms = score.items.map((id) => {
    const item = paths.items.get(id) as Item;
    const options = item.kind === 'scale' ? item.options : [];
    return {
      visible: visiblePath(sectionOf.get(id), item, paths),
      weight: weightPath(
        id,
        options.map((o) => ({ coding: optionCoding(paths.canonical, id, o), value: o.score ?? o.value })),
      ),
    };
  });
  const skipped = score.skipped ? { when: conditionPath(score.skipped.when as Condition, paths), value: score.skipped.value } : undefined;
  return scorePath(terms, skipped);
}

/**
 * Scores in an order where each comes after the scores its items' visibility
 * and its cut-offs read, because SDC variables see only earlier ones. A cycle
 * (possible only through cut-offs) keeps definition order.
 */
export function orderScores(q: Questionnaire): Score[] {
  const scores = (q.scores ?? []) as readonly Score[];
  const byId = new Map(scores.map((s) => [s.id, s]));
  const conditionsOf = new Map<string, Condition[]>();
  for (const section of q.sections) {
    for (const item of section.items)
      conditionsOf.set(
        item.id,
        [section.when, item.when].filter((c): c is Condition => c !== undefined),
      );
  }
  const deps = (score: Score): string[] => {
    const conditions: Condition[] = score.items.flatMap((id) => conditionsOf.get(id) ?? []);
    for (const c of score.cutoffs) if (c.when) conditions.push(c.when as Condition);
    if (score.skipped) conditions.push(score.skipped.when as Condition);
    return conditions.flatMap(conditionScores).filter((id) => id !== score.id && byId.has(id));
  };
  const out: Score[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (score: Score) => {
    if (state.has(score.id)) return;
    state.set(score.id, 'visiting');
    for (const d of deps(score)) visit(byId.get(d) as Score);
    state.set(score.id, 'done');
    out.push(score);
  };
  scores.forEach(visit);
  return out;
}

function singleInstrument(q: Questionnaire) {
  const instruments = q.sections.map((s) => s.instrument);
  const first = instruments[0];
  if (!first || first.kind !== 'validated') return undefined;
  return instruments.every((i) => i.kind === 'validated' && i.name === first.name) ? first : undefined;
}

function reportSummaryParts(q: Questionnaire, reporter: UnsupportedReporter): void {
  const parts: [keyof Questionnaire, string][] = [
    ['rules', 'summary rules'],
    ['safety', 'safety triggers'],
    ['crisisResources', 'crisis resources'],
  ];
  for (const [key, what] of parts) {
    const value = q[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    reporter.report(
      [key],
      `The questionnaire's ${what} have no place in a FHIR Questionnaire and are left out; the library applies them when it summarizes answers.`,
    );
  }
}

/** A FHIR resource id (`[A-Za-z0-9\-\.]{1,64}`) from a questionnaire id. */
export function fhirId(id: string): string {
  return id.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64);
}
