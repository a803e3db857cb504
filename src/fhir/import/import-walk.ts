import type { Condition } from '../../conditions/condition.js';
import type { Coding } from '../../definition/coding.js';
import { type Instrument, InstrumentSchema } from '../../definition/instrument.js';
import type { Item } from '../../definition/item.js';
import type { LocalizedText } from '../../definition/text.js';
import type { IssuePath } from '../../issues/issue.js';
import type { MappedAnswer } from './answer-mapping.js';
import { declinesAsCoding } from '../common/codings.js';
import { DESCRIPTION_LINK_SUFFIX, EXT, HL7_EXT, ITEM_CONTROL_SYSTEM, SCORE_LINK_PREFIX } from '../common/constants.js';
import { type FhirItemInput, KNOWN_ITEM_KEYS } from './fhir-schemas.js';
import { importCondition, type KnownItem } from './import-conditions.js';
import type { IdAllocator } from './import-ids.js';
import { answerOptionsOf, consumedExtensions, importItem } from './import-items.js';
import { hasWeights } from './import-options.js';
import type { ContainedValueSets } from './import-value-sets.js';
import { fitString, importText } from './import-text.js';
import { type ConditionBudget, conditionSize, SHARE_CONDITIONS_OVER } from './condition-budget.js';
import type { ImportReporter } from './import-reporter.js';
import type { SexQuestion } from './import-sex.js';

/** A section being built. */
export interface SectionDraft {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  when?: Condition;
  instrument: Instrument;
  items: Item[];
  /** The id of the top-level group's first section, when a nested group split it. */
  origin?: string;
}

/**
 * Where a group's items go: its section, or the sections its nested groups
 * split it into when their conditions are shared rather than copied.
 */
interface Placement {
  readonly sections: SectionDraft[];
  /** The section items go to now; undefined after a shared nested group, until the next item opens a continuation. */
  current: SectionDraft | undefined;
  /** The top-level group's section: title, instrument and origin of every part. */
  readonly base: SectionDraft;
  /** The conditions the current section's `when` holds (besides the top-level group's own). */
  readonly shared: readonly Condition[];
}

/** Everything the walk reads and fills. */
export interface WalkState {
  readonly ids: IdAllocator;
  readonly reporter: ImportReporter;
  readonly sourceUrl: string | undefined;
  /** Score ids carried by this library's score extensions (their items are skipped, the scores restored). */
  readonly ownScores: ReadonlySet<string>;
  readonly known: Map<string, KnownItem>;
  readonly answers: Map<string, ReadonlyMap<string, MappedAnswer>>;
  readonly seen: Set<string>;
  readonly budget: ConditionBudget;
  readonly valueSets: ContainedValueSets;
  /** Top-level section id → linkIds of items whose options carry weights but that were not imported as scale items. */
  readonly unscored: Map<string, string[]>;
  /** linkIds of calculated, read-only and hidden items left out (see FhirAnswerMapping.computed). */
  readonly computed: Set<string>;
  /** Top-level section id → linkIds of the calculated or total-coded numbers left out there (see FhirAnswerMapping.totals). */
  readonly totalsIn: Map<string, string[]>;
  /** The question asked in place of the patient record's sex, when the form's expressions read it. */
  readonly sex: SexQuestion | undefined;
  /** Ids of the items and sections shown by that question's answer. */
  readonly bySex: string[];
}

/** Extensions that make an item computed by the form rather than asked (R4 core's cqf-calculatedValue, SDC's calculatedExpression). */
const CALCULATED_EXT = new Set<string>([HL7_EXT.calculatedExpression, 'http://hl7.org/fhir/StructureDefinition/cqf-calculatedValue']);

/** Extensions the walk consumes on every item kind. */
const COMMON_EXT = new Set<string>([HL7_EXT.enableWhenExpression, EXT.condition]);

