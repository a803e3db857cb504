import type { IssuePath } from '../../issues/issue.js';
import { HL7_EXT } from '../common/constants.js';
import type { AnswerOptionInput, ExtensionInput } from './fhir-schemas.js';
import type { ImportReporter } from './import-reporter.js';

/** The answers of a contained ValueSet as answer options, or why it cannot give them offline. */
export type ValueSetAnswers = { readonly options: readonly AnswerOptionInput[] } | { readonly why: string };

/** A ValueSet longer than this is not an answer list a person picks from. */
const MAX_CONCEPTS = 500;

const WEIGHT_EXT = new Set<string>([HL7_EXT.ordinalValue, HL7_EXT.itemWeight]);

interface ConceptInput {
  readonly system?: unknown;
  readonly code?: unknown;
  readonly display?: unknown;
  readonly abstract?: unknown;
  readonly inactive?: unknown;
  readonly extension?: unknown;
  readonly contains?: unknown;
}

/**
 * The contained ValueSets of a Questionnaire, looked up as an item's
 * `answerValueSet` names them: `#id`, or the ValueSet's canonical `url`
 * (with or without `|version`). A ValueSet whose `expansion` lists its codes,
 * or whose `compose` includes only listed concepts, gives its answers with no
 * terminology server; option weights (`ordinalValue`, `itemWeight`) on its
 * concepts are kept. Other contained resources are reported.
 */
export class ContainedValueSets {
  private readonly byRef = new Map<string, ValueSetAnswers>();

  constructor(contained: unknown, reporter: ImportReporter) {
    if (contained === undefined) return;
    if (!Array.isArray(contained)) {
      reporter.report(['contained'], 'Questionnaire.contained is not a list; it is left out.');
      return;
    }
    contained.forEach((resource: unknown, k) => {
      const r = (resource ?? {}) as { resourceType?: unknown; id?: unknown; url?: unknown; version?: unknown };
      if (r.resourceType !== 'ValueSet') {
        const type = typeof r.resourceType === 'string' ? r.resourceType.slice(0, 40) : 'resource';
        reporter.report(
          ['contained', k],
          `Contained ${type} ${typeof r.id === 'string' ? `"${r.id.slice(0, 80)}"` : ''} has no counterpart in the library and is left out.`,
        );
        return;
      }
      const answers = readValueSet(resource as Record<string, unknown>, ['contained', k], reporter);
      if (typeof r.id === 'string') this.byRef.set(`#${r.id}`, answers);
      if (typeof r.url === 'string') {
        this.byRef.set(r.url, answers);
        if (typeof r.version === 'string') this.byRef.set(`${r.url}|${r.version}`, answers);
      }
    });
  }

  /** The answers a reference names, or undefined when no contained ValueSet has that id or url. */
  resolve(ref: string): ValueSetAnswers | undefined {
    return this.byRef.get(ref);
  }
}

function readValueSet(vs: Record<string, unknown>, path: IssuePath, reporter: ImportReporter): ValueSetAnswers {
  const expansion = vs.expansion as { contains?: unknown } | undefined;
  if (expansion && Array.isArray(expansion.contains)) {
    const out: AnswerOptionInput[] = [];
    const flatten = (list: readonly unknown[]): void => {
      for (const c of list as readonly ConceptInput[]) {
        if (c === null || typeof c !== 'object') continue;
        // An abstract entry is a heading that groups codes; it cannot be chosen.
        if (c.abstract !== true && c.inactive !== true) {
          const option = optionOf(c, c.system, [...path, 'expansion'], reporter);
          if (option) out.push(option);
        }
        if (Array.isArray(c.contains)) flatten(c.contains);
      }
    };
    flatten(expansion.contains);
    return bounded(out);
  }
  const compose = vs.compose as { include?: unknown; exclude?: unknown } | undefined;
  if (!compose || !Array.isArray(compose.include)) return { why: 'has neither an expansion nor a compose that lists its codes' };
  if (compose.exclude !== undefined) return { why: 'excludes codes, which needs a terminology server to expand' };
  const out: AnswerOptionInput[] = [];
  for (const include of compose.include as readonly { system?: unknown; concept?: unknown; filter?: unknown; valueSet?: unknown }[]) {
    if (include === null || typeof include !== 'object' || !Array.isArray(include.concept) || include.filter !== undefined || include.valueSet !== undefined) {
      return { why: 'includes codes by filter, by another value set or by whole code system, which needs a terminology server to expand' };
    }
    for (const c of include.concept as readonly ConceptInput[]) {
      const option = c !== null && typeof c === 'object' ? optionOf(c, include.system, [...path, 'compose'], reporter) : undefined;
      if (option) out.push(option);
    }
  }
  return bounded(out);
}

function bounded(options: AnswerOptionInput[]): ValueSetAnswers {
  if (options.length === 0) return { why: 'lists no codes' };
  if (options.length > MAX_CONCEPTS) return { why: `lists more than ${MAX_CONCEPTS} codes` };
  return { options };
}

/** A concept as an answer option: its coding, and its weight extensions. */
function optionOf(c: ConceptInput, system: unknown, path: IssuePath, reporter: ImportReporter): AnswerOptionInput | undefined {
  if (typeof c.code !== 'string' || typeof system !== 'string') return undefined;
  const extensions = Array.isArray(c.extension)
    ? (c.extension as readonly ExtensionInput[]).filter((e) => e !== null && typeof e === 'object' && typeof e.url === 'string')
    : [];
  for (const e of extensions)
    if (!WEIGHT_EXT.has(e.url)) reporter.extension(e.url, path, `Extension ${e.url} on a concept of a contained value set is not supported and is left out.`);
  const weights = extensions.filter((e) => WEIGHT_EXT.has(e.url));
  const coding = typeof c.display === 'string' ? { system, code: c.code, display: c.display } : { system, code: c.code };
  return weights.length > 0 ? { valueCoding: coding, extension: weights } : { valueCoding: coding };
}
