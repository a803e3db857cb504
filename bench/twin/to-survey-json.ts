import type { Condition } from '../../src/conditions/condition.js';
import type { Item } from '../../src/definition/item.js';
import type { Answers, AnswerValue, QuestionnaireInput } from '../../src/definition/types.js';
import { answeredExpression, conditionExpression, DECLINED, type ExpressionScope, itemFacts, type ScoreFacts } from './condition-expression.js';

/** A SurveyJS choice. */
export interface SurveyChoice {
  readonly value: string | number | boolean;
  readonly text: string;
  readonly isExclusive?: boolean;
}

/** The subset of a SurveyJS question JSON the twin uses. */
export interface SurveyQuestion {
  readonly type: 'radiogroup' | 'checkbox' | 'boolean' | 'text' | 'comment' | 'html';
  readonly name: string;
  readonly title?: string;
  readonly html?: string;
  readonly visibleIf?: string;
  readonly isRequired?: boolean;
  readonly choices?: readonly SurveyChoice[];
  readonly inputType?: 'number' | 'date';
  readonly min?: number | string;
  readonly max?: number | string;
  readonly maxLength?: number;
}

/** The subset of a SurveyJS survey JSON the twin uses. */
export interface SurveyJson {
  readonly title: string;
  readonly clearInvisibleValues: 'onHidden';
  readonly calculatedValues: readonly { readonly name: string; readonly expression: string }[];
  readonly pages: readonly { readonly name: string; readonly title: string; readonly visibleIf?: string; readonly elements: readonly SurveyQuestion[] }[];
}

/** A SurveyJS twin of a questionnaire, with the name mappings both ways. */
export interface SurveyTwin {
  readonly json: SurveyJson;
  /** Our item id → SurveyJS question name. */
  readonly nameOf: ReadonlyMap<string, string>;
  /** SurveyJS question name → our item id. */
  readonly itemOf: ReadonlyMap<string, string>;
  /** Our section id → SurveyJS page name. */
  readonly pageOf: ReadonlyMap<string, string>;
  /** Our score id → SurveyJS calculated value name, for the scores the twin computes. */
  readonly scoreNameOf: ReadonlyMap<string, string>;
  /** One answer as SurveyJS stores it (a declined multi item is `['prefer-not-to-answer']`). */
  toSurveyValue(itemId: string, value: AnswerValue): unknown;
  /** A whole answers object as SurveyJS data. */
  toSurveyData(answers: Answers): Record<string, unknown>;
}

/** Options of {@link toSurveyTwin}. */
export interface TwinOptions {
  /** Scores to compute as `calculatedValues` (scores that conditions read are added). Default: PHQ-9 and GAD-7. */
  readonly scores?: readonly string[];
}

/** SurveyJS reads `{a.b}` as a path into `a`, so ids become plain identifiers. */
export function surveyName(id: string): string {
  return id.replace(/[^A-Za-z0-9]/g, '_');
}

function question(item: Item, name: string, visibleIf: string | undefined): SurveyQuestion {
  const base = { name, title: item.text.en, ...(visibleIf === undefined ? {} : { visibleIf }) };
  if (item.kind === 'display') return { type: 'html', name, html: item.text.en, ...(visibleIf === undefined ? {} : { visibleIf }) };
  const answerable = { ...base, ...(item.required ? { isRequired: true } : {}) };
  const decline: SurveyChoice[] = item.preferNotToAnswer ? [{ value: DECLINED, text: 'Prefer not to answer', isExclusive: true }] : [];
  switch (item.kind) {
    case 'single':
      return { ...answerable, type: 'radiogroup', choices: [...item.options.map((o) => ({ value: o.value, text: o.text.en })), ...decline] };
    case 'scale':
      return { ...answerable, type: 'radiogroup', choices: [...item.options.map((o) => ({ value: o.value, text: o.text.en })), ...decline] };
    case 'multi':
      return {
        ...answerable,
        type: 'checkbox',
        choices: [...item.options.map((o) => ({ value: o.value, text: o.text.en, ...(o.exclusive ? { isExclusive: true } : {}) })), ...decline],
      };
    case 'boolean':
      // A SurveyJS boolean has no third value, so a declinable yes/no is a radio group.
      return item.preferNotToAnswer
        ? { ...answerable, type: 'radiogroup', choices: [{ value: true, text: 'Yes' }, { value: false, text: 'No' }, ...decline] }
        : { ...answerable, type: 'boolean' };
    case 'number':
      return {
        ...answerable,
        type: 'text',
        inputType: 'number',
        ...(item.min === undefined ? {} : { min: item.min }),
        ...(item.max === undefined ? {} : { max: item.max }),
      };
    case 'text':
      return { ...answerable, type: item.multiline ? 'comment' : 'text', ...(item.maxLength === undefined ? {} : { maxLength: item.maxLength }) };
    case 'date':
      return {
        ...answerable,
        type: 'text',
        inputType: 'date',
        ...(item.min === undefined ? {} : { min: item.min }),
        ...(item.max === undefined ? {} : { max: item.max }),
      };
  }
}

function and(parts: readonly (string | undefined)[]): string | undefined {
  const present = parts.filter((p): p is string => p !== undefined);
  if (present.length === 0) return undefined;
  return present.length === 1 ? present[0] : `(${present.join(' and ')})`;
}