/**
 * A top-level group becomes a section; its nested groups are flattened into
 * it, or, when the conditions they would copy onto each item are large,
 * become sections of their own (see SHARE_CONDITIONS_OVER).
 */
export function sectionsFromGroup(group: FhirItemInput, path: IssuePath, state: WalkState): SectionDraft[] {
  const id = claim(group.linkId, path, state);
  const title = importText(group.text ?? group.linkId, group._text, [...path, 'text'], state.reporter, id);
  const own = group.extension?.find((e) => e.url === EXT.instrument);
  let instrument: Instrument | undefined;
  if (own && typeof own.valueString === 'string') {
    const parsed = InstrumentSchema.safeParse(safeJson(own.valueString));
    if (parsed.success) instrument = parsed.data;
    else
      state.reporter.report(
        [...path, 'extension'],
        `The instrument extension of group "${group.linkId}" is not valid; the section is imported as descriptive.`,
        id,
      );
  }
  if (!instrument) {
    instrument = { kind: 'descriptive', name: fitString(title.en, 100, [...path, 'text'], state.reporter, id) };
    if (group.code && group.code.length > 0) {
      state.reporter.report(
        [...path, 'code'],
        `Group "${group.linkId}" has codes but no citation and licence, so it is imported as a descriptive section without them.`,
        id,
      );
    }
  }
  const section: SectionDraft = { id, title, instrument, items: [] };
  state.budget.openSections(1);
  const when = importCondition(group, id, path, conditionContext(state));
  if (when) section.when = when;
  state.budget.spend(when, path);
  reportGroupMembers(group, path, state, id);
  const place: Placement = { sections: [section], current: section, base: section, shared: [] };
  walkChildren(group.item ?? [], place, [], [...path, 'item'], state, group.linkId);
  return place.sections;
}

/** Questions outside any group go into a section of their own. */
export function walkLoose(input: FhirItemInput, section: SectionDraft, path: IssuePath, state: WalkState): void {
  importQuestion(input, { sections: [section], current: section, base: section, shared: [] }, [], path, state);
}

/** The section to add items to, opening a continuation of the group after a shared nested group. */
function sectionOf(place: Placement, state: WalkState, path: IssuePath): SectionDraft {
  if (place.current) return place.current;
  const { base } = place;
  const when = combine([...(base.when ? [base.when] : []), ...place.shared]);
  const next: SectionDraft = {
    id: state.ids.fresh(`${base.id}-${place.sections.length + 1}`),
    title: base.title,
    instrument: base.instrument,
    items: [],
    origin: base.id,
  };
  if (when) next.when = when;
  state.budget.spend(when, path);
  place.sections.push(next);
  place.current = next;
  return next;
}

function size(conditions: readonly Condition[]): number {
  let n = 0;
  for (const c of conditions) n += conditionSize(c);
  return n;
}

