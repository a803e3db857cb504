import { Fhir } from 'fhir';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';

/**
 * Validation of exported resources with real tools, not a hand-written shape
 * check:
 *
 * 1. FHIR.js (`fhir` package) validates structure, cardinality, primitive
 *    types and required bindings against its bundled R4 (4.0.1) structure
 *    definitions; unexpected members are made errors. FHIR.js skips
 *    elements typed by content reference (`item.item` is
 *    `#Questionnaire.item`), so every nested item is also validated as a
 *    top-level item of a copy of the resource. FHIR.js also reports a
 *    required choice (`answer[x]`, `value[x]`) as missing when its value is
 *    `false`, `0` or `""` (it tests truthiness); those reports are dropped
 *    after checking that such a member is there.
 * 2. FHIR.js does not run invariants, so the R4 invariants of Questionnaire
 *    and QuestionnaireResponse are evaluated with fhirpath.js on the R4
 *    model. The expressions are the official ones from the R4 structure
 *    definitions (que-0 … que-13, qrs-1, qrs-2), verbatim.
 */
const fhir = new Fhir();
// que-1 uses trace(); keep its output out of the test log.
const QUIET = { traceFn: () => undefined };

interface Invariant {
  readonly key: string;
  readonly context: string;
  readonly expression: string;
}

const QUESTIONNAIRE_INVARIANTS: readonly Invariant[] = [
  { key: 'que-0', context: 'Questionnaire', expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')" },
  { key: 'que-2', context: 'Questionnaire', expression: 'descendants().linkId.isDistinct()' },
  {
    key: 'que-1',
    context: 'item',
    expression: "(type='group' implies item.empty().not()) and (type.trace('type')='display' implies item.trace('item').empty())",
  },
  { key: 'que-3', context: 'item', expression: "type!='display' or code.empty()" },
  { key: 'que-4', context: 'item', expression: 'answerOption.empty() or answerValueSet.empty()' },
  {
    key: 'que-5',
    context: 'item',
    expression:
      "(type ='choice' or type = 'open-choice' or type = 'decimal' or type = 'integer' or type = 'date' or type = 'dateTime' or type = 'time' or type = 'string' or type = 'quantity') or (answerValueSet.empty() and answerOption.empty())",
  },
  { key: 'que-6', context: 'item', expression: "type!='display' or (required.empty() and repeats.empty())" },
  // R4 writes `answer is Boolean`; fhirpath.js reads `Boolean` strictly as System.Boolean, so the FHIR type name is used.
  { key: 'que-7', context: 'enableWhen', expression: "operator = 'exists' implies (answer is boolean)" },
  { key: 'que-8', context: 'item', expression: "(type!='group' and type!='display') or initial.empty()" },
  { key: 'que-9', context: 'item', expression: "type!='display' or readOnly.empty()" },
  {
    key: 'que-10',
    context: 'item',
    expression: "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()",
  },
  { key: 'que-11', context: 'item', expression: 'answerOption.empty() or initial.empty()' },
  { key: 'que-12', context: 'item', expression: 'enableWhen.count() > 2 implies enableBehavior.exists()' },
  // R4 publishes `> 2` above; its text says more than one enableWhen needs enableBehavior, so that is checked too.
  { key: 'que-12 (as stated)', context: 'item', expression: 'enableWhen.count() > 1 implies enableBehavior.exists()' },
  { key: 'que-13', context: 'item', expression: 'repeats=true or initial.count() <= 1' },
];

const RESPONSE_INVARIANTS: readonly Invariant[] = [
  { key: 'qrs-1', context: 'item', expression: '(answer.exists() and item.exists()).not()' },
  { key: 'qrs-2', context: 'QuestionnaireResponse', expression: 'repeat(answer|item).select(item.where(answer.value.exists()).linkId.isDistinct()).allTrue()' },
];

const compiled = new Map<string, (node: unknown) => unknown[]>();
function run(base: string, expression: string, node: unknown): unknown[] {
  const key = `${base}\u0000${expression}`;
  let fn = compiled.get(key);
  if (!fn) {
    const c = fhirpath.compile({ base, expression }, r4, QUIET);
    fn = (n: unknown) => c(n) as unknown[];
    compiled.set(key, fn);
  }
  return fn(node);
}

/** Problems found in a resource: FHIR.js errors and warnings, and failed invariants. */
export function r4Problems(resource: object): string[] {
  const problems: string[] = [];
  const hoisted = hoistItems(resource);
  const result = fhir.validate(hoisted, { errorOnUnexpected: true });
  for (const m of result.messages) {
    if (falsyChoice(hoisted, m.location ?? '', m.message ?? '')) continue;
    if (m.severity === 'error' || m.severity === 'fatal' || m.severity === 'warning') problems.push(`${m.severity} ${m.location ?? ''}: ${m.message ?? ''}`);
  }
  const type = (resource as { resourceType?: unknown }).resourceType;
  if (type !== 'Questionnaire' && type !== 'QuestionnaireResponse') return problems;
  const items = run(type, 'repeat(item)', resource);
  const enableWhens = run(type, 'repeat(item).enableWhen', resource);
  for (const inv of type === 'Questionnaire' ? QUESTIONNAIRE_INVARIANTS : RESPONSE_INVARIANTS) {
    const [contexts, base] =
      inv.context === type ? [[resource], type] : inv.context === 'item' ? [items, `${type}.item`] : [enableWhens, `${type}.item.enableWhen`];
    contexts.forEach((node, i) => {
      const out = run(base, inv.expression, node);
      // An empty result is not a failure: an invariant fails when it evaluates to false.
      if (out.length > 1 || out[0] === false) problems.push(`${inv.key} fails at ${inv.context}[${i}]`);
    });
  }
  return problems;
}

/**
 * A copy of the resource with every item, however deeply nested (in items or
 * in answers), moved to the top-level `item` list, so FHIR.js checks each
 * against the R4 definition of an item.
 */
function hoistItems(resource: object): object {
  const copy = structuredClone(resource) as { item?: Record<string, unknown>[] };
  const flat: Record<string, unknown>[] = [];
  const visit = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const raw of list as Record<string, unknown>[]) {
      const { item: children, ...rest } = raw;
      if (Array.isArray(rest.answer)) {
        rest.answer = (rest.answer as Record<string, unknown>[]).map((a) => {
          const { item: nested, ...answer } = a;
          visit(nested);
          return answer;
        });
      }
      flat.push(rest);
      visit(children);
    }
  };
  visit(copy.item);
  if (flat.length > 0) copy.item = flat;
  return copy;
}

/** Whether a "Missing property" report on a choice element is FHIR.js's truthiness bug: the element has a falsy `choice…` member. */
function falsyChoice(resource: object, location: string, message: string): boolean {
  const match = /^(.*)\.(\w+)\[x\]$/.exec(location);
  if (message !== 'Missing property' || !match) return false;
  let node: unknown = resource;
  for (const step of (match[1] as string).split('.').slice(1)) {
    const [, name, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(step) ?? [];
    node = (node as Record<string, unknown> | undefined)?.[name as string];
    if (index !== undefined) node = (node as unknown[] | undefined)?.[Number(index)];
  }
  const choice = match[2] as string;
  return Object.entries((node ?? {}) as Record<string, unknown>).some(
    ([k, v]) => k.startsWith(choice) && k.length > choice.length && (v === false || v === 0 || v === ''),
  );
}