/**
 * Build the SurveyJS twin of a questionnaire: one page per section (section
 * `when` → page `visibleIf`), one question per item (item `when` →
 * `visibleIf`), "prefer not to answer" as an extra choice, and scores as
 * `calculatedValues` with our semantics: hidden items count 0, a visible item
 * unanswered or declined leaves the total empty, all items hidden leaves it
 * empty. Hidden answers are cleared at once (`clearInvisibleValues: 'onHidden'`),
 * as our flow drops them.
 *
 * @param q - The questionnaire.
 * @param options - Which scores to compute.
 * @returns The SurveyJS JSON and the mappings between the two.
 */
export function toSurveyTwin(q: QuestionnaireInput, options: TwinOptions = {}): SurveyTwin {
  const nameOf = new Map<string, string>();
  const itemOf = new Map<string, string>();
  const kinds = new Map<string, Item['kind']>();
  const claim = (id: string, name: string) => {
    const taken = itemOf.get(name);
    if (taken !== undefined && taken !== id) throw new Error(`Ids "${taken}" and "${id}" both become SurveyJS name "${name}".`);
    itemOf.set(name, id);
    nameOf.set(id, name);
  };
  for (const s of q.sections)
    for (const item of s.items) {
      claim(item.id, surveyName(item.id));
      kinds.set(item.id, item.kind);
    }
  const scoreDefs = new Map((q.scores ?? []).map((s) => [s.id, s]));
  const scoreNameOf = new Map<string, string>();
  const scoreName = (id: string) => {
    const name = `score_${surveyName(id)}`;
    if (itemOf.has(name)) throw new Error(`Score "${id}" and an item both become SurveyJS name "${name}".`);
    return name;
  };

  const facts = itemFacts(q, (id) => nameOf.get(id) ?? surveyName(id));
  const scope: ExpressionScope = {
    item(id) {
      const f = facts.get(id);
      if (!f) throw new Error(`Condition names unknown item "${id}".`);
      return f;
    },
    score(id): ScoreFacts {
      const s = scoreDefs.get(id);
      if (!s) throw new Error(`Condition names unknown score "${id}".`);
      scoreNameOf.set(id, scoreName(id));
      return { name: scoreName(id), cutoffs: s.cutoffs.map((c) => (c.when === undefined ? { gte: c.gte } : { gte: c.gte, when: c.when as Condition })) };
    },
  };
  const expr = (c: Condition | undefined) => (c === undefined ? undefined : conditionExpression(c, scope));

  const sectionWhen = new Map<string, string | undefined>();
  const itemWhen = new Map<string, string | undefined>();
  const pageOf = new Map<string, string>();
  const pages = q.sections.map((section) => {
    const page = surveyName(section.id);
    pageOf.set(section.id, page);
    const visibleIf = expr(section.when as Condition | undefined);
    sectionWhen.set(section.id, visibleIf);
    const elements = section.items.map((item) => {
      const own = expr(item.when as Condition | undefined);
      itemWhen.set(item.id, and([visibleIf, own]));
      return question(item as Item, nameOf.get(item.id) as string, own);
    });
    return { name: page, title: section.title.en, ...(visibleIf === undefined ? {} : { visibleIf }), elements };
  });

  // Scores named by options, plus any that a visibility condition read above.
  const wanted = new Set([...(options.scores ?? ['phq9', 'gad7']), ...scoreNameOf.keys()]);
  const calculatedValues = [...wanted].map((id) => {
    const score = scoreDefs.get(id);
    if (!score) throw new Error(`Questionnaire "${q.id}" has no score "${id}".`);
    scoreNameOf.set(id, scoreName(id));
    return { name: scoreName(id), expression: scoreExpression(score.items, (itemId) => itemWhen.get(itemId), scope) };
  });

  const toSurveyValue = (itemId: string, value: AnswerValue): unknown => (value === DECLINED && kinds.get(itemId) === 'multi' ? [DECLINED] : value);
  return {
    json: { title: q.title.en, clearInvisibleValues: 'onHidden', calculatedValues, pages },
    nameOf,
    itemOf,
    pageOf,
    scoreNameOf,
    toSurveyValue,
    toSurveyData(answers) {
      const out: Record<string, unknown> = {};
      for (const [id, value] of Object.entries(answers)) out[nameOf.get(id) ?? surveyName(id)] = toSurveyValue(id, value);
      return out;
    },
  };
}

/**
 * A score as a SurveyJS expression: the sum when every visible item holds a
 * number and at least one item is visible, else the empty string (SurveyJS
 * expressions have no null literal).
 */
function scoreExpression(itemIds: readonly string[], visibleIf: (id: string) => string | undefined, scope: ExpressionScope): string {
  const complete: string[] = [];
  const terms: string[] = [];
  const shown: string[] = [];
  let alwaysShown = false;
  for (const id of itemIds) {
    const facts = scope.item(id);
    const v = `{${facts.name}}`;
    const vis = visibleIf(id);
    if (vis === undefined) {
      alwaysShown = true;
      complete.push(answeredExpression(facts));
      terms.push(v);
    } else {
      shown.push(vis);
      complete.push(`(!(${vis}) or ${answeredExpression(facts)})`);
      terms.push(`iif(${vis}, ${v}, 0)`);
    }
  }
  const guard = alwaysShown ? complete : [`(${shown.join(' or ')})`, ...complete];
  return `iif(${guard.join(' and ')}, ${terms.join(' + ')}, '')`;
}