/** `more`: whether items follow the list in the same placement (so a split there needs a continuation section). */
function walkChildren(
  list: readonly FhirItemInput[],
  place: Placement,
  inherited: Condition[],
  path: IssuePath,
  state: WalkState,
  parentLinkId: string,
  more = false,
): void {
  list.forEach((child, k) => {
    const after = more || k < list.length - 1;
    const at = [...path, k];
    const section = sectionOf(place, state, at);
    if (
      child.type === 'display' &&
      child.linkId === `${parentLinkId}${DESCRIPTION_LINK_SUFFIX}` &&
      k === 0 &&
      section.items.length === 0 &&
      !section.description
    ) {
      section.description = importText(child.text ?? ' ', child._text, [...at, 'text'], state.reporter, section.id);
      state.ids.claim(child.linkId);
      return;
    }
    if (child.type !== 'group') {
      importQuestion(child, place, inherited, at, state, after);
      return;
    }
    const id = claim(child.linkId, at, state);
    const own = importCondition(child, id, at, conditionContext(state));
    const conditions = own ? [...inherited, own] : inherited;
    reportGroupMembers(child, at, state, id);
    // A split needs two sections at most (the group's and a continuation); past the limit the conditions are copied, within the node budget.
    if (size(conditions) > SHARE_CONDITIONS_OVER && state.budget.openSections(after ? 2 : 1)) {
      // Copying the conditions onto each item would multiply them: the group
      // becomes a section whose condition holds them once.
      const shared = [...place.shared, ...conditions];
      const when = combine([...(place.base.when ? [place.base.when] : []), ...shared]) as Condition;
      state.budget.spend(when, at);
      const title = child.text ? importText(child.text, child._text, [...at, 'text'], state.reporter, id) : place.base.title;
      const own: SectionDraft = { id, title, instrument: place.base.instrument, items: [], when, origin: place.base.id };
      state.reporter.report(
        at,
        `Group "${child.linkId}" is nested inside another group under conditions too large to copy onto each of its items; it becomes section "${id}", shown when they hold, and the items after it continue in a section of their own.`,
        id,
      );
      place.sections.push(own);
      walkChildren(child.item ?? [], { sections: place.sections, current: own, base: place.base, shared }, [], [...at, 'item'], state, child.linkId);
      place.current = undefined;
      return;
    }
    state.reporter.report(
      at,
      `Group "${child.linkId}" is nested inside another group; the library has one level of sections, so its items are flattened into section "${section.id}" and its condition applies to each of them.`,
      id,
    );
    if (child.text) {
      const heading: Item = { id, kind: 'display', text: importText(child.text, child._text, [...at, 'text'], state.reporter, id) };
      const when = combine(conditions);
      state.budget.spend(when, at);
      section.items.push(when ? { ...heading, when } : heading);
    }
    walkChildren(child.item ?? [], place, conditions, [...at, 'item'], state, child.linkId, after);
  });
}

/**
 * A number item coded or titled as a "total score" or "section score" (US Core's PHQ-9 44261-6 and AUDIT-C 75626-2 are plain
 * decimals with no expression) is the form's own total, not a question: asking the person their total would
 * let them answer for the instrument.
 */
function isFormTotal(input: FhirItemInput): boolean {
  if (input.type !== 'decimal' && input.type !== 'integer') return false;
  const names = [input.text, ...(input.code ?? []).map((c) => c.display)];
  return names.some((n) => typeof n === 'string' && /\b(total|section) score\b/i.test(n));
}

