import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { formKey, fromFormData, toJsonSchema, toUiSchema } from '../../src/json-schema/index.js';
import { answerEveryItem, type FormDriver, INTEROP_RUNS, type ItemGroup, runPlan, samplePlans } from './harness/answer-plan.js';
import { clientPages, filledControls, screenshot } from './harness/browser.js';
import { choiceValues, formChoices, propertySchema } from './harness/form-schema.js';
import { type AnswerableItem, answerableItems, QUESTIONNAIRES, type QuestionnaireName } from './harness/oracle.js';
import { ARTIFACTS } from './harness/paths.js';

// JSON Forms 3.8 with the vanilla and the Material renderer sets (React 19, MUI 7) over toJsonSchema's jsonforms
// profile and toUiSchema (pages/jsonforms.tsx). The UI schema is a Categorization: one category (tab) per section,
// whose elements the renderers lay out one per child of the category's container, hidden ones included (vanilla
// marks them `hidden`, Material leaves them empty), so the n-th child is the n-th element.

const pages = clientPages();
afterAll(() => {
  // Category tabs that needed a second click (see open()), kept with the screenshots.
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'jsonforms-tabs-clicked-again.json'), `${JSON.stringify(tabsClickedAgain, null, 2)}\n`);
});

const SETS = ['vanilla', 'material'] as const;
const tabsClickedAgain: string[] = [];
type RendererSet = (typeof SETS)[number];

interface Category extends ItemGroup {
  /** Position of each item among the category's elements (Labels take positions too). */
  readonly positions: ReadonlyMap<string, number>;
  readonly size: number;
}

function categories(name: QuestionnaireName): Category[] {
  const q = QUESTIONNAIRES[name];
  const byId = new Map(answerableItems(q).map((i) => [i.id, i]));
  return toUiSchema(q, { keys: 'form' }).uischema.elements.map((category) => {
    const positions = new Map<string, number>();
    const items: AnswerableItem[] = [];
    category.elements.forEach((element, k) => {
      if (element.type !== 'Control') return;
      const id = element.scope.replace('#/properties/', '').replaceAll(':', '.');
      positions.set(id, k);
      items.push(byId.get(id)!);
    });
    return { label: category.label, items, positions, size: category.elements.length };
  });
}

/** What the host's data must hold for an item's key once an input has gone round: a value, or a table's row count. */
type Expectation = { readonly value: unknown } | { readonly rows: number };

/**
 * Wait until JSON Forms has settled after an input: the host holds what the input entered, and the renderer's own
 * data is the host's data (pages/jsonforms.tsx). JSON Forms hands a change to the host 10 ms late (debounced) and
 * then copies the host's data back into its own state, so an input made before that round trip ends is overwritten
 * by the older data: a lost click on a radio button, or a lost row of a multi-choice table (the fresh-clone CI's
 * cooccurring.concerns). A person is never that quick; a driver must wait for it.
 */
async function settled(page: Page, key: string, expectation: Expectation): Promise<void> {
  await page.waitForFunction(
    ([key, expectation]) => {
      const host = window.__interop?.read?.() as Record<string, unknown> | undefined;
      if (host === undefined || window.__interop?.pending?.() !== false) return false;
      const held = host[key];
      if ('rows' in expectation) return Array.isArray(held) && held.length === expectation.rows;
      return JSON.stringify(held) === JSON.stringify(expectation.value);
    },
    [key, expectation] as const,
    { timeout: 10_000, polling: 20 },
  );
}

