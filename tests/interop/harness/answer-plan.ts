import fc from 'fast-check';
import { expect } from 'vitest';
import { PREFER_NOT_TO_ANSWER } from '../../../src/definition/item.js';
import type { Questionnaire } from '../../../src/definition/types.js';
import { summarize } from '../../../src/summary/summarize.js';
import { type AnswerableItem, answerableItems, coveragePlans, directSummary, planArbitrary, visibleItems } from './oracle.js';

/** Runs per questionnaire and client: seeded, so a failure replays; small, so the whole interop run stays short. */
export const INTEROP_RUNS = { briefScreen: 2, substanceUseIntake: 1 } as const;
export const INTEROP_SEED = 20_261_204;

const word = fc.constantFrom('alone', 'at night', 'with friends', 'since 2019', 'after work', 'rarely, only on weekends', 'no-one');

/**
 * What a JSON Schema form (RJSF, JSON Forms) lets a person enter for an item: every option and "prefer not to
 * answer" where the item offers it (a box ticked alone on multi-choice); numbers within the item's bounds and plain
 * text, without a decline, which those renderers cannot offer beside a value (toJsonSchema reports it).
 */
export function formValue(item: AnswerableItem): fc.Arbitrary<unknown> {
  const decline = 'preferNotToAnswer' in item && item.preferNotToAnswer ? [fc.constant(PREFER_NOT_TO_ANSWER)] : [];
  switch (item.kind) {
    case 'single':
    case 'scale':
      return fc.oneof(fc.constantFrom(...item.options.map((o) => o.value)), ...decline);
    case 'boolean':
      return fc.oneof(fc.boolean(), ...decline);
    case 'multi': {
      const plain = item.options.filter((o) => !o.exclusive).map((o) => o.value);
      const exclusive = item.options.filter((o) => o.exclusive).map((o) => [o.value]);
      return fc.oneof(fc.subarray(plain, { minLength: 1 }), ...(exclusive.length > 0 ? [fc.constantFrom(...exclusive)] : []), ...decline);
    }
    case 'number': {
      const min = Math.ceil(item.min ?? 0);
      const max = Math.floor(item.max ?? 1000);
      return item.integer ? fc.integer({ min, max }) : fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
    }
    case 'text':
      return word;
    case 'date':
      return fc
        .date({ min: new Date(item.min ?? '1950-01-01'), max: new Date(item.max ?? '2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
  }
}

/** A group of items a client shows together (a JSON Forms category, or the whole RJSF form). */
export interface ItemGroup {
  readonly label: string;
  readonly items: readonly AnswerableItem[];
}

/** How a harness works one client: open a group, say which of its items are shown, enter a value, read back. */
export interface FormDriver {
  readonly groups: readonly ItemGroup[];
  /** Bring the group on screen; false when the client does not offer it at all (a hidden category). */
  open(group: ItemGroup): Promise<boolean>;
  /** The ids of the group's items the client shows now. */
  shown(group: ItemGroup): Promise<string[]>;
  /** Enter a library answer value through the UI. */
  enter(item: AnswerableItem, value: unknown): Promise<void>;
  /**
   * The answers the host gets from what the client hands back: its form data through `fromFormData`, or its
   * QuestionnaireResponse through `fromFhirQuestionnaireResponse`.
   */
  read(): Promise<Record<string, unknown>>;
}

/**
 * Walk a client through one plan, as a person would: each group in turn, each shown item with a planned value
 * entered through the UI. After opening a group and after every answer, the items the client shows must be exactly
 * those the library shows for the answers given so far. At the end, the answers read back (`FormDriver.read`)
 * must summarize exactly like the answers given directly.
 *
 * @returns The answers given (item id → library value), for coverage counts.
 */
export async function runPlan(q: Questionnaire, driver: FormDriver, plan: ReadonlyMap<string, unknown>): Promise<Record<string, unknown>> {
  const given: Record<string, unknown> = {};
  const expectShown = async (group: ItemGroup, after: string) => {
    const library = new Set(visibleItems(q, given));
    const expected = group.items.map((i) => i.id).filter((id) => library.has(id));
    // Polled: the client re-renders after the input event; a mismatch still fails, after the poll's timeout.
    await expect.poll(() => driver.shown(group), { message: `${group.label}: items shown ${after}`, timeout: 10_000 }).toEqual(expected);
  };
  for (const group of driver.groups) {
    if (!(await driver.open(group))) {
      const library = new Set(visibleItems(q, given));
      expect(
        group.items.filter((i) => library.has(i.id)).map((i) => i.id),
        `${group.label} is not offered, yet the library shows these`,
      ).toEqual([]);
      continue;
    }
    await expectShown(group, 'on opening it');
    for (const item of group.items) {
      const value = plan.get(item.id);
      if (value === undefined || !visibleItems(q, given).includes(item.id)) continue;
      try {
        await driver.enter(item, value);
      } catch (error) {
        throw new Error(`${group.label}: entering ${JSON.stringify(value)} for ${item.id} failed`, { cause: error });
      }
      given[item.id] = value;
      await expectShown(group, `after answering ${item.id}`);
    }
  }
  await expect.poll(() => driver.read(), { message: 'the answers read back', timeout: 10_000 }).toEqual(given);
  const readBack = await driver.read();
  expect(summarize(q, readBack), 'the summary of the data read back').toEqual(directSummary(q, given));
  return given;
}

/** The seeded plans for a questionnaire: `count` random ones. */
export function samplePlans(q: Questionnaire, count: number, seed = INTEROP_SEED): Map<string, unknown>[] {
  return fc.sample(planArbitrary(q, formValue), { numRuns: count, seed });
}

/**
 * Run the coverage plans (which between them answer every answerable item) through a client, and check that every
 * item was answered through its UI.
 *
 * @param run - Runs one plan in a fresh page (with `runPlan`) and returns the answers it gave.
 */
export async function answerEveryItem(
  q: Questionnaire,
  run: (plan: ReadonlyMap<string, unknown>, index: number) => Promise<Record<string, unknown>>,
): Promise<void> {
  const answered = new Set<string>();
  for (const [index, plan] of coveragePlans(q).entries()) {
    for (const id of Object.keys(await run(plan, index))) answered.add(id);
  }
  expect([...answered].sort()).toEqual(
    answerableItems(q)
      .map((item) => item.id)
      .sort(),
  );
}