function importQuestion(input: FhirItemInput, place: Placement, inherited: Condition[], path: IssuePath, state: WalkState, more = false): void {
  const { reporter } = state;
  const scoreId = input.linkId.startsWith(SCORE_LINK_PREFIX) ? input.linkId.slice(SCORE_LINK_PREFIX.length) : undefined;
  if (scoreId !== undefined && state.ownScores.has(scoreId)) return;
  const id = claim(input.linkId, path, state);
  const children = input.item ?? [];
  const isHelp = (c: FhirItemInput) =>
    c.type === 'display' && (c.extension ?? []).some((e) => e.url === HL7_EXT.itemControl && hasCode(e.valueCodeableConcept, 'help'));
  const help = input.type === 'display' ? undefined : children.find(isHelp);
  const rest = children.filter((c) => c !== help);

  // A calculated, read-only or hidden item is not asked of the person: the form computes it or shows it as
  // information, so it is not imported as a question (a plain decimal score item would otherwise be asked).
  const calculated = input.extension?.some((e) => CALCULATED_EXT.has(e.url)) === true;
  const hidden = input.extension?.some((e) => e.url === HL7_EXT.hidden && e.valueBoolean === true) === true;
  const readOnly = input.readOnly === true && input.type !== 'display';
  const total = isFormTotal(input);
  const consumed = new Set([...COMMON_EXT, ...consumedExtensions(input.type), ...CALCULATED_EXT, HL7_EXT.hidden]);
  for (const key of Object.keys(input)) {
    if (!KNOWN_ITEM_KEYS.has(key) && key !== 'readOnly')
      reporter.report([...path, key], `Member "${key}" of item "${input.linkId}" is not supported and is left out.`, id);
  }
  for (const e of input.extension ?? []) {
    if (!consumed.has(e.url) && !choiceControl(input, e))
      reporter.extension(e.url, [...path, 'extension'], `Item "${input.linkId}" has extension ${e.url}, which is not supported and is left out.`, id);
  }
  if (input.repeats && input.type !== 'choice' && input.type !== 'open-choice' && !input.answerOption) {
    reporter.report([...path, 'repeats'], `Item "${input.linkId}" repeats; the library takes one answer to a ${input.type} question.`, id);
  }
  if (input.maxLength !== undefined && input.type !== 'string' && input.type !== 'text') {
    reporter.report([...path, 'maxLength'], `maxLength on ${input.type} item "${input.linkId}" is not supported and is left out.`, id);
  }

  let own: Condition | undefined;
  const hasText = typeof input.text === 'string' && input.text.length > 0;
  if (calculated || hidden || readOnly || total) {
    const why = [
      calculated ? 'calculated (calculatedExpression)' : '',
      readOnly ? 'read-only (readOnly)' : '',
      hidden ? 'hidden (questionnaire-hidden)' : '',
      total && !calculated ? "the form's total score (a number coded or titled as a total or section score)" : '',
    ]
      .filter((w) => w.length > 0)
      .join(' and ');
    state.computed.add(input.linkId);
    if ((calculated || total) && (input.type === 'decimal' || input.type === 'integer')) {
      const list = state.totalsIn.get(place.base.id) ?? [];
      state.totalsIn.set(place.base.id, [...list, input.linkId]);
    }
    reporter.report(path, `Item "${input.linkId}" is ${why}, not asked of the person; the library cannot compute or carry it, so it is left out.`, id);
  } else if (input.type === 'display' && !hasText) {
    reporter.report(path, `Display item "${input.linkId}" has no text; it is left out.`, id);
  } else {
    if (!hasText) reporter.report([...path, 'text'], `Item "${input.linkId}" has no text; its linkId is used as its text.`, id);
    const text = importText(input.text ?? input.linkId, input._text, [...path, 'text'], reporter, id);
    const outcome = importItem(input, {
      id,
      text,
      codes: codings(input.code, path, reporter, id),
      path,
      sourceUrl: state.sourceUrl,
      reporter,
      valueSets: state.valueSets,
    });
    const options = answerOptionsOf(input, state.valueSets);
    // An item whose answer list could not be read may carry weights too.
    const weighted = typeof options === 'string' || hasWeights(options);
    if (weighted && !(outcome.kind === 'item' && outcome.item.kind === 'scale')) {
      // A total over this item's section would leave it out: no total is inferred for the section (see inferScores).
      state.unscored.set(place.base.id, [...(state.unscored.get(place.base.id) ?? []), input.linkId]);
    }
    if (outcome.kind === 'skip') {
      reporter.report(path, `Item "${input.linkId}" ${outcome.why}; it is left out.`, id);
    } else if (outcome.kind === 'item') {
      own = importCondition(input, id, path, conditionContext(state));
      const when = combine(own ? [...inherited, own] : inherited);
      state.budget.spend(when, path);
      let item: Item = when ? { ...outcome.item, when } : outcome.item;
      if (help && help.text && item.kind !== 'display') item = { ...item, help: importText(help.text, help._text, [...path, 'item'], reporter, id) };
      if (help) state.ids.claim(help.linkId);
      sectionOf(place, state, path).items.push(item);
      // R4 has a declined answer only on a choice; on a number, text or date item it is a missing answer.
      const declines = declinesAsCoding(item);
      state.known.set(input.linkId, { id, kind: item.kind, declines, keys: outcome.keys });
      if (item.kind !== 'display') state.answers.set(id, outcome.keys);
    }
  }
  if (rest.length > 0) {
    reporter.report([...path, 'item'], `Item "${input.linkId}" has items nested under it; they are imported after it, shown only when it is.`, id);
    walkChildren(rest, place, own ? [...inherited, own] : inherited, [...path, 'item'], state, input.linkId, more);
  }
}

