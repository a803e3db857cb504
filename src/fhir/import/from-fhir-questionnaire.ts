import * as z from 'zod/mini';
import type { Condition } from '../../conditions/condition.js';
import { parseQuestionnaire } from '../../definition/define-questionnaire.js';
import { type Instrument, NOT_VALIDATED } from '../../definition/instrument.js';
import { issuesFromZod } from '../../definition/issues-from-zod.js';
import { SEMVER } from '../../definition/questionnaire.js';
import { type Score, ScoreSchema } from '../../definition/score.js';
import type { Questionnaire } from '../../definition/types.js';
import { type Issue, issue } from '../../issues/issue.js';
import { QuestionnaireError } from '../../issues/questionnaire-error.js';
import type { FhirAnswerMapping } from './answer-mapping.js';
import { EXT, HL7_EXT } from '../common/constants.js';
import { type FhirItemInput, QuestionnaireInputSchema, type QuestionnaireResourceInput } from './fhir-schemas.js';
import { guardResource } from './import-guard.js';
import { IdAllocator, slugId } from './import-ids.js';
import { mapIds } from './import-conditions.js';
import { fitString, importText } from './import-text.js';
import { ConditionBudget } from './condition-budget.js';
import { safeJson, type SectionDraft, sectionsFromGroup, type WalkState, walkLoose } from './import-walk.js';
import { declaredLocales } from './import-locales.js';
import type { FromFhirOptions } from '../common/options.js';
import { ImportReporter } from './import-reporter.js';
import { sexQuestion, type SexQuestion } from './import-sex.js';
import { ContainedValueSets } from './import-value-sets.js';
import { attempt, type SafeResult } from '../../issues/safe-result.js';

/**
 * What `fromFhirQuestionnaire` returns.
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireImport } from 'intake-screening/fhir';
 * const ids = (r: FhirQuestionnaireImport) => [...r.mapping.ids.values()];
 * ```
 */
export interface FhirQuestionnaireImport {
  /** A runnable questionnaire, validated by `parseQuestionnaire`. */
  readonly questionnaire: Questionnaire;
  /** What could not be represented and was left out or changed (empty under `unsupported: 'omit'`). */
  readonly issues: readonly Issue[];
  /** linkId → id, and FHIR answer → answer value; pass it to `fromFhirQuestionnaireResponse`. */
  readonly mapping: FhirAnswerMapping;
}

const KNOWN_ROOT = new Set([
  'resourceType',
  'id',
  'url',
  'version',
  'name',
  'title',
  '_title',
  'status',
  'publisher',
  'description',
  '_description',
  'copyright',
  'code',
  'item',
  'extension',
  'language',
  'contained',
]);

/**
 * Import a FHIR R4 Questionnaire as a runnable questionnaire.
 *
 * Top-level groups become sections; questions outside groups are gathered in
 * sections of their own; groups nested in groups are flattened into their
 * section (each item keeps the group's condition) and reported. Item types:
 * group, display, boolean, choice, open-choice (as choice), integer, decimal,
 * string, text, url (as text), date. Answer options may be codings, strings
 * or integers, or come from a contained ValueSet that lists them (resolved
 * offline); options that all carry whole `ordinalValue` or `itemWeight`
 * weights make a scale (repeated weights become option scores), and one
 * score per section sums them (`scores: 'infer'`), unless a weighted item of
 * the section could not be imported. Calculated, read-only and hidden items
 * are computed by the form, not asked, and are left out. enableWhen with
 * every R4 operator and enableBehavior become conditions. LinkIds that are
 * not valid ids are mapped deterministically (`mapping.ids`). Everything
 * else (other item types, value sets that are not contained, initial values,
 * FHIRPath expressions, other extensions, enableWhen on later items, …) is
 * reported under the `unsupported` policy, never dropped silently;
 * rendering-only extensions (itemControl, optionPrefix, …) in one grouped
 * issue. A questionnaire exported by `toFhirQuestionnaire` comes back with
 * the same flow and scores.
 *
 * @param json - A FHIR R4 Questionnaire as parsed JSON.
 * @param options - Unsupported policy and score inference.
 * @returns The questionnaire, the issues and the answer mapping.
 * @throws QuestionnaireError for input that is not a Questionnaire, is malformed, huge or deeply nested, holds `__proto__` keys, or has nothing importable; and under `unsupported: 'throw'`.
 * @example
 * ```ts
 * import { fromFhirQuestionnaire } from 'intake-screening/fhir';
 * const { questionnaire, issues } = fromFhirQuestionnaire({
 *   resourceType: 'Questionnaire', status: 'active', title: 'Check-in',
 *   item: [{ linkId: 'q1', type: 'boolean', text: 'Do you have naloxone?' }],
 * });
 * questionnaire.sections[0]?.items[0]?.id; // 'q1'
 * ```
 */
