/**
 * Random definitions up to a documented size (at most 40 items in up to 4
 * sections, conditions on earlier items up to 3 levels deep and 4 wide, up
 * to 6 rules, a score over the scale items) parse, index, run and export
 * within a work bound linear in their size: elements scanned by linear
 * searches, graph nodes the dependents walks visit, and output bytes, each
 * at most a fixed multiple of the definition's JSON bytes (up to ~4 KB here; the
 * largest ratios seen are about a quarter of each bound). Counts, not time.
 */
import { answersOf } from '../../src/flow/answers-of.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/definition/define-questionnaire.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { toFhirQuestionnaire } from '../../src/fhir/index.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { initialIntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';
import { toJsonSchema, toUiSchema } from '../../src/json-schema/index.js';
import { renderSummary } from '../../src/summary/render-summary.js';
import { summarize } from '../../src/summary/summarize.js';
import { scannedBy } from '../support/work-meter.js';

/** The bounds, per byte of the definition's JSON. */
const BOUND = { scanned: 1, steps: 0.05, stored: 0.1, exportBytes: 40 } as const;

type Json = Record<string, unknown>;
type Kind = 'boolean' | 'scale' | 'single';

/** A condition on items before position `k` (their kinds given), or undefined when there are none. */
function condition(kinds: readonly Kind[], depth: number): fc.Arbitrary<Json> {
  const leaf = fc.nat({ max: Math.max(0, kinds.length - 1) }).chain((i) => {
    const id = `i${i}`;
    switch (kinds[i]) {
      case 'boolean':
        return fc.constantFrom<Json>({ item: id, eq: true }, { answered: id }, { declined: id });
      case 'scale':
        return fc.constantFrom<Json>({ item: id, gte: 1 }, { item: id, lt: 2 }, { answered: id });
      default:
        return fc.constantFrom<Json>({ item: id, eq: 'a' }, { item: id, in: ['a', 'b'] }, { answered: id });
    }
  });
  if (depth === 0) return leaf;
  const inner = condition(kinds, depth - 1);
  return fc.oneof(
    { arbitrary: leaf, weight: 3 },
    fc.array(inner, { minLength: 1, maxLength: 4 }).map((all): Json => ({ all })),
    fc.array(inner, { minLength: 1, maxLength: 4 }).map((any): Json => ({ any })),
    inner.map((not): Json => ({ not })),
  );
}

const definition: fc.Arbitrary<QuestionnaireInput> = fc
  .array(fc.constantFrom<Kind>('boolean', 'scale', 'single'), { minLength: 1, maxLength: 40 })
  .chain((kinds) => {
    const whens = kinds.map((_, k) => (k === 0 ? fc.constant(undefined) : fc.option(condition(kinds.slice(0, k), 3), { nil: undefined, freq: 2 })));
    const rules = fc.array(condition(kinds, 3), { maxLength: 6 });
    return fc.tuple(fc.tuple(...whens), rules, fc.integer({ min: 1, max: 4 })).map(([when, ruleWhens, sectionCount]) => {
      const items = kinds.map((kind, k): Json => {
        const base: Json = { id: `i${k}`, kind, text: { en: `Question ${k}?` }, ...(when[k] ? { when: when[k] } : {}), preferNotToAnswer: true };
        if (kind === 'scale') return { ...base, options: [0, 1, 2].map((value) => ({ value, text: { en: String(value) } })) };
        if (kind === 'single') return { ...base, options: ['a', 'b', 'c'].map((value) => ({ value, text: { en: value } })) };
        return base;
      });
      const per = Math.ceil(items.length / sectionCount);
      const sections = Array.from({ length: Math.ceil(items.length / per) }, (_, s) => ({
        id: `s${s}`,
        title: { en: `S${s}` },
        instrument: { kind: 'descriptive', name: `S${s}` },
        items: items.slice(s * per, (s + 1) * per),
      }));
      const scale = kinds.flatMap((kind, k) => (kind === 'scale' ? [`i${k}`] : []));
      const scores =
        scale.length > 0
          ? [
              {
                id: 'total',
                title: { en: 'Total' },
                section: 's0',
                items: scale,
                bands: [{ min: 0, max: 2 * scale.length, label: { en: 'Any' } }],
                cutoffs: [{ gte: 1 }],
              },
            ]
          : [];
      return {
        id: 'random',
        version: '1.0.0',
        title: { en: 'Random' },
        sections,
        ...(scores.length > 0 ? { scores } : {}),
        rules: ruleWhens.map((w, r) => ({ id: `r${r}`, when: w, domain: 'motivations', finding: { en: `Finding ${r}.` } })),
      } as unknown as QuestionnaireInput;
    });
  });

describe('random definitions', () => {
  it('parse, index, run and export within work linear in their size', () => {
    fc.assert(
      fc.property(definition, fc.array(fc.tuple(fc.nat(39), fc.nat(3)), { maxLength: 40 }), (def, script) => {
        const size = JSON.stringify(def).length;
        const { result, scanned } = scannedBy(() => {
          const q = parseQuestionnaire(def);
          const index = indexOf(q);
          const machine = createIntakeMachine(q);
          let snapshot = initialIntakeSnapshot(machine);
          const ids = index.order.map((e) => e.item.id);
          for (const [pick, v] of script) {
            const id = ids[pick % ids.length] as string;
            const kind = index.items.get(id)?.item.kind;
            const value = kind === 'boolean' ? v % 2 === 0 : kind === 'scale' ? v % 3 : ['a', 'b', 'c'][v % 3];
            snapshot = stepIntake(machine, snapshot, { type: 'ANSWER', itemId: id, value: v === 3 ? 'prefer-not-to-answer' : value });
          }
          const summary = summarize(q, answersOf(snapshot.context));
          const exported = [
            toJsonSchema(q).schema,
            toUiSchema(q).uischema,
            toFhirQuestionnaire(q).resource,
            renderSummary(summary, { format: 'markdown', audience: 'clinician' }),
          ];
          return {
            steps: index.dependents.steps + index.invalidates.steps,
            stored: index.dependents.stored + index.invalidates.stored,
            bytes: exported.reduce((n, x) => n + JSON.stringify(x).length, 0),
          };
        });
        expect(scanned).toBeLessThanOrEqual(BOUND.scanned * size);
        expect(result.steps).toBeLessThanOrEqual(BOUND.steps * size);
        expect(result.stored).toBeLessThanOrEqual(BOUND.stored * size);
        expect(result.bytes).toBeLessThanOrEqual(BOUND.exportBytes * size);
      }),
      { seed: 18, numRuns: 150 },
    );
  });
});