function jsonFormsDriver(set: RendererSet, name: QuestionnaireName, page: Page): FormDriver {
  const q = QUESTIONNAIRES[name];
  const { schema } = toJsonSchema(q, { profile: 'jsonforms', keys: 'form' });
  const groups = categories(name);
  const container = set === 'vanilla' ? page.locator('[id="categorization.detail"]') : page.locator('#root header + div > .MuiGrid-container');
  const children = container.locator(':scope > *');
  let open: Category | undefined;
  const element = (item: AnswerableItem): Locator => children.nth(open!.positions.get(item.id)!);
  const tab = (label: string) =>
    set === 'vanilla' ? page.locator('.category-subcategories > li', { hasText: label }) : page.getByRole('tab', { name: label, exact: true });

  return {
    groups,
    async open(group) {
      const category = group as Category;
      const found = tab(category.label);
      if ((await found.count()) === 0) return false;
      // The renderer's own state says which category is open. Once on the fresh-clone CI at load 22, a Material tab
      // did not open within 10 s of a click; a person clicks again, and each such second click is kept.
      const chosen = found.first().and(page.locator(set === 'vanilla' ? '.selected' : '[aria-selected="true"]'));
      for (let attempt = 0; ; attempt++) {
        await found.first().click();
        try {
          await chosen.waitFor({ timeout: 15_000 });
          break;
        } catch (error) {
          if (attempt === 2) throw new Error(`${category.label}: three clicks did not open the category`, { cause: error });
          tabsClickedAgain.push(`${set} ${name} ${category.label}`);
        }
      }
      open = category;
      await expect.poll(() => children.count(), { message: `${category.label}: one child per UI schema element`, timeout: 30_000 }).toBe(category.size);
      return true;
    },
    async shown(group) {
      const category = group as Category;
      const visible = await children.evaluateAll(
        (nodes, vanilla) => nodes.map((node) => (vanilla ? !(node as HTMLElement).hidden : node.childElementCount > 0)),
        set === 'vanilla',
      );
      return category.items.filter((item) => visible[category.positions.get(item.id)!]).map((item) => item.id);
    },
    async enter(item, value) {
      const control = element(item);
      const key = formKey(item.id);
      if (item.kind === 'number' || item.kind === 'text' || item.kind === 'date') {
        await control.locator('input, textarea').first().fill(String(value));
        await settled(page, key, { value });
        return;
      }
      const offered = choiceValues(propertySchema(schema, key));
      const title = (choice: unknown) => offered.find((o) => o.value === choice)?.title ?? String(choice);
      const choices = formChoices(item.kind, value);
      for (const [k, choice] of choices.entries()) {
        if (item.kind === 'multi') {
          if (set === 'material') {
            await control.locator(`input[type="checkbox"][id="#/properties/${key}-${String(choice)}"]`).check();
          } else {
            // Vanilla has no check-box list for an array of options: it shows a table, one drop-down per row.
            await control.locator('header button').click();
            await settled(page, key, { rows: k + 1 });
            await control
              .locator('tbody tr')
              .nth(k)
              .locator('select')
              .selectOption({ label: title(choice) });
          }
          await settled(page, key, { value: choices.slice(0, k + 1) });
          continue;
        }
        const radio = control.locator(`input[type="radio"][value="${String(choice)}"]`);
        if ((await radio.count()) > 0) {
          await radio.click();
        } else if (set === 'vanilla') {
          await control.locator('select').selectOption({ label: title(choice) });
        } else {
          // Material renders a labelled choice without format: 'radio' as an autocomplete.
          await control.locator('input[role="combobox"]').click();
          await page.getByRole('option', { name: title(choice), exact: true }).click();
          // Leave the field as a person moving on would: while it keeps the focus, the next click on the page only
          // blurs it and is lost (seen on the radio buttons the choice had just shown). Tab is no good here: it
          // focuses the next autocomplete, whose list then covers the controls below.
          await page.getByRole('listbox').waitFor({ state: 'detached' });
          await control.locator('input[role="combobox"]').blur();
        }
        await settled(page, key, { value: choice });
      }
    },
    read: async () => fromFormData((await page.evaluate(() => window.__interop?.read?.())) as Record<string, unknown>),
  };
}

describe.each((Object.keys(QUESTIONNAIRES) as QuestionnaireName[]).flatMap((name) => SETS.map((set) => [set, name] as const)))(
  'JSON Forms %s, %s',
  (set, name) => {
    test('the untouched form answers nothing: no control holds a value in any category, the form data reads back as no answers', async () => {
      const client = await pages.open(`/jsonforms.html?q=${name}&set=${set}`);
      const driver = jsonFormsDriver(set, name, client.page);
      for (const [k, group] of driver.groups.entries()) {
        if (!(await driver.open(group))) continue;
        expect(await filledControls(client.page), group.label).toEqual([]);
        if (k === 0 || k === driver.groups.length - 1) await screenshot(client.page, `jsonforms-${set}-${name}-untouched-${k}`);
      }
      expect(await driver.read()).toEqual({});
      await client.close();
    });

    test(`every item has a control that takes an answer (plans that between them answer all ${answerableItems(QUESTIONNAIRES[name]).length})`, async () => {
      await answerEveryItem(QUESTIONNAIRES[name], async (plan, k) => {
        const client = await pages.open(`/jsonforms.html?q=${name}&set=${set}`);
        const given = await runPlan(QUESTIONNAIRES[name], jsonFormsDriver(set, name, client.page), plan);
        await screenshot(client.page, `jsonforms-${set}-${name}-every-item-${k}`);
        await client.close();
        return given;
      });
    });

    test.each(samplePlans(QUESTIONNAIRES[name], INTEROP_RUNS[name]).map((plan, run) => [run, plan] as const))(
      'random answers %i through the UI: shows what the library shows after each answer, and the data read back summarizes the same',
      async (run, plan) => {
        const client = await pages.open(`/jsonforms.html?q=${name}&set=${set}`);
        await runPlan(QUESTIONNAIRES[name], jsonFormsDriver(set, name, client.page), plan);
        await screenshot(client.page, `jsonforms-${set}-${name}-random-${run}`);
        await client.close();
      },
    );
  },
);