export function fromFhirQuestionnaire(json: unknown, options: FromFhirOptions = {}): FhirQuestionnaireImport {
  const parsed = QuestionnaireInputSchema.safeParse(guardResource(json, 'Questionnaire'));
  if (!parsed.success) throw new QuestionnaireError(issuesFromZod(parsed.error));
  const root = parsed.data;
  const reporter = new ImportReporter(options.unsupported ?? 'warn');
  for (const key of Object.keys(root))
    if (!KNOWN_ROOT.has(key)) reporter.report([key], `Questionnaire.${key} has no counterpart in the library and is left out.`);
  if (root.language && !/^en(-|$)/.test(root.language)) {
    reporter.report(['language'], `The questionnaire's language is "${root.language.slice(0, 20)}"; its texts are imported as the base (English) texts.`);
  }

  const ownScores = readOwnScores(root, reporter);
  const ids = new IdAllocator();
  const sex = sexQuestion(root, () => ids.fresh('patient-sex'));
  const state: WalkState = {
    ids,
    reporter,
    sourceUrl: root.url,
    ownScores: new Set(ownScores.map((s) => s.id)),
    known: new Map(),
    answers: new Map(),
    seen: new Set(),
    budget: new ConditionBudget(),
    valueSets: new ContainedValueSets(root.contained, reporter),
    unscored: new Map(),
    computed: new Set(),
    totalsIn: new Map(),
    sex,
    bySex: [],
  };
  const title = importText(root.title ?? root.name ?? root.id ?? 'Imported questionnaire', root._title, ['title'], reporter);
  const sections: SectionDraft[] = sex ? [sexSection(sex, state)] : [];
  let loose: SectionDraft | undefined;
  let usedRootMeta = false;
  (root.item ?? []).forEach((input: FhirItemInput, i) => {
    if (input.type === 'group') {
      sections.push(...sectionsFromGroup(input, ['item', i], state));
      loose = undefined;
      return;
    }
    if (!loose) {
      const instrument = looseInstrument(root, title, reporter);
      usedRootMeta ||= instrument.kind === 'validated';
      state.budget.openSections(1);
      loose = { id: state.ids.fresh(slugId(root.id ?? root.name ?? 'questionnaire')), title, instrument, items: [] };
      sections.push(loose);
    }
    walkLoose(input, loose, ['item', i], state);
  });
  if (!usedRootMeta) {
    if (root.copyright)
      reporter.report(['copyright'], 'The copyright applies to the whole questionnaire, which the library records per section; it is left out.');
    if (root.code && root.code.length > 0)
      reporter.report(['code'], 'The questionnaire codes apply to the whole questionnaire, which the library records per section; they are left out.');
  }
  if (sex) reportBySex(sex, state);
  const kept = sections.filter((s) => {
    if (s.items.length > 0) return true;
    // A group whose items all went to the sections of its nested groups is not worth a note.
    if (!sections.some((other) => other.origin === s.id)) reporter.report([], `Section "${s.id}" has no importable items and is left out.`);
    return false;
  });
  applyPerformerType(root, kept, reporter);
  const scores = ownScores.length > 0 ? mapOwnScores(ownScores, state, kept) : options.scores === 'none' ? [] : inferScores(kept, state);
  const def = {
    id: slugId(root.id ?? root.name ?? 'imported'),
    version: semver(root.version, reporter),
    title,
    ...(root.description ? { description: importText(root.description, root._description, ['description'], reporter) } : {}),
    ...(root.url && z.url().safeParse(root.url).success ? { url: root.url } : {}),
    ...(root.status === 'draft' || root.status === 'active' || root.status === 'retired' ? { status: root.status } : {}),
    ...(root.publisher ? { publisher: fitString(root.publisher, 300, ['publisher'], reporter) } : {}),
    sections: kept.map(withoutOrigin),
    ...(scores.length > 0 ? { scores } : {}),
  };
  if (root.url && def.url === undefined) reporter.report(['url'], 'The questionnaire url is not an absolute URL and is left out.');
  if (root.status === 'unknown') reporter.report(['status'], 'Status "unknown" has no counterpart; the questionnaire is imported without a status.');
  const issues = reporter.finish();
  if (kept.length === 0) {
    throw new QuestionnaireError([issue('empty-section', ['item'], 'The Questionnaire has no item the library can import.'), ...issues]);
  }
  const locales = declaredLocales(def);
  const questionnaire = parseQuestionnaire(locales.length > 0 ? { ...def, locales } : def);
  const totals = totalsOf(scores, state);
  return { questionnaire, issues, mapping: { ids: state.ids.ids, answers: state.answers, computed: state.computed, ...(totals.size > 0 ? { totals } : {}) } };
}

