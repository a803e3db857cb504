import { walk } from '../conditions/classify.js';
import type { Condition } from '../conditions/condition.js';
import { type Issue, type IssuePath, issue } from '../issues/issue.js';
import type { QuestionnaireDefinition } from './questionnaire.js';

type Def = QuestionnaireDefinition;
type ScoreDef = NonNullable<Def['scores']>[number];
type AnyItem = Def['sections'][number]['items'][number];

/** Where a condition stands, for the forward-reference and self-reference rules. */
export interface Place {
  /** Items at or after this position may not be read; Infinity for rules and triggers. */
  readonly before: number;
  /** The item whose condition this is, to report self-reference. */
  readonly self?: string;
}

/** What the score checks share with the rest of `checkQuestionnaire`. */
export interface ScoreCheckContext {
  readonly items: ReadonlyMap<string, { readonly item: AnyItem; readonly position: number }>;
  readonly sectionIds: ReadonlySet<string>;
  /** Position of each score's last item (-1 when none of its items exists). */
  readonly scoreLast: ReadonlyMap<string, number>;
  readonly checkCondition: (condition: Condition, base: IssuePath, place: Place) => void;
  readonly issues: Issue[];
}

/**
 * Check every score: its section and items, its bands, the conditions of its
 * cut-offs and of `skipped` (ids and operands; where they may reach is
 * `checkCutoffReach`), and `skipped.value` against the range.
 */
export function checkScores(def: Def, ctx: ScoreCheckContext): void {
  const { items, issues } = ctx;
  (def.scores ?? []).forEach((score, i) => {
    const path: IssuePath = ['scores', i];
    if (!ctx.sectionIds.has(score.section)) {
      issues.push(
        issue(
          'unknown-item',
          [...path, 'section'],
          `Score "${score.id}" names section "${score.section}", which does not exist. Ensure that it matches a section id.`,
        ),
      );
    }
    const seen = new Set<string>();
    let lo = 0;
    let hi = 0;
    score.items.forEach((id, k) => {
      const target = items.get(id);
      if (seen.has(id)) issues.push(issue('duplicate-id', [...path, 'items', k], `Score "${score.id}" lists item "${id}" twice.`, id));
      seen.add(id);
      if (!target) {
        issues.push(
          issue('unknown-item', [...path, 'items', k], `Score "${score.id}" names item "${id}", which does not exist. Ensure that the id matches an item.`, id),
        );
      } else if (target.item.kind !== 'scale') {
        issues.push(
          issue(
            'score-item-not-scale',
            [...path, 'items', k],
            `Score "${score.id}" sums item "${id}", a ${target.item.kind} item. Ensure that scores sum only scale items.`,
            id,
          ),
        );
      } else {
        lo += Math.min(...target.item.options.map((o) => o.score ?? o.value));
        hi += Math.max(...target.item.options.map((o) => o.score ?? o.value));
      }
    });
    checkBands(score, path, lo, hi, issues);
    const anywhere: Place = { before: Number.POSITIVE_INFINITY };
    score.cutoffs.forEach((c, k) => {
      if (c.when) ctx.checkCondition(c.when, [...path, 'cutoffs', k, 'when'], anywhere);
    });
    if (score.skipped) {
      ctx.checkCondition(score.skipped.when, [...path, 'skipped', 'when'], anywhere);
      if (score.skipped.value < lo || score.skipped.value > hi) {
        issues.push(
          issue(
            'invalid-range',
            [...path, 'skipped', 'value'],
            `Score "${score.id}" records ${score.skipped.value} when skipped, outside its range ${lo}–${hi}. Ensure that skipped.value is a total the score can reach.`,
          ),
        );
      }
    }
  });
}

/** The conditions read whenever a score is computed, with their paths. */
function scoreConditions(score: ScoreDef, i: number): [Condition, IssuePath][] {
  const out: [Condition, IssuePath][] = [];
  score.cutoffs.forEach((c, k) => {
    if (c.when) out.push([c.when, ['scores', i, 'cutoffs', k, 'when']]);
  });
  if (score.skipped) out.push([score.skipped.when, ['scores', i, 'skipped', 'when']]);
  return out;
}

/**
 * A score's cut-off and `skipped` conditions are evaluated whenever the score
 * is, including while a later item's visibility is worked out in document
 * order. So they may read items up to the score's last item, and scores whose
 * items end there too; reading further ahead would decide visibility from
 * answers not yet checked (or loop). Run on a definition whose ids resolve and
 * whose scores do not read themselves (`cycle`).
 */
export function checkCutoffReach(def: Def, ctx: Pick<ScoreCheckContext, 'items' | 'scoreLast' | 'issues'>): void {
  (def.scores ?? []).forEach((score, i) => {
    const last = ctx.scoreLast.get(score.id) ?? -1;
    for (const [condition, base] of scoreConditions(score, i)) {
      walk(condition, (node, rel) => {
        const path = [...base, ...rel];
        if (node.kind === 'score' || node.kind === 'positive') {
          if ((ctx.scoreLast.get(node.score) ?? -1) > last) {
            ctx.issues.push(
              issue(
                'forward-reference',
                path,
                `Score "${score.id}" has a cut-off condition that reads score "${node.score}", whose items come after its own. Ensure that cut-off conditions read only items up to the score's last item, and scores that end there too.`,
              ),
            );
          }
        } else if ('item' in node && (ctx.items.get(node.item)?.position ?? -1) > last) {
          ctx.issues.push(
            issue(
              'forward-reference',
              path,
              `Score "${score.id}" has a cut-off condition that reads item "${node.item}", which comes after its items. Ensure that cut-off conditions read only items up to the score's last item.`,
              node.item,
            ),
          );
        }
      });
    }
  });
}

function checkBands(score: ScoreDef, path: IssuePath, lo: number, hi: number, issues: Issue[]): void {
  if (score.bands.length === 0) return;
  const bands = score.bands.map((b, i) => ({ ...b, i })).sort((a, b) => a.min - b.min);
  let expected = lo;
  for (const b of bands) {
    const bp: IssuePath = [...path, 'bands', b.i];
    if (b.min > b.max) {
      issues.push(issue('invalid-range', bp, `Score "${score.id}" has a band with min above max.`));
      continue;
    }
    if (b.min > expected)
      issues.push(issue('band-gap', bp, `Score "${score.id}" has no band for ${expected}–${b.min - 1}. Ensure that bands cover ${lo}–${hi} without gaps.`));
    if (b.min < expected)
      issues.push(issue('band-overlap', bp, `Score "${score.id}" has bands that overlap at ${b.min}. Ensure that each total falls in one band.`));
    expected = Math.max(expected, b.max + 1);
  }
  if (expected <= hi)
    issues.push(
      issue('band-gap', [...path, 'bands'], `Score "${score.id}" has no band for ${expected}–${hi}. Ensure that bands cover ${lo}–${hi} without gaps.`),
    );
}
