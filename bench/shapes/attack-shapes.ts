/**
 * Hostile but valid inputs, generated at any size: the shapes issue 18 found
 * to cost far more than their size. The bench (bench/shapes/run-shapes.ts)
 * times them against size; tests/reliability asserts deterministic proxies
 * (stored dependents, output bytes, counted work) grow linearly in them.
 */
import type { QuestionnaireInput } from '../../src/definition/types.js';

type Json = Record<string, unknown>;
const SECTION_ITEMS = 500;

function section(i: number, items: Json[]): Json {
  return { id: `s${i}`, title: { en: `S${i}` }, instrument: { kind: 'descriptive', name: `S${i}` }, items };
}

function questionnaire(id: string, items: Json[], extra: Json = {}): QuestionnaireInput {
  const sections: Json[] = [];
  for (let i = 0; i < items.length; i += SECTION_ITEMS) sections.push(section(sections.length, items.slice(i, i + SECTION_ITEMS)));
  return { id, version: '1.0.0', title: { en: id }, sections, ...extra } as unknown as QuestionnaireInput;
}

/** Items each shown when the one before it is answered: every item transitively depends on all before it. */
export function chainDefinition(n: number): QuestionnaireInput {
  const items: Json[] = [];
  for (let k = 0; k < n; k++) items.push({ id: `c${k}`, kind: 'boolean', text: { en: `Q${k}` }, ...(k > 0 ? { when: { answered: `c${k - 1}` } } : {}) });
  return questionnaire('chain', items);
}

/** Items each shown when the two before them are answered: a UI schema that expands visibility doubles per item. */
export function twoBackDefinition(n: number): QuestionnaireInput {
  const items: Json[] = [];
  for (let k = 0; k < n; k++) {
    const when = k === 0 ? undefined : k === 1 ? { answered: 'c0' } : { all: [{ answered: `c${k - 1}` }, { answered: `c${k - 2}` }] };
    items.push({ id: `c${k}`, kind: 'boolean', text: { en: `Q${k}` }, ...(when ? { when } : {}) });
  }
  return questionnaire('two-back', items);
}

/**
 * Summary rules whose conditions are very wide: `rules` rules, each an `any`
 * of 100 `all`s of `width / 100` comparisons over distinct items.
 */
export function wideRuleDefinition(leaves: number, items = 1000): QuestionnaireInput {
  const list: Json[] = [];
  for (let k = 0; k < items; k++) list.push({ id: `w${k}`, kind: 'boolean', text: { en: `Q${k}` } });
  const rules: Json[] = [];
  let leaf = 0;
  while (leaf < leaves) {
    const groups: Json[] = [];
    for (let g = 0; g < 100 && leaf < leaves; g++) {
      const parts: Json[] = [];
      for (let p = 0; p < 100 && leaf < leaves; p++, leaf++) parts.push({ item: `w${leaf % items}`, eq: true });
      groups.push({ all: parts });
    }
    rules.push({ id: `r${rules.length}`, domain: 'motivations', when: { any: groups }, finding: { en: 'Finding.' } });
  }
  return questionnaire('wide', list, { rules });
}

/**
 * A FHIR Questionnaire of groups nested `depth` deep, each with `perGroup`
 * questions and an `enableWhen` of `conditions` comparisons on the first
 * question: flattened, every question inherits every ancestor's condition.
 */
export function nestedGroupsFhir(depth: number, perGroup: number, conditions: number, branches = 1): Json {
  const group = (branch: number, level: number): Json => {
    const questions: Json[] = [];
    for (let k = 0; k < perGroup; k++) questions.push({ linkId: `b${branch}g${level}q${k}`, type: 'boolean', text: `Q${level}.${k}` });
    const enableWhen = Array.from({ length: conditions }, (_, c) => ({ question: 'first', operator: '=', answerBoolean: c % 2 === 0 }));
    const children = level + 1 < depth ? [...questions, group(branch, level + 1)] : questions;
    return { linkId: `b${branch}g${level}`, type: 'group', text: `G${level}`, enableWhen, enableBehavior: 'any', item: children };
  };
  const first = { linkId: 'first', type: 'boolean', text: 'First?' };
  return {
    resourceType: 'Questionnaire',
    status: 'draft',
    url: 'urn:test:nested',
    item: [{ linkId: 'top', type: 'group', text: 'Top', item: [first, ...Array.from({ length: branches }, (_, b) => group(b, 0))] }],
  };
}

/**
 * Scores whose cut-offs each read the one before twice: written out inline,
 * the FHIR export's expression for the last doubled per score.
 */
export function scoreChainDefinition(n: number): QuestionnaireInput {
  const items: Json[] = [];
  const scores: Json[] = [];
  for (let k = 0; k < n; k++) {
    items.push({ id: `q${k}`, kind: 'scale', text: { en: `Q${k}` }, options: [0, 1].map((value) => ({ value, text: { en: String(value) } })) });
    const when = k === 0 ? undefined : { any: [{ positive: `s${k - 1}` }, { not: { positive: `s${k - 1}` } }] };
    scores.push({
      id: `s${k}`,
      title: { en: `S${k}` },
      section: 's0',
      items: [`q${k}`],
      bands: [{ min: 0, max: 1, label: { en: 'Any' } }],
      cutoffs: [when ? { gte: 1, when } : { gte: 1 }],
    });
  }
  items.push({ id: 'last', kind: 'boolean', text: { en: 'Last?' }, when: { positive: `s${n - 1}` } });
  return questionnaire('score-chain', items, { scores });
}
