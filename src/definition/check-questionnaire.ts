import { conditionScores, walk } from '../conditions/classify.js';
import type { Condition } from '../conditions/condition.js';
import { type Issue, type IssuePath, issue } from '../issues/issue.js';
import { checkCutoffReach, checkScores, type Place } from './check-scores.js';
import { PREFER_NOT_TO_ANSWER } from './item.js';
import type { QuestionnaireDefinition } from './questionnaire.js';
import { LOCALE_PATTERN } from './text.js';

/** Ids that would shadow `Object.prototype` members if used as object keys. */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype).concat(['prototype', '__proto__']));

type Def = QuestionnaireDefinition;
type AnyItem = Def['sections'][number]['items'][number];

/**
 * Check a schema-valid definition for what a schema cannot see: duplicate and
 * reserved ids, conditions naming unknown items, options or scores, or looking
 * forward, options taken from a later, unknown or non-multi item
 * (`optionsFrom`), scores over non-scale items, bands that overlap or leave gaps,
 * score cut-offs that read their own score, a later item or each other in a
 * loop, empty sections, bad ranges and incomplete declared translations.
 */
export function checkQuestionnaire(def: Def): Issue[] {
  const issues: Issue[] = [];
  const items = new Map<string, { item: AnyItem; position: number; path: IssuePath }>();
  const ids = new Map<string, IssuePath>();
  const claim = (id: string, path: IssuePath) => {
    if (RESERVED.has(id)) issues.push(issue('reserved-id', path, `Id "${id}" is reserved. Ensure that no id is an Object.prototype member name.`, id));
    const prior = ids.get(id);
    if (prior)
      issues.push(issue('duplicate-id', path, `Id "${id}" is used twice (first at "${prior.join('.')}"). Ensure that section and item ids are unique.`, id));
    else ids.set(id, path);
  };

  let position = 0;
  def.sections.forEach((section, si) => {
    claim(section.id, ['sections', si, 'id']);
    if (section.items.length === 0) {
      issues.push(
        issue('empty-section', ['sections', si, 'items'], `Section "${section.id}" has no items. Ensure that every section holds at least one item.`),
      );
    }
    section.items.forEach((item, ii) => {
      const path: IssuePath = ['sections', si, 'items', ii];
      claim(item.id, [...path, 'id']);
      if (!items.has(item.id)) items.set(item.id, { item, position, path });
      position++;
      checkItemShape(item, path, issues);
    });
  });

  const sectionIds = new Set(def.sections.map((s) => s.id));
  const scoreIds = new Map<string, number>();
  (def.scores ?? []).forEach((s, i) => {
    if (scoreIds.has(s.id)) issues.push(issue('duplicate-id', ['scores', i, 'id'], `Score id "${s.id}" is used twice. Ensure that score ids are unique.`));
    else scoreIds.set(s.id, i);
  });
  const scoreLast = new Map<string, number>();
  for (const s of def.scores ?? []) scoreLast.set(s.id, Math.max(-1, ...s.items.map((id) => items.get(id)?.position ?? -1)));

  const checkCondition = (condition: Condition, base: IssuePath, place: Place) => {
    walk(condition, (node, rel) => {
      const path = [...base, ...rel];
      if (node.kind === 'score' || node.kind === 'positive') {
        const last = scoreLast.get(node.score);
        if (last === undefined) {
          issues.push(issue('unknown-score', path, `Condition names score "${node.score}", which does not exist. Ensure that it matches a score id.`));
        } else if (last >= place.before) {
          issues.push(
            issue('forward-reference', path, `Condition reads score "${node.score}", whose items come later. Ensure that conditions read only earlier items.`),
          );
        }
        return;
      }
      if (!('item' in node)) return;
      const target = items.get(node.item);
      if (!target) {
        issues.push(
          issue(
            'unknown-item',
            path,
            `Condition names item "${node.item}", which does not exist. Ensure that the id matches an item of this questionnaire.`,
            node.item,
          ),
        );
        return;
      }
      if (node.item === place.self) {
        issues.push(issue('self-reference', path, `Item "${node.item}" has a condition on itself. Ensure that conditions read only earlier items.`, node.item));
        return;
      }
      if (target.position >= place.before) {
        issues.push(
          issue(
            'forward-reference',
            path,
            `Condition reads item "${node.item}", which comes later. Ensure that conditions read only earlier items.`,
            node.item,
          ),
        );
      }
      checkOperands(node, target.item, path, issues);
    });
  };

  position = 0;
  def.sections.forEach((section, si) => {
    if (section.when) checkCondition(section.when, ['sections', si, 'when'], { before: position });
    section.items.forEach((item, ii) => {
      if (item.when) checkCondition(item.when, ['sections', si, 'items', ii, 'when'], { before: position, self: item.id });
      if ((item.kind === 'single' || item.kind === 'multi') && item.optionsFrom !== undefined) {
        checkOptionsFrom(item, item.optionsFrom, ['sections', si, 'items', ii, 'optionsFrom'], position, items, issues);
      }
      position++;
    });
  });

  checkScores(def, { items, sectionIds, scoreLast, checkCondition, issues });

  (def.rules ?? []).forEach((rule, i) => {
    checkCondition(rule.when, ['rules', i, 'when'], { before: Number.POSITIVE_INFINITY });
    (rule.evidence ?? []).forEach((id, k) => {
      if (!items.has(id)) issues.push(issue('unknown-item', ['rules', i, 'evidence', k], `Rule "${rule.id}" cites item "${id}", which does not exist.`, id));
    });
  });
  uniqueIds(def.rules ?? [], 'rules', issues);
  (def.safety ?? []).forEach((t, i) => checkCondition(t.when, ['safety', i, 'when'], { before: Number.POSITIVE_INFINITY }));
  uniqueIds(def.safety ?? [], 'safety', issues);
  if (issues.length === 0) checkScoreCycles(def, issues);
  if (issues.length === 0) checkCutoffReach(def, { items, scoreLast, issues });
  checkLocales(def, issues);
  return issues;
}