function claim(linkId: string, path: IssuePath, state: WalkState): string {
  if (state.seen.has(linkId)) {
    const id = state.ids.fresh(linkId);
    state.reporter.report([...path, 'linkId'], `linkId "${linkId.slice(0, 80)}" is used twice (que-2); the second use gets id "${id}".`, id);
    return id;
  }
  state.seen.add(linkId);
  return state.ids.claim(linkId);
}

function reportGroupMembers(group: FhirItemInput, path: IssuePath, state: WalkState, id: string): void {
  if (group.required)
    state.reporter.report(
      [...path, 'required'],
      `Group "${group.linkId}" is required; a required group has no counterpart in the library and is imported as optional.`,
      id,
    );
  if (group.repeats)
    state.reporter.report([...path, 'repeats'], `Group "${group.linkId}" repeats; repeating groups are not supported, so it is asked once.`, id);
  const consumed = new Set<string>([...COMMON_EXT, EXT.instrument]);
  for (const e of group.extension ?? [])
    if (!consumed.has(e.url))
      state.reporter.extension(e.url, [...path, 'extension'], `Extension ${e.url} on group "${group.linkId}" is not supported and is left out.`, id);
  for (const key of Object.keys(group)) {
    if (!KNOWN_ITEM_KEYS.has(key) || key === 'answerOption' || key === 'maxLength') {
      state.reporter.report([...path, key], `Member "${key}" of group "${group.linkId}" is not supported and is left out.`, id);
    }
  }
}

function conditionContext(state: WalkState) {
  return { known: state.known, scoreIds: state.ownScores, reporter: state.reporter, sex: state.sex, bySex: state.bySex };
}

/** `all` of the conditions, or the only one, or none. */
export function combine(conditions: readonly Condition[]): Condition | undefined {
  if (conditions.length === 0) return undefined;
  if (conditions.length === 1) return conditions[0];
  return { all: [...conditions] };
}

function codings(list: FhirItemInput['code'], path: IssuePath, reporter: ImportReporter, id: string): Coding[] | undefined {
  if (!list || list.length === 0) return undefined;
  const out: Coding[] = [];
  for (const c of list) {
    if (
      typeof c.system === 'string' &&
      typeof c.code === 'string' &&
      c.system.length > 0 &&
      c.code.length > 0 &&
      c.system.length <= 300 &&
      c.code.length <= 100 &&
      out.length < 10
    ) {
      out.push(
        typeof c.display === 'string' && c.display.length > 0 && c.display.length <= 500
          ? { system: c.system, code: c.code, display: c.display }
          : { system: c.system, code: c.code },
      );
    } else {
      reporter.report([...path, 'code'], `A code of item "${id}" lacks a system or code, is too long, or is past the tenth; it is left out.`, id);
    }
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Check boxes on a repeating choice, radio buttons on a single one: they say what the item is anyway (the library's
 * own export writes them), so nothing is lost and nothing is reported.
 */
function choiceControl(input: FhirItemInput, e: { url: string; valueCodeableConcept?: unknown }): boolean {
  if (e.url !== HL7_EXT.itemControl || input.type !== 'choice') return false;
  return hasCode(e.valueCodeableConcept, input.repeats === true ? 'check-box' : 'radio-button');
}

function hasCode(concept: unknown, code: string): boolean {
  const coding = (concept as { coding?: unknown } | undefined)?.coding;
  return (
    Array.isArray(coding) &&
    coding.some((c: { system?: unknown; code?: unknown }) => c?.code === code && (c.system === undefined || c.system === ITEM_CONTROL_SYSTEM))
  );
}

/** `JSON.parse` that returns undefined instead of throwing. */
export function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