/** A section draft as the definition takes it. */
/** The section that asks the sex the form's expressions read from the patient's record: first, before what it shows. */
function sexSection(sex: SexQuestion, state: WalkState): SectionDraft {
  state.budget.openSections(1);
  return {
    id: state.ids.fresh('patient-record'),
    title: { en: 'Your health record' },
    instrument: { kind: 'descriptive', name: 'Sex as recorded in the health record', note: NOT_VALIDATED },
    items: [sex.item],
  };
}

function reportBySex(sex: SexQuestion, state: WalkState): void {
  const named = state.bySex.slice(0, 10).map((id) => `"${id}"`);
  if (state.bySex.length > 10) named.push(`${state.bySex.length - 10} more`);
  state.reporter.report(
    [],
    `The form shows ${named.length > 0 ? named.join(', ') : 'some items'} by the sex in the patient's record (an enableWhenExpression on %patient.gender), which an import cannot read: it asks "${sex.item.id}" first instead, and shows each by that answer.`,
    sex.item.id,
  );
}

/** The form's own total of a section (its one computed number) → the section's one score, where both are unambiguous. */
function totalsOf(scores: readonly Score[], state: WalkState): Map<string, string> {
  const totals = new Map<string, string>();
  for (const [section, linkIds] of state.totalsIn) {
    const own = scores.filter((s) => s.section === section);
    if (linkIds.length === 1 && own.length === 1) totals.set(linkIds[0] as string, (own[0] as Score).id);
  }
  return totals;
}

function withoutOrigin(draft: SectionDraft): Omit<SectionDraft, 'origin'> {
  const { origin, ...section } = draft;
  void origin;
  return section;
}

/** This library's score extensions, checked against the score schema. */
function readOwnScores(root: QuestionnaireResourceInput, reporter: ImportReporter): Score[] {
  const out: Score[] = [];
  const own = (root.extension ?? []).filter((e) => e.url === EXT.score);
  (root.extension ?? []).forEach((e, k) => {
    if (e.url === EXT.score) {
      const parsed = ScoreSchema.safeParse(typeof e.valueString === 'string' ? safeJson(e.valueString) : undefined);
      if (parsed.success) out.push(parsed.data);
      else reporter.report(['extension', k], 'A score extension is not a valid score and is left out.');
    } else if (!(e.url === HL7_EXT.variable && own.length > 0) && e.url !== HL7_EXT.performerType) {
      reporter.extension(e.url, ['extension', k], `Extension ${e.url} on the Questionnaire is not supported and is left out.`);
    }
  });
  return out;
}

/** Scores from this library's extensions, with item and section ids mapped; a score over items that did not survive is dropped. */
function mapOwnScores(scores: readonly Score[], state: WalkState, sections: readonly SectionDraft[]): Score[] {
  const sectionIds = new Set(sections.map((s) => s.id));
  const out: Score[] = [];
  for (const score of scores) {
    const items = score.items.map((linkId) => state.known.get(linkId));
    const section = state.ids.ids.get(score.section);
    if (items.some((i) => i?.kind !== 'scale') || section === undefined || !sectionIds.has(section)) {
      state.reporter.report(['extension'], `Score "${score.id}" reads items that were not imported as scale items; it is left out.`);
      continue;
    }
    const mapId = (id: string) => state.known.get(id)?.id ?? id;
    out.push({
      ...score,
      section,
      items: items.map((i) => (i as { id: string }).id),
      cutoffs: score.cutoffs.map((c) => (c.when ? { ...c, when: mapIds(c.when as Condition, mapId) } : c)),
    });
  }
  return out;
}

/**
 * One score per group that has weighted (scale) items (a group split by its
 * nested groups counts once): their sum, without bands or cut-offs. A group
 * with a weighted item that was not imported as a scale gets no score, since
 * the total would leave that item out and still read as complete.
 */
