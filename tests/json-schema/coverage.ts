import { walk } from '../../src/conditions/classify.js';
import type { ConditionNode } from '../../src/conditions/classify.js';
import type { Condition } from '../../src/conditions/condition.js';
import type { ItemKind } from '../../src/definition/item.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';

/** Every condition node kind, item comparisons split by operator. */
export const CONDITION_FORMS = [
  'compare:eq',
  'compare:ne',
  'compare:gt',
  'compare:gte',
  'compare:lt',
  'compare:lte',
  'in',
  'includes',
  'answered',
  'declined',
  'all',
  'any',
  'not',
] as const;

/** The node kinds JSON Schema cannot express. */
export const SCORE_FORMS = ['score', 'positive'] as const;

type Listed = (typeof CONDITION_FORMS)[number] | (typeof SCORE_FORMS)[number];
type Kinds = Exclude<ConditionNode['kind'], 'compare'> | `compare:${Extract<ConditionNode, { kind: 'compare' }>['op']}`;
// A node kind or operator added to the model and missing from the lists above fails to compile here.
const exhaustive: [Exclude<Kinds, Listed>] extends [never] ? true : false = true;
void exhaustive;

function form(node: ConditionNode): string {
  return node.kind === 'compare' ? `compare:${node.op}` : node.kind;
}

/** The condition forms a questionnaire's section and item conditions use. */
export function conditionForms(q: QuestionnaireInput): Set<string> {
  const out = new Set<string>();
  const visit = (c: Condition | undefined) => {
    if (c) walk(c, (node) => out.add(form(node)));
  };
  for (const s of q.sections) {
    visit(s.when);
    for (const i of s.items) visit(i.when);
  }
  return out;
}

/** The item kinds a questionnaire uses. */
export function itemKinds(q: QuestionnaireInput): Set<ItemKind> {
  return new Set(q.sections.flatMap((s) => s.items.map((i) => i.kind)));
}
