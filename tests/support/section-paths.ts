import { getShortestPaths } from '@xstate/graph';
import { fromTransition } from 'xstate';
import type { Item } from '../../src/definition/item.js';
import { indexOf } from '../../src/engine/questionnaire-index.js';
import type { QuestionnaireInput } from '../../src/definition/types.js';
import { createIntakeMachine } from '../../src/flow/create-intake-machine.js';
import { describeIntake } from '../../src/flow/intake-view.js';
import { initialIntakeSnapshot, type IntakeSnapshot, stepIntake } from '../../src/flow/intake-transition.js';

/** A section-level step: fill the current section with representative answers (variant k), then NEXT. */
export type SectionEvent = { type: 'FILL'; variant: number } | { type: 'ACKNOWLEDGE' } | { type: 'SUBMIT' };

/** The representative values of an item: every choice for branch points, one value otherwise. */
export function representatives(item: Item): unknown[] {
  const decline = 'preferNotToAnswer' in item && item.preferNotToAnswer ? ['prefer-not-to-answer'] : [];
  switch (item.kind) {
    case 'single':
    case 'scale':
      return [...item.options.map((o) => o.value), ...decline];
    case 'multi': {
      const plain = item.options.filter((o) => !o.exclusive).map((o) => [o.value]);
      const exclusive = item.options.filter((o) => o.exclusive).map((o) => [o.value]);
      return [...exclusive, ...plain, item.options.filter((o) => !o.exclusive).map((o) => o.value), ...decline];
    }
    case 'boolean':
      return [false, true, ...decline];
    case 'number':
      return [item.min ?? 0, item.max ?? 1];
    case 'text':
      return ['ok'];
    case 'date':
      return [item.min ?? '2020-01-01'];
    case 'display':
      return [];
  }
}

/**
 * Explore a questionnaire's flow section by section with @xstate/graph: every
 * reachable (section, shown sections, safety) state gets a shortest path, with
 * branch points answered by each of their representative values.
 */
export function sectionPaths(q: QuestionnaireInput, variants = 0) {
  const index = indexOf(q);
  const machine = createIntakeMachine(q);
  const branchPoints = new Set<string>();
  for (const deps of index.dependents.keys()) branchPoints.add(deps);
  for (const t of index.triggers) for (const id of t.reads) branchPoints.add(id);
  const width = Math.max(
    variants,
    ...index.sections.map((s) => Math.max(1, ...s.items.filter((e) => branchPoints.has(e.item.id)).map((e) => representatives(e.item).length))),
  );

  const fill = (snap: IntakeSnapshot, variant: number): IntakeSnapshot => {
    let s = snap;
    const seen = new Set<string>();
    for (let guard = 0; guard < 500; guard++) {
      const view = describeIntake(q, s);
      if (view.status !== 'answering') return s;
      const next = view.items.find((i) => i.kind !== 'display' && !seen.has(i.id));
      if (!next) return stepIntake(machine, s, { type: 'NEXT' });
      seen.add(next.id);
      const values = representatives(next);
      const value = branchPoints.has(next.id) ? values[variant % values.length] : values[0];
      s = stepIntake(machine, s, { type: 'ANSWER', itemId: next.id, value });
    }
    throw new Error('section did not settle');
  };

  const logic = fromTransition((snap: IntakeSnapshot, event: SectionEvent) => {
    if (event.type === 'FILL') return fill(snap, event.variant);
    return stepIntake(machine, snap, event);
  }, initialIntakeSnapshot(machine));

  const paths = getShortestPaths(logic, {
    // fromTransition wraps our flow snapshot as the logic snapshot's `context`.
    events: ({ context: snap }): SectionEvent[] => {
      const view = describeIntake(q, snap);
      if (view.status === 'safety') return [{ type: 'ACKNOWLEDGE' }];
      if (view.status === 'review') return [{ type: 'SUBMIT' }];
      if (view.status === 'completed') return [];
      return Array.from({ length: width }, (_, variant) => ({ type: 'FILL', variant }) as const);
    },
    serializeState: ({ context: snap }) => {
      const view = describeIntake(q, snap);
      // The section is the context's cursor (the state value is `answering` in every section).
      return JSON.stringify([
        snap.value,
        snap.context.cursor,
        view.progress.sections,
        snap.context.safety.pending,
        snap.context.safety.fired.map((f) => f.id),
        snap.status,
      ]);
    },
  });
  return { machine, paths: paths.map((p) => ({ state: p.state.context, steps: p.steps.length })), fill };
}