/**
 * A score's value reads its items' visibility, whose conditions may read
 * earlier scores; whether it is positive also reads its cut-off conditions,
 * which may read any score. A score that reads itself that way could never be
 * computed (before this check, it overflowed the stack), so it is refused.
 * Run only on an otherwise valid definition, so every id resolves.
 */
function checkScoreCycles(def: Def, issues: Issue[]): void {
  const scores = def.scores ?? [];
  const scoreOf = new Map(scores.map((s, i) => [s.id, i]));
  const itemScores = new Map<string, string[]>();
  for (const section of def.sections) {
    const fromSection = section.when ? conditionScores(section.when) : [];
    for (const item of section.items) itemScores.set(item.id, [...fromSection, ...(item.when ? conditionScores(item.when) : [])]);
  }
  const reads = scores.map((s) => {
    const out = new Set<number>();
    for (const id of s.items) for (const t of itemScores.get(id) ?? []) out.add(scoreOf.get(t) as number);
    for (const c of s.cutoffs) if (c.when) for (const t of conditionScores(c.when)) out.add(scoreOf.get(t) as number);
    if (s.skipped) for (const t of conditionScores(s.skipped.when)) out.add(scoreOf.get(t) as number);
    return [...out];
  });
  // Depth first with an explicit stack: 0 unvisited, 1 on the current path, 2 done.
  const state = new Uint8Array(scores.length);
  for (let root = 0; root < scores.length; root++) {
    if (state[root] !== 0) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const [node, next] = top;
      const list = reads[node] as number[];
      if (next >= list.length) {
        state[node] = 2;
        stack.pop();
        continue;
      }
      top[1] = next + 1;
      const to = list[next] as number;
      if (state[to] === 1) {
        const id = (scores[to] as { id: string }).id;
        const via = stack.slice(stack.findIndex(([n]) => n === to)).map(([n]) => `"${(scores[n] as { id: string }).id}"`);
        issues.push(
          issue(
            'cycle',
            ['scores', to, 'cutoffs'],
            `Score "${id}" reads itself (${[...via, `"${id}"`].join(' → ')}), through cut-off conditions or the conditions of its items, so it can never be computed. Ensure that no cut-off condition reads its own score, directly or through other scores.`,
          ),
        );
        return;
      }
      if (state[to] === 0) {
        state[to] = 1;
        stack.push([to, 0]);
      }
    }
  }
}

function uniqueIds(list: readonly { id: string }[], key: string, issues: Issue[]): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id)) issues.push(issue('duplicate-id', [key, i, 'id'], `Id "${entry.id}" is used twice in ${key}. Ensure that ids are unique.`));
    seen.add(entry.id);
  });
}

function checkItemShape(item: AnyItem, path: IssuePath, issues: Issue[]): void {
  if (item.kind === 'single' || item.kind === 'multi' || item.kind === 'scale') {
    const seen = new Set<string | number>();
    item.options.forEach((o, k) => {
      if (seen.has(o.value))
        issues.push(issue('duplicate-id', [...path, 'options', k, 'value'], `Item "${item.id}" has option value "${o.value}" twice.`, item.id));
      seen.add(o.value);
      if (o.value === PREFER_NOT_TO_ANSWER) {
        issues.push(
          issue(
            'reserved-value',
            [...path, 'options', k, 'value'],
            `Item "${item.id}" uses the reserved value "${PREFER_NOT_TO_ANSWER}". Set preferNotToAnswer: true instead.`,
            item.id,
          ),
        );
      }
    });
  }
  if ((item.kind === 'number' || item.kind === 'date') && item.min !== undefined && item.max !== undefined && item.min > item.max) {
    issues.push(issue('invalid-range', [...path, 'min'], `Item "${item.id}" has min above max. Ensure that min ≤ max.`, item.id));
  }
}

/**
 * `optionsFrom` names an earlier multi-choice item whose options include every
 * option of the item, so each option the flow offers is one the person could
 * have chosen there.
 */