function inferScores(sections: readonly SectionDraft[], state: WalkState): Score[] {
  const byGroup = new Map<string, { section: SectionDraft; items: string[] }>();
  for (const s of sections) {
    const group = byGroup.get(s.origin ?? s.id) ?? { section: s, items: [] };
    byGroup.set(s.origin ?? s.id, group);
    for (const i of s.items) if (i.kind === 'scale') group.items.push(i.id);
  }
  return [...byGroup.entries()].flatMap(([origin, { section: s, items }]) => {
    if (items.length === 0) return [];
    const unscored = state.unscored.get(origin);
    if (unscored !== undefined) {
      const named = unscored.slice(0, 10).map((linkId) => `"${linkId.slice(0, 80)}"`);
      state.reporter.report(
        [],
        `No total is inferred for section "${s.id}": item${unscored.length > 1 ? 's' : ''} ${named.join(', ')}${unscored.length > 10 ? ' and more' : ''} ${unscored.length > 1 ? 'carry' : 'carries'} option weights (or answers that could not be read) but ${unscored.length > 1 ? 'were' : 'was'} not imported as scale items (see ${unscored.length > 1 ? 'their' : 'its'} issues), so a total would leave ${unscored.length > 1 ? 'them' : 'it'} out.`,
        s.id,
      );
      return [];
    }
    return [{ id: s.id, title: { en: `${s.title.en} (total of weighted answers)`.slice(0, 4000) }, section: s.id, items, bands: [], cutoffs: [] }];
  });
}

/**
 * SDC `performerType`: `Practitioner` marks every validated section
 * clinician-rated (a section's own instrument extension, when it states a
 * rater, wins); `Patient` is the library's default. A descriptive section
 * cannot carry a rater, and other performers have no counterpart: both are
 * reported.
 */
function applyPerformerType(root: QuestionnaireResourceInput, sections: SectionDraft[], reporter: ImportReporter): void {
  (root.extension ?? []).forEach((e, k) => {
    if (e.url !== HL7_EXT.performerType || e.valueCode === 'Patient') return;
    if (e.valueCode !== 'Practitioner') {
      reporter.report(['extension', k], `Performer type "${String(e.valueCode).slice(0, 40)}" has no counterpart in the library and is left out.`);
      return;
    }
    for (const s of sections) {
      if (s.instrument.kind === 'validated') s.instrument = { rater: 'clinician', ...s.instrument };
      else reporter.report(['extension', k], `Section "${s.id}" is imported as descriptive, which cannot be marked clinician-rated.`);
    }
  });
}

/** The instrument of questions outside any group: validated when the questionnaire states a copyright, else descriptive. */
function looseInstrument(root: QuestionnaireResourceInput, title: { en: string }, reporter: ImportReporter): Instrument {
  const name = fitString(root.name ?? title.en, 100, ['name'], reporter);
  if (!root.copyright) return { kind: 'descriptive', name };
  const codes = (root.code ?? []).filter(
    (c): c is { system: string; code: string; display?: string } =>
      typeof c.system === 'string' && typeof c.code === 'string' && c.system.length > 0 && c.code.length > 0 && c.code.length <= 100 && c.system.length <= 300,
  );
  const url = root.url && /^https?:/.test(root.url) && z.url().safeParse(root.url).success ? root.url : undefined;
  return {
    kind: 'validated',
    name,
    title: fitString(title.en, 300, ['title'], reporter),
    citation: fitString(`FHIR Questionnaire ${root.url ?? root.id ?? name}${root.version ? `|${root.version}` : ''}`, 1000, ['url'], reporter),
    licence: fitString(root.copyright, 1000, ['copyright'], reporter),
    ...(url ? { url } : {}),
    ...(codes.length > 0
      ? {
          codes: codes
            .slice(0, 10)
            .map((c) => (c.display && c.display.length <= 500 ? { system: c.system, code: c.code, display: c.display } : { system: c.system, code: c.code })),
        }
      : {}),
  };
}

/** A semantic version from a FHIR version string: `1` → `1.0.0`, `1.2` → `1.2.0`, anything else → `1.0.0`. */
function semver(version: string | undefined, reporter: ImportReporter): string {
  if (version === undefined) return '1.0.0';
  if (SEMVER.test(version)) return version;
  if (/^(0|[1-9]\d{0,5})$/.test(version)) return `${version}.0.0`;
  if (/^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/.test(version)) return `${version}.0`;
  reporter.report(['version'], 'The questionnaire version is not a semantic version; "1.0.0" is used.');
  return '1.0.0';
}

/**
 * `fromFhirQuestionnaire` that returns its issues instead of throwing them.
 * Parts left out under the `unsupported` policy are in `data.issues`, as from `fromFhirQuestionnaire`.
 *
 * @param json - A FHIR R4 Questionnaire as parsed JSON.
 * @param options - Unsupported policy and score inference.
 * @returns `{ success: true, data }` with the import, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { safeFromFhirQuestionnaire } from 'intake-screening/fhir';
 * const result = safeFromFhirQuestionnaire({ resourceType: 'Patient' });
 * result.success; // false
 * ```
 */
export function safeFromFhirQuestionnaire(json: unknown, options: FromFhirOptions = {}): SafeResult<FhirQuestionnaireImport> {
  return attempt(() => fromFhirQuestionnaire(json, options));
}