function checkOptionsFrom(
  item: Extract<AnyItem, { kind: 'single' | 'multi' }>,
  from: string,
  path: IssuePath,
  position: number,
  items: ReadonlyMap<string, { item: AnyItem; position: number }>,
  issues: Issue[],
): void {
  const source = items.get(from);
  if (!source) {
    issues.push(
      issue(
        'unknown-item',
        path,
        `Item "${item.id}" takes its options from item "${from}", which does not exist. Ensure that optionsFrom names an earlier multi-choice item.`,
        from,
      ),
    );
  } else if (from === item.id) {
    issues.push(
      issue('self-reference', path, `Item "${item.id}" takes its options from itself. Ensure that optionsFrom names an earlier multi-choice item.`, from),
    );
  } else if (source.position >= position) {
    issues.push(
      issue(
        'forward-reference',
        path,
        `Item "${item.id}" takes its options from item "${from}", which comes later. Ensure that optionsFrom names an earlier item.`,
        from,
      ),
    );
  } else if (source.item.kind !== 'multi') {
    issues.push(
      issue(
        'condition-mismatch',
        path,
        `Item "${item.id}" takes its options from item "${from}", a ${source.item.kind} item. Ensure that optionsFrom names a multi-choice item.`,
        from,
      ),
    );
  } else {
    const offered = new Set(source.item.options.map((o) => o.value));
    item.options.forEach((o, k) => {
      if (!offered.has(o.value)) {
        issues.push(
          issue(
            'unknown-option',
            [...path.slice(0, -1), 'options', k, 'value'],
            `Item "${item.id}" has option "${o.value}", which item "${from}" (its optionsFrom) does not offer. Ensure that every option is one of "${from}"'s.`,
            item.id,
          ),
        );
      }
    });
  }
}

function checkOperands(node: Parameters<Parameters<typeof walk>[1]>[0], item: AnyItem, path: IssuePath, issues: Issue[]): void {
  const kind = item.kind;
  const mismatch = (what: string): void => {
    issues.push(
      issue('condition-mismatch', path, `Condition uses ${what} on item "${item.id}", a ${kind} item. Ensure that the comparison fits the item kind.`, item.id),
    );
  };
  const checkValue = (v: unknown) => {
    if (kind === 'single' || kind === 'multi') {
      if (typeof v !== 'string') return mismatch('a non-string value');
      if (!item.options.some((o) => o.value === v)) {
        issues.push(
          issue(
            'unknown-option',
            path,
            `Condition names option "${v}" of item "${item.id}", which has no such option. Ensure that the value matches one of its options.`,
            item.id,
          ),
        );
      }
    } else if (kind === 'scale') {
      if (typeof v !== 'number') return mismatch('a non-number value');
      if (!item.options.some((o) => o.value === v)) {
        issues.push(issue('unknown-option', path, `Condition names value ${v} of item "${item.id}", which has no such option.`, item.id));
      }
    } else if (kind === 'boolean') {
      if (typeof v !== 'boolean') mismatch('a non-boolean value');
    } else if (kind === 'number') {
      if (typeof v !== 'number') mismatch('a non-number value');
    }
  };
  switch (node.kind) {
    case 'answered':
    case 'declined':
      return;
    case 'includes':
      if (kind !== 'multi') return mismatch('"includes"');
      return checkValue(node.value);
    case 'in':
      if (kind === 'multi' || kind === 'text' || kind === 'date' || kind === 'display') return mismatch('"in"');
      node.values.forEach(checkValue);
      return;
    case 'compare':
      if (node.op === 'eq' || node.op === 'ne') {
        if (kind === 'multi' || kind === 'text' || kind === 'date' || kind === 'display') return mismatch(`"${node.op}"`);
        return checkValue(node.value);
      }
      if (kind !== 'scale' && kind !== 'number') return mismatch(`"${node.op}"`);
      return;
    default:
      return;
  }
}

/** Every localized text must have each declared locale; every locale key must be a valid tag. */
function checkLocales(def: Def, issues: Issue[]): void {
  const declared = (def.locales ?? []).filter((l) => l !== 'en');
  def.locales?.forEach((l, i) => {
    if (!LOCALE_PATTERN.test(l)) issues.push(issue('invalid-definition', ['locales', i], `Locale "${l}" is not a BCP 47 tag such as "es" or "es-MX".`));
  });
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, i]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (typeof obj.en === 'string' && Object.values(obj).every((v) => typeof v === 'string')) {
      for (const key of Object.keys(obj)) {
        if (!LOCALE_PATTERN.test(key)) issues.push(issue('invalid-definition', [...path, key], `"${key}" is not a locale tag such as "es" or "es-MX".`));
      }
      for (const l of declared) {
        if (!Object.hasOwn(obj, l))
          issues.push(
            issue('missing-translation', path, `Text at "${path.join('.')}" has no "${l}" translation, though the questionnaire declares locale "${l}".`),
          );
      }
      return;
    }
    for (const [k, v] of Object.entries(obj)) visit(v, [...path, k]);
  };
  visit(def, []);
}
